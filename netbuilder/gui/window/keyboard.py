"""The main window without a mouse: the keys the menus show and where the focus goes. A mixin of
:class:`~.main_window.MainWindow` (it uses ``view``, ``scene``, ``document``, ``docks``, ``inspector``,
``palette_panel``, ``lessons``, ``actions_by_name`` and ``show_panel``).

- Edit > Connect To… (Ctrl+K) and Disconnect… (Ctrl+Shift+K): a small list of the layers the current node may
  feed (or of its connections), chosen with the arrow keys and Enter; each is one undo step.
- Edit > Layer Settings (F2, or Enter on the canvas): the inspector on the current node, the focus on its first
  field. Edit > Find a Layer (Ctrl+F): the palette's search field; Enter there (or on a palette item) adds the
  layer after the selected one, connected from it, and the new layer is selected while the focus stays in the
  palette, so that typing the next name and Enter builds a chain. Escape goes back to the canvas.
- View > Next Panel (F6) and Previous Panel (Shift+F6): the focus goes round the canvas and every open panel
  (a panel behind a tab is brought in front).
- Lessons > Next Step (Alt+Right) and Previous Step (Alt+Left), as the lesson panel's buttons.
- Escape anywhere a control does not use it (a field, a list, a panel) puts the focus back on the canvas.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractScrollArea, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QScrollArea, QVBoxLayout, QWidget)

from ..canvas.commands import ConnectCommand, DisconnectCommand
from ..common.focus import FocusOutline
from ..common.i18n import tr
from .accessibility import NameOnFocus, name_controls


class Chooser(QDialog):
    """A short list to pick one entry from by keyboard (arrows, Enter; Escape cancels). ``chosen()``: the data of
    the entry picked."""

    def __init__(self, parent, name: str, title: str, prompt: str, entries: list[tuple[str, object]]):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)
        label.setBuddy(self.list)
        for text, data in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, data)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None


class WindowKeyboard:
    def _make_keyboard_actions(self) -> None:
        a = self._action
        edit = [a("actionConnect", tr("C&onnect To…"), self.connect_by_keys, "Ctrl+K",
                  tr("Connect the current layer's output to another layer (choose it with the arrow keys)")),
                a("actionDisconnect", tr("Dis&connect…"), self.disconnect_by_keys, "Ctrl+Shift+K",
                  tr("Remove one of the current layer's connections")),
                a("actionLayerSettings", tr("Layer &Settings"), lambda: self.inspect_node(self.view.keys.current()),
                  "F2", tr("The inspector on the current layer, its first field focused")),
                a("actionFindLayer", tr("&Find a Layer"), self.find_layer, "Ctrl+F",
                  tr("Type a layer's name, then Enter adds it after the selected layer"))]
        view = [a("actionNextPanel", tr("Ne&xt Panel"), lambda: self.focus_panel(1), "F6",
                  tr("Move the keyboard focus to the next panel")),
                a("actionPreviousPanel", tr("Pre&vious Panel"), lambda: self.focus_panel(-1), "Shift+F6",
                  tr("Move the keyboard focus to the previous panel")),
                a("actionFocusCanvas", tr("&Go to the Canvas"), self.focus_canvas, None,
                  tr("Move the keyboard focus to the canvas (Escape does it too)"))]
        lesson = [a("actionLessonNext", tr("&Next Step"), self.lessons.panel.buttons["next"].click, "Alt+Right",
                    tr("The lesson's next step")),
                  a("actionLessonBack", tr("&Previous Step"), self.lessons.panel.buttons["back"].click, "Alt+Left",
                    tr("The lesson's previous step"))]
        for act in edit + view + lesson:
            self.actions_by_name[act.objectName()] = act
        menus = {self._menu_holding(name): acts for name, acts in (("actionSelectAll", edit),
                                                                     ("actionZoomIn", view))}
        for menu, acts in menus.items():
            if menu is not None:
                menu.addSeparator()
                menu.addActions(acts)
        self.lessons_menu.insertActions(self.lessons_menu.actions()[0] if self.lessons_menu.actions() else None,
                                        lesson)
        self.lessons_menu.insertSeparator(self.lessons_menu.actions()[len(lesson)])
        self.view.keys.inspectRequested.connect(self.inspect_node)
        name_controls(self)  # what a screen reader calls each control (gui/window/accessibility.py)
        self.name_on_focus = NameOnFocus(self)  # and those made later, dialogs' included
        self.focus_outline = FocusOutline(self, skip=(self.view,))  # a ring around the focused control

    def _menu_holding(self, action_name: str):
        action = self.actions_by_name[action_name]
        for top in self.menuBar().actions():
            if top.menu() is not None and action in top.menu().actions():
                return top.menu()
        return None

    # the canvas's connections --------------------------------------------------------------------------------
    def _current_node(self) -> str | None:
        node = self.view.keys.current()
        if node is None:
            self.statusBar().showMessage(tr("Select a layer first: Tab moves from layer to layer on the canvas"),
                                         6000)
        return node

    def connect_by_keys(self) -> Chooser | None:
        """Edit > Connect To…: the layers the current one may feed, in the network's order; returns the chooser
        (objectName ``connectChooser``), shown, or None when there is nothing to choose."""
        source = self._current_node()
        if source is None:
            return None
        design = self.document.design
        targets = [n for n in self.view.keys.order() if n != source and design.can_connect(source, n) is None]
        if not targets:
            self.statusBar().showMessage(tr("{node} cannot feed any other layer", node=source), 6000)
            return None
        entries = [(tr("{type} ({node})", type=design.nodes[n].type, node=n), n) for n in targets]
        return self._choose("connectChooser", tr("Connect {node} to…", node=source),
                            tr("The layer that {node}'s output goes into:", node=source), entries,
                            lambda target: self.document.push(ConnectCommand(design, source, target)))

    def disconnect_by_keys(self) -> Chooser | None:
        """Edit > Disconnect…: the current layer's connections, in and out; returns the chooser
        (``disconnectChooser``), shown, or None when it has none."""
        node = self._current_node()
        if node is None:
            return None
        design = self.document.design
        edges = [e for e in design.edges if node in (e.source, e.target)]
        if not edges:
            self.statusBar().showMessage(tr("{node} has no connections", node=node), 6000)
            return None
        entries = [(tr("{source} → {target}", source=e.source, target=e.target), e) for e in edges]
        return self._choose("disconnectChooser", tr("Disconnect {node}", node=node),
                            tr("The connection to remove:"), entries,
                            lambda edge: self.document.push(DisconnectCommand(design, edge)))

    def _choose(self, name, title, prompt, entries, apply) -> Chooser:
        dialog = Chooser(self, name, title, prompt, entries)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result == QDialog.Accepted and dialog.chosen() is not None:
                apply(dialog.chosen())
            QTimer.singleShot(0, self, self._back_to_canvas)  # once the dialog has gone and given the focus back
        dialog.finished.connect(done)
        dialog.open()
        dialog.list.setFocus(Qt.OtherFocusReason)
        return dialog

    # focus -------------------------------------------------------------------------------------------------
    def inspect_node(self, node_id: str | None) -> bool:
        """The inspector on ``node_id`` (selected), in front, the focus on its first field."""
        if node_id is None or node_id not in self.document.design.nodes:
            return False
        self.scene.select_nodes([node_id])
        self.show_panel("inspector")
        tree = self.inspector.tree
        top = tree.topLevelItem(0)
        first = top.child(0) if top is not None and top.childCount() else top
        tree.setFocus(Qt.TabFocusReason)
        if first is not None:
            tree.setCurrentItem(first)
        return True

    def find_layer(self) -> None:
        self.show_panel("layerPalette")
        self.palette_panel.search.setFocus(Qt.ShortcutFocusReason)
        self.palette_panel.search.selectAll()

    def focus_canvas(self) -> None:
        self.view.setFocus(Qt.OtherFocusReason)

    def _back_to_canvas(self) -> None:
        self.activateWindow()
        self.focus_canvas()

    def focus_places(self) -> list:
        """Where F6 goes, in order: the canvas, then every dock not closed, in the registry's order."""
        return [self.view] + [d for d in self.docks.values() if d.toggleViewAction().isChecked()]

    def focus_panel(self, step: int = 1) -> QWidget | None:
        """F6 / Shift+F6: the focus to the next (previous) place; returns the widget given the focus."""
        places = self.focus_places()
        focus = self.focusWidget()
        here = next((i for i, p in enumerate(places) if focus is p or (focus is not None and p.isAncestorOf(focus))),
                    0 if step > 0 else 1)
        place = places[(here + step) % len(places)]
        if place is self.view:
            self.focus_canvas()
            return self.view
        place.show()
        place.raise_()
        target = first_focusable(place) or place.widget()
        target.setFocus(Qt.TabFocusReason)
        return target

    def keyPressEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        """Escape that no control used (a field, a list, a panel): back to the canvas."""
        if event.key() == Qt.Key_Escape and not event.modifiers() and not self.view.hasFocus():
            self.focus_canvas()
            event.accept()
            return
        super().keyPressEvent(event)


def first_focusable(root: QWidget) -> QWidget | None:
    """The first control inside ``root``, in the focus chain, that Tab would stop at (not a panel's scroll area)."""
    w = root.nextInFocusChain()
    for _ in range(2000):
        if w is None or w is root or not root.isAncestorOf(w):
            return None
        if (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.TabFocus and w.focusProxy() is None
                and not (isinstance(w, QScrollArea) and w.widget() is not None)
                and not (isinstance(w, QAbstractScrollArea) and w.parent() is not None
                         and isinstance(w.parent(), QAbstractScrollArea))):
            return w
        w = w.nextInFocusChain()
    return None
