"""Renders docs/backbone_summary.png: the window at 1366x768 (offscreen) with the "Your own pictures" preset open,
its Pretrained node selected and the Summary panel given room: each layer's parameters (a frozen backbone's apart)
and FLOPs, the totals, and the data line. Needs no weights file (the summary is worked out from the design).

    QT_QPA_PLATFORM=offscreen python tools/render_backbone_summary.py [OUT.png]
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "backbone_summary.png"


def render(window, out: Path) -> Path:
    """Opens the preset in ``window`` (a MainWindow), lays the docks out for the summary and saves the grab."""
    app = QApplication.instance()
    window.resize(1366, 768)
    window.show()
    if not window.open_design("your_own_pictures"):
        raise SystemExit("the your_own_pictures preset did not open")
    dock = window.findChild(QDockWidget, "summaryDock")
    dock.show()
    dock.raise_()
    app.processEvents()
    window.resizeDocks([dock], [560], Qt.Horizontal)
    window.resizeDocks([window.findChild(QDockWidget, name) for name in ("inspectorDock", "summaryDock",
                                                                         "problemsDock")],
                       [190, 420, 100], Qt.Vertical)
    window.resizeDocks([window.findChild(QDockWidget, "curvesDock")], [110], Qt.Vertical)
    window.scene.select_nodes(["backbone"])
    app.processEvents()
    window.grab().save(str(out))
    return out


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    from netbuilder.gui import MainWindow
    window = MainWindow()
    window.ask_save_changes = lambda: QMessageBox.Discard
    print(render(window, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
    window.close()
