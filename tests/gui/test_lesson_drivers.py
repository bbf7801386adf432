"""The lesson driver's collaborators (issue 20, point 5): a step whose run cannot start says why from the training
driver's error object (``startRefused``, with its cause), the same words the training panel shows; presentation
mode fits a step's new design again (``designShown``)."""
from __future__ import annotations

import json

import pytest
from helpers import chain

from netbuilder.core.errors import Cause

#: two outputs for moons' two classes would train; five do not fit, so Train refuses before any run starts
UNFIT = chain((2,), [("Linear", {"out_features": 5}), ("Softmax", None)],
              dataset={"name": "moons", "validation": 0}, loss="cross_entropy", epochs=1, batch_size=100)


@pytest.mark.parametrize("train", [{"epochs": 1}, {"batches": 2}])
def test_a_step_whose_run_cannot_start_says_why_from_the_error(window, tmp_path, train):
    path = tmp_path / "unfit.json"
    path.write_text(json.dumps({"format": "netbuilder-lesson", "version": 1, "title": "U", "design": UNFIT,
                                "steps": [{"title": "Open", "action": {"open": "lesson"}},
                                          {"title": "Train", "action": {"train": train},
                                           "expect": {"status": "completed"}}]}), encoding="utf-8")
    refused = []
    window.training.startRefused.connect(refused.append)
    assert window.open_lesson(str(path))
    window.lesson_next()
    window.lesson_next()
    state = window.lesson_state()
    assert not state["running"] and state["expected_met"] is False
    assert len(refused) == 1 and refused[0].cause is Cause.DESIGN
    assert window.lessons.found == f"This step could not be done: {refused[0]}"
    assert window.training.panel.outcome.text() == str(refused[0])  # the panel says the same words
    assert not window.training.busy


def test_a_steps_new_design_is_fitted_again_in_presentation(window, qtbot, monkeypatch):
    fitted = []
    monkeypatch.setattr(window.presentation, "refit", lambda: fitted.append(True))
    assert window.open_lesson("xor")
    window.lessons.designShown.emit()
    assert fitted == []  # not presenting: nothing to fit
    window.presentation.on = True  # as set_on leaves it, without going full screen
    try:
        window.lessons.designShown.emit()
    finally:
        window.presentation.on = False
    assert fitted == [True]
