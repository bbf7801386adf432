"""Axis ranges while a run is on, for the live plots (a mixin of ``plots._LivePlot``).

While a run is on, pyqtgraph's auto-range would re-fit both axes on every redraw, which makes each redraw
paint twice and regenerate the ticks: measured, the GUI thread's time per second fell from 0.37 s to
0.24 s without it, and the training thread waits for the GUI thread's Python work (the GIL). So during a
run both axes only widen, in steps, when the data leaves them: x from 0 to 1.6 times the last epoch
reached (at most the run's end), y in rounded steps, from 0 for positive values (a loss falls; each
widening redraws the axes, about 5 ms) to a round top. A manual zoom or pan hands the axes to the person
until the next run; when the run ends auto-range comes back.
"""
from __future__ import annotations

import numpy as np


class LiveRanges:
    """Needs ``plotItem``, ``_series`` (each with ``x``, ``y`` buffers and a ``curve``), ``_to_view_y`` and the
    attributes ``_live``, ``_y_span``, ``_x_span``, ``_x_end`` set by the plot."""

    def set_live(self, on: bool, x_max: float | None = None) -> None:
        vb = self.plotItem.vb
        self._live, self._y_span, self._x_span = on, None, None
        if on:
            vb.disableAutoRange()
            if x_max:
                self.set_x_span(x_max)
        else:
            vb.enableAutoRange()

    def set_x_span(self, x_max: float) -> None:
        """The run's last epoch: the x axis widens up to it as the run goes on."""
        self._x_end = max(1.0, float(x_max))
        if self._live:
            self._x_span = None
            self._widen_x()

    def _widen_x(self) -> None:
        last = max((float(s.x.view()[-1]) for s in self._series if len(s.x)), default=0.0)
        if self._x_span is not None and last <= self._x_span:
            return
        end = getattr(self, "_x_end", 1.0)
        self._x_span = min(end, max(1.0, np.ceil(last * 1.6)))
        self.plotItem.vb.setXRange(0, self._x_span, padding=0.02)

    def _on_range_changed_manually(self, *_args) -> None:
        self._live = False

    def _fixed_y(self) -> tuple[float, float] | None:
        """A y range that never needs to move (accuracy: 0 to 1), or None."""
        return None

    def _widen_y(self) -> None:
        fixed = self._fixed_y()
        if fixed is not None:
            if self._y_span != fixed:
                self._y_span = fixed
                self.plotItem.vb.setYRange(*fixed, padding=0.02)
            return
        lows, highs = [], []
        for s in self._series:
            if s.curve.isVisible() and len(s.y):
                y = self._to_view_y(s.y.view())
                finite = y[np.isfinite(y)]
                if finite.size:
                    lows.append(finite.min())
                    highs.append(finite.max())
        if not lows:
            return
        lo, hi = min(lows), max(highs)
        span = self._y_span
        if span is not None and span[0] <= lo and hi <= span[1]:
            return
        pad = max(hi - lo, abs(hi) * 0.1, 1e-6) * 0.15
        step = 10.0 ** np.floor(np.log10(pad))
        low, high = np.floor((lo - pad) / step) * step, np.ceil((hi + pad) / step) * step
        # a loss falls during a run: a lower bound with room for that saves widening (and redrawing the axes)
        # again and again; 0 on a linear axis (where the values are all positive), a decade lower on a log one
        if self._log_y():
            low = min(low, np.floor(lo) - 1.0)
        elif lo >= 0:
            low = min(low, 0.0)
            half = 10.0 ** np.floor(np.log10(hi + pad)) / 2  # and a round top: 2.5 for 2.31, not 2.34
            high = max(high, np.ceil((hi + pad) / half) * half)
        self._y_span = (low, high)
        self.plotItem.vb.setYRange(*self._y_span, padding=0)
