"""The memory estimate against what a run really uses: for every preset and three large designs, one subprocess
per design loads its data, then trains it (2 epochs of a few batches, with the rewind timeline attached as the
window's session does) and reports its peak resident memory above the start (VmHWM after the peak was reset,
minus VmRSS before the trainer was built: torch, the interpreter and the dataset are the start).

    python benchmarks/bench_memory.py [--data-dir DIR] [--batches 4] [--designs xor,mnist_mlp,...]

Printed per design: the estimate (``core.memory.estimate``, the figure the check and the summary use), the peak,
and estimate / peak; the goal is 0.75 <= ratio <= 1.25, or a difference under ``NOISE`` bytes for the tiny
designs, whose peak (0 to 2 MB) is page and allocator noise. Linux only (/proc/self/status). A peak varies between
runs by up to a third for mid-sized designs (glibc's heap): run it twice.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
NOISE = 8 * 2**20
PRESETS = ["hello_neuron", "linear_regression", "simple_sigmoid", "spirals", "xor", "mnist_mlp", "mnist_cnn",
           "mnist_lstm", "mnist_resnet"]
MNIST = {"dataset": {"name": "mnist"}, "loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 0.001},
         "epochs": 2, "batch_size": 64, "seed": 0}


def _chain(name, shape, layers, training):
    nodes = [{"id": "x", "type": "Input", "params": {"shape": shape}}]
    nodes += [{"id": f"l{i}", "type": t, "params": p} for i, (t, p) in enumerate(layers)]
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    return {"name": name, "nodes": nodes, "edges": edges, "training": training}


#: weights-heavy (the snapshots matter), activation-heavy (a wide CNN at batch 256) and a large LSTM
LARGE = {
    "wide_mlp": _chain("wide_mlp", [1, 28, 28], [("Flatten", {}), ("Linear", {"out_features": 4096}),
                                                ("ReLU", {}), ("Linear", {"out_features": 4096}), ("ReLU", {}),
                                                ("Linear", {"out_features": 4096}), ("ReLU", {}),
                                                ("Linear", {"out_features": 10})], MNIST),
    "wide_cnn": _chain("wide_cnn", [1, 28, 28], [("Conv2d", {"out_channels": 128, "kernel_size": 3, "padding": 1}),
                                                ("ReLU", {}),
                                                ("Conv2d", {"out_channels": 128, "kernel_size": 3, "padding": 1}),
                                                ("ReLU", {}), ("MaxPool2d", {"kernel_size": 2}), ("Flatten", {}),
                                                ("Linear", {"out_features": 10})], {**MNIST, "batch_size": 256}),
    "big_lstm": _chain("big_lstm", [28, 28], [("LSTM", {"hidden_size": 2048}),
                                             ("Linear", {"out_features": 10})], {**MNIST, "batch_size": 128}),
}


def _status(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {key} in /proc/self/status")


def warm_up() -> None:
    """Train xor for one epoch: what the first run in a process loads once (torch's optimizer and autograd
    machinery, imported lazily) is part of the start, not of the design's run."""
    from netbuilder.core.design.design_io import load_design
    from netbuilder.core.training import TrainConfig, Trainer
    design = load_design("xor")
    Trainer(design, TrainConfig.from_design(design, epochs=1), device="cpu", num_threads=1).fit()


def measure(name: str, data_dir: str | None, batches: int) -> dict:
    """In this process: the estimate and the peak resident memory above the start of training ``name``."""
    import torch  # noqa: F401  (part of the start)
    from netbuilder.core.datasets import load_dataset
    from netbuilder.core.design.design_io import design_from_dict, load_design
    from netbuilder.core.training import TrainConfig, Trainer
    from netbuilder.core.session.timeline import Timeline
    design = design_from_dict(LARGE[name]) if name in LARGE else load_design(name)
    config = TrainConfig.from_design(design, epochs=2)
    inputs = design.input_nodes()
    shape = design.node(inputs[0]).params.get("shape")
    dataset = load_dataset(config.dataset, data_dir=data_dir, seed=config.seed,
                           limit=config.batch_size * batches, input_shape=shape)
    warm_up()
    gc.collect()
    start = _status("VmRSS")
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")  # resets VmHWM to the current resident size
    trainer = Trainer(design, config, device="cpu", dataset=dataset, callbacks=[Timeline()], num_threads=1)
    trainer.fit()
    peak = _status("VmHWM") - start
    return {"design": name, "estimate": trainer.memory.total, "peak": peak,
            "ratio": trainer.memory.total / max(peak, 1), "parts": trainer.memory.as_dict()}


def run(names, data_dir=None, batches=4, timeout=900) -> list[dict]:
    """Each design in a fresh subprocess (a peak is per process)."""
    results = []
    for name in names:
        cmd = [sys.executable, __file__, "--worker", name, "--batches", str(batches)]
        if data_dir:
            cmd += ["--data-dir", str(data_dir)]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
        if out.returncode != 0:
            raise RuntimeError(f"{name}: {out.stderr.strip().splitlines()[-1:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", default=os.environ.get("NETBUILDER_DATA_DIR"))
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--designs", help="comma-separated (default: every preset and the large designs)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args.data_dir, args.batches)))
        return 0
    names = args.designs.split(",") if args.designs else PRESETS + list(LARGE)
    worst = 0.0
    print(f"{'design':<18}{'estimate MB':>12}{'peak MB':>10}{'ratio':>7}")
    for r in run(names, args.data_dir, args.batches):
        print(f"{r['design']:<18}{r['estimate'] / 2**20:>12.1f}{r['peak'] / 2**20:>10.1f}{r['ratio']:>7.2f}",
              flush=True)
        if abs(r["estimate"] - r["peak"]) >= NOISE:
            worst = max(worst, abs(r["ratio"] - 1))
    print(f"worst: {worst:.0%} off (goal: within 25%; designs within {NOISE >> 20} MB left out)")
    return 0 if worst <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
