"""Training from the window vs the CLI's trainer: mnist_mlp, one epoch, in one process, runs alternated.

    python benchmarks/bench_gui_training.py [--repeats 3] [--quick] [--json] [--limit N] [--profile]

The window run is what a person does: the real ``MainWindow`` (offscreen unless QT_QPA_PLATFORM says otherwise,
the app's Fusion theme), the mnist_mlp preset opened, epochs set to 1 in the training panel, Train pressed, a real
Qt event loop (``QEventLoop``) running until ``training_finished``, the curves dock live (its redraw timer runs as
in real use). The reference is the CLI's trainer, ``Trainer(design, config).fit()``, on the same design and the
same settings (the window's design after its options were set: validation split, scheduler, batch size, seed).

What is timed (like with like, data loading left out of both):

- window: from the controller's ``runStarted`` (sent from the trainer's ``on_fit_start``, after the worker's
  ``prepare()`` loaded the data and compiled the model) to ``MainWindow.training_finished``; so it includes the
  epoch, the validation and test passes and the window's handling of the end of the run;
- CLI: ``fit()`` from its start to its end (the Trainer is constructed, which loads the data, before the clock
  starts).

Each window run after the first starts from fresh weights (Reset weights; the session keeps its loaded data), so
every run of either kind trains epoch 1 from the seed's weights. Two references: (a) the CLI trainer with torch's
default thread count, which is what ``netbuilder train`` does, and (b) the CLI trainer with the window worker's
``num_threads`` (``training_threads()``, cores - 1). window / (b) is the window's own cost (signals, plots, the
event loop); window / (a) also includes the thread-count choice. Issue target: the window costs at most 5% more.

Also measured: the GUI thread's event-loop latency (a 10 ms PreciseTimer in the GUI thread; lateness = actual
interval - 10 ms; targets p99 < 30 ms, max < 100 ms), in window runs of their own after the timed ones (the probe
adds 100 wake-ups a second to the GUI thread, each taking the GIL from the training thread: it is the benchmark's
cost, not the app's, so the timed runs go without it); and over every window run, the curves' redraws per second
(``CurvesPanel.redraws``; target >= 10/s) and the curve signals per second (the controller's ``curve``; target
<= 20/s).

Two estimates of the ratio: the ratio of the bests, and the median over the repeats of each window run divided by
the CLI run of the same repeat (the machine's speed drifts over minutes; paired runs share the drift). Also the
training thread's waiting time during the window's fit (its wall time minus its CPU time), the direct measure of
what the GUI thread's Python costs it.

``--quick`` (the test suite's): ``limit`` 2000 training samples, 1 repeat. ``--json``: one JSON object with every
figure instead of the text. ``--profile``: also how long the GUI thread spent in the curves' redraws and curve
handling (the figures for a diagnosis). MNIST is read from $NETBUILDER_DATA_DIR, else ../shared/data; never
downloaded.
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("NETBUILDER_DATA_DIR"):
    os.environ["NETBUILDER_DATA_DIR"] = str(REPO.parent / "shared" / "data")

import numpy as np  # noqa: E402

PROBE_MS = 10
TARGETS = {"ratio": 1.05, "latency_p99_ms": 30.0, "latency_max_ms": 100.0, "redraws_per_second": 10.0,
           "curve_signals_per_second": 20.0}
QUICK_LIMIT = 2000


def _say(quiet: bool, *args) -> None:
    if not quiet:
        print(*args, flush=True)


class Timed:
    """Wraps a method at class level (before the window exists, so that signal connections pick it up) and adds
    up the wall time spent in it. Only with --profile."""

    def __init__(self, cls, name: str):
        self.cls, self.name, self.original = cls, name, getattr(cls, name)
        self.seconds, self.calls, self.worst = 0.0, 0, 0.0
        original = self.original

        @functools.wraps(original)
        def wrapper(obj, *args, **kwargs):
            t = time.perf_counter()
            try:
                return original(obj, *args, **kwargs)
            finally:
                dt = time.perf_counter() - t
                self.seconds += dt
                self.calls += 1
                self.worst = max(self.worst, dt)

        setattr(cls, name, wrapper)

    def reset(self) -> None:
        self.seconds, self.calls, self.worst = 0.0, 0, 0.0


class WindowBench:
    """One MainWindow kept for all the window's runs (as a person trains again from the same window)."""

    def __init__(self, limit: int | None, device: str, profile: bool):
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        self.profiled: dict[str, Timed] = {}
        if profile:
            from netbuilder.gui.panels.curves import CurvesPanel
            from netbuilder.gui.panels.plots import LossPlot
            from netbuilder.gui.training.driver import TrainingDriver
            self.profiled = {"curves.redraw": Timed(CurvesPanel, "redraw"),
                             "loss_plot.append_batches": Timed(LossPlot, "append_batches"),
                             "driver._on_curve": Timed(TrainingDriver, "_on_curve")}
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self._settings_dir = tempfile.TemporaryDirectory(prefix="netbuilder-bench-")
        QCoreApplication.setOrganizationName("netbuilder-bench")
        QCoreApplication.setApplicationName("netbuilder-bench")
        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, self._settings_dir.name)
        from netbuilder.gui.window.app import apply_theme
        apply_theme(self.app)
        from netbuilder.gui import MainWindow
        self.window = w = MainWindow()
        w.show()
        self.errors: list[str] = []
        w.show_error = lambda title, msg: self.errors.append(f"{title}: {msg}")
        from PySide6.QtWidgets import QMessageBox
        w.ask_save_changes = lambda: QMessageBox.Discard  # closing at the end: no dialog, nothing saved
        w.ask_stop_training = lambda: True
        if not w.open_design("mnist_mlp"):
            raise SystemExit(f"could not open the mnist_mlp preset: {self.errors}")
        options = {"epochs": 1, "device": device}
        if limit:
            options["limit"] = limit
        w.set_training_options(**options)
        self.runs = 0
        self.prepare_seconds: float | None = None
        self.prepare_lateness: list[float] = []
        self.lateness: list[float] = []  # seconds, pooled over the runs
        self.run_max_lateness: list[float] = []
        self.redraws = 0
        self.curve_signals = 0
        self.seconds_run = 0.0  # sum over the runs (for the rates)
        self.threads: int | None = None
        self.outcome: dict = {}
        self.waited: list[float] = []  # per run: (fit wall - the training thread's CPU time) / fit wall
        self._clock_fits()

    def _clock_fits(self) -> None:
        """Add a callback to the window's runs that reads the training thread's own clocks at the fit's start and
        end: wall time minus the thread's CPU time is what it spent waiting (with one torch thread: for the GIL)."""
        from netbuilder.core.training import Callback
        from netbuilder.core.session.session import TrainingSession
        waited, original = self.waited, TrainingSession.run

        class Clock(Callback):
            def on_fit_start(self, trainer):
                self.start = (time.perf_counter(), time.thread_time())

            def on_fit_end(self, trainer, result):
                wall, cpu = time.perf_counter() - self.start[0], time.thread_time() - self.start[1]
                waited.append(max(0.0, wall - cpu) / wall)

        def run(session, callbacks=(), **kwargs):
            return original(session, [Clock(), *callbacks], **kwargs)

        TrainingSession.run = run

    def design(self) -> dict:
        return self.window.current_design()

    def settle(self) -> None:
        """Let deleteLater and queued leftovers of the previous run go through before timing anything."""
        for _ in range(3):
            self.app.processEvents()

    def run(self, timeout_s: float = 900.0, probe_latency: bool = True) -> float:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        w = self.window
        driver, controller = w.training, w.training.controller
        if self.runs:
            driver.reset_weights()  # epoch 1 from the seed's weights again; the loaded data stays
        self.settle()
        for t in self.profiled.values():
            t.reset()
        loop = QEventLoop()
        ticks: list[float] = []
        marks: dict = {}
        curve_times: list[float] = []

        probe = QTimer()
        probe.setTimerType(Qt.PreciseTimer)
        probe.setInterval(PROBE_MS)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def started(info) -> None:
            marks["start"] = time.perf_counter()
            marks["redraws"] = driver.curves.redraws
            self.threads = info.get("threads")

        def curve(_info) -> None:
            curve_times.append(time.perf_counter())

        def finished(outcome) -> None:
            marks["end"] = time.perf_counter()
            marks["redraws_end"] = driver.curves.redraws
            marks["outcome"] = outcome
            loop.quit()

        controller.runStarted.connect(started)
        controller.curve.connect(curve)
        w.training_finished.connect(finished)
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(loop.quit)
        try:
            if probe_latency:
                probe.start()
            pressed = time.perf_counter()
            if not w.train():
                raise SystemExit(f"the window refused to train: {self.errors}")
            watchdog.start(int(timeout_s * 1000))
            if "end" not in marks:
                loop.exec()
        finally:
            probe.stop()
            watchdog.stop()
            controller.runStarted.disconnect(started)
            controller.curve.disconnect(curve)
            w.training_finished.disconnect(finished)
        if "end" not in marks:
            raise SystemExit(f"the window's run did not finish within {timeout_s:.0f} s")
        outcome = marks["outcome"]
        if outcome.get("status") != "completed" or "start" not in marks:
            raise SystemExit(f"the window's run did not complete: {outcome} {self.errors}")
        self.outcome = outcome
        start, end = marks["start"], marks["end"]
        if self.runs == 0:
            self.prepare_seconds = start - pressed
        if probe_latency:
            t = np.asarray(ticks)
            gaps = np.diff(t) - PROBE_MS / 1000
            inside = (t[1:] > start) & (t[:-1] < end)  # intervals that overlap the timed run
            before = (t[1:] <= start) & (t[:-1] >= pressed)
            lateness = np.clip(gaps[inside], 0.0, None)
            self.lateness.extend(lateness.tolist())
            self.run_max_lateness.append(float(lateness.max()) if lateness.size else math.nan)
            if self.runs == 0:
                self.prepare_lateness = np.clip(gaps[before], 0.0, None).tolist()
        seconds = end - start
        self.redraws += marks["redraws_end"] - marks["redraws"]
        self.curve_signals += sum(start <= c <= end for c in curve_times)
        self.seconds_run += seconds
        self.runs += 1
        return seconds

    def close(self) -> None:
        self.window.close()
        self.settle()


