"""The curves' legends after presentation mode, as a person sees them: back to their normal size (they stayed at the
projector's size, covering the curves)."""
from __future__ import annotations

import pytest
from person import settle


def test_the_legends_shrink_back_after_presentation(window, qtbot, tmp_path):
    assert window.open_design("xor")
    assert window.show_panel("curvesPanel") or window.show_panel("curvesDock")
    curves = window.training.curves
    plots = (curves.loss_plot, curves.accuracy_plot)
    settle()
    before = [plot.legend_size() for plot in plots]
    window.set_presentation(True)
    try:
        qtbot.waitUntil(lambda: window.presentation.on)
        settle()
        during = [plot.legend_size() for plot in plots]
        assert all(d[1] > b[1] + 8 for d, b in zip(during, before)), (before, during)  # larger on the projector
    finally:
        window.set_presentation(False)
    qtbot.waitUntil(lambda: not window.presentation.on)
    settle()
    after = [plot.legend_size() for plot in plots]
    for plot, b, a in zip(plots, before, after):
        assert a == pytest.approx(b, abs=1.0), plot.objectName()
        # each entry's text is back to one normal line
        heights = [label.boundingRect().height() for _, label in plot._legend.items]
        assert max(heights) <= plot.fontMetrics().height() * 2, heights
    curves.grab().save(str(tmp_path / "curves_after_presentation.png"))
