"""The window's saved layout and recent files (a mixin of ``MainWindow``: it uses ``recent_menu``,
``open_design`` and ``tidy_tab_bars``): the geometry and docks as the person left them, restored when the window
is made and saved when it closes; File > Open Recent, newest first."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from .dock_layout import LAYOUT_VERSION

#: how many files File > Open Recent lists
MAX_RECENT = 8


class RecentFiles:
    """The window's part: :meth:`_restore_settings` / :meth:`_save_settings` and the recent files."""

    def _restore_settings(self) -> bool:
        """The window's geometry and docks as the person left them; whether there was a layout to restore."""
        s = QSettings()
        if s.value("window/geometry"):
            self.restoreGeometry(s.value("window/geometry"))
        # a layout saved by an older netbuilder (other docks, other places) is not restored: the default fits
        restored = bool(s.value("window/state")) and self.restoreState(s.value("window/state"), LAYOUT_VERSION)
        self.tidy_tab_bars()
        self._rebuild_recent()
        return restored

    def _save_settings(self) -> None:
        """The window's geometry and docks, for the next time it opens."""
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))

    def recent_files(self) -> list[str]:
        value = QSettings().value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        QSettings().setValue("recentFiles", files[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = [f for f in self.recent_files() if Path(f).exists()]
        for f in files:
            act = self.recent_menu.addAction(Path(f).name)
            act.setToolTip(f)
            act.triggered.connect(lambda checked=False, f=f: self.open_design(f))
        self.recent_menu.setEnabled(bool(files))
