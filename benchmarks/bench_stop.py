"""How long Stop takes on every preset: the time from a stop request (made from another thread, as the window's
Stop button does) to the end of the run, through the same TrainingSession the window trains with.

    python benchmarks/bench_stop.py [--repeats 3] [--json] [--presets a,b]

Each run trains from the preset's weights until a few batches are done, then the main thread
asks it to stop and waits for ``run()`` to return. The window adds only the delivery of one queued signal to
this. Target (issue 6): under one second on every preset. MNIST is read from $NETBUILDER_DATA_DIR, else
../shared/data; never downloaded.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
if not os.environ.get("NETBUILDER_DATA_DIR"):
    os.environ["NETBUILDER_DATA_DIR"] = str(REPO.parent / "shared" / "data")

from netbuilder.core.design.design_io import load_design  # noqa: E402
from netbuilder.core.design.presets import preset_names  # noqa: E402
from netbuilder.core.training import Callback
from netbuilder.core.session import TrainingSession  # noqa: E402

AFTER_BATCHES = 5


class _Started(Callback):
    def __init__(self):
        self.ready = threading.Event()
        self.batches = 0

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.batches += 1
        if self.batches >= AFTER_BATCHES:
            self.ready.set()


def stop_latency(name: str, threads: int) -> tuple[float, str]:
    design = load_design(name)
    session = TrainingSession(design, num_threads=threads)
    session.prepare()  # data and model first: what is timed is the stop, not the loading
    started = _Started()
    box: dict = {}
    worker = threading.Thread(target=lambda: box.setdefault("record", session.run([started])))
    worker.start()
    if not started.ready.wait(120):
        session.request_stop()
        worker.join()
        raise RuntimeError(f"{name}: never reached batch {AFTER_BATCHES}")
    t0 = time.perf_counter()
    session.request_stop()
    worker.join()
    return time.perf_counter() - t0, box["record"].status


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--presets", help="comma-separated names (default: all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = args.presets.split(",") if args.presets else preset_names()
    threads = max(1, (os.cpu_count() or 1) - 1)  # as the window's worker
    results = {}
    for name in names:
        times, statuses = [], set()
        for _ in range(args.repeats):
            seconds, status = stop_latency(name, threads)
            times.append(seconds)
            statuses.add(status)
        results[name] = {"max_seconds": max(times), "median_seconds": sorted(times)[len(times) // 2],
                         "statuses": sorted(statuses)}
        if not args.json:
            print(f"{name:<18} stop took median {1000 * results[name]['median_seconds']:7.1f} ms, "
                  f"max {1000 * results[name]['max_seconds']:7.1f} ms  ({', '.join(sorted(statuses))})", flush=True)
    worst = max(r["max_seconds"] for r in results.values())
    if args.json:
        print(json.dumps({"presets": results, "worst_seconds": worst, "threads": threads}))
    else:
        print(f"worst: {1000 * worst:.1f} ms over {len(names)} presets x {args.repeats} (target < 1000 ms: "
              f"{'met' if worst < 1.0 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
