"""Edge geometry: the curve from an output port down to an input port, and a detour for long edges.

A connection that skips several layers (a residual shortcut) would run straight through the cards of the branch
it bypasses. ``find_lane`` looks for the cards in the way and returns an x where the edge can run down beside them.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from . import style as st

LONG = 120.0     # edges shorter than this vertically never detour
CLEAR = 12.0     # how close a curve may pass a card before it counts as in the way
LANE_GAP = 30.0  # the lane's distance from the cards it avoids
BEND = 42.0      # height of the S-bends into and out of a lane


def arrow_points(p3: QPointF) -> tuple[QPointF, QPointF]:
    """(tip, end of the line) for an arrow into the input port at ``p3``."""
    tip = QPointF(p3.x(), p3.y() - st.PORT_RADIUS - 1)
    return tip, QPointF(tip.x(), tip.y() - st.ARROW)


def _bend(p0: QPointF, end: QPointF) -> float:
    """Length of the vertical tangents: short for a short drop (no loops), long for an edge going back up."""
    dy, dx = end.y() - p0.y(), abs(end.x() - p0.x())
    return max(dy * 0.5, min(40.0, dx * 0.25)) if dy > 0 else max(80.0, min(240.0, -dy * 0.5 + 60))


def _controls(p0: QPointF, end: QPointF) -> tuple[QPointF, QPointF]:
    """Control points: straight down out of the port and into the next; an edge going back up loops round the side
    (so it does not run through the cards between its ends)."""
    b = _bend(p0, end)
    dx = end.x() - p0.x()
    w = 0.0
    if end.y() < p0.y() + 10:
        w = max(0.0, st.NODE_MIN_WIDTH - abs(dx) * 0.5) * (1 if dx >= 0 else -1)
    return QPointF(p0.x() + w, p0.y() + b), QPointF(end.x() + w, end.y() - b)


def curve_points(p0: QPointF, end: QPointF, n: int = 24) -> list[QPointF]:
    """Points along the plain curve from ``p0`` to ``end`` (for hit tests)."""
    c1, c2 = _controls(p0, end)
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        x = u ** 3 * p0.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t ** 3 * end.x()
        y = u ** 3 * p0.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t ** 3 * end.y()
        out.append(QPointF(x, y))
    return out


def edge_path(p0: QPointF, p3: QPointF, lane: float | None = None, arrow: bool = True
              ) -> tuple[QPainterPath, QPolygonF]:
    """The curve from an output port ``p0`` to an input port ``p3`` (through ``lane`` if given), and its arrow."""
    tip, end = arrow_points(p3) if arrow else (p3, p3)
    path = QPainterPath(p0)
    if lane is None:
        path.cubicTo(*_controls(p0, end), end)
    else:
        top, bottom = p0.y() + BEND, end.y() - BEND
        path.cubicTo(QPointF(p0.x(), p0.y() + BEND / 2), QPointF(lane, top - BEND / 2), QPointF(lane, top))
        path.lineTo(lane, bottom)
        path.cubicTo(QPointF(lane, bottom + BEND / 2), QPointF(end.x(), end.y() - BEND / 2), end)
    head = QPolygonF()
    if arrow:
        w = st.ARROW * 0.62
        head.append(tip)
        head.append(QPointF(end.x() - w, end.y()))
        head.append(QPointF(end.x() + w, end.y()))
    return path, head


def find_lane(cards_in, p0: QPointF, p3: QPointF, exclude=(), port: int = 0, siblings=()) -> float | None:
    """An x for a long edge to run down beside the cards that its plain curve would cross; None if none do.

    ``cards_in(rect, exclude)`` lists the scene rectangles of the cards that meet ``rect``. ``siblings``: (port,
    source x) of the target's other inputs; the side where the lane would cross them loses.
    """
    _tip, end = arrow_points(p3)
    if end.y() - p0.y() < LONG:
        return None
    points = curve_points(p0, end)
    span = QRectF(min(p0.x(), end.x()), p0.y(), abs(end.x() - p0.x()), end.y() - p0.y())

    def cards(rect: QRectF) -> list[QRectF]:
        return [r.adjusted(-CLEAR, -CLEAR, CLEAR, CLEAR)
                for r in cards_in(rect.adjusted(-CLEAR, -CLEAR, CLEAR, CLEAR), exclude)]

    blocking = [r for r in cards(span) if any(r.contains(p) for p in points)]
    if not blocking:
        return None
    top, bottom = p0.y() + BEND, end.y() - BEND
    choices = []
    for side in (1, -1):
        obstacles = list(blocking)
        lane = None
        for _ in range(6):
            edge_x = max(r.right() for r in obstacles) if side > 0 else min(r.left() for r in obstacles)
            lane = edge_x + side * (LANE_GAP - CLEAR)
            more = [r for r in cards(QRectF(lane - 1, top, 2, bottom - top)) if r not in obstacles
                    and r.left() < lane < r.right()]
            if not more:
                break
            obstacles += more
        crossings = sum(1 for other, x in siblings if (other < port and x > lane) or (other > port and x < lane))
        choices.append((crossings, abs(lane - p0.x()) + abs(lane - end.x()), side, lane))
    return min(choices)[3]
