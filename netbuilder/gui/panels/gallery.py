"""The preset gallery: every bundled design with its name, description and a small diagram; pick one to open."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from ...core.design.design_io import design_from_dict, load_design
from ...core.errors import NetbuilderError
from ...core.design.graph import Design
from ...core.layers import REGISTRY
from ...core.design.presets import preset_info, preset_path
from ..common.i18n import tr, tr_error, tr_lesson, tr_text
from ..common.style import category_color, is_dark

THUMB = QSize(110, 130)
_NAME_ROLE = Qt.UserRole + 1
_TITLE_ROLE = Qt.UserRole + 2
_DESC_ROLE = Qt.UserRole + 3
_THUMB_ROLE = Qt.UserRole + 4
_KIND_ROLE = Qt.UserRole + 5  # "preset" or "lesson"
_PAD = 10


def _positions(design: Design) -> dict[str, tuple[float, float]]:
    """Node centres, top to bottom: the canvas's layered layout when available, else rows by depth."""
    try:
        from ...core.design.layout import layered_layout
        return layered_layout(design, x_gap=2.0, y_gap=1.0)
    except ImportError:  # pragma: no cover - older checkouts
        pass
    depth: dict[str, int] = {}
    try:
        order = design.topological_order()
    except NetbuilderError:
        order = list(design.nodes)
    for n in order:
        depth[n] = max((depth.get(e.source, 0) + 1 for e in design.inputs_of(n)), default=0)
    rows: dict[int, list[str]] = {}
    for n in order:
        rows.setdefault(depth[n], []).append(n)
    return {n: (2.0 * (i - (len(row) - 1) / 2), float(d)) for d, row in rows.items() for i, n in enumerate(row)}


def draw_thumbnail(design: Design, size: QSize = THUMB, dark: bool = False, ratio: float | None = None) -> QPixmap:
    """A diagram of ``design``: boxes coloured by layer category, lines for the connections."""
    if ratio is None:
        app = QGuiApplication.instance()
        ratio = app.devicePixelRatio() if app is not None else 1.0
    pm = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.transparent)
    pos = _positions(design)
    if not pos:
        return pm
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    cols = max(1.0, (max(xs) - min(xs)) / 2.0 + 1)
    rows = max(1.0, max(ys) - min(ys) + 1)
    w, h = size.width() - 8.0, size.height() - 8.0
    cell_w, cell_h = w / cols, h / rows
    box_w, box_h = min(cell_w * 0.8, 52.0), max(3.0, min(cell_h * 0.62, 16.0))
    cx0 = size.width() / 2 - (max(xs) + min(xs)) / 2 / 2.0 * cell_w
    cy0 = (size.height() - rows * cell_h) / 2 + cell_h / 2

    def centre(node_id: str) -> QPointF:
        x, y = pos[node_id]
        return QPointF(cx0 + x / 2.0 * cell_w, cy0 + (y - min(ys)) * cell_h)

    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    line = QColor("#d0d4da" if dark else "#5a6270")
    p.setPen(QPen(line, 1.4))
    for e in design.edges:
        if e.source in pos and e.target in pos:
            a, b = centre(e.source), centre(e.target)
            if abs(a.x() - b.x()) < 0.5 and b.y() - a.y() > cell_h * 1.5:  # a skip in one column: bow it out
                bend = QPointF(a.x() + box_w * 0.75, (a.y() + b.y()) / 2)
                p.drawPolyline([a, QPointF(bend.x(), a.y() + cell_h * 0.5), QPointF(bend.x(), b.y() - cell_h * 0.5), b])
            else:
                p.drawLine(a, b)
    for node_id, node in design.nodes.items():
        spec = REGISTRY.get(node.type)
        fill = QColor(category_color(spec.category if spec else ""))
        c = centre(node_id)
        p.setPen(QPen(fill.darker(150) if not dark else fill.lighter(130), 1.0))
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(c.x() - box_w / 2, c.y() - box_h / 2, box_w, box_h), 3, 3)
    p.end()
    return pm


