"""The window's colour palette (issue 23, Colour): View > Colour palette, ``set_palette(name)``, kept in QSettings
like the window's other preferences. The palettes themselves are in :mod:`netbuilder.gui.common.palette`.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..common import palette
from ..common.i18n import tr, tr_text

SETTING = "view/palette"


class WindowPalette:
    """MainWindow's part: the View menu's palette choice, :meth:`set_palette` and :meth:`palette_name`."""

    def _make_palette_menu(self) -> None:
        """View > Colour palette (one checkable action per palette, objectName ``actionPalette_<name>``), then the
        palette saved last time (a name this version does not know: the default)."""
        view_menu = self.findChild(QMenu, "menuView")
        menu = view_menu.addMenu(tr("Colour &palette"))
        menu.setObjectName("menuPalette")
        menu.setToolTip(tr("The colours of classes, curves, runs and maps; Okabe-Ito stays apart for colour-blind "
                           "eyes"))
        menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.palette_actions: dict[str, QAction] = {}
        for name in palette.PALETTES:
            action = QAction(tr_text(palette.LABELS[name]), self, checkable=True)
            action.setObjectName(f"actionPalette_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.set_palette(n))
            group.addAction(action)
            menu.addAction(action)
            self.palette_actions[name] = action
        saved = QSettings().value(SETTING, palette.DEFAULT)
        self.set_palette(saved if saved in palette.PALETTES else palette.DEFAULT, save=False)

    def set_palette(self, name: str, save: bool = True) -> None:
        """Draw classes, curves, runs, the confusion matrix, the health ramp and maps in palette ``name``
        (``"okabe-ito"``, the default, or ``"classic"``), repaint what is open and remember it. An unknown name:
        ValueError with one line naming the known ones."""
        palette.check(name)
        palette.use(name)
        if save:
            QSettings().setValue(SETTING, name)
        self.palette_actions[name].setChecked(True)
        change = QEvent(QEvent.PaletteChange)  # every panel already repaints its colours on a theme change
        for widget in [self, *self.findChildren(QWidget)]:
            QApplication.sendEvent(widget, change)

    def palette_name(self) -> str:
        """The palette in use."""
        return palette.active()
