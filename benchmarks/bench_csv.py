"""Loading a large CSV dataset, against ``numpy.loadtxt`` on the same file, then training on it.

    python benchmarks/bench_csv.py [--rows 1000000] [--repeats 1] [--quick] [--json] [--no-train]

A file of ``--rows`` rows (8 float features ``f0``..``f7``, printed by ``numpy.savetxt`` with 6 significant digits,
and an integer class ``label`` 0-3 that depends on the first two features) is written under a temporary folder.
Timed on it, alternated, best of ``--repeats``: ``numpy.loadtxt(path, delimiter=",", skiprows=1)`` (the reference:
a plain numeric parse into one float array, no checks) and netbuilder's ``load_dataset({"name": "csv", ...})``
(the header read and checked, every cell checked finite, the target's classes found, tensors made, the default
validation split taken). Target: load / loadtxt <= 3. Then a tiny MLP (8 -> 32 -> ReLU -> 4, Adam, batch 256)
trains one epoch on it with the core's Trainer on the CPU; its time (``fit()``, the data already loaded) and the
validation accuracy are printed (the classes are learnable: expect well above the 25% of chance).

``--quick`` (the test suite's): 20,000 rows. ``--json``: one JSON object with every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

TARGET_RATIO = 3.0
FEATURES = 8
CLASSES = 4
QUICK_ROWS = 20_000


def write_csv(path: Path, rows: int, seed: int = 0) -> None:
    """8 normal features and a class from the signs of the first two (plus a little noise in the decision)."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((rows, FEATURES))
    label = (x[:, 0] + 0.1 * rng.standard_normal(rows) > 0).astype(int) * 2 + (x[:, 1] > 0).astype(int)
    header = ",".join([f"f{i}" for i in range(FEATURES)] + ["label"])
    table = np.column_stack([x, label])
    np.savetxt(path, table, delimiter=",", header=header, comments="", fmt=["%.6g"] * FEATURES + ["%d"])


def spec_for(path: Path) -> dict:
    return {"name": "csv", "path": str(path), "target": "label", "task": "classification"}


def time_loadtxt(path: Path) -> tuple[float, tuple]:
    start = time.perf_counter()
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    return time.perf_counter() - start, table.shape


def time_load(path: Path):
    from netbuilder.core.datasets import load_dataset
    start = time.perf_counter()
    ds = load_dataset(spec_for(path), data_dir=path.parent)
    return time.perf_counter() - start, ds


def design_for(path: Path) -> dict:
    return {
        "format": "netbuilder-design", "version": 1, "name": "csv mlp",
        "nodes": [{"id": "x", "type": "Input", "params": {"shape": [FEATURES]}},
                  {"id": "hidden", "type": "Linear", "params": {"out_features": 32}},
                  {"id": "relu", "type": "ReLU"},
                  {"id": "logits", "type": "Linear", "params": {"out_features": CLASSES}},
                  {"id": "probs", "type": "Softmax"}],
        "edges": [{"source": a, "target": b} for a, b in
                  [("x", "hidden"), ("hidden", "relu"), ("relu", "logits"), ("logits", "probs")]],
        "training": {"dataset": spec_for(path), "loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 0.01},
                     "epochs": 1, "batch_size": 256, "seed": 0, "metrics": ["accuracy"]},
    }


def train(path: Path, dataset) -> dict:
    """One epoch with the core's Trainer on the CPU, reusing the loaded dataset; fit() is timed."""
    from netbuilder.core.training import Trainer
    start = time.perf_counter()
    trainer = Trainer(design_for(path), device="cpu", dataset=dataset)
    built = time.perf_counter()
    result = trainer.fit()
    end = time.perf_counter()
    last = result.history[-1] if result.history else {}
    return {"construct_seconds": built - start, "fit_seconds": end - built, "status": result.stopped,
            "train_samples": int(len(dataset.x_train)),
            "val_accuracy": last.get("val_accuracy"), "train_accuracy": last.get("accuracy"),
            "threads": trainer.threads_for_run()}


def measure(rows: int, repeats: int, do_train: bool, quiet: bool) -> dict:
    def say(*args):
        if not quiet:
            print(*args, flush=True)

    with tempfile.TemporaryDirectory(prefix="netbuilder-bench-csv-") as folder:
        path = Path(folder) / "big.csv"
        start = time.perf_counter()
        write_csv(path, rows)
        say(f"wrote {rows:,} rows x {FEATURES + 1} columns ({path.stat().st_size / 1e6:.1f} MB) in "
            f"{time.perf_counter() - start:.1f} s; load average {os.getloadavg()[0]:.2f}")
        from netbuilder.core.datasets import load_dataset  # noqa: F401 (imports torch before anything is timed)
        loadtxt_times, load_times, dataset = [], [], None
        for rep in range(max(1, repeats)):
            for which in (("loadtxt", "load") if rep % 2 == 0 else ("load", "loadtxt")):
                dataset = None  # the previous copy is freed before the next load
                if which == "loadtxt":
                    seconds, shape = time_loadtxt(path)
                    assert shape == (rows, FEATURES + 1), shape
                    loadtxt_times.append(seconds)
                else:
                    seconds, dataset = time_load(path)
                    load_times.append(seconds)
                say(f"  {which:<8} {seconds:6.2f} s")
        dataset = dataset if dataset is not None else time_load(path)[1]
        assert dataset.x_train.shape[1:] == (FEATURES,) and dataset.num_classes == CLASSES
        result = {"rows": rows, "repeats": max(1, repeats), "loadtxt_seconds": min(loadtxt_times),
                  "load_seconds": min(load_times), "ratio": min(load_times) / min(loadtxt_times),
                  "target_ratio": TARGET_RATIO, "load_average": os.getloadavg()[0],
                  "loadtxt_times": loadtxt_times, "load_times": load_times}
        if do_train:
            result["train"] = train(path, dataset)
    return result


def report(r: dict) -> None:
    print(f"\n{r['rows']:,} rows, best of {r['repeats']}: numpy.loadtxt {r['loadtxt_seconds']:.2f} s, "
          f"netbuilder's csv loader {r['load_seconds']:.2f} s")
    print(f"ratio load / loadtxt {r['ratio']:.2f} (target <= {TARGET_RATIO:.0f}: "
          f"{'met' if r['ratio'] <= TARGET_RATIO else 'MISSED'})")
    if "train" in r:
        t = r["train"]
        print(f"trained 1 epoch on {t['train_samples']:,} samples (Trainer on the CPU, {t['threads']} thread(s)): "
              f"fit {t['fit_seconds']:.2f} s (construct {t['construct_seconds']:.2f} s), {t['status']}, "
              f"train accuracy {t['train_accuracy']:.4f}, validation accuracy {t['val_accuracy']:.4f}")
    print(f"load average at the end: {r['load_average']:.2f} (timings on a busy machine are noisy)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=1, help="loads of each, alternated; the best counts")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows (the test suite's)")
    ap.add_argument("--no-train", action="store_true", help="only the loading")
    ap.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    args = ap.parse_args(argv)
    rows = QUICK_ROWS if args.quick else args.rows
    result = measure(rows, args.repeats, not args.no_train, quiet=args.json)
    if args.json:
        print(json.dumps(result))
    else:
        report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
