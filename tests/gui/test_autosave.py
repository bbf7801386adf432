"""Autosave and recovery (issue 9): a real app process is killed (SIGKILL) after its autosave; the next start offers
its design and trained weights back. Closing normally leaves nothing to recover; a damaged recovery file is
ignored."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

EDIT_AND_AUTOSAVE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from netbuilder.gui import MainWindow
    w = MainWindow()
    w.show()
    w.open_design("xor")
    w.set_training_options(epochs=300)
    w.train()
    while w.training.busy:
        app.processEvents(QEventLoop.AllEvents, 50)
    w.set_training_options(epochs=7)
    w.autosave.timer.setInterval(200)  # the minute, shortened for the test
    end = time.time() + 20
    while w.autosave.last_saved is None and time.time() < end:
        app.processEvents(QEventLoop.AllEvents, 50)
    print("autosaved", w.predict([[0, 1]])[0][0], flush=True)
    while True:  # working on, until killed
        app.processEvents(QEventLoop.AllEvents, 50)
""")

RESTORE = textwrap.dedent("""
    import json
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from netbuilder.gui import MainWindow
    w = MainWindow()
    offered = []
    w.ask_restore = lambda record: offered.append(record["design"]["name"]) or True
    w.show()
    restored = w.offer_recovery()
    print(json.dumps({"restored": restored, "offered": offered, "dirty": w.document.dirty,
                      "epochs": w.document.design.training.get("epochs"),
                      "nodes": sorted(w.document.design.nodes),
                      "prediction": w.predict([[0, 1]])[0][0] if restored else None,
                      "left": w.autosave.pending()}, default=str))
    w.document.undo_stack.setClean()
    w.close()
""")


def test_killed_app_is_offered_its_work_back(tmp_path):
    env = {**os.environ, "NETBUILDER_RECOVERY_DIR": str(tmp_path / "recovery"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "-c", EDIT_AND_AUTOSAVE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=env)
    try:
        line = app.stdout.readline()
        assert line.startswith("autosaved"), app.stderr.read()[-2000:] if app.poll() is not None else line
        before = float(line.split()[1])
        files = sorted(p.name for p in (tmp_path / "recovery").iterdir())
        assert files == [f"{app.pid}.json", f"{app.pid}.nbckpt"]
        app.send_signal(signal.SIGKILL)  # no chance to clean up
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
        app.stdout.close()
        app.stderr.close()
    assert app.returncode == -signal.SIGKILL
    proc = subprocess.run([sys.executable, "-c", RESTORE], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["restored"] is True and got["offered"] == ["XOR"]
    assert got["dirty"] is True and got["epochs"] == 7  # the unsaved edit is back, still unsaved
    assert got["nodes"] == ["act", "hidden", "out", "prob", "x"]
    assert got["prediction"] == pytest.approx(before, abs=1e-6)  # and the trained weights
    assert got["left"] == [] and not list((tmp_path / "recovery").iterdir())  # taken in: the files are gone


def test_closing_normally_leaves_nothing_to_recover(window, qtbot, tmp_path):
    assert window.open_design("xor")
    window.set_training_options(epochs=3)  # unsaved
    assert window.autosave.save_now() and window.autosave.design_path.exists()
    window.document.undo_stack.setClean()
    assert not window.autosave.save_now() and not window.autosave.design_path.exists()  # nothing to lose
    window.set_training_options(epochs=4)
    assert window.autosave.save_now()
    window.close()
    assert not window.autosave.design_path.exists() and not window.autosave.timer.isActive()


def test_damaged_or_live_recovery_files_are_not_offered(window, tmp_path):
    folder = window.autosave.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "1.json").write_text("{not json")
    (folder / "2.json").write_text(json.dumps({"format": "netbuilder-recovery", "version": 1, "pid": os.getpid(),
                                              "design": {"nodes": []}}))  # a live process: not ours to take
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (folder / f"{dead.pid}.json").write_text(json.dumps({"format": "netbuilder-recovery", "version": 1,
                                                         "pid": dead.pid, "saved_at": time.time(),
                                                         "design": {"nodes": [{"id": "x", "type": []}]}}))
    window.ask_restore = lambda record: True
    assert [r["pid"] for r in window.autosave.pending()] == [dead.pid]
    assert window.offer_recovery() is False  # its design is broken: said, and nothing changes
    assert window.errors and "unknown layer type a list" in window.errors[-1][1]
