"""Renders docs/augment_preview.png: the window at 1366x768 (offscreen) with mnist_cnn open, rotation 20, crop 0.7
and noise 0.1 set, and the Augment tab in front once its preview has drawn (needs MNIST in NETBUILDER_DATA_DIR).

    NETBUILDER_DATA_DIR=../shared/data python tools/render_augment_preview.py docs/augment_preview.png
"""
import os
import sys
import tempfile
import time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("NETBUILDER_DATA_DIR", "../shared/data")
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
from netbuilder.gui import MainWindow
from netbuilder.gui.panels.registry import CURVES
w = MainWindow(); w.resize(1366, 768); w.show()
assert w.open_design("mnist_cnn")
w.set_training_options(augment=[{"type": "rotation", "degrees": 20}, {"type": "crop", "scale": 0.7},
                                {"type": "noise", "std": 0.1}])
w.docks["augment"].raise_()
panel = w.augment_panel
end = time.time() + 60
while time.time() < end:
    app.processEvents()
    if getattr(panel.preview, "_images", None):
        break
    time.sleep(0.05)
for _ in range(10):
    app.processEvents(); time.sleep(0.05)
w.resizeDocks([w.docks[CURVES.name]], [150], Qt.Vertical)
for _ in range(20):
    app.processEvents(); time.sleep(0.05)
w.grab().save(sys.argv[1])
w.close()
