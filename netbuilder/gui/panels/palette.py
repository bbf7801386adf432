"""The layer palette: every layer type of the catalogue, grouped by category, searchable, draggable onto the canvas."""
from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.layers import CATEGORIES, REGISTRY, by_category
from ..common.i18n import tr, tr_text
from .icons import category_icon

#: The MIME type the canvas accepts; the payload is the layer type name in UTF-8.
LAYER_MIME_TYPE = "application/x-netbuilder-layer"

_TYPE_ROLE = Qt.UserRole + 1


def category_text(category: str) -> str:
    """A layer category's name in the window's language (the core's ``CATEGORIES`` say them)."""
    return tr_text(next((c for c in CATEGORIES if c == category), category))


def layer_tooltip(type_name: str) -> str:
    """Rich text (so that Qt wraps it) with the type name and the learner's explanation."""
    spec = REGISTRY[type_name]
    return (f"<p style='white-space:normal'><b>{html.escape(spec.type)}</b> "
            f"<i>({html.escape(category_text(spec.category))})</i><br>"
            f"{html.escape(tr_text(spec.explanation))}</p>")


def mime_for(type_name: str) -> QMimeData:
    """The drag payload for one layer type."""
    if type_name not in REGISTRY:
        raise KeyError(f"unknown layer type '{type_name}'")
    data = QMimeData()
    data.setData(LAYER_MIME_TYPE, type_name.encode("utf-8"))
    data.setText(type_name)
    return data


class _PaletteTree(QTreeWidget):
    """A tree whose layer items drag as ``application/x-netbuilder-layer``; Enter activates the current item."""

    activated = Signal(str)

    def mimeTypes(self) -> list[str]:  # noqa: N802  (Qt's name)
        return [LAYER_MIME_TYPE]

    def mimeData(self, items) -> QMimeData | None:  # noqa: N802
        names = [i.data(0, _TYPE_ROLE) for i in items if i.data(0, _TYPE_ROLE)]
        return mime_for(names[0]) if names else None

    def supportedDropActions(self):  # noqa: N802
        return Qt.CopyAction

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            item = self.currentItem()
            if item is not None and item.data(0, _TYPE_ROLE):
                self.activated.emit(item.data(0, _TYPE_ROLE))
                return
        super().keyPressEvent(event)


class LayerPalette(QWidget):
    """Search field above a tree of layer types.

    Drag a layer onto the canvas, or double-click it (or press Enter) to emit ``layerActivated(type_name)``.
    """

    layerActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.search = QLineEdit(self)
        self.search.setObjectName("layerPaletteSearch")
        self.search.setPlaceholderText(tr("Search layers"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(tr("Type part of a layer's name or of what it does, e.g. 'conv' or 'probabilities'"))
        self.tree = _PaletteTree(self)
        self.tree.setObjectName("layerPaletteTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIconSize(QSize(22, 22))
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragOnly)
        self.tree.setDefaultDropAction(Qt.CopyAction)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setExpandsOnDoubleClick(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)

        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._populate()

        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.tree.activated.connect(self.layerActivated)

    # building -----------------------------------------------------------------------------------------
    def _populate(self) -> None:
        for category, specs in by_category().items():
            group = QTreeWidgetItem(self.tree, [category_text(category)])
            group.setIcon(0, category_icon(category))
            group.setFlags(Qt.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setToolTip(0, tr("{category} layers ({n})", category=category_text(category), n=len(specs)))
            self._groups[category] = group
            for spec in specs:
                item = QTreeWidgetItem(group, [spec.type])
                item.setData(0, _TYPE_ROLE, spec.type)
                item.setIcon(0, category_icon(category))
                item.setToolTip(0, layer_tooltip(spec.type))
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
                self._items[spec.type] = item
        self.tree.expandAll()

    def retranslate(self) -> None:
        """The categories' names and the layers' tooltips in the window's language."""
        for category, group in self._groups.items():
            group.setText(0, category_text(category))
            group.setToolTip(0, tr("{category} layers ({n})", category=category_text(category), n=group.childCount()))
        for type_name, item in self._items.items():
            item.setToolTip(0, layer_tooltip(type_name))

    # public API ---------------------------------------------------------------------------------------
    def mime_for(self, type_name: str) -> QMimeData:
        """The drag payload for ``type_name`` (same as dragging its item)."""
        return mime_for(type_name)

    def item_for(self, type_name: str) -> QTreeWidgetItem:
        return self._items[type_name]

    def categories(self) -> list[str]:
        """Category names in display order."""
        return list(self._groups)

    def types_in(self, category: str) -> list[str]:
        group = self._groups[category]
        return [group.child(i).data(0, _TYPE_ROLE) for i in range(group.childCount())]

    def visible_types(self) -> list[str]:
        """Layer types that the current search leaves visible, in display order."""
        return [t for t, item in self._items.items() if not item.isHidden() and not item.parent().isHidden()]

    def set_filter(self, text: str) -> None:
        self.search.setText(text)

    # slots ----------------------------------------------------------------------------------------------
    def _on_search_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for category, group in self._groups.items():
            any_visible = False
            for i in range(group.childCount()):
                item = group.child(i)
                spec = REGISTRY[item.data(0, _TYPE_ROLE)]
                match = (not needle or needle in spec.type.casefold() or needle in spec.explanation.casefold()
                         or needle in category.casefold() or needle in tr_text(spec.explanation).casefold()
                         or needle in category_text(category).casefold())
                item.setHidden(not match)
                any_visible = any_visible or match
            group.setHidden(not any_visible)
            if any_visible:
                group.setExpanded(True)
        best = self.best_match()
        if best:
            self.tree.setCurrentItem(self._items[best])

    def best_match(self) -> str | None:
        """The visible type that best fits the search text: exact name, then name prefix, name part, explanation."""
        needle = self.search.text().strip().casefold()
        visible = self.visible_types()
        if not needle or not visible:
            return None
        return min(visible, key=lambda t: (t.casefold() != needle, not t.casefold().startswith(needle),
                                           needle not in t.casefold(), visible.index(t)))

    def _on_search_return(self) -> None:
        """Enter in the search field adds the best match, so 'conv2d' + Enter is a keyboard-only way in."""
        best = self.best_match()
        if best:
            self.layerActivated.emit(best)

    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        type_name = item.data(0, _TYPE_ROLE)
        if type_name:
            self.layerActivated.emit(type_name)
