"""Driving the window as a person does: the mouse on the menus, what is on screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
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
