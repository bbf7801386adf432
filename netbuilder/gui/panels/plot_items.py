"""The parts of the live plots that are not widgets: growing numpy buffers, TensorBoard's debiased EMA computed
in blocks, the one item that shades alternate epochs and the fast line for the per-batch series (see
:mod:`netbuilder.gui.panels.plots`)."""
from __future__ import annotations

import functools
import warnings

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath

_EMA_BLOCK = 256


class GrowBuffer:
    """A float64 array that doubles when full, so adding a few points per batch never rebuilds the series."""

    def __init__(self, capacity: int = 1024):
        self._initial = max(1, int(capacity))
        self.clear()

    def clear(self) -> None:
        """Forget all values. Uses a new array, so views already given to a curve keep their contents."""
        self._buf, self._n = np.empty(self._initial), 0

    def append(self, values) -> None:
        values = np.asarray(values, dtype=np.float64).ravel()
        need = self._n + values.size
        if need > self._buf.size:
            grown = np.empty(self._buf.size * 2 ** int(np.ceil(np.log2(need / self._buf.size))))
            grown[:self._n] = self._buf[:self._n]
            self._buf = grown
        self._buf[self._n:need] = values
        self._n = need

    def view(self) -> np.ndarray:
        return self._buf[:self._n]

    def __len__(self) -> int:
        return self._n


@functools.lru_cache(maxsize=4)
def _ema_weights(a: float) -> tuple[np.ndarray, np.ndarray]:
    """The block matrix ``(1-a) a^(i-j)`` (lower triangle) and ``a^(i+1)``. They depend only on ``a``, so they are
    cached, which keeps appending a few points at a time cheap."""
    lag = np.arange(_EMA_BLOCK)
    return np.tril(a ** np.maximum(lag[:, None] - lag[None, :], 0)) * (1.0 - a), a ** (lag + 1)


