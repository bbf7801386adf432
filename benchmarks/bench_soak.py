"""Soak: many training runs back to back in one window process; memory must not grow and nothing may be left
running.

    python benchmarks/bench_soak.py [--runs 20] [--quick] [--json] [--bar-mb 50]

One process, the real ``MainWindow`` (offscreen unless QT_QPA_PLATFORM says otherwise), a real Qt event loop
(``QEventLoop``) while each run trains. The runs alternate the xor preset (300 epochs) and mnist_mlp (1 epoch on
the first 2,000 samples; MNIST is loaded again each time the design is opened). Each run opens its design in the
window first (so every run is a new training session), and on a schedule over every 10 runs:

- runs 3 and 8: stopped mid-run with the Stop action (``actionStop``), once the curve has points;
- runs 4 and 9: stopped mid-run through the training controller (``training.controller.stop()``);
- run 5: the window is closed after the run and a new one opened for the next;
- run 10: the window is closed mid-run (it stops the run and waits for its thread), and a new one opened.

(The stopped runs train longer, xor for 100,000 epochs, mnist_mlp for 100 epochs on the same 2,000 samples, so
that the stop comes mid-run and every MNIST run holds the same data.) After each run: the events are processed, deferred deletes done, ``gc.collect()`` in the GUI thread,
then the resident memory (VmRSS from /proc/self/status) is read. At the end the last window is closed and the
leftovers are listed as the GUI tests' check does (``tests/qt_leftovers.py``): Python threads started since the
beginning that are alive and not daemons, QThreads running, QTimers active.

Bars (exit status 1 when one is missed): RSS growth from after run 2 to after the last run under ``--bar-mb``
(50 MB); nothing left running; every run ended as planned (completed, or stopped for the stopped ones).
``--quick`` (the test suite's): 4 xor runs (one stopped with the Stop action, the window closed and reopened once)
in a few seconds; it checks the leftovers and that the runs end as planned, but not the memory bar, which needs
the full run's many runs to mean anything (4 short runs measure allocator noise and first-use caches).
``--malloc-trim``: RSS read after glibc's ``malloc_trim(0)`` (a diagnosis: memory freed but kept by the C heap
for reuse is not counted; the bar then applies to that figure).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("NETBUILDER_DATA_DIR"):
    os.environ["NETBUILDER_DATA_DIR"] = str(REPO.parent / "shared" / "data")
_TEMP = tempfile.TemporaryDirectory(prefix="netbuilder-soak-")
os.environ["NETBUILDER_RECOVERY_DIR"] = str(Path(_TEMP.name) / "recovery")  # autosave writes here, not the user's

# the leftovers check of the GUI tests: importing it records every QThread and QTimer started from Python, so it
# comes before anything is created
sys.path.insert(0, str(REPO / "tests"))
from qt_leftovers import active_qtimers, leftovers, running_qthreads  # noqa: E402

BAR_MB = 50.0
XOR_EPOCHS, XOR_STOP_EPOCHS = 300, 100_000
MNIST_LIMIT, MNIST_STOP_EPOCHS = 2000, 100
RUN_TIMEOUT_S = 300.0


def rss_mb(trim: bool = False) -> float:
    """Resident memory now (VmRSS), in MB; where /proc is missing, the peak from ``resource`` instead. ``trim``:
    first hand the C heap's free memory back to the system (glibc's ``malloc_trim``), so that what is left is what
    the process still holds."""
    if trim:
        try:
            import ctypes
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plan(runs: int, quick: bool) -> list[dict]:
    """What each run does: its design, how it ends (``complete``, ``stop_action``, ``stop_controller``,
    ``close_mid_run``), and whether the window is closed and a new one opened after it."""
    out = []
    for i in range(1, runs + 1):
        kind = "xor" if quick or i % 2 == 1 else "mnist"
        if quick:
            end, reopen = ("stop_action" if i == 2 else "complete"), i == 3
        else:
            end = {3: "stop_action", 8: "stop_action", 4: "stop_controller", 9: "stop_controller",
                   0: "close_mid_run"}.get(i % 10, "complete")
            reopen = i % 10 in (5, 0)
        out.append({"run": i, "kind": kind, "end": end, "reopen_after": reopen and i < runs})
    return out


class Soak:
    def __init__(self):
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName("netbuilder-soak")
        QCoreApplication.setApplicationName("netbuilder-soak")
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(Path(_TEMP.name) / "settings"))
        from netbuilder.gui.window.app import apply_theme
        apply_theme(self.app)
        self.errors: list[str] = []
        self.windows_opened = 0
        self.window = None
        self.finished: list[dict] = []

    def new_window(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from netbuilder.gui import MainWindow
        w = MainWindow()
        w.show_error = lambda title, msg: self.errors.append(f"{title}: {msg}")
        w.ask_save_changes = lambda: QMessageBox.Discard  # closing: no dialog, nothing saved
        w.ask_stop_training = lambda: True
        w.training_finished.connect(self.finished.append)
        w.resize(1400, 900)
        w.show()
        self.window = w
        self.windows_opened += 1
        self.settle()

    def close_window(self) -> None:
        w, self.window = self.window, None
        if not w.close():
            raise SystemExit(f"the window refused to close: {self.errors}")
        w.deleteLater()
        del w
        self.settle()

    def settle(self) -> None:
        """Deliver what is queued, do the deferred deletes, collect Python's garbage here, in the GUI thread."""
        from PySide6.QtCore import QCoreApplication, QEvent
        for _ in range(3):
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        gc.collect()
        self.app.processEvents()

    def wait_until(self, predicate, timeout_s: float) -> bool:
        """Run a real event loop until ``predicate()`` holds (checked every 10 ms) or the time is up."""
        from PySide6.QtCore import QEventLoop, QTimer
        if predicate():
            return True
        loop = QEventLoop()
        poll, deadline = QTimer(), QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: predicate() and loop.quit())
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        poll.start()
        deadline.start(int(timeout_s * 1000))
        try:
            loop.exec()
        finally:
            poll.stop()
            deadline.stop()
        return predicate()

    def run(self, step: dict, trim: bool = False) -> dict:
        if self.window is None:
            self.new_window()
        w = self.window
        stopping = step["end"] != "complete"
        if not w.open_design("xor" if step["kind"] == "xor" else "mnist_mlp"):
            raise SystemExit(f"run {step['run']}: could not open the design: {self.errors}")
        if step["kind"] == "xor":
            w.set_training_options(epochs=XOR_STOP_EPOCHS if stopping else XOR_EPOCHS)
        else:
            w.set_training_options(epochs=MNIST_STOP_EPOCHS if stopping else 1, device="cpu", limit=MNIST_LIMIT)
        count = len(self.finished)
        start = time.perf_counter()
        if not w.train():
            raise SystemExit(f"run {step['run']}: the window refused to train: {self.errors}")
        if stopping:
            points = lambda: len(w.training.curves.loss_plot.data()["batch_x"])  # noqa: E731
            if not self.wait_until(lambda: points() > 10 or len(self.finished) > count, RUN_TIMEOUT_S):
                raise SystemExit(f"run {step['run']}: no loss points within {RUN_TIMEOUT_S:.0f} s")
            if step["end"] == "stop_action":
                w.actions_by_name["actionStop"].trigger()
            elif step["end"] == "stop_controller":
                w.training.controller.stop()
            else:
                self.close_window()  # asks to stop (yes), stops the run and waits for its thread
        if not self.wait_until(lambda: len(self.finished) > count, RUN_TIMEOUT_S):
            raise SystemExit(f"run {step['run']}: did not finish within {RUN_TIMEOUT_S:.0f} s")
        seconds = time.perf_counter() - start
        outcome = self.finished[count]
        if step["reopen_after"] and self.window is not None:
            self.close_window()
        self.settle()
        expected = "stopped" if stopping else "completed"
        return {**step, "status": outcome.get("status"), "expected": expected, "ok": outcome.get("status") == expected,
                "seconds": seconds, "rss_mb": rss_mb(trim), "python_objects": len(gc.get_objects())}


