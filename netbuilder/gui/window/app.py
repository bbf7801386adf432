"""QApplication bootstrap: theme, window, and torch loading behind the window."""
from __future__ import annotations

import os
import sys
import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ... import __version__
from ..common.background import torch_imported

FRAME_ALLOWANCE = 48  # px: a window manager's title bar and borders, at most, for the first size's fit


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.Window: "#202124", QPalette.WindowText: "#e8eaed", QPalette.Base: "#17181a",
        QPalette.AlternateBase: "#25272a", QPalette.ToolTipBase: "#303134", QPalette.ToolTipText: "#e8eaed",
        QPalette.Text: "#e8eaed", QPalette.Button: "#2b2d30", QPalette.ButtonText: "#e8eaed",
        QPalette.BrightText: "#ff6b6b", QPalette.Highlight: "#4c8bf5", QPalette.HighlightedText: "#ffffff",
        QPalette.Link: "#8ab4f8", QPalette.PlaceholderText: "#9aa0a6", QPalette.Mid: "#3c4043",
        QPalette.Dark: "#111213", QPalette.Light: "#3c4043",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.Text, QPalette.ButtonText, QPalette.WindowText):
        p.setColor(QPalette.Disabled, role, QColor("#6f7378"))
    return p


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def apply_theme(app: QApplication) -> str:
    """Fusion with the system's colour scheme (Qt 6.5+ reports it; ``NETBUILDER_THEME=dark|light`` overrides it);
    returns "dark" or "light"."""
    app.setStyle("Fusion")
    forced = os.environ.get("NETBUILDER_THEME")
    dark = forced == "dark" or (forced != "light" and system_scheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return "dark" if dark else "light"


def _preload_torch() -> None:
    """Import torch, torchvision and the trainer while the user looks at the window, so the first training starts
    at once: importing torchvision when Train is pressed holds the GIL for about 2 s and the window stutters (up
    to 250 ms late) meanwhile."""
    try:
        torch_imported()
        from ...core.datasets import CATALOG, loading  # noqa: F401
        for entry in CATALOG.values():  # each loader's module (numpy, the CSV reader, torchvision's sets)
            entry.function("loader")
        from ...core.session import session  # noqa: F401
    except Exception:  # the error resurfaces, with a message, when training needs torch
        pass


def show_fitted(window) -> None:
    """Show the window no larger than the screen's free area (a 1366x768 laptop, a 1280x720 projector): a size
    that does not fit, title bar and borders included (the default, or one restored from a bigger screen), opens
    maximized instead."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    # the platform's frame is not known before the first show: a title bar and borders of up to FRAME_ALLOWANCE
    if free is not None and (window.width() + FRAME_ALLOWANCE > free.width()
                             or window.height() + FRAME_ALLOWANCE > free.height()):
        window.showMaximized()
    else:
        window.show()


def run_app(design: str | None = None) -> int:
    if QApplication.instance() is None:
        from .platform_check import check_display
        problem = check_display()
        if problem:  # Qt would print ten lines naming no package, then abort
            print(problem, file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netbuilder")
    app.setOrganizationName("netbuilder")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    from .language import startup_language
    startup_language()  # before the window is built: it is made in the saved (or the system's) language
    from ..common import collector
    collector.hold()  # for the app's life: the preload thread, the worker and data feeders never free a Qt object
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    from .main_window import MainWindow
    window = MainWindow()
    show_fitted(window)
    window.offer_recovery()  # killed or crashed last time: its autosaved work, if any
    if design:
        window.open_design(design)

    def shown():
        if os.environ.get("NETBUILDER_REPORT_LAUNCH"):
            print(f"window-shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, window.close)
            return
        threading.Thread(target=_preload_torch, name="torch-preload", daemon=True).start()
    QTimer.singleShot(0, shown)
    return app.exec()
