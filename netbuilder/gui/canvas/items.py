"""Canvas items: a card per layer (NodeItem), a curve per connection (EdgeItem), the curve that follows the mouse
while connecting (PendingEdgeItem). Items only draw what the scene tells them; they never edit the design.

Everything a paint() needs (text, sizes, paths) is computed when the content changes, not while painting.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen,
                           QPolygonF)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QStyleOptionGraphicsItem

from ...core.design.graph import Edge
from ..common.i18n import tr
from . import style as st
from .health import NodeHealth, health_color
from .routing import edge_path, find_lane

_ELIDE_WIDTH = 330.0


class NodeItem(QGraphicsObject):
    """A layer: a rounded card coloured by category, with its label, id, output shape and parameter count.

    The position of the item is the centre of the card (the design's ``position``). Input ports sit on the top
    edge (none for an Input), the output port on the bottom edge.
    """

    Type = QGraphicsItem.UserType + 1

    def __init__(self, node_id: str, style: st.CanvasStyle):
        super().__init__()
        self.node_id = node_id
        self.edges: list[EdgeItem] = []
        self._style = style
        self.type_name = ""
        self.category = ""
        self.label = ""
        self.shape_text = ""
        self.params_text = ""
        self.problems: list[str] = []
        self.problem_level: str | None = None  # "error", "warning" or None
        self.explanation = ""
        self.n_inputs = 1
        self._hover_port: tuple[str, int] | None = None
        self._highlight: str | None = None  # "ok"/"bad" while a connection hovers this node
        self.health: NodeHealth | None = None  # the run's statistic while the canvas's health colouring is on
        self._badge = ""  # the statistic's short number, in a pill on the card's top edge
        self._badge_rect = QRectF()
        self._badge_colours: tuple[QColor, QColor, QColor] | None = None  # fill, outline, ink
        self._width = st.NODE_MIN_WIDTH
        self._ports_key = (self._width, self.n_inputs)
        self._card = QRectF()
        self._bounds = QRectF()
        self._scene_card: QRectF | None = None
        self._set_geometry(self._width)
        self._texts: tuple = ()
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setZValue(1)

    def type(self) -> int:  # noqa: A003  (Qt's name)
        return self.Type

    # content ------------------------------------------------------------------------------------------
    @property
    def has_problem(self) -> bool:
        return self.problem_level is not None

    def set_content(self, type_name: str, category: str, label: str, explanation: str, n_inputs: int) -> None:
        if (type_name, category, label, explanation, n_inputs) == (self.type_name, self.category, self.label,
                                                                    self.explanation, self.n_inputs):
            return
        self.type_name, self.category, self.label = type_name, category, label
        self.explanation, self.n_inputs = explanation, n_inputs
        self._relayout()

    def set_analysis(self, shape_text: str, params_text: str, problems: list[tuple[str, str]]) -> None:
        """``problems``: (severity, message) pairs from the latest analysis."""
        level = None
        if problems:
            level = "error" if any(sev == "error" for sev, _m in problems) else "warning"
        messages = [m for _s, m in problems]
        if (shape_text, params_text, messages, level) == (self.shape_text, self.params_text, self.problems,
                                                          self.problem_level):
            return
        self.shape_text, self.params_text, self.problems, self.problem_level = shape_text, params_text, messages, level
        self._relayout()

    def set_style(self, style: st.CanvasStyle) -> None:
        self._style = style
        self._relayout()

    def set_highlight(self, kind: str | None) -> None:
        if kind != self._highlight:
            self._highlight = kind
            self.update()

    def set_health(self, health: NodeHealth | None) -> None:
        """Colour the card by a statistic of the run (a ring in the health colour, the number in a badge and the
        tooltip); None: the normal card."""
        if health == self.health:
            return
        self.health = health
        self._relayout()

    def _relayout(self) -> None:
        s = self._style
        title_fm, small_fm = QFontMetricsF(s.title_font), QFontMetricsF(s.small_font)
        title = title_fm.elidedText(self.label, Qt.ElideRight, _ELIDE_WIDTH)
        ident = small_fm.elidedText(self.node_id, Qt.ElideMiddle, 140)
        shape = small_fm.elidedText(self.shape_text, Qt.ElideRight, 200)
        params = self.params_text
        row1 = title_fm.horizontalAdvance(title) + 16 + small_fm.horizontalAdvance(ident)
        row2 = small_fm.horizontalAdvance(shape) + 16 + small_fm.horizontalAdvance(params)
        ports = (self.n_inputs + 1) * st.PORT_SPACING
        width = max(st.NODE_MIN_WIDTH, st.STRIPE + 2 * st.PAD + max(row1, row2), ports)
        if width != self._width:
            self.prepareGeometryChange()
            self._set_geometry(width)
        self._texts = (title, ident, shape, params)
        tip = [f"<b>{self.label}</b> &nbsp;<i>{self.node_id}</i>"]
        if self.problems:
            colour = s.error.name() if self.problem_level == "error" else s.warning.name()
            tip += [f"<p style='color:{colour}'>{_html(m)}</p>" for m in self.problems]
        elif self.explanation:
            tip.append(f"<p>{_html(self.explanation)}</p>")
        if self.health is not None:
            tip.append(tr("<p><b>Health:</b> {text}</p>", text=_html(self.health.text)))
        self.setToolTip("".join(tip))
        self._layout_badge(small_fm)
        if (self._width, self.n_inputs) != self._ports_key:  # the ports moved: so do the edges' ends
            self._ports_key = (self._width, self.n_inputs)
            for edge in self.edges:
                edge.adjust()
        self.update()

    def _layout_badge(self, fm: QFontMetricsF) -> None:
        """The health badge's text, pill and colours: a pill on the top edge near the right corner, clear of the
        input ports (it may stick out of a narrow card with many inputs; the bounds then grow to hold it)."""
        health = self.health
        self._badge = health.short if health is not None else ""
        self._badge_colours = None
        if health is not None:
            colour = health_color(health.badness)
            ink = QColor("#000000") if colour.lightness() > 140 else QColor("#ffffff")
            self._badge_colours = (colour, colour.darker(150), ink)
        if self._badge:
            w, h = fm.horizontalAdvance(self._badge) + 14, fm.height() + 4
            last_port = self.port_pos("in", self.n_inputs - 1).x() if self.n_inputs else -1e9
            left = max(self._card.right() - w - 10, last_port + st.PORT_RADIUS + 6)
            self._badge_rect = QRectF(left, self._card.top() - h / 2 - 2, w, h)
        else:
            self._badge_rect = QRectF()
        bounds = self._base_bounds()
        if self._badge:
            bounds = bounds.united(self._badge_rect.adjusted(-2, -2, 2, 2))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    # geometry -----------------------------------------------------------------------------------------
    @property
    def width(self) -> float:
        return self._width

    def _base_bounds(self) -> QRectF:
        """The card, its ports, and room for the rings around it (health ring at 6, selection ring outside it)."""
        m = st.PORT_RADIUS + 6
        return self._card.adjusted(-13, -m, 13, m)

    def _set_geometry(self, width: float) -> None:
        self._width = width
        self._card = QRectF(-width / 2, -st.NODE_HEIGHT / 2, width, st.NODE_HEIGHT)
        self._bounds = self._base_bounds()
        self._scene_card = None

    def card_rect(self) -> QRectF:
        return QRectF(self._card)

    def scene_card_rect(self) -> QRectF:
        """The card in scene coordinates (cached: edges ask for it often while routing)."""
        if self._scene_card is None:
            self._scene_card = self._card.translated(self.pos())
        return self._scene_card

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), st.NODE_RADIUS, st.NODE_RADIUS)
        r = st.PORT_RADIUS + 2
        for kind, port in self.ports():
            path.addEllipse(self.port_pos(kind, port), r, r)
        return path

    def ports(self) -> list[tuple[str, int]]:
        return [("in", i) for i in range(self.n_inputs)] + [("out", 0)]

    def port_pos(self, kind: str = "in", port: int = 0) -> QPointF:
        """A port's centre in item coordinates."""
        h = st.NODE_HEIGHT / 2
        if kind == "out":
            return QPointF(0, h)
        n = max(self.n_inputs, 1)
        return QPointF((min(port, n - 1) - (n - 1) / 2) * st.PORT_SPACING, -h)

    def port_scene_pos(self, kind: str = "in", port: int = 0) -> QPointF:
        return self.mapToScene(self.port_pos(kind, port))

    def port_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        """The port within grabbing distance of ``scene_pos``, if any."""
        local = self.mapFromScene(scene_pos)
        best, best_d = None, st.PORT_HIT ** 2
        for kind, port in self.ports():
            d = self.port_pos(kind, port) - local
            dist = d.x() ** 2 + d.y() ** 2
            if dist <= best_d:
                best, best_d = (kind, port), dist
        return best

    # events -------------------------------------------------------------------------------------------
    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.ItemPositionHasChanged:
            self._scene_card = None
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        scene = self.scene()
        if hasattr(scene, "nodeHovered"):
            scene.nodeHovered.emit(self.node_id)
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        port = self.port_at(event.scenePos())
        if port != self._hover_port:
            self._hover_port = port
            self.setCursor(Qt.CrossCursor if port else Qt.ArrowCursor)
            self.update()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        if self._hover_port is not None:
            self._hover_port = None
            self.unsetCursor()
            self.update()
        scene = self.scene()
        if hasattr(scene, "nodeHovered"):
            scene.nodeHovered.emit("")
        super().hoverLeaveEvent(event)

    # painting -----------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s = self._style
        fill, stripe, border = s.card(self.category)
        rect = self.card_rect()
        painter.setRenderHint(QPainter.Antialiasing)
        if self.health is not None:  # a thick ring in the health colour, under everything else
            painter.setPen(Qt.NoPen)
            painter.setBrush(self._badge_colours[0])
            painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), st.NODE_RADIUS + 5, st.NODE_RADIUS + 5)
        ring = {"ok": s.ok, "bad": s.error}.get(self._highlight) or (s.selection if self.isSelected() else None)
        if ring is not None:  # outside the health ring when there is one, so that both show
            d = 10 if self.health is not None else 4
            painter.setPen(QPen(ring, 3.5 if self.health is not None else 4))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-d, -d, d, d), st.NODE_RADIUS + d - 1, st.NODE_RADIUS + d - 1)
        if self.problem_level:
            pen = QPen(s.error if self.problem_level == "error" else s.warning, 3.5)
        else:
            pen = QPen(border, 1.8)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, st.NODE_RADIUS, st.NODE_RADIUS)
        # the category stripe on the left
        clip = QPainterPath()
        clip.addRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), st.NODE_RADIUS - 1, st.NODE_RADIUS - 1)
        painter.save()
        painter.setClipPath(clip)
        painter.fillRect(QRectF(rect.left(), rect.top(), st.STRIPE, rect.height()), stripe)
        painter.restore()

        title, ident, shape, params = self._texts
        left = rect.left() + st.STRIPE + st.PAD
        inner = QRectF(left, rect.top() + 5, rect.right() - st.PAD - left, rect.height() - 10)
        top, bottom = QRectF(inner.left(), inner.top(), inner.width(), 26), \
            QRectF(inner.left(), inner.top() + 26, inner.width(), inner.height() - 26)
        painter.setPen(s.text)
        painter.setFont(s.title_font)
        painter.drawText(top, Qt.AlignLeft | Qt.AlignVCenter, title)
        painter.setFont(s.small_font)
        painter.setPen(s.muted)
        painter.drawText(top, Qt.AlignRight | Qt.AlignVCenter, ident)
        painter.setPen(s.text if self.shape_text.startswith("[") else s.muted)
        painter.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter, shape)
        painter.setPen(s.muted)
        painter.drawText(bottom, Qt.AlignRight | Qt.AlignVCenter, params)

        if self._badge:
            fill_, outline, ink = self._badge_colours
            radius = self._badge_rect.height() / 2
            painter.setPen(QPen(outline, 1.2))
            painter.setBrush(fill_)
            painter.drawRoundedRect(self._badge_rect, radius, radius)
            painter.setPen(ink)
            painter.drawText(self._badge_rect, Qt.AlignCenter, self._badge)

        connected = {("in", e.edge.port) for e in self.edges if e.target_item is self}
        connected |= {("out", 0) for e in self.edges if e.source_item is self}
        for kind, port in self.ports():
            hover = self._hover_port == (kind, port)
            r = st.PORT_RADIUS + (2 if hover else 0)
            colour = s.selection if hover else (s.edge if (kind, port) in connected else border)
            painter.setPen(QPen(colour, 2.4))
            painter.setBrush(colour if (kind, port) in connected or hover else s.port_fill)
            painter.drawEllipse(self.port_pos(kind, port), r, r)


