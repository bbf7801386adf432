"""The parts of the live plots that are not widgets: growing numpy buffers, TensorBoard's debiased EMA computed
in blocks, and the one item that shades alternate epochs (see :mod:`netbuilder.gui.panels.plots`)."""
from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

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
        rect, pixel = self.viewRect(), self.pixelWidth()
        if rect is None or self.epochs < 2 or not 0 < pixel < 1 / 3:  # narrower than 3 px: a grey smear, skip
            return
        rect = rect.normalized()
        first = max(2, int(np.floor(rect.left())) + 1)
        for e in range(first + first % 2, min(self.epochs, int(np.ceil(rect.right()))) + 1, 2):
            painter.fillRect(QRectF(e - 1, rect.top(), 1, rect.height()), self.color)
