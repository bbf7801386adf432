"""Presentation mode (View > Presentation, F5; Esc leaves): netbuilder projected in a classroom.

What changes while it is on, and comes back when it ends:

- the window goes full screen, with a high-contrast dark palette and a large application font (panel text at
  ``TEXT_PX`` on the screen: 18 pt at 96 dpi); the menu bar and the editing toolbar go, a presenter bar with big
  Train / Pause / Step / Stop buttons comes; the docks' titles are ``TEXT_PX`` too;
- only the canvas, the curves and the panel that was in front of the inspector's place (the decision boundary, the
  activations, ...) stay; with a lesson open, its text on the left and on the right the panel that was last in front
  before the lesson took its place; the other docks hide (their layout is saved and restored);
- the canvas zooms so that a card's smallest text is at least ``TEXT_PX`` on screen, and a network too tall for
  the screen at that size is laid out again in side-by-side columns that fit the screen's shape (one undo step;
  taken back on leaving when nothing else changed the design meanwhile);
- the curves draw their lines at least 3 px wide, with ``TEXT_PX`` axis and legend text;
- presenter keys: Space trains, pauses or resumes; Right steps one batch; Esc leaves.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabBar, QToolBar

from ...core.design.layout import fold_layers, layered_layout
from ..canvas.scene import X_GAP, Y_GAP
from ..canvas.style import NODE_HEIGHT
from ..canvas.commands import MoveNodesCommand
from ..common.i18n import tr
from ..panels.plot_base import PRESENTATION_TEXT
from ..panels.registry import inside_names

TEXT_PX = PRESENTATION_TEXT  # on a 1080p screen; a smaller projector's picture fills the same wall, so it scales
LEAST_TEXT_PX = 16  # 1280x720
BUTTON_PX = 30
#: the canvas's zoom puts its smallest text (a card's shape and parameter count) at the screen's text size at least
CARD_TEXT_PX = 13.0
MIN_ZOOM = TEXT_PX / CARD_TEXT_PX


def text_px_for(screen_height: int) -> int:
    """The presentation's text size on a screen this tall: TEXT_PX at 1080 px and above, in proportion below
    (a 1280x720 projector's picture is as big on the wall as a 1080p one's), never under LEAST_TEXT_PX."""
    return max(LEAST_TEXT_PX, min(TEXT_PX, round(TEXT_PX * screen_height / 1080)))
MAX_ZOOM = 2.5
KEPT_DOCKS = ("curves",)
CURVES_SHARE = 0.3  # of the screen's height: the plots are half the show
#: of the screen's width, for one panel beside the canvas, or each of two (the lesson and a panel): as wide as
#: the first while the network shows whole at a readable size, else narrowed (in SIDE_STEP steps) down to the second
SIDE_SHARE = {1: (0.3, 0.22), 2: (0.26, 0.2)}
SIDE_STEP = 0.01
#: the space between two columns of a folded layout, beyond a card's width
COLUMN_MARGIN = 30


def high_contrast_palette() -> QPalette:
    """White on near-black with a strong blue highlight: legible on a washed-out projector."""
    p = QPalette()
    black, panel, white = QColor("#000000"), QColor("#121212"), QColor("#ffffff")
    for role, colour in ((QPalette.Window, panel), (QPalette.Base, black), (QPalette.AlternateBase, panel),
                         (QPalette.Text, white), (QPalette.WindowText, white), (QPalette.ButtonText, white),
                         (QPalette.Button, QColor("#262626")), (QPalette.Highlight, QColor("#3d8bff")),
                         (QPalette.HighlightedText, white), (QPalette.ToolTipBase, black),
                         (QPalette.ToolTipText, white), (QPalette.PlaceholderText, QColor("#c8c8c8")),
                         (QPalette.Mid, QColor("#8a8a8a")), (QPalette.Light, QColor("#5a5a5a"))):
        p.setColor(role, colour)
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#7a7a7a"))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#7a7a7a"))
    return p


class Presentation(QObject):
    """Presentation mode. Its collaborators, given at construction: ``frame`` (the main window, used only as a
    QMainWindow: Qt's own calls to save, rearrange and restore its docks, bars and full screen), ``docks`` (name ->
    dock), ``view``, ``scene`` and ``document`` (the canvas it zooms and folds), ``training`` (the presenter
    buttons' driver and its curves), ``lessons`` (the lesson beside the canvas; ``designShown`` fits again),
    ``inside_visible`` (name -> the inside panel is in front), ``leave`` (turn the mode off as the window's menu
    would), and the window's layout helpers ``tidy_tab_bars`` and ``curves_least_height``."""

    def __init__(self, frame, docks: dict, *, view, scene, document, training, lessons, inside_visible, leave,
                 tidy_tab_bars, curves_least_height):
        super().__init__(frame)
        self.frame, self.docks = frame, docks
        self.view, self.scene, self.document = view, scene, document
        self.training, self.lessons, self.inside_visible = training, lessons, inside_visible
        self.leave, self.tidy_tab_bars, self.curves_least_height = leave, tidy_tab_bars, curves_least_height
        self.on = False
        self._saved: dict = {}
        self._layout_index: int | None = None
        self._titles: list = []  # the docks given a big title
        self.px, self.min_zoom = TEXT_PX, MIN_ZOOM  # set for the screen on entering
        self._last_inside: str | None = None  # the inside panel last in front (a lesson's tab may now cover it)
        for name in inside_names():
            docks[name].visibilityChanged.connect(lambda visible, n=name: self._seen(n, visible))
        lessons.designShown.connect(self._design_shown)
        self.bar = QToolBar(tr("Presenter"), frame)  # a child: a parentless bar would keep this (and the window) alive
        self.bar.setObjectName("presenterBar")
        self.bar.setMovable(False)
        self.buttons: dict[str, QPushButton] = {}
        font = QFont(QApplication.font())
        font.setPixelSize(BUTTON_PX)
        font.setBold(True)
        for name, text, tip in (("train", tr("Train"), tr("Space")), ("pause", tr("Pause"), tr("Space")),
                                ("step", tr("Step"), tr("Right arrow")), ("stop", tr("Stop"), ""),
                                ("leave", tr("Leave presentation"), tr("Esc"))):
            button = QPushButton(text)
            button.setObjectName(f"presenter{name.capitalize()}Button")
            button.setFont(font)
            button.setMinimumHeight(round(BUTTON_PX * 2))
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self._press(n))
            self.buttons[name] = button
            self.bar.addWidget(button)
        self.bar.hide()
        self.keys = []
        for key, what in ((Qt.Key_Space, "space"), (Qt.Key_Right, "step"), (Qt.Key_Left, "back"),
                          (Qt.Key_Escape, "leave")):
            shortcut = QShortcut(QKeySequence(key), frame)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(lambda w=what: self._press(w))
            self.keys.append(shortcut)
        training.controller.stateChanged.connect(self._sync_buttons)

    # the switch -------------------------------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        if bool(on) == self.on:
            return
        if on:
            self._enter()
        else:
            self._leave()
        self.on = bool(on)
        for shortcut in self.keys:
            shortcut.setEnabled(self.on)
        self._sync_buttons()

    def _enter(self) -> None:
        w, app, docks = self.frame, QApplication.instance(), self.docks
        front = [name for name in inside_names() if self.inside_visible(name)]
        if self.lessons.lesson is not None:
            if not front and self._last_inside is not None:
                front = [self._last_inside]  # the panel the lesson's tab covers: the lesson is about it
            front = ["lesson"] + front
        self._saved = {"state": w.saveState(), "geometry": w.saveGeometry(), "palette": app.palette(),
                       "font": app.font(), "full": w.isFullScreen(), "zoom": self.view.transform(),
                       "menu": w.menuBar().isVisible()}
        font = QFont(app.font())
        # in points, TEXT_PX on this screen (18 pt at 96 dpi): code that scales a font by its point size (pyqtgraph's
        # parameter tree) keeps working
        screen = w.screen()
        self.px = text_px_for(screen.geometry().height() if screen is not None else 1080)
        self.min_zoom = self.px / CARD_TEXT_PX
        font.setPointSizeF(self.px * 72.0 / max(1.0, w.logicalDpiY()))
        app.setPalette(high_contrast_palette())
        app.setFont(font)
        self.scene.apply_theme(dark=True)
        # out of the layout, not only hidden (a hidden dock's tab bar can stay on screen); the kept ones docked
        # alone, without the tabs they shared; restoreState puts everything back on leaving
        kept = {name: w.dockWidgetArea(docks[name]) for name in (*KEPT_DOCKS, *front[:2 if "lesson" in front
                                                                                   else 1])}
        for dock in docks.values():
            w.removeDockWidget(dock)
        if "lesson" in kept and len(kept) > 2:
            kept["lesson"] = Qt.LeftDockWidgetArea  # the lesson's text on the left, its panel on the right
        for name, area in kept.items():
            w.addDockWidget(area, docks[name])
            docks[name].show()
        for toolbar in w.findChildren(QToolBar):
            if toolbar is not self.bar:
                toolbar.hide()
        w.menuBar().hide()
        w.addToolBar(Qt.TopToolBarArea, self.bar)
        self.bar.show()
        for plot in (self.training.curves.loss_plot, self.training.curves.accuracy_plot):
            plot.set_presentation(True, self.px)
        w.showFullScreen()
        QApplication.processEvents()
        self._fit_health_control()
        # the tab bars of the docks taken out can stay on screen, unused (a Qt quirk): hidden
        for bar in w.findChildren(QTabBar):
            if bar.parent() is w:
                bar.hide()
        QApplication.processEvents()  # the docks' titles and the curves' fonts at their new size first
        w.resizeDocks([docks["curves"]], [max(self.curves_least_height(), round(w.height() * CURVES_SHARE))],
                      Qt.Vertical)
        for name in kept:
            self._big_title(docks[name])
        self._fit_beside([docks[name] for name in kept if name not in KEPT_DOCKS])

    def _seen(self, name: str, visible: bool) -> None:
        """Remember the inside panel last brought in front (outside presentation mode, which moves docks itself)."""
        if visible and not self.on:
            self._last_inside = name

    def _design_shown(self) -> None:
        if self.on:
            self.refit()

    def refit(self) -> None:
        """Fit again after the design changed (a lesson opened another network): the panels beside the canvas
        as wide as the new network allows."""
        self._fit_beside([d for name, d in self.docks.items() if name not in KEPT_DOCKS and d.isVisible()])

    def _fit_beside(self, side: list) -> None:
        """Size the panels beside the canvas and fit the canvas: the panels as wide as SIDE_SHARE allows while
        the network still shows whole with its text at TEXT_PX, narrower when that is what it takes."""
        w = self.frame
        widest, narrowest = SIDE_SHARE[min(2, len(side))] if side else (0, 0)
        steps = round((widest - narrowest) / SIDE_STEP)
        for share in (widest - (widest - narrowest) * i / max(1, steps) for i in range(steps + 1)):
            if side:
                w.resizeDocks(side, [round(w.width() * share)] * len(side), Qt.Horizontal)
            QApplication.processEvents()
            if self.fit_canvas() >= self.min_zoom:
                break

    def _big_title(self, dock) -> None:
        """A dock's title at TEXT_PX: a label as its title bar (Qt draws the native title in a font fixed when
        the dock was made); the native one comes back on leaving."""
        if dock.titleBarWidget() is not None:
            return
        label = QLabel(dock.windowTitle())
        label.setObjectName("presentationDockTitle")
        font = QFont(QApplication.font())
        font.setPixelSize(self.px)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(8, 2, 8, 2)
        dock.setTitleBarWidget(label)
        self._titles.append(dock)

    def show_dock(self, name: str) -> None:
        """A panel asked for during the presentation (a lesson's "show"): it takes the inside panel's place on the
        right, the lesson (if any) moves to the left."""
        w, docks = self.frame, self.docks
        for other in inside_names():
            if other != name and docks[other].isVisible():
                w.removeDockWidget(docks[other])
        if name == "lesson":
            return
        lesson = docks["lesson"]
        if self.lessons.lesson is not None:
            w.addDockWidget(Qt.LeftDockWidgetArea, lesson)
            lesson.show()
        w.addDockWidget(Qt.RightDockWidgetArea, docks[name])
        docks[name].show()
        side = [d for d in (lesson, docks[name]) if d.isVisible()]
        for dock in side:
            self._big_title(dock)
        self._fit_beside(side)

    def _leave(self) -> None:
        w, app = self.frame, QApplication.instance()
        stack = self.document.undo_stack
        if self._layout_index is not None and stack.index() == self._layout_index and stack.canUndo():
            stack.undo()  # the presentation's layout, and nothing after it: the person's own layout comes back
        self._layout_index = None
        self.bar.hide()
        w.removeToolBar(self.bar)
        for dock in self._titles:
            label = dock.titleBarWidget()
            dock.setTitleBarWidget(None)
            if label is not None:
                label.deleteLater()
        self._titles = []
        for plot in (self.training.curves.loss_plot, self.training.curves.accuracy_plot):
            plot.set_presentation(False)
        app.setPalette(self._saved["palette"])
        app.setFont(self._saved["font"])
        self.scene.apply_theme()
        if self._saved["menu"]:
            w.menuBar().show()
        if not self._saved["full"]:
            w.showNormal()
        w.restoreGeometry(self._saved["geometry"])
        w.restoreState(self._saved["state"])
        self.tidy_tab_bars()  # the tab bars the restored layout left unused

        self.view.setTransform(self._saved["zoom"])
        QApplication.processEvents()
        self._fit_health_control()

    def _fit_health_control(self) -> None:
        """The canvas's corner control, sized for the font it has now (the view sizes it once, when made)."""
        view = self.view
        view.health_control.adjustSize()
        view._place_health_control()  # the view's own rule: its bottom-left corner

    # the canvas -------------------------------------------------------------------------------------------------
    def fit_canvas(self) -> float:
        """The largest zoom at which the whole network shows, up to MAX_ZOOM; when one column of layers would be
        smaller on screen than MIN_ZOOM allows, the layers are folded into the number of columns that gives the
        largest zoom for the screen's shape (one undo step, taken back on leaving). Never below MIN_ZOOM: a
        network too big for that is folded into as many rows as the canvas's height shows at MIN_ZOOM, and scrolls
        sideways from its input. Returns the zoom the whole network would need."""
        view, scene, document = self.view, self.scene, self.document
        design = document.design
        viewport = view.viewport().rect()
        if not design.nodes or viewport.isEmpty():
            return MAX_ZOOM
        margin = 24
        stack = document.undo_stack
        if self._layout_index is not None and stack.index() == self._layout_index and stack.canUndo():
            stack.undo()  # an earlier presentation layout (for another canvas size): fitted again from the start
            self._layout_index = None

        def zoom_for(width: float, height: float) -> float:
            return min(viewport.width() / (width + 2 * margin), viewport.height() / (height + 2 * margin), MAX_ZOOM)

        def tall_enough(height: float) -> bool:  # all its rows on screen at MIN_ZOOM
            return viewport.height() / (height + 2 * margin) >= self.min_zoom

        rect = scene.nodes_rect()
        if zoom_for(rect.width(), rect.height()) < self.min_zoom:
            widths = {n: item.width for n, item in ((n, scene.node_item(n)) for n in design.nodes) if item}
            card = max(widths.values(), default=X_GAP)
            spots = layered_layout(design, X_GAP, Y_GAP, widths=widths)
            layers = len({round(y / Y_GAP) for _x, y in spots.values()})
            ys = [y for _x, y in (node.position for node in design.nodes.values())]
            overhang = rect.height() - (max(ys) - min(ys) + NODE_HEIGHT)  # the ports beyond the cards

            def extent(layout) -> tuple[float, float]:
                xs, ys = [x for x, _y in layout.values()], [y for _x, y in layout.values()]
                return max(xs) - min(xs) + card, max(ys) - min(ys) + NODE_HEIGHT + overhang

            candidates = [fold_layers(spots, Y_GAP, card + COLUMN_MARGIN, rows=rows) for rows in range(1, layers + 1)]
            best = max(candidates, key=lambda layout: zoom_for(*extent(layout)))
            better = zoom_for(*extent(best)) > zoom_for(rect.width(), rect.height())
            if zoom_for(*extent(best)) < self.min_zoom:  # it scrolls: each column whole, read from left to right
                best = [layout for layout in candidates if tall_enough(extent(layout)[1])][-1:] or candidates[:1]
                best, better = best[0], not tall_enough(rect.height())
            moves = {n: (design.nodes[n].position, (round(x, 1), round(y, 1))) for n, (x, y) in best.items()
                     if design.nodes[n].position != (round(x, 1), round(y, 1))}
            if moves and not document.locked and better:
                document.push(MoveNodesCommand(design, moves, text=tr("Presentation layout")))
                self._layout_index = stack.index()
            rect = scene.nodes_rect()
        zoom = zoom_for(rect.width(), rect.height())
        view.resetTransform()
        if zoom >= self.min_zoom:
            view.scale(zoom, zoom)
            view.centerOn(rect.center())
        else:  # too big to show whole at a readable size: readable, scrolled to where the network starts
            view.scale(self.min_zoom, self.min_zoom)
            seen = view.mapToScene(viewport).boundingRect()  # the scene's part on screen at that zoom
            y = rect.center().y() if tall_enough(rect.height()) else rect.top() - margin + seen.height() / 2
            view.centerOn(rect.left() - margin + seen.width() / 2, y)
        return zoom

    def text_px(self) -> float:
        """The smallest card text's height on screen, in pixels (the canvas's small font times its zoom)."""
        style = self.scene.canvas_style
        return style.small_font.pixelSize() * self.view.zoom()

    # keys and buttons -------------------------------------------------------------------------------------------
    def _press(self, what: str) -> None:
        training = self.training
        c = training.controller
        if what == "leave":
            self.leave()
        elif what == "back":
            self.lessons.back()
        elif what == "space":
            {"running": c.pause, "paused": c.resume}.get(c.state, training.train)()
        elif what == "train":
            if c.state == "paused":
                c.resume()
            elif c.state == "idle":
                training.train()
        elif what == "pause":
            c.pause() if c.state == "running" else c.resume() if c.state == "paused" else None
        elif what == "step":
            training.step()
        elif what == "stop":
            c.stop()

    def _sync_buttons(self, *_args) -> None:
        state = self.training.state  # as the training panel's buttons see it
        self.buttons["train"].setEnabled(state in ("idle", "paused"))
        self.buttons["train"].setText(tr("Resume") if state == "paused" else tr("Train"))
        self.buttons["pause"].setEnabled(state == "running")
        self.buttons["step"].setEnabled(state in ("idle", "paused"))
        self.buttons["stop"].setEnabled(state in ("running", "paused"))

