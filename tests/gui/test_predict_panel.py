"""The predict panel: drawings become MNIST-like 28x28 inputs, fields for small inputs, outputs shown."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from netbuilder.gui.panels.predict import PAD, PredictPanel, mnist_like


@pytest.fixture
def panel(qtbot):
    p = PredictPanel()
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_a_drawing_is_scaled_to_20_pixels_and_centred_by_its_mass():
    pad = np.zeros((PAD, PAD), dtype=np.uint8)
    pad[30:90, 200:230] = 255  # small, off in a corner
    digit = mnist_like(pad)
    rows, cols = np.flatnonzero(digit.max(1)), np.flatnonzero(digit.max(0))
    assert max(len(rows), len(cols)) == 20  # the longer side fits 20 pixels
    mass = digit.astype(float)
    cy = (mass.sum(1) * np.arange(28)).sum() / mass.sum()
    cx = (mass.sum(0) * np.arange(28)).sum() / mass.sum()
    assert abs(cy - 13.5) <= 1 and abs(cx - 13.5) <= 1
    assert digit.max() == 255 and digit.dtype == np.uint8
    big = np.zeros((PAD, PAD), dtype=np.uint8)
    big[10:270, 100:180] = 200  # larger than 20 pixels' worth: averaged down
    assert np.flatnonzero(mnist_like(big).max(1)).size == 20
    assert not mnist_like(np.zeros((PAD, PAD))).any()


def test_drawing_with_the_mouse_sends_one_row_of_784_pixels(panel, qtbot):
    panel.set_input_shape((1, 28, 28))
    with qtbot.waitSignal(panel.inputChanged, timeout=2000) as sent:
        qtbot.mousePress(panel.pad, Qt.LeftButton, pos=QPoint(140, 60))
        qtbot.mouseMove(panel.pad, QPoint(140, 200))
        qtbot.mouseRelease(panel.pad, Qt.LeftButton, pos=QPoint(140, 200))
    row = np.asarray(sent.args[0])
    assert row.shape == (784,) and row.max() == 255 and row.min() == 0
    image = row.reshape(28, 28)
    assert image[:, 13:15].sum() > image[:, :5].sum()  # a vertical line in the middle
    with qtbot.waitSignal(panel.inputChanged, timeout=2000) as cleared:
        panel.clear_button.click()
    assert not np.asarray(cleared.args[0]).any()


def test_fields_for_small_inputs_and_outputs(panel, qtbot):
    panel.set_input_shape((2,))
    assert panel.stack.currentWidget() is panel.fields_page and len(panel.fields) == 2
    with qtbot.waitSignal(panel.inputChanged, timeout=2000) as sent:
        panel.fields[1].setValue(0.5)
    assert sent.args[0] == [0.0, 0.5]
    panel.set_class_names(["no", "yes"])
    panel.show_outputs([0.2, 0.8])
    assert panel.result.text() == "prediction: yes (0.80)" and panel.bars.isVisible()
    panel.show_outputs([14.0])
    assert panel.result.text() == "output: 14" and not panel.bars.isVisible()
    panel.set_input_shape((3, 32, 32))  # pictures too big to draw: the Camera button is named
    assert panel.stack.currentWidget() is panel.message and "3x32x32" in panel.message.text()
    assert "Press Camera above" in panel.message.text() and not panel.explain_button.isVisible()
    panel.set_input_shape((5, 40))
    assert panel.stack.currentWidget() is panel.message and "200" in panel.message.text()