def measure(runs: int, quick: bool, quiet: bool, trim: bool = False) -> dict:
    def say(*args):
        if not quiet:
            print(*args, flush=True)

    before = set(threading.enumerate())
    start = time.perf_counter()
    soak = Soak()
    soak.settle()
    rss_start = rss_mb()
    results = []
    for step in plan(runs, quick):
        r = soak.run(step, trim)
        results.append(r)
        say(f"run {r['run']:2d} {r['kind']:<5} {r['end']:<15} {r['status']:<9} {r['seconds']:6.2f} s  "
            f"RSS {r['rss_mb']:7.1f} MB  python objects {r['python_objects']:,}"
            + ("  (window closed, a new one next)" if r["reopen_after"] or r["end"] == "close_mid_run" else "")
            + ("" if r["ok"] else f"  <- expected {r['expected']}"))
    if soak.window is not None:
        soak.close_window()
    # as the GUI tests' check: a timer about to fire and stop itself gets a second to do so
    deadline = time.monotonic() + 1.0
    while active_qtimers() and time.monotonic() < deadline:
        soak.app.processEvents()
        time.sleep(0.01)
    left = leftovers(before)
    rss = [r["rss_mb"] for r in results]
    second = rss[1] if len(rss) > 1 else rss[0]
    return {
        "runs": runs, "quick": quick, "malloc_trim": trim, "rss_start_mb": rss_start, "rss_after_run_2_mb": second,
        "rss_after_last_run_mb": rss[-1], "growth_mb": rss[-1] - second, "bar_mb": BAR_MB,
        "rss_mb": rss, "python_objects": [r["python_objects"] for r in results],
        "statuses": [r["status"] for r in results], "runs_as_planned": all(r["ok"] for r in results),
        "run_seconds": [r["seconds"] for r in results], "windows_opened": soak.windows_opened,
        "threads_alive": [t.name for t in threading.enumerate()], "leftovers": left,
        "qthreads_running": len(running_qthreads()), "qtimers_active": len(active_qtimers()),
        "errors": soak.errors, "total_seconds": time.perf_counter() - start,
        "load_average": os.getloadavg()[0],
    }


