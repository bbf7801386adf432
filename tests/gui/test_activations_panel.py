"""The activations panel on its own, with made-up activations: what each kind of output becomes, the three colour
scales, the caption, hit testing (tooltip, click -> layerActivated), scrolling to a layer, and asking for samples.
The panel inside the window, after real runs, is in test_inside.py."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from netbuilder.gui.panels.activations import ActivationsPanel
from netbuilder.gui.panels.activations_view import MAX_CELLS, MAX_TILES, classify, levels_for
from person import settle

LAYERS = [("image", "Input"), ("conv", "Conv2d"), ("relu", "ReLU"), ("flat", "Flatten"), ("fc", "Linear"),
          ("probs", "Softmax")]
NAMES = [f"{d} - digit" for d in range(10)]


def result(seed: int = 0, index: int = 3, label: int = 7) -> dict:
    rng = np.random.default_rng(seed)
    conv = rng.normal(size=(4, 6, 6)).astype(np.float32)
    conv[2] *= 10  # one feature map with a much wider range than the others
    relu = np.maximum(conv, 0)
    probs = np.full(10, 0.02, np.float32)
    probs[label] = 0.82
    return {"outputs": {"image": rng.random((1, 8, 8), dtype=np.float32), "conv": conv, "relu": relu,
                        "flat": relu.ravel(), "fc": rng.normal(size=20).astype(np.float32), "probs": probs},
            "input": None, "label": label, "split": "test", "index": index}


@pytest.fixture
def panel(qtbot):
    p = ActivationsPanel()
    qtbot.addWidget(p)
    p.resize(460, 700)
    p.show()
    qtbot.waitExposed(p)
    p.set_class_names(NAMES)
    p.set_sample_range(100)
    p.set_activations(result(), LAYERS)
    return p


def pixel(widget, point: QPoint) -> tuple[int, int, int]:
    colour = widget.grab().toImage().convertToFormat(QImage.Format_RGB32).pixelColor(point)
    return colour.red(), colour.green(), colour.blue()


def test_each_output_becomes_the_picture_that_suits_it(panel):
    assert panel.rows() == [name for name, _ in LAYERS]
    kinds = {name: panel.row_kind(name) for name, _ in LAYERS}
    assert kinds == {"image": "maps", "conv": "maps", "relu": "maps", "flat": "strip", "fc": "bars",
                     "probs": "bars"}
    assert classify(np.zeros((3, 5))) == "matrix" and classify(np.zeros(1)) == "value"
    assert panel.caption.text() == "Test sample 3 · label 7 - digit · prediction: 7 - digit (0.82)"
    assert panel.top_class == 7


def test_the_colour_scale_is_per_unit_per_layer_or_for_the_whole_network(panel):
    conv = result()["outputs"]["conv"]
    panel.set_scale("layer")
    limit = float(np.abs(conv).max())
    assert panel.row_levels("conv") == [(-limit, limit, True)] * 4  # signed: symmetric around zero
    relu_top = float(np.maximum(conv, 0).max())
    assert panel.row_levels("relu")[0] == (0.0, relu_top, False)  # no negatives: from 0
    panel.set_scale("unit")
    per_map = panel.row_levels("conv")
    for c, (low, high, signed) in enumerate(per_map):
        assert signed and high == pytest.approx(float(np.abs(conv[c]).max())) and low == -high
    assert len({high for _, high, _ in per_map}) == 4
    panel.set_scale("network")
    everything = max(float(np.abs(v).max()) for v in result()["outputs"].values())
    assert panel.row_levels("relu") == [(-everything, everything, True)] * 4
    assert panel.scale_combo.currentData() == "network"
    with pytest.raises(ValueError):
        panel.set_scale("per pixel")


def test_the_picture_uses_the_colour_map_at_the_levels_chosen(panel, qtbot):
    panel.set_scale("unit")
    settle()
    row = next(r for r in panel.view.rows if r.node_id == "relu")
    channel = 2
    data = row.data[channel]
    y, x = np.unravel_index(int(np.argmax(data)), data.shape)
    tile = row.tiles[channel]
    # the centre of the source pixel (y, x) in the tile, in the panel's coordinates
    px = tile.left() + int((x + 0.5) * tile.width() / data.shape[1])
    py = tile.top() + int((y + 0.5) * tile.height() / data.shape[0])
    where = panel.view.mapTo(panel, QPoint(px, py))
    top_colour = tuple(int(v) for v in panel.lut(False)[255])
    assert pixel(panel, where) == top_colour  # this map's maximum gets the map's top colour (per unit)
    panel.set_scale("network")
    settle()
    assert pixel(panel, where) != top_colour


def test_a_click_on_a_layer_asks_to_select_its_node_and_a_selection_scrolls_to_it(panel, qtbot):
    with qtbot.waitSignal(panel.layerActivated, timeout=2000) as got:
        qtbot.mouseClick(panel.view, Qt.LeftButton, pos=panel.view.row_rect(panel.view.rows[1]).center())
    assert got.args == ["conv"] and panel.highlighted() == "conv"
    bar = panel.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # more than fits: it scrolls
    bar.setValue(0)
    assert panel.scroll_to("probs")
    assert panel.highlighted() == "probs" and bar.value() > 0
    probs = panel.view.rows[-1]
    visible = panel.scroll.viewport().rect().translated(0, bar.value())
    assert visible.intersects(panel.view.row_rect(probs))
    assert not panel.scroll_to("no-such-node")


def test_the_tooltip_reads_the_unit_under_the_mouse(panel):
    row = next(r for r in panel.view.rows if r.node_id == "probs")
    slot = row.body.width() / 10
    point = QPoint(int(row.body.left() + 7.5 * slot), row.body.top() + 40)
    assert panel.view.describe(point) == "probs, 7: 0.82"
    conv = next(r for r in panel.view.rows if r.node_id == "conv")
    tile = conv.tiles[1]
    text = panel.view.describe(QPoint(tile.left() + 1, tile.top() + 1))
    assert text == f"conv, channel 1 at (0, 0): {float(result()['outputs']['conv'][1, 0, 0]):.4g}"


def test_new_values_for_the_same_layers_reuse_the_rows(panel):
    before = panel.rebuilds
    panel.set_activations(result(seed=1, index=4, label=2), LAYERS)
    assert panel.rebuilds == before
    assert panel.caption.text().startswith("Test sample 4 · label 2 - digit · prediction: 2")
    other = result()
    other["outputs"] = {k: v for k, v in other["outputs"].items() if k != "fc"}
    panel.set_activations(other, LAYERS)
    assert panel.rebuilds == before + 1 and "fc" not in panel.rows()


def test_big_layers_say_how_much_is_shown_and_odd_values_do_not_break_it(panel, qtbot):
    outputs = {"image": np.zeros((1, 4, 4), np.float32),
               "conv": np.random.default_rng(0).normal(size=(MAX_TILES + 6, 3, 3)).astype(np.float32),
               "flat": np.linspace(-1, 1, MAX_CELLS + 10, dtype=np.float32),
               "fc": np.array([np.nan, np.inf, 1.0, -2.0], np.float32)}
    panel.set_activations({"outputs": outputs, "label": None, "split": None, "index": None},
                          LAYERS[:2] + [("flat", "Flatten"), ("fc", "Linear")], source="Your input")
    assert len(next(r for r in panel.view.rows if r.node_id == "conv").tiles) == MAX_TILES
    assert panel.caption.text().startswith("Your input · output:")
    image = panel.grab().toImage()
    assert not image.isNull()
    zero = next(r for r in panel.view.rows if r.node_id == "image")
    assert (zero.lo, zero.hi) == (0.0, 0.0)


def test_the_sample_box_and_random_ask_for_a_sample(panel, qtbot):
    with qtbot.waitSignal(panel.sampleRequested, timeout=2000) as got:
        panel.sample_spin.setValue(42)
    assert got.args == [42]
    asked = []
    panel.sampleRequested.connect(asked.append)
    for _ in range(5):
        panel.random_button.click()
    assert asked and all(0 <= i < 100 for i in asked)
    count = len(asked)
    panel.set_sample(9 if panel.sample() != 9 else 10)  # set from outside (a gallery's example): no request
    assert panel.sample() in (9, 10) and len(asked) == count
    panel.set_sample_range(0)
    assert not panel.sample_spin.isEnabled() and not panel.random_button.isEnabled()


def test_levels_for_signed_and_unsigned_ranges():
    assert levels_for(-1.0, 3.0) == (-3.0, 3.0, True)
    assert levels_for(0.0, 2.0) == (0.0, 2.0, False)
    assert levels_for(0.0, 0.0) == (0.0, 1.0, False)
    assert levels_for(-5.0, -1.0) == (-5.0, 5.0, True)
