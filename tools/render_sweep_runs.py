"""Renders docs/sweep_runs.png: a real small sweep (the spirals preset's network on the moons, 20 epochs a trial, 8
trials of the learning rate, the batch size and the first hidden layer's units, on the CPU, no pruning) handed to the
runs view of a window (offscreen), every trial selected and the tab "Which setting mattered" in front; the picture
is the runs dock, floated at 1366x600.

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
from netbuilder.core.design.design_io import design_from_dict  # noqa: E402
from netbuilder.core.design.presets import preset_path  # noqa: E402
from netbuilder.core.session.sweep import run_sweep  # noqa: E402
from netbuilder.gui import MainWindow  # noqa: E402
from netbuilder.gui.panels.registry import RUNS  # noqa: E402

w = MainWindow()
w.resize(1366, 768)
w.show()
design = json.loads(preset_path("spirals").read_text())
design["training"].update(dataset={"name": "moons"}, epochs=20)
w.document.load(design_from_dict(design))
started = time.perf_counter()
result = run_sweep(design, ["lr=1e-3..3e-1:log", "batch_size=16,64,256", "units:hidden1=2..64"], 8,
                   device="cpu", seed=1, prune=False,
                   on_trial=lambda o: print(f"trial {o.number}: {o.state} {o.value} {o.params}", flush=True))
print(f"{len(result.outcomes)} trials in {time.perf_counter() - started:.0f} s; importance {result.importance}")
records = [o.record for o in result.outcomes if o.record is not None]
view = w.runs_view
view.set_runs(records)
view.select_runs([r.number for r in records])
assert w.show_panel("runsView")
view.tabs.setCurrentWidget(view.compare)
dock = w.docks[RUNS.name]
dock.setFloating(True)
dock.resize(1366, 600)
for _ in range(20):
    app.processEvents()
    time.sleep(0.05)
print("shown:", view.compare.plot.axis_names(), "importance:", view.compare.bars.shares,
      "button:", view.compare.button.text())
dock.grab().save(sys.argv[1])
w.document.undo_stack.setClean()  # no "save changes?" question on closing
w.close()
