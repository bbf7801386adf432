"""Driving the window as a person does: the mouse on the menus, what is on screen."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel


def click_menu(qtbot, window, menu, action) -> None:
    """Open ``menu`` from the menu bar with the mouse and click ``action`` in it."""
    bar = window.menuBar()
    QTest.mouseClick(bar, Qt.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    QTest.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=3000)


def visible_texts(window) -> list[str]:
    """Every text on screen in the window: labels, buttons, the docks' titles, the canvas's cards."""
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
             if w.isVisible() and not w.visibleRegion().isEmpty() and w.text()]
    texts += [d.windowTitle() for d in window.docks.values() if d.isVisible()]
    texts += [str(item.node_id) for item in window.scene.node_items()]
    texts += [window.statusBar().currentMessage()]
    return texts


def on_a_screen(tmp_path, width: int, height: int, script: str, env: dict | None = None) -> tuple[dict, str]:
    """Run ``script`` (Python source) in a process whose only screen is ``width`` x ``height`` (Qt's offscreen
    platform, configured by a file in ``tmp_path``); it prints one JSON line last. Returns that and stderr."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path), **(env or {}),
                               "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


def settle() -> None:
    """Deliver every event already posted (layout requests, deferred repaints and deletions) until none is left,
    as a person looking at the screen sees it once it stops moving: a fixed ``qtbot.wait(10)`` waited a guessed
    time for the same and, on a busy machine, not always long enough."""
    app = QCoreApplication.instance()
    for _ in range(4):  # a layout may post another (a label that wraps resizes its parent)
        app.sendPostedEvents()
        app.processEvents()
