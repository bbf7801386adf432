"""The window's language (issue 23, Languages): View > Language, ``set_language(code)``, kept in QSettings.

The language is installed before the window is built (:func:`startup_language`, called by ``run_app``), so the
window is made in it; choosing another one later installs its translations and renders every text already on
screen again (:func:`netbuilder.gui.common.i18n.retranslate`). The translations are in ``resources/i18n``.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from ..common import i18n
from ..common.i18n import tr
from .accessibility import derive_again

SETTING = "view/language"
SYSTEM = "system"


def saved_language() -> str:
    """The language chosen in View > Language: a code, or ``"system"`` (the default) for the system's own."""
    saved = QSettings().value(SETTING, SYSTEM)
    return saved if saved in i18n.LANGUAGES or saved == SYSTEM else SYSTEM


def startup_language() -> str:
    """Install the saved language (or the system's, when netbuilder ships it) before the window is built. A
    translation missing from the installation: English, and one line on stderr saying what to do."""
    choice = saved_language()
    try:
        return i18n.install_language(i18n.system_language() if choice == SYSTEM else choice)
    except FileNotFoundError as exc:
        print(f"netbuilder: {exc}; showing English meanwhile", file=sys.stderr, flush=True)
        return i18n.install_language("en")


class WindowLanguage:
    """MainWindow's part: the View menu's language choice, :meth:`set_language` and :meth:`language`."""

    def _make_language_menu(self) -> None:
        """View > Language: the system's language, then each shipped language in its own words (objectName
        ``actionLanguage_<code>``, ``actionLanguage_system``)."""
        view_menu = self.findChild(QMenu, "menuView")
        menu = view_menu.addMenu(tr("&Language"))
        menu.setObjectName("menuLanguage")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        system = i18n.LANGUAGES[i18n.system_language()]
        for code in (SYSTEM, *i18n.LANGUAGES):
            label = tr("System ({language})", language=system) if code == SYSTEM else i18n.LANGUAGES[code]
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"actionLanguage_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        self.language_actions[saved_language()].setChecked(True)

    def set_language(self, code: str, save: bool = True) -> None:
        """Show the window in ``code`` (``"en"``, ``"de"``, ``"es"``, ``"fr"``, or ``"system"``): menus, panels,
        problems, advice and dialogs from now on, numbers in that language's form; remembered for the next start.
        An unknown code: ValueError with one line naming the known ones."""
        if code != SYSTEM and code not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {code!r}: choose one of {', '.join(i18n.LANGUAGES)} or system")
        i18n.install_language(i18n.system_language() if code == SYSTEM else code)
        if save:
            QSettings().setValue(SETTING, code)
        self.language_actions[code].setChecked(True)
        shown = [self, *(w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible())]
        i18n.retranslate(shown)  # the window's own retranslate() (menus.py) redoes its title and status line
        for top in shown:  # the screen reader's names cut from a tooltip or a label: cut again from the new words
            derive_again(top)

    def language(self) -> str:
        """The code of the language the window is shown in."""
        return i18n.current_language()