def cli_run(design: dict, threads: int | None, device: str) -> tuple[float, float, int]:
    """The CLI's trainer: (fit seconds, construction seconds (data load + compile), threads used)."""
    from netbuilder.core.training import TrainConfig, Trainer
    config = TrainConfig.from_design(design)
    built = time.perf_counter()
    trainer = Trainer(design, config, device=device, num_threads=threads)
    start = time.perf_counter()
    result = trainer.fit()
    end = time.perf_counter()
    if result.stopped not in (None, "completed") and result.stopped != "":
        raise SystemExit(f"the CLI trainer's run did not complete: {result.stopped} {result.message}")
    return end - start, start - built, trainer.threads_for_run()


def percentile_ms(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q) * 1000) if values else math.nan


def measure(repeats: int, limit: int | None, device: str, profile: bool, quiet: bool) -> dict:
    import torch

    from netbuilder.gui.training.workers import CURVE_HZ, training_threads
    from netbuilder.gui.panels.curves import REDRAW_HZ

    default_threads = torch.get_num_threads()
    same_threads = training_threads()
    bench = WindowBench(limit, device, profile)
    design = bench.design()
    tr = design["training"]
    _say(quiet, f"mnist_mlp, 1 epoch, batch {tr.get('batch_size')}, dataset {tr.get('dataset')}, "
                f"optimizer {tr.get('optimizer')}, scheduler {tr.get('scheduler')}, device {device}; "
                f"{os.cpu_count()} cores, torch {torch.__version__} ({default_threads} threads by default), "
                f"window worker threads {same_threads}, CURVE_HZ {CURVE_HZ}, REDRAW_HZ {REDRAW_HZ}, "
                f"Qt platform {os.environ.get('QT_QPA_PLATFORM')}, load average {os.getloadavg()[0]:.2f}")
    runs = ("window", "cli_default", "cli_same_threads")
    times: dict[str, list[float]] = {k: [] for k in runs}
    construct: list[float] = []
    used_threads: dict[str, int] = {}
    profile_rows: list[dict] = []
    warm = bench.run(probe_latency=True)  # the process's first data load and compile; latency measured, not timed
    _say(quiet, f"  window (first run, latency probe on, not in the ratios): {warm:5.2f} s, max lateness "
                f"{bench.run_max_lateness[-1] * 1000:.1f} ms")
    for rep in range(repeats):
        for which in (runs if rep % 2 == 0 else tuple(reversed(runs))):
            if which == "window":
                # without the 100 Hz latency probe, which is the benchmark's, not the app's, and costs the GIL
                seconds = bench.run(probe_latency=False)
                used_threads[which] = bench.threads
                if bench.profiled:
                    profile_rows.append({k: (t.seconds, t.calls, t.worst) for k, t in bench.profiled.items()}
                                        | {"_seconds": seconds})
                extra = f"(test accuracy {bench.outcome.get('test', {}).get('test_accuracy', math.nan):.4f})"
            else:
                torch.set_num_threads(default_threads)  # what a fresh `netbuilder train` process would have
                seconds, built, used_threads[which] = cli_run(
                    design, None if which == "cli_default" else same_threads, device)
                construct.append(built)
                extra = f"(Trainer construction, not timed: {built:.2f} s)"
            times[which].append(seconds)
            _say(quiet, f"  {which:17s} {used_threads[which]} thread(s): {seconds:7.2f} s  {extra}")
    latency_seconds = bench.run(probe_latency=True)  # the GUI's latency once more, warm, in a run of its own
    _say(quiet, f"  window (latency probe on, not in the ratios): {latency_seconds:5.2f} s, max lateness "
                f"{bench.run_max_lateness[-1] * 1000:.1f} ms")
    bench.close()
    torch.set_num_threads(default_threads)
    best = {k: min(v) for k, v in times.items()}
    # each window run against the CLI runs of the same repeat (next to it in time): the machine's speed drifts
    # over minutes, so the median of these paired ratios is steadier than a ratio of two bests
    paired = {ref: float(np.median([w / c for w, c in zip(times["window"], times[ref])]))
              for ref in ("cli_default", "cli_same_threads")}
    lat = bench.lateness
    out = {
        "design": "mnist_mlp", "epochs": 1, "limit": limit, "batch_size": tr.get("batch_size"), "device": device,
        "repeats": repeats, "cores": os.cpu_count(), "torch_default_threads": default_threads,
        "window_threads": used_threads.get("window"), "cli_default_threads": used_threads.get("cli_default"),
        "cli_same_threads_threads": used_threads.get("cli_same_threads"),
        "curve_hz": CURVE_HZ, "redraw_hz": REDRAW_HZ, "load_average": os.getloadavg()[0],
        "window_seconds": best["window"], "cli_default_seconds": best["cli_default"],
        "cli_same_threads_seconds": best["cli_same_threads"],
        "ratio_window_cli_default": best["window"] / best["cli_default"],
        "ratio_window_cli_same_threads": best["window"] / best["cli_same_threads"],
        "paired_median_ratio_cli_default": paired["cli_default"],
        "paired_median_ratio_cli_same_threads": paired["cli_same_threads"],
        "window_training_thread_waited_fraction": float(np.median(bench.waited)) if bench.waited else math.nan,
        "window_prepare_seconds": bench.prepare_seconds,
        "cli_construct_seconds": min(construct) if construct else None,
        "latency_p50_ms": percentile_ms(lat, 50), "latency_p99_ms": percentile_ms(lat, 99),
        "latency_max_ms": max(lat) * 1000 if lat else math.nan, "latency_ticks": len(lat),
        "prepare_latency_max_ms": max(bench.prepare_lateness) * 1000 if bench.prepare_lateness else math.nan,
        "redraws_per_second": bench.redraws / bench.seconds_run,
        "curve_signals_per_second": bench.curve_signals / bench.seconds_run,
        "times": times, "targets": TARGETS,
    }
    if profile_rows:
        out["profile"] = [{k: (v if k == "_seconds" else {"seconds": v[0], "calls": v[1], "worst_ms": v[2] * 1000})
                           for k, v in row.items()} for row in profile_rows]
    return out


