"""Renders docs/window_de.png as a person sees it: the WHOLE window at 1366x768 in German (or another shipped
language), the XOR lesson open at its second step after training its single neuron (the advice says why the loss
is flat), the decision boundary in front; on the CPU, offscreen, with settings from nowhere.

    python tools/render_window_language.py de docs/window_de.png
"""
import os
import sys
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
QSettings.setDefaultFormat(QSettings.IniFormat)
from netbuilder.gui import MainWindow  # noqa: E402
from netbuilder.gui.common import i18n  # noqa: E402

code, out = sys.argv[1], sys.argv[2]
i18n.install_language(code)  # as run_app does: before the window is built
w = MainWindow()
w.resize(1366, 768)
w.show()
w.open_lesson("xor")
w.lessons.panel.buttons["next"].click()
finished = []
w.training_finished.connect(finished.append)
w.train()
loop = QEventLoop()
poll = QTimer()
poll.timeout.connect(lambda: loop.quit() if finished else None)
poll.start(100)
QTimer.singleShot(600_000, loop.quit)  # a run that never ends: stop waiting after ten minutes
loop.exec()
if not finished:
    sys.exit("the XOR run did not finish in ten minutes")
w.show_panel("decisionBoundaryPanel")
for _ in range(30):
    app.processEvents()
w.grab().save(out)
print(out, finished[0]["status"])
w.document.undo_stack.setClean()
w.close()
