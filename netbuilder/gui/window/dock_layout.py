"""The main window's docks: made from the panel registry (``gui/panels/registry.py``), placed, sized for the
window, found by a panel's objectName, and their tab bars kept tidy. A mixin of :class:`~.main_window.MainWindow`
(it uses the window's ``docks``, ``presentation`` and ``_tidy_timer``)."""
from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea, QTabBar, QWidget

from ..common.docks import scrolled, stale_tab_bars
from ..common.i18n import tr_text
from ..panels import registry
from ..panels.registry import CURVES, INSPECTOR, PALETTE, PROBLEMS, SUMMARY

#: the docks' layout saved in the settings: raised when the docks change place (2: panels scroll, the lesson on the
#: left), so that a layout saved before is not restored over the new default
LAYOUT_VERSION = 2
RIGHT_COLUMN = 545  # the inspector's column: its seven tabs' titles whole (Inspector ... Explain) in the Fusion style
RIGHT_SHARE = 0.4  # of a small window's width (1366: 546)
CURVES_SHARE = 0.3
_AREAS = {"left": Qt.LeftDockWidgetArea, "right": Qt.RightDockWidgetArea, "bottom": Qt.BottomDockWidgetArea}


def panel_in(dock) -> QWidget:
    """The panel a dock shows, without the scroll area around it (a figure of it has no scroll bars)."""
    inner = dock.widget()
    return inner.widget() if isinstance(inner, QScrollArea) and inner.widget() is not None else inner


class WindowDocks:
    def _make_docks(self) -> dict:
        """One dock per registry entry, by its name, in the registry's order; each shares the place of the dock
        its entry names (one tab each); the problems beside the curves; the first tab of each place in front."""
        docks = {}
        for spec in registry.PANELS:
            widget = attrgetter(spec.widget)(self)
            docks[spec.name] = self._dock(spec.dock, tr_text(spec.title),
                                          scrolled(widget, keep_width=True) if spec.keep_width else widget,
                                          _AREAS[spec.area])
        self.splitDockWidget(docks[CURVES.name], docks[PROBLEMS.name], Qt.Horizontal)
        for spec in registry.PANELS:
            if spec.tab_with is not None:
                self.tabifyDockWidget(docks[spec.tab_with], docks[spec.name])
        for name in (INSPECTOR.name, CURVES.name, PALETTE.name):
            docks[name].raise_()
        return docks

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scrolled(widget))  # a small screen scrolls a panel, never pushes the window off it
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable
                         | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def show_panel(self, object_name: str) -> bool:
        """Show and raise the dock holding the panel (or the dock) named ``object_name``; False when none does."""
        for name, dock in self.docks.items():
            inner = dock.widget()
            names = {dock.objectName(), inner.objectName() if inner is not None else ""}
            if inner is not None and hasattr(inner, "widget") and callable(inner.widget) and inner.widget():
                names.add(inner.widget().objectName())  # a panel inside a scroll area
            if object_name in names:
                if self.presentation.on:
                    self.presentation.show_dock(name)
                dock.show()
                dock.raise_()
                return True
        return False

    def size_docks(self) -> None:
        """The default share of the window for each dock, for the window's size now: the columns wide enough for
        their tabs' titles, the curves a third of the height. Called again when the window is first shown (``run_app``
        fits it to the screen first) and by View > Reset Panels."""
        w, h = self.width(), self.height()
        side = min(RIGHT_COLUMN, round(w * RIGHT_SHARE))
        d = self.docks
        self.resizeDocks([d[PALETTE.name], d[INSPECTOR.name]], [320, side], Qt.Horizontal)
        self.resizeDocks([d[INSPECTOR.name], d[SUMMARY.name]], [round(h * 0.4), round(h * 0.2)], Qt.Vertical)
        self.resizeDocks([d[CURVES.name], d[PROBLEMS.name]], [w - side, side], Qt.Horizontal)
        self.resizeDocks([d[CURVES.name]], [max(self.curves_least_height(), round(h * CURVES_SHARE))], Qt.Vertical)

    def curves_least_height(self) -> int:
        """The curves dock's height below which its plots would scroll: the panel's least, its title and the tabs
        it shares with the runs (a size given to resizeDocks includes them)."""
        curves = self.docks[CURVES.name]
        panel = curves.widget().widget()
        title = curves.minimumSizeHint().height() - curves.widget().minimumSizeHint().height()
        probe = QTabBar()
        probe.addTab(curves.windowTitle())
        tabs = probe.sizeHint().height()
        probe.deleteLater()
        return max(panel.minimumSize().height(), panel.minimumSizeHint().height()) + title + tabs

    def childEvent(self, event) -> None:  # noqa: N802
        """The docks' tab bars (Qt makes them as docks are tabified) never cut a title short: when a column is too
        narrow for its tabs, arrows scroll them instead."""
        super().childEvent(event)
        if event.polished() and isinstance(event.child(), QTabBar):
            event.child().setElideMode(Qt.ElideNone)
            event.child().setUsesScrollButtons(True)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.tidy_tab_bars()  # and, the first time, the docks' default sizes for the size it is shown at

    def tidy_tab_bars(self) -> None:
        """Soon (once Qt has laid the docks out): hide the tab bars Qt left on screen unused."""
        self._tidy_timer.start()

    def _hide_stale_tab_bars(self) -> None:
        if not self._sized_on_show and self.isVisible():
            self._sized_on_show = True
            self.size_docks()
            self._tidy_timer.start()  # the bars are judged once Qt has laid the docks out at these sizes
            return
        for bar in stale_tab_bars(self):
            bar.hide()

    def _on_reset_layout(self) -> None:
        if self._default_state is not None:
            self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()
        self.size_docks()
        self.tidy_tab_bars()