def _ema(values: np.ndarray, a: float, s0: float) -> np.ndarray:
    """The EMA ``s_i = a*s_(i-1) + (1-a)*v_i`` (no debiasing), computed in blocks as matrix products. A plain Python
    loop takes about 0.1 s for 200,000 points, which is too slow when a slider changes the smoothing."""
    n = values.size
    c = min(n, _EMA_BLOCK)
    weights, powers = _ema_weights(a)
    padded = np.zeros(-(-n // c) * c)
    padded[:n] = values
    partial = padded.reshape(-1, c) @ weights[:c, :c].T
    carry, s, a_c = np.empty(len(partial)), s0, powers[c - 1]
    for b, last in enumerate(partial[:, -1].tolist()):
        carry[b], s = s, a_c * s + last
    return (partial + carry[:, None] * powers[:c]).ravel()[:n]


def ema_debiased(values, a: float, state: tuple[float, int] = (0.0, 0)) -> tuple[np.ndarray, tuple[float, int]]:
    """TensorBoard's smoothing: ``s = a*s + (1-a)*v; shown = s / (1 - a**k)``, where k counts finite values.

    Non-finite values are NaN in the output and skipped in the state, so one diverged batch does not spoil the rest.
    Returns ``(smoothed, state)``. Pass the state back in to continue with the next points."""
    values = np.asarray(values, dtype=np.float64).ravel()
    out = np.full(values.shape, np.nan)
    finite = np.isfinite(values)
    (s, k), n = state, int(finite.sum())
    if n:
        raw = _ema(values[finite], a, s)
        steps = np.arange(k + 1, k + n + 1, dtype=np.float64)
        out[finite] = raw / (1.0 - np.exp(np.log(a) * steps)) if a > 0 else raw  # exp(k log a): 5x faster than a**k
        s, k = float(raw[-1]), k + n
    return out, (s, k)


#: The smoothed loss averages over at most this share of an epoch: the EMA's time constant, 1/(1-a) batches, is at
#: most ``SMOOTHING_EPOCHS`` of an epoch's batches, so the line lags the raw loss by less than that (a quarter of an
#: epoch). TensorBoard's 0.9 per batch stands for epochs of 40 batches or more; an epoch of 4 batches or fewer (XOR's
#: one) gets none.
SMOOTHING_EPOCHS = 0.25


def smoothing_factor(setting: float, batches_per_epoch: int | None) -> float:
    """The EMA weight the loss plot uses: the user's ``setting`` (per batch), at most ``1 - 1/(SMOOTHING_EPOCHS *
    batches_per_epoch)`` (none when the batches per epoch are unknown)."""
    if not batches_per_epoch or batches_per_epoch <= 0:
        return float(setting)
    return float(min(setting, max(0.0, 1.0 - 1.0 / (SMOOTHING_EPOCHS * batches_per_epoch))))


def batches_per_epoch_of(x) -> int | None:
    """The batches per epoch of a loss curve whose batch b of epoch e sits at ``x = (e - 1) + b / nb``: one over
    the step between neighbours (a single point at ``b / nb`` in the first epoch: one over it); None when unknown."""
    x = np.asarray(x, dtype=np.float64).ravel()
    x = x[np.isfinite(x)]
    steps = np.diff(x)
    steps = steps[steps > 1e-9]
    step = float(np.median(steps)) if steps.size else (float(x[0]) if x.size == 1 and 0 < x[0] <= 1 else 0.0)
    return max(1, int(round(1.0 / step))) if step > 0 else None


def _finite_or_nan(values) -> np.ndarray:
    """Values as float64, with None, inf and NaN all turned into NaN (a gap in the curve)."""
    values = np.asarray(values, dtype=np.float64).ravel()  # numpy reads None as NaN
    return np.where(np.isfinite(values), values, np.nan)


class EpochBands(pg.GraphicsObject):
    """Shades every other epoch [e-1, e] for e = 2, 4, ... up to ``epochs``. It is one item however many epochs
    there are (one LinearRegionItem per epoch would add a scene item and its bounds each time), and it paints only
    the visible epochs. Add it with ``ignoreBounds=True`` so it does not change auto-range."""

    def __init__(self):
        super().__init__()
        self.epochs, self.color = 0, QColor(128, 128, 128, 24)
        self.setZValue(-100)

    def set_epochs(self, n: int) -> None:
        self.epochs = max(0, int(n))
        self.update()

    def boundingRect(self) -> QRectF:
        rect = self.viewRect()
        return QRectF() if rect is None else rect.normalized()

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self.prepareGeometryChange()

    def paint(self, painter, option, widget=None) -> None:
        if self.epochs < 2:
            return
        rect, pixel = self.viewRect(), self.pixelWidth()
        if rect is None or not 0 < pixel < 1 / 3:  # narrower than 3 px: a grey smear, skip
            return
        rect = rect.normalized()
        first = max(2, int(np.floor(rect.left())) + 1)
        for e in range(first + first % 2, min(self.epochs, int(np.ceil(rect.right()))) + 1, 2):
            painter.fillRect(QRectF(e - 1, rect.top(), 1, rect.height()), self.color)


def peak_decimate(x: np.ndarray, y: np.ndarray, bins: int) -> tuple[np.ndarray, np.ndarray]:
    """At most ``2 * bins`` points that draw like ``(x, y)``: the lowest and the highest y of each run of
    consecutive points (x ascending), as pyqtgraph's "peak" downsampling does. A run of NaN only stays NaN (a gap)."""
    n = len(x)
    if n <= 2 * bins:
        return x, y
    k = -(-n // bins)
    m = -(-n // k)
    padded = np.full(m * k, np.nan)
    padded[:n] = y
    rows = padded.reshape(m, k)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an all-NaN run: NaN is the answer
        lo, hi = np.nanmin(rows, axis=1), np.nanmax(rows, axis=1)
    xs = x[::k]
    return np.repeat(xs, 2), np.column_stack([lo, hi]).ravel()


class FastCurve(pg.GraphicsObject):
    """A line through (x, y), for the series that grow on every redraw (the per-batch loss and its smoothed line).

    pyqtgraph's PlotDataItem re-runs its clipping, downsampling and bounds in Python on every ``setData`` and
    every paint, and repaints the whole plot; the training thread waits for that time (the GIL, which PySide
    holds through the C++ drawing too). Measured on the live loss plot (mnist_mlp's 469 batches, 12 redraws an
    epoch-second), a redraw took 2.4-2.7 ms of the GUI thread with two PlotDataItems and 0.8-0.9 ms with these.
    This item keeps one QPainterPath: new points (``appended_from``) are added to it as one more subpath and only
    their strip is repainted, as long as they fit the item's bounds (which grow with room to spare); other changes
    rebuild it (x ascending; above ``MAX_BINS`` bins each bin's lowest and highest value are kept, so 200,000
    points stay cheap). NaN is a gap.

    It offers what the plots and pyqtgraph's legend use of a PlotDataItem: ``opts`` (``pen``, ``symbol``),
    ``name()``, ``setData``, ``getData`` (the data as given), ``setPen``, ``setLogMode``, ``dataBounds``."""

    MAX_BINS = 4096

    def __init__(self, name: str):
        super().__init__()
        self.opts = {"name": name, "pen": pg.mkPen(), "symbol": None, "antialias": False, "connect": "finite"}
        self._x, self._y = np.empty(0), np.empty(0)
        self._log_y = False
        self._path = QPainterPath()
        self._rect = QRectF()
        self._bounds: tuple[float, float, float, float] | None = None
        self._pad = (0.0, 0.0)  # the pen's half width and a pixel, in data units (set when the view changes)
        self._rect_bounds: tuple[float, float, float, float] | None = None  # what _rect covers, before the pad
        self.setFlag(self.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # paint() hears which part to draw

    def name(self) -> str:
        return self.opts["name"]

    def setPen(self, *args, **kwargs) -> None:
        self.opts["pen"] = pg.mkPen(*args, **kwargs)
        self.update()

    def setData(self, x, y, *, appended_from: int | None = None) -> None:
        """Draw (x, y). ``appended_from``: the points before this index are the ones drawn last time, unchanged
        (a live curve that grew); then only the strip of the new points is repainted while they fit the item's
        bounds, which grow with room to spare."""
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        if x.shape != y.shape:
            raise ValueError(f"{x.size} x values for {y.size} y values")
        grown = (appended_from is not None and 0 < appended_from <= len(self._x) and len(x) <= 2 * self.MAX_BINS
                 and self._bounds is not None)
        self._x, self._y = x, y
        if grown:
            self._grow(appended_from)
        else:
            self._rebuild()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    def setLogMode(self, x_mode: bool, y_mode: bool) -> None:
        if bool(y_mode) != self._log_y:
            self._log_y = bool(y_mode)
            self._rebuild()

    def _shown_y(self, y: np.ndarray | None = None) -> np.ndarray:
        y = self._y if y is None else y
        if not self._log_y:
            return y
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)

    @staticmethod
    def _finite_bounds(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float] | None:
        finite = np.isfinite(x) & np.isfinite(y)
        if not finite.any():
            return None
        fx, fy = x[finite], y[finite]
        return float(fx.min()), float(fx.max()), float(fy.min()), float(fy.max())

    def _rebuild(self) -> None:
        x, y = peak_decimate(self._x, self._shown_y(), self.MAX_BINS)
        self._bounds = self._finite_bounds(x, y)
        self._path = QPainterPath() if self._bounds is None else pg.arrayToQPath(x, y, connect="finite")
        self._set_rect(self._bounds)
        self.update()

    def _grow(self, first_new: int) -> None:
        # the new points as one more subpath, from the last point drawn (so the line goes on; a NaN there stays a gap)
        x, shown = self._x[first_new - 1:], self._shown_y(self._y[first_new - 1:])
        self._path.addPath(pg.arrayToQPath(x, shown, connect="finite"))
        new = self._finite_bounds(x[1:], shown[1:])
        if new is None:
            return
        old = self._bounds
        self._bounds = (min(old[0], new[0]), max(old[1], new[1]), min(old[2], new[2]), max(old[3], new[3]))
        r = self._rect
        if r.left() <= self._bounds[0] and self._bounds[1] <= r.right() and r.top() <= self._bounds[2] \
                and self._bounds[3] <= r.bottom():
            x0 = float(self._x[first_new - 1])  # the line from the last point drawn to the first new one
            px = self._pad[0]
            self.update(QRectF(x0 - px, r.top(), float(self._x[-1]) - x0 + 2 * px, r.height()))
            return
        x0, x1, y0, y1 = self._bounds
        room_x, room_y = (x1 - x0) * 0.5, (y1 - y0) * 0.5  # generous: growing the bounds repaints everything
        self._set_rect((x0, x1 + room_x, y0 - room_y, y1 + room_y))
        self.update()

    def _set_rect(self, bounds: tuple[float, float, float, float] | None) -> None:
        """``bounds`` (x0, x1, y0, y1) widened by the pen's width in pixels (so a flat line still has an area)."""
        self._rect_bounds = bounds
        rect = QRectF()
        if bounds is not None:
            x0, x1, y0, y1 = bounds
            px, py = self._pad
            rect = QRectF(x0 - px, y0 - py, x1 - x0 + 2 * px, y1 - y0 + 2 * py)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        width = max(1.0, self.opts["pen"].widthF()) + 1.0
        px, py = self.pixelWidth(), self.pixelHeight()
        self._pad = (abs(px) * width if np.isfinite(px) else 0.0, abs(py) * width if np.isfinite(py) else 0.0)
        self._set_rect(self._rect_bounds)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):
        if self._bounds is None:
            return None, None
        return self._bounds[:2] if ax == 0 else self._bounds[2:]

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        pen = self.opts["pen"]
        painter.setPen(pen)
        exposed, n = option.exposedRect, len(self._x)
        if pen.widthF() > 1 and n <= 2 * self.MAX_BINS and exposed.width() < 0.5 * self._rect.width():
            # a strip of new points under a wide pen: Qt strokes the whole path even where it is clipped away
            # (0.2-0.3 ms for 500 points), so only the points in the strip are drawn
            i0, i1 = np.searchsorted(self._x, (exposed.left(), exposed.right()))
            i0, i1 = max(0, int(i0) - 1), min(n, int(i1) + 1)
            if i1 - i0 >= 2:
                painter.drawPath(pg.arrayToQPath(self._x[i0:i1], self._shown_y(self._y[i0:i1]), connect="finite"))
            return
        painter.drawPath(self._path)
