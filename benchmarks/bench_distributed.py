"""Time per epoch of ``netbuilder train`` in one process and under ``torchrun`` with N processes (DDP, gloo on
CPU), same design, same global batch, same data.

    python benchmarks/bench_distributed.py [--design mnist_mlp] [--epochs 2] [--procs 2] [--json]

Each process gets ``cores // procs`` CPU threads (OMP_NUM_THREADS), the one process all cores, so both use the
whole machine. The figure is the mean of the epochs' own ``seconds`` (data loading and process start excluded),
as the CLI's JSON reports them, and the wall time of the whole command. On a 2-core machine no speed-up is
expected: two processes share the same two cores and add a gradient all-reduce per batch.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time


def run(command: list[str], threads: int) -> tuple[float, float, dict]:
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    epochs = [e["seconds"] for e in events if e["event"] == "epoch"]
    return sum(epochs) / len(epochs), wall, next(e for e in events if e["event"] == "done")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--design", default="mnist_mlp")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    train = ["-m", "netbuilder", "train", args.design, "--epochs", str(args.epochs), "--json"]
    one = run([sys.executable, *train], cores)
    many = run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(args.procs),
                *train], max(1, cores // args.procs))
    result = {"design": args.design, "cores": cores, "processes": args.procs,
              "epoch_seconds_1": round(one[0], 3), f"epoch_seconds_{args.procs}": round(many[0], 3),
              "ratio": round(many[0] / one[0], 3), "wall_seconds_1": round(one[1], 1),
              f"wall_seconds_{args.procs}": round(many[1], 1), "test_accuracy_1": one[2].get("test_accuracy"),
              f"test_accuracy_{args.procs}": many[2].get("test_accuracy")}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