def report(r: dict) -> None:
    def ok(good: bool) -> str:
        return "met" if good else "MISSED"

    print(f"\n{r['runs']} runs in one process, {r['windows_opened']} window(s) opened, {r['total_seconds']:.1f} s in "
          f"all; RSS at the start (window not yet opened) {r['rss_start_mb']:.1f} MB")
    print(f"RSS after run 2 {r['rss_after_run_2_mb']:.1f} MB, after run {r['runs']} {r['rss_after_last_run_mb']:.1f} "
          f"MB: growth {r['growth_mb']:+.1f} MB (bar < {r['bar_mb']:.0f} MB: "
          + ("not applied with --quick" if r["quick"] else ok(r["growth_mb"] < r["bar_mb"])) + ")")
    print("RSS after each run (MB" + (", after malloc_trim" if r["malloc_trim"] else "") + "): "
          + ", ".join(f"{v:.1f}" for v in r["rss_mb"]))
    print(f"runs ended as planned: {ok(r['runs_as_planned'])} ({', '.join(r['statuses'])})")
    print(f"threads alive at the end: {len(r['threads_alive'])} ({', '.join(r['threads_alive'])}); QThreads running: "
          f"{r['qthreads_running']}; QTimers active: {r['qtimers_active']}; left running: "
          f"{', '.join(r['leftovers']) or 'nothing'} ({ok(not r['leftovers'])})")
    if r["errors"]:
        print(f"dialogs shown: {r['errors']}")
    print(f"load average at the end: {r['load_average']:.2f}")


def passed(r: dict) -> bool:
    memory = r["quick"] or r["growth_mb"] < r["bar_mb"]
    return memory and r["runs_as_planned"] and not r["leftovers"] and not r["errors"]


def main(argv=None) -> int:
    global BAR_MB
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=None, help="training runs (default 20; 4 with --quick)")
    ap.add_argument("--quick", action="store_true", help="4 xor runs, no memory bar (the test suite's)")
    ap.add_argument("--bar-mb", type=float, default=BAR_MB, help=f"allowed RSS growth (default {BAR_MB:.0f})")
    ap.add_argument("--malloc-trim", action="store_true",
                    help="read RSS after glibc's malloc_trim(0): what is still held, not what the heap keeps free")
    ap.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    args = ap.parse_args(argv)
    BAR_MB = args.bar_mb
    runs = max(2, args.runs or (4 if args.quick else 20))
    if not args.quick and not (Path(os.environ["NETBUILDER_DATA_DIR"]) / "MNIST" / "raw").is_dir():
        raise SystemExit(f"MNIST is not in {os.environ['NETBUILDER_DATA_DIR']}; set NETBUILDER_DATA_DIR to a folder "
                         "holding MNIST/raw")
    result = measure(runs, args.quick, quiet=args.json, trim=args.malloc_trim)
    result["passed"] = passed(result)
    if args.json:
        print(json.dumps(result))
    else:
        report(result)
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
