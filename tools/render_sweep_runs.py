"""Renders docs/sweep_runs.png as a person sees it: the WHOLE window at 1366x768 after a real small sweep run from
the window's Sweep dialog (Training > Sweep…: the spirals preset's network on the moons, 15 epochs a trial, 10
trials of the learning rate, the batch size and the first hidden layer's units, TPE, trials that fall behind
pruned), on the CPU, offscreen. The window does what it does at a sweep's end (the runs dock given room, the
sweep's runs selected, the tab "Which setting mattered" in front); the dialog is then closed, as a person would, so
the picture is the window.

    python tools/render_sweep_runs.py docs/sweep_runs.png
"""
import json
import os
import sys
import tempfile
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
QSettings.setDefaultFormat(QSettings.IniFormat)  # the window's layout from nowhere: not a person's, not a last run's
from netbuilder.core.design.design_io import design_from_dict  # noqa: E402
from netbuilder.core.design.presets import preset_path  # noqa: E402
from netbuilder.gui import MainWindow  # noqa: E402

w = MainWindow()
w.resize(1366, 768)
w.show()
design = json.loads(preset_path("spirals").read_text())
design["training"].update(dataset={"name": "moons"}, epochs=15)
w.document.load(design_from_dict(design))
dialog = w.open_sweep()
for name in list(dialog.rows):
    dialog.set_param(name, checked=False)
for name, spec in (("lr", "1e-3..3e-1:log"), ("batch_size", "16,64,256"), ("units:hidden1", "2..64")):
    dialog.set_param(name, spec)
dialog.trials.setValue(10)
done = []
w.training.controller.sweepFinished.connect(done.append)
w.training.controller.trial.connect(lambda o: print(f"trial {o.number}: {o.state} {o.value} {o.params}", flush=True))
started = time.perf_counter()
assert dialog.start(), dialog.message.text() if hasattr(dialog, "message") else "not started"
while not done and time.perf_counter() - started < 900:
    app.processEvents()
    time.sleep(0.02)
assert done, "the sweep did not end in 15 minutes"
print(f"{len(done[0].outcomes)} trials in {time.perf_counter() - started:.0f} s; importance {done[0].importance}")
dialog.close()
for _ in range(30):
    app.processEvents()
    time.sleep(0.03)
view = w.runs_view
print("shown:", view.compare.plot.axis_names(), "importance:", view.compare.bars.shares,
      "button:", view.compare.button.text(), "runs view:", view.width(), "x", view.height(),
      "tab in front:", view.tabs.currentWidget() is view.compare)
w.grab().save(sys.argv[1])
w.document.undo_stack.setClean()  # no "save changes?" question on closing
w.close()