class _CardDelegate(QStyledItemDelegate):
    """Paints a preset as a card: the diagram on the left, the name in bold and the description beside it."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(420, THUMB.height() + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text, opt.icon = "", opt.icon.__class__()
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        thumb: QPixmap = index.data(_THUMB_ROLE)
        if thumb is not None:
            painter.drawPixmap(QPointF(rect.left(), rect.top()), thumb)
        selected = bool(option.state & QStyle.State_Selected)
        group = QPalette.Active if option.state & QStyle.State_Active else QPalette.Inactive
        role = QPalette.HighlightedText if selected else QPalette.Text
        painter.setPen(option.palette.color(group, role))
        text_rect = rect.adjusted(THUMB.width() + 2 * _PAD, 0, 0, 0)
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.2)
        painter.setFont(title_font)
        title = index.data(_TITLE_ROLE)
        title_h = painter.fontMetrics().boundingRect(text_rect, Qt.TextWordWrap, title).height()
        painter.drawText(text_rect, Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, title)
        painter.setFont(option.font)
        sub = QFont(option.font)
        sub.setPointSizeF(option.font.pointSizeF() * 0.9)
        body = text_rect.adjusted(0, title_h + 6, 0, 0)
        painter.setClipRect(body)
        painter.drawText(body, Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, index.data(_DESC_ROLE))
        painter.setClipping(False)
        painter.setFont(sub)
        painter.setOpacity(0.7)
        painter.drawText(text_rect, Qt.AlignRight | Qt.AlignBottom, index.data(_NAME_ROLE))
        painter.restore()


class PresetGallery(QDialog):
    """Pick a bundled design or lesson. ``exec()`` it, then read ``selected_preset()`` or ``selected_lesson()``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presetGallery")
        self.setWindowTitle(tr("Open an example"))
        self.resize(780, 720)
        intro = QLabel(tr("Start from a ready-made network. Each one trains as it is; change it and see what "
                          "happens. The lessons, after the examples, walk through one idea step by step."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("presetGalleryList")
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setSpacing(2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel, self)
        self.open_button = self.buttons.button(QDialogButtonBox.Open)
        self.open_button.setObjectName("presetGalleryOpen")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._designs: dict[str, Design] = {}
        self._populate()
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_changed()

    def _populate(self) -> None:
        dark = is_dark(self.palette())
        for name, description in preset_info():
            try:
                design = load_design(preset_path(name))
            except NetbuilderError as exc:
                design, description = Design(name), tr("(cannot be read: {problem})", problem=tr_error(exc))
            else:
                description = tr_lesson(description)
            self._designs[name] = design
            title = tr_lesson(design.name) if design.name else name
            item = QListWidgetItem(title)
            item.setData(_NAME_ROLE, name)
            item.setData(_TITLE_ROLE, title)
            item.setData(_DESC_ROLE, description)
            item.setData(_THUMB_ROLE, draw_thumbnail(design, dark=dark))
            item.setData(_KIND_ROLE, "preset")
            count = len(design.nodes)
            item.setToolTip(tr("{name}.json: {count} layer", name=name, count=count) if count == 1
                            else tr("{name}.json: {count} layers", name=name, count=count))
            self.list.addItem(item)
        from ...core.teaching.lessons import lesson_info
        for name, lesson, problem in lesson_info():
            design = Design(name)
            if lesson is not None:
                try:
                    design = (load_design(preset_path(lesson.design)) if isinstance(lesson.design, str)
                              else design_from_dict(lesson.design, name))
                except NetbuilderError:
                    pass  # the card still opens the lesson, which says what is wrong
            key = f"lesson:{name}"
            self._designs[key] = design
            title = tr("Lesson: {title}", title=tr_lesson(lesson.title) if lesson else name)
            item = QListWidgetItem(title)
            item.setData(_NAME_ROLE, key)
            item.setData(_TITLE_ROLE, title)
            item.setData(_DESC_ROLE, tr_lesson(lesson.description) if lesson
                         else tr("(cannot be read: {problem})", problem=tr_text(problem)))
            item.setData(_THUMB_ROLE, draw_thumbnail(design, dark=dark))
            item.setData(_KIND_ROLE, "lesson")
            steps = len(lesson.steps) if lesson else 0
            item.setToolTip(tr("lesson {name}: {steps} step", name=name, steps=steps) if steps == 1
                            else tr("lesson {name}: {steps} steps", name=name, steps=steps))
            self.list.addItem(item)

    def _names(self, kind: str) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.data(_NAME_ROLE).removeprefix("lesson:") for item in items if item.data(_KIND_ROLE) == kind]

    def preset_names(self) -> list[str]:
        return self._names("preset")

    def lesson_names(self) -> list[str]:
        return self._names("lesson")

    def _selected(self, kind: str) -> str | None:
        item = self.list.currentItem()
        if item is None or item.data(_KIND_ROLE) != kind:
            return None
        return item.data(_NAME_ROLE).removeprefix("lesson:")

    def selected_preset(self) -> str | None:
        """The preset name (file stem, e.g. "mnist_cnn") of the highlighted card, or None (also for a lesson)."""
        return self._selected("preset")

    def selected_lesson(self) -> str | None:
        """The bundled lesson's name (e.g. "xor") of the highlighted card, or None."""
        return self._selected("lesson")

    def selected_path(self):
        name = self.selected_preset()
        return preset_path(name) if name else None

    def select(self, name: str, kind: str = "preset") -> bool:
        """Highlight a preset (or, with ``kind="lesson"``, a lesson) by name; False when there is none."""
        key = f"lesson:{name}" if kind == "lesson" else name
        for i in range(self.list.count()):
            if self.list.item(i).data(_NAME_ROLE) == key:
                self.list.setCurrentRow(i)
                return True
        return False

    def _on_current_changed(self, *_args) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.PaletteChange and self._designs:
            dark = is_dark(self.palette())
            for i in range(self.list.count()):
                item = self.list.item(i)
                item.setData(_THUMB_ROLE, draw_thumbnail(self._designs[item.data(_NAME_ROLE)], dark=dark))
        super().changeEvent(event)
