"""Small facts about the window's docks, shared by the panels' owners."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QFrame, QScrollArea, QTabBar


def on_screen(dock) -> bool:
    """Whether a dock is on screen: shown, and not behind another's tab (Qt's isVisible() says True for that);
    False for one already destroyed (its signals still fire while the window is torn down)."""
    return (dock is not None and shiboken6.isValid(dock) and dock.isVisible()
            and not dock.visibleRegion().isEmpty())


def scrolled(widget, *, keep_width: bool = False):
    """``widget`` in a frameless scroll area, so that its dock can be smaller than the panel on a small screen
    (1366x768, a 1280x720 projector): the window's minimum size stays small and every panel stays reachable,
    scrolled rather than cut. ``keep_width``: never narrower than the panel (a form reads badly scrolled sideways).
    A panel that scrolls itself is returned as it is."""
    if isinstance(widget, QAbstractScrollArea):
        return widget
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'panel'}Scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    if keep_width:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        area.setMinimumWidth(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


def stale_tab_bars(window) -> list:
    """The docks' tab bars that Qt made and then left on screen unused (Qt 6 makes two for one group now and then,
    and keeps those of a layout restoreState replaced): a stale bar keeps the place it had and can cover the real
    one. A bar in use sits right under (or over) the dock of its current tab, as wide as it."""
    docks = {d.windowTitle(): d for d in window.findChildren(QDockWidget) if d.parent() is window}
    stale = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        dock = docks.get(bar.tabText(bar.currentIndex()))
        if dock is None or not dock.isVisible() or dock.isFloating():
            stale.append(bar)
            continue
        g, d = bar.geometry(), dock.geometry()
        aligned = abs(g.left() - d.left()) <= 2 and abs(g.width() - d.width()) <= 2
        touching = abs(g.top() - d.bottom()) <= 6 or abs(g.bottom() - d.top()) <= 6
        if not (aligned and touching):
            stale.append(bar)
    return stale