def report(r: dict) -> None:
    def ok(good: bool) -> str:
        return "met" if good else "MISSED"

    print(f"\nbest of {r['repeats']} (alternated), data loading excluded from both: window {r['window_seconds']:.2f} s "
          f"(runStarted -> training_finished, {r['window_threads']} thread(s)); CLI Trainer.fit() "
          f"{r['cli_default_seconds']:.2f} s with torch's default {r['cli_default_threads']} thread(s), "
          f"{r['cli_same_threads_seconds']:.2f} s with the worker's {r['cli_same_threads_threads']}")
    print(f"ratio window / CLI, same threads ({r['cli_same_threads_threads']}): "
          f"{r['ratio_window_cli_same_threads']:.3f}   <- the window's own cost (signals, plots, event loop); "
          f"target <= {TARGETS['ratio']:.2f}: {ok(r['ratio_window_cli_same_threads'] <= TARGETS['ratio'])}")
    print(f"median of paired ratios (each window run / the CLI run of the same repeat): same threads "
          f"{r['paired_median_ratio_cli_same_threads']:.3f} (target <= {TARGETS['ratio']:.2f}: "
          f"{ok(r['paired_median_ratio_cli_same_threads'] <= TARGETS['ratio'])}), torch default threads "
          f"{r['paired_median_ratio_cli_default']:.3f}")
    print(f"the training thread's time spent waiting during the window's fit (wall - its CPU time; mostly the GIL "
          f"held by the GUI thread), median: {r['window_training_thread_waited_fraction'] * 100:.1f}% "
          f"(the CLI's trainer: 0 by construction, one thread)")
    print(f"ratio window / CLI, torch default threads ({r['cli_default_threads']}): "
          f"{r['ratio_window_cli_default']:.3f}   <- what a person sees vs `netbuilder train` (window + thread "
          f"count choice); target <= {TARGETS['ratio']:.2f}: {ok(r['ratio_window_cli_default'] <= TARGETS['ratio'])}")
    print(f"not timed: the window's first run spent {r['window_prepare_seconds']:.2f} s from Train to runStarted "
          f"(prepare() in the worker: the process's first import of the dataset loader, data load, compile; GUI "
          f"max lateness meanwhile {r['prepare_latency_max_ms']:.1f} ms); a CLI Trainer's construction, later in "
          f"the same process, took {r['cli_construct_seconds']:.2f} s")
    print(f"GUI event-loop lateness during the window's runs ({r['latency_ticks']} ticks of a {PROBE_MS} ms timer): "
          f"p50 {r['latency_p50_ms']:.1f} ms, p99 {r['latency_p99_ms']:.1f} ms "
          f"(target < {TARGETS['latency_p99_ms']:.0f}: {ok(r['latency_p99_ms'] < TARGETS['latency_p99_ms'])}), "
          f"max {r['latency_max_ms']:.1f} ms "
          f"(target < {TARGETS['latency_max_ms']:.0f}: {ok(r['latency_max_ms'] < TARGETS['latency_max_ms'])})")
    print(f"curves: {r['redraws_per_second']:.1f} redraws/s (target >= {TARGETS['redraws_per_second']:.0f}: "
          f"{ok(r['redraws_per_second'] >= TARGETS['redraws_per_second'])}), "
          f"{r['curve_signals_per_second']:.1f} curve signals/s (target <= "
          f"{TARGETS['curve_signals_per_second']:.0f}: "
          f"{ok(r['curve_signals_per_second'] <= TARGETS['curve_signals_per_second'])})")
    for i, row in enumerate(r.get("profile", [])):
        parts = ", ".join(f"{k} {v['seconds']:.2f} s in {v['calls']} calls (worst {v['worst_ms']:.1f} ms)"
                          for k, v in row.items() if k != "_seconds")
        print(f"profile, window run {i + 1} ({row['_seconds']:.2f} s): GUI thread in {parts}")
    print(f"load average at the end: {r['load_average']:.2f} (timings on a busy machine are noisy)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3, help="runs of each, alternated; the best counts (default 3)")
    ap.add_argument("--quick", action="store_true", help=f"limit {QUICK_LIMIT} samples, 1 repeat (the test suite's)")
    ap.add_argument("--limit", type=int, default=None, help="train on the first N samples only")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    ap.add_argument("--profile", action="store_true", help="also time the GUI thread's curve handling and redraws")
    args = ap.parse_args(argv)
    repeats, limit = (1, args.limit or QUICK_LIMIT) if args.quick else (args.repeats, args.limit)
    data = Path(os.environ["NETBUILDER_DATA_DIR"])
    if not (data / "MNIST" / "raw").is_dir():
        raise SystemExit(f"MNIST is not in {data}; set NETBUILDER_DATA_DIR to a folder holding MNIST/raw")
    result = measure(max(1, repeats), limit, args.device, args.profile, quiet=args.json)
    if args.json:
        print(json.dumps(result))
    else:
        report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