class EdgeItem(QGraphicsObject):
    """A connection: a cubic Bézier from the source's output port to the target's input port, arrow at the target."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, edge: Edge, source_item: NodeItem, target_item: NodeItem, style: st.CanvasStyle):
        super().__init__()
        self.edge = edge
        self.source_item, self.target_item = source_item, target_item
        self._style = style
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._hover = False
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(-1)
        self.retranslate()
        source_item.edges.append(self)
        target_item.edges.append(self)
        source_item.update()
        target_item.update()
        self.adjust()

    def type(self) -> int:  # noqa: A003
        return self.Type

    def retranslate(self) -> None:
        """The tooltip in the window's language."""
        edge = self.edge
        if self.target_item.n_inputs > 1:
            self.setToolTip(tr("{source} → {target} (input {port})", source=edge.source, target=edge.target,
                               port=edge.port))
        else:
            self.setToolTip(f"{edge.source} → {edge.target}")

    def detach(self) -> None:
        for item in (self.source_item, self.target_item):
            if self in item.edges:
                item.edges.remove(self)
                item.update()

    def set_style(self, style: st.CanvasStyle) -> None:
        self._style = style
        self.update()

    def adjust(self) -> None:
        """Follow the ports (after a move); a long edge detours around the cards in its way."""
        p0 = self.source_item.port_scene_pos("out", 0)
        p3 = self.target_item.port_scene_pos("in", self.edge.port)
        scene = self.scene()
        lane = None
        if scene is not None and hasattr(scene, "cards_in"):
            siblings = [(e.edge.port, e.source_item.x()) for e in self.target_item.edges
                        if e.target_item is self.target_item and e is not self]
            lane = find_lane(scene.cards_in, p0, p3, (self.source_item, self.target_item), self.edge.port, siblings)
        self.prepareGeometryChange()
        self._path, self._arrow = edge_path(p0, p3, lane)
        self._bounds = self._path.boundingRect().united(self._arrow.boundingRect()).adjusted(-8, -8, 8, 8)
        self._shape = None

    @property
    def is_long(self) -> bool:
        return self._path.boundingRect().height() > 110

    def path(self) -> QPainterPath:
        return self._path

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(14)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._arrow)
        return self._shape

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        s = self._style
        colour = s.selection if self.isSelected() else s.edge
        width = 4.5 if self.isSelected() else (3.5 if self._hover else 2.6)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(colour, width, Qt.SolidLine, Qt.RoundCap))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1.2, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.setBrush(colour)
        painter.drawPolygon(self._arrow)


class PendingEdgeItem(QGraphicsPathItem):
    """The dashed curve that follows the mouse while a connection is being drawn."""

    def __init__(self, style: st.CanvasStyle):
        super().__init__()
        self._style = style
        self._arrow = QPolygonF()
        self.setZValue(10)
        self.set_state(None)

    def set_state(self, state: str | None) -> None:
        """None: nowhere yet; "ok": releasing here connects; "bad": releasing here is refused."""
        s = self._style
        colour = {None: s.edge, "ok": s.ok, "bad": s.error}[state]
        self.setPen(QPen(colour, 3, Qt.DashLine, Qt.RoundCap))
        self._colour = QColor(colour)

    def set_ends(self, p0: QPointF, p3: QPointF) -> None:
        self.prepareGeometryChange()  # before the arrow changes: the scene's index needs the old bounds
        path, self._arrow = edge_path(p0, p3)
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().united(self._arrow.boundingRect())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        super().paint(painter, option, widget)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QBrush(self._colour))
        painter.drawPolygon(self._arrow)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
