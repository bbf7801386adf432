"""Rewind from the window: the timeline slider puts the weights back to a snapshot and every shown panel follows
(the decision boundary becomes exactly the one a network trained that long has); Train goes on from there."""
from __future__ import annotations

import copy

import numpy as np
from PySide6.QtWidgets import QSlider

from netbuilder.core.design.design_io import design_from_dict, design_to_dict
from netbuilder.core.session import TrainingSession


def test_scrubbing_the_timeline_shows_the_network_as_it_was(window, qtbot, tmp_path):
    assert window.open_design("xor")
    window.set_training_options(epochs=20, seed=1)
    window.show_panel("decisionBoundaryPanel")
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=60_000)
    slider = window.findChild(QSlider, "timelineSlider")
    session = window.training.session
    snapshots = session.timeline.snapshots
    assert slider.isEnabled() and slider.maximum() == len(snapshots) - 1 and slider.value() == slider.maximum()
    assert "snapshots" in window.training.panel.timeline_label.text()
    panel = window.inside.boundary
    final = np.array(panel._grid["output"], copy=True)
    # the network as a separate session trains it for 10 epochs, same settings and threads
    data = design_to_dict(window.document.design)
    data["training"] = {**data["training"], "epochs": 10}
    reference = TrainingSession(design_from_dict(copy.deepcopy(data)), device="cpu",
                                num_threads=session.num_threads, data_dir=tmp_path)
    assert reference.run().status == "completed"
    expected = reference.probe("grid", resolution=64)["output"]
    index = next(i for i, s in enumerate(snapshots) if s.x == 10.0)
    slider.setValue(index)  # as a person drags it
    qtbot.waitUntil(lambda: not np.array_equal(panel._grid["output"], final), timeout=10_000)
    np.testing.assert_allclose(panel._grid["output"], expected, atol=1e-6)
    assert window.training.curves.loss_plot.rewind_mark() == 10.0
    assert "epoch 10 " in window.training.panel.timeline_label.text()
    # back to the present: the final boundary again, no mark
    slider.setValue(slider.maximum())
    qtbot.waitUntil(lambda: np.allclose(panel._grid["output"], final), timeout=10_000)
    assert window.training.curves.loss_plot.rewind_mark() is None
    # from epoch 10, train 5 more: a new run that forgot epochs 11-20
    slider.setValue(index)
    qtbot.waitUntil(lambda: window.training.curves.loss_plot.rewind_mark() == 10.0, timeout=10_000)
    window.set_training_options(epochs=5)
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=60_000)
    assert window.finished[-1]["epochs"] == 15 and len(session.history) == 15
    assert max(window.training.curves.loss_plot.data()["batch_x"]) == 15.0
