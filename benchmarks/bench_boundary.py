"""What the live decision boundary costs a run: the same training from the window with the boundary panel shown
(a grid probe about 6 times a second in the worker, drawn in the GUI thread) and hidden, alternated, one process.

    python benchmarks/bench_boundary.py [--design xor|spirals|moons|circles] [--epochs N] [--repeats 3] [--json]

Timed: from the controller's ``runStarted`` to ``MainWindow.training_finished``, each run from fresh weights (Reset
weights). Reported: the best of each, their ratio (issue target: shown / hidden <= 1.10) and the boundary's
updates per second while shown (target >= 5). Generated data only (no download, no MNIST).
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"ratio": 1.10, "updates_per_second": 5.0}


def measure(design: str, epochs: int, repeats: int, quiet: bool) -> dict:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings_dir = tempfile.TemporaryDirectory(prefix="netbuilder-bench-")
    QCoreApplication.setOrganizationName("netbuilder-bench")
    QCoreApplication.setApplicationName("netbuilder-bench")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir.name)
    from netbuilder.gui import MainWindow
    w = MainWindow()
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.ask_stop_training = lambda: True
    errors: list = []
    w.show_error = lambda title, message: errors.append(f"{title}: {message}")
    w.resize(1500, 950)
    w.show()
    if not w.open_design(design):
        raise SystemExit(f"could not open {design}: {errors}")
    w.set_training_options(epochs=epochs)
    panel = w.inside.boundary

    def run(shown: bool) -> tuple[float, int]:
        if w.training.session is not None:
            w.training.reset_weights()
        w.show_panel("decisionBoundaryPanel" if shown else "inspector")  # hidden: behind the inspector's tab
        for _ in range(3):
            app.processEvents()
        marks: dict = {}
        loop = QEventLoop()
        w.training.controller.runStarted.connect(started := lambda _i: marks.update(
            start=time.perf_counter(), updates=panel.updates))
        w.training_finished.connect(finished := lambda o: (marks.update(end=time.perf_counter(), outcome=o,
                                                                         updates_end=panel.updates), loop.quit()))
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        try:
            if not w.train():
                raise SystemExit(f"the window refused to train: {errors}")
            guard.start(600_000)
            if "end" not in marks:
                loop.exec()
        finally:
            w.training.controller.runStarted.disconnect(started)
            w.training_finished.disconnect(finished)
        if marks.get("outcome", {}).get("status") != "completed":
            raise SystemExit(f"the run did not complete: {marks.get('outcome')} {errors}")
        return marks["end"] - marks["start"], marks["updates_end"] - marks["updates"]

    times = {"shown": [], "hidden": []}
    updates = []
    for rep in range(repeats):
        for which in (("shown", "hidden") if rep % 2 == 0 else ("hidden", "shown")):
            seconds, count = run(which == "shown")
            times[which].append(seconds)
            if which == "shown":
                updates.append(count / seconds)
            if not quiet:
                print(f"  boundary {which:6s}: {seconds:6.2f} s" + (f"  ({count} boundary updates)"
                                                                     if which == "shown" else ""), flush=True)
    w.close()
    best = {k: min(v) for k, v in times.items()}
    return {"design": design, "epochs": epochs, "repeats": repeats, "shown_seconds": best["shown"],
            "hidden_seconds": best["hidden"], "ratio": best["shown"] / best["hidden"],
            "updates_per_second": max(updates), "times": times, "targets": TARGETS,
            "load_average": os.getloadavg()[0]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--design", default="xor")
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = measure(args.design, args.epochs, max(1, args.repeats), quiet=args.json)
    if args.json:
        print(json.dumps(r))
        return 0
    ok = lambda good: "met" if good else "MISSED"  # noqa: E731
    print(f"\n{r['design']}, {r['epochs']} epochs, best of {r['repeats']} (alternated): boundary shown "
          f"{r['shown_seconds']:.2f} s, hidden {r['hidden_seconds']:.2f} s; ratio {r['ratio']:.3f} (target <= "
          f"{TARGETS['ratio']:.2f}: {ok(r['ratio'] <= TARGETS['ratio'])}); boundary updates while shown "
          f"{r['updates_per_second']:.1f}/s (target >= {TARGETS['updates_per_second']:.0f}: "
          f"{ok(r['updates_per_second'] >= TARGETS['updates_per_second'])}); load average {r['load_average']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
