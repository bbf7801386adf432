"""Trainer vs a hand-written PyTorch loop on the mnist_mlp design, in one process, runs alternated.

    python benchmarks/bench_trainer.py [--data-dir DIR] [--repeats 3] [--device cpu] [--no-rss]
                                       [--threads-sweep ROUNDS] [--rss-only]

The hand-written loop is what a PyTorch user typically writes: nn.Sequential, torch.optim.Adam with its
defaults, batch 32, the whole training set preloaded as normalised float tensors on the device, randperm
indexing, F.cross_entropy, and ``loss.item()`` accumulated every batch. Both train 1 epoch on the same 60000
images (no validation split, so the same number of steps); the Trainer's time is its whole ``fit()``, which also
computes train accuracy and evaluates the 10000 test images, from uint8 pixels preprocessed per batch.

Printed: the best time of each and the ratio trainer / hand-written (target <= 0.8), both at torch's default
thread count, then both at 1 thread (what the GUI's worker uses on 2 cores, see ``Trainer.threads_for_run``).
``--threads-sweep`` times 1 vs 2 threads on the MNIST presets (the measurement behind the Trainer's choice).
The RSS section (on by default) reports the peak resident memory of ``python -m netbuilder train mnist_mlp
--epochs 1`` in a subprocess (or, when the CLI has no ``train`` command, of a subprocess that runs the Trainer
directly, and says so). Timings on a shared machine are noisy: alternate, repeat, read the load average.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

from netbuilder.core.design.design_io import design_from_dict  # noqa: E402

MNIST_MLP = {
    "format": "netbuilder-design", "version": 1, "name": "MNIST multilayer perceptron",
    "nodes": [
        {"id": "image", "type": "Input", "params": {"shape": [1, 28, 28]}},
        {"id": "flatten", "type": "Flatten"},
        {"id": "hidden", "type": "Linear", "params": {"out_features": 128}},
        {"id": "relu", "type": "ReLU"},
        {"id": "logits", "type": "Linear", "params": {"out_features": 10}},
        {"id": "probs", "type": "Softmax"},
    ],
    "edges": [{"source": a, "target": b} for a, b in
              [("image", "flatten"), ("flatten", "hidden"), ("hidden", "relu"), ("relu", "logits"),
               ("logits", "probs")]],
    "training": {"dataset": {"name": "mnist"}, "loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 1e-3},
                 "epochs": 1, "batch_size": 32, "seed": 0, "metrics": ["accuracy"]},
}


def load_design():
    """The mnist_mlp preset when it exists (training settings forced to the benchmark's), else the inline one."""
    preset = REPO / "presets" / "mnist_mlp.json"
    data = json.loads(preset.read_text()) if preset.is_file() else MNIST_MLP
    data = dict(data)
    data["training"] = {**MNIST_MLP["training"], "dataset": {"name": "mnist", "validation": 0}}
    return design_from_dict(data), ("presets/mnist_mlp.json" if preset.is_file() else "inline design")


def hand_written(x: torch.Tensor, y: torch.Tensor, device: torch.device, seed: int = 0) -> float:
    """A typical hand-written loop; returns its wall time in seconds."""
    start = time.perf_counter()
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    total, batches = 0.0, 0
    perm = torch.randperm(len(x), device=device)
    for i in range(0, len(x), 32):
        idx = perm[i:i + 32]
        out = model(x[idx])
        loss = F.cross_entropy(out, y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
        batches += 1
    elapsed = time.perf_counter() - start
    print(f"  hand-written, {torch.get_num_threads()} thread(s): {elapsed:6.2f} s   mean loss {total / batches:.4f}",
          flush=True)
    return elapsed


def trainer_run(design, dataset, device, threads=None) -> float:
    from netbuilder.core.training import TrainConfig, Trainer
    trainer = Trainer(design, TrainConfig.from_design(design), device=device, dataset=dataset, num_threads=threads)
    start = time.perf_counter()
    result = trainer.fit()
    elapsed = time.perf_counter() - start
    h = result.history[-1]
    print(f"  Trainer,      {trainer.threads_for_run()} thread(s): {elapsed:6.2f} s   mean loss {h['loss']:.4f}  "
          f"(epoch loop {h['seconds']:.2f} s, optimizer {trainer.optimizer_impl}, test accuracy "
          f"{result.test.get('test_accuracy', float('nan')):.4f})", flush=True)
    return elapsed


def compare(design, dataset, x, y, device, repeats: int) -> None:
    """Headline: both at torch's default thread count (what each does when nobody sets it). Then both at 1
    thread, the setting the GUI's worker uses on a 2-core machine to leave a core for drawing."""
    default_threads = torch.get_num_threads()
    runs = {
        "hand": lambda: hand_written(x, y, device),
        "trainer": lambda: trainer_run(design, dataset, device),
        "hand_1": lambda: hand_written(x, y, device),
        "trainer_1": lambda: trainer_run(design, dataset, device, threads=1),
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    for rep in range(repeats):
        order = list(runs) if rep % 2 == 0 else list(reversed(runs))
        for which in order:
            torch.set_num_threads(1 if which == "hand_1" else default_threads)
            times[which].append(runs[which]())
    torch.set_num_threads(default_threads)
    best = {k: min(v) for k, v in times.items()}
    print(f"\nbest Trainer.fit(): {best['trainer']:.2f} s   best hand-written loop: {best['hand']:.2f} s   "
          f"({default_threads} threads each, torch's default)")
    print(f"ratio trainer / hand-written: {best['trainer'] / best['hand']:.2f} (target <= 0.8)")
    print(f"at 1 thread each: Trainer {best['trainer_1']:.2f} s, hand-written {best['hand_1']:.2f} s, "
          f"ratio {best['trainer_1'] / best['hand_1']:.2f}")


def threads_sweep(data_dir: Path, rounds: int) -> None:
    """ms per batch with 1 and 2 threads for the MNIST presets, alternated, median of ``rounds`` runs."""
    import statistics

    from netbuilder.core.datasets import load_dataset
    from netbuilder.core.design.design_io import load_design as load_preset
    from netbuilder.core.training import TrainConfig, Trainer
    full = load_dataset({"name": "mnist", "validation": 0}, data_dir=data_dir)
    full.x_test = full.y_test = None
    print("\nthread sweep (ms per batch, median of alternated runs; load average shown)")
    for name, bs, n in [("mnist_mlp", 32, 19200), ("mnist_mlp", 256, 60000), ("mnist_cnn", 32, 3200),
                        ("mnist_lstm", 64, 6400), ("mnist_resnet", 64, 6400)]:
        ds = full.to("cpu")
        ds.x_train, ds.y_train = full.x_train[:n], full.y_train[:n]
        design = load_preset(name)
        design.training.pop("scheduler", None)
        res: dict[int, list[float]] = {1: [], 2: []}
        for rep in range(rounds):
            for threads in ((1, 2) if rep % 2 == 0 else (2, 1)):
                trainer = Trainer(design, TrainConfig.from_design(design, epochs=1, batch_size=bs), device="cpu",
                                  dataset=ds, num_threads=threads)
                seconds = trainer.fit().history[-1]["seconds"]
                res[threads].append(seconds / trainer.batches_per_epoch * 1e3)
        m1, m2 = statistics.median(res[1]), statistics.median(res[2])
        print(f"  {name:13s} batch {bs:4d}: 1 thread {m1:7.2f} ms, 2 threads {m2:7.2f} ms, 2/1 = {m2 / m1:5.2f}"
              f"   (load {os.getloadavg()[0]:.1f})", flush=True)


def measure_rss(data_dir: Path) -> None:
    env = {**os.environ, "NETBUILDER_DATA_DIR": str(data_dir)}
    help_text = subprocess.run([sys.executable, "-m", "netbuilder", "--help"], cwd=REPO, env=env,
                               capture_output=True, text=True).stdout
    if "train" in help_text:
        cmd = [sys.executable, "-m", "netbuilder", "train", "mnist_mlp", "--epochs", "1", "--data-dir", str(data_dir)]
        what = "python -m netbuilder train mnist_mlp --epochs 1"
    else:
        code = ("from netbuilder.core.design.design_io import load_design; from netbuilder.core.training import Trainer, "
                "TrainConfig; d = load_design('mnist_mlp'); "
                f"Trainer(d, TrainConfig.from_design(d, epochs=1), data_dir={str(data_dir)!r}).fit()")
        cmd = [sys.executable, "-c", code]
        what = "a subprocess running the Trainer directly on mnist_mlp, 1 epoch (the CLI has no train command yet)"
    # A small parent runs the command and reports RUSAGE_CHILDREN: measured from this (large) process, a
    # child's peak can include pages it shared with the parent before exec.
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t, p.returncode); "
             "sys.stderr.write(p.stderr[-400:])")
    proc = subprocess.run([sys.executable, "-c", probe, *cmd], cwd=REPO, env=env, capture_output=True, text=True)
    peak_kib, elapsed, code = proc.stdout.split()
    peak_mib = int(peak_kib) / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB on Linux
    status = "ok" if code == "0" else f"exit code {code}: {proc.stderr.strip()}"
    print(f"\npeak RSS of {what}: {peak_mib:.0f} MiB ({float(elapsed):.1f} s, {status})")


def main(argv=None) -> int:
    default_dir = os.environ.get("NETBUILDER_DATA_DIR") or str(REPO.parent / "shared" / "data")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=default_dir, help=f"folder holding MNIST/raw (default {default_dir})")
    ap.add_argument("--repeats", type=int, default=5, help="runs of each, alternated; the best counts")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads for both loops")
    ap.add_argument("--rss", dest="rss", action="store_true", default=True, help="also measure peak RSS (default)")
    ap.add_argument("--no-rss", dest="rss", action="store_false")
    ap.add_argument("--rss-only", action="store_true")
    ap.add_argument("--threads-sweep", type=int, default=0, metavar="ROUNDS",
                    help="also time 1 vs 2 threads on the MNIST presets, ROUNDS alternated runs each")
    args = ap.parse_args(argv)
    data_dir = Path(args.data_dir)
    if args.threads:
        torch.set_num_threads(args.threads)
    if not args.rss_only and not (args.threads_sweep and args.repeats == 0):
        from netbuilder.core.datasets import load_dataset
        from netbuilder.core.training import resolve_device
        device = resolve_device(args.device)
        design, source = load_design()
        dataset = load_dataset({"name": "mnist", "validation": 0}, data_dir=data_dir).to(device)
        pre = dataset.preprocess
        x = ((dataset.x_train.float() * pre["scale"] - pre["mean"]) / pre["std"]).contiguous()
        y = dataset.y_train
        print(f"mnist_mlp ({source}), 1 epoch, batch 32, {len(x)} images, device {device}, "
              f"torch {torch.__version__}, {torch.get_num_threads()} threads")
        compare(design, dataset, x, y, device, args.repeats)
    if args.threads_sweep:
        threads_sweep(data_dir, args.threads_sweep)
    if args.rss or args.rss_only:
        measure_rss(data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
