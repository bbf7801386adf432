"""Issue 18, point 11: an output too wide for the dataset's classes is a problem on the output node in the
window's problems list (and on its card), before any training, in the words the trainer would refuse it with."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_16_unit_output_on_spirals_shows_in_the_problems_list_on_the_output(window, qtbot):
    assert window.open_design("spirals")
    window.document.analyse_now()
    assert window.problems.problem_count() == 0 and window.problems.row_texts() == ["No problems"]
    window.scene.select_nodes(["logits"])  # the last Linear, as a person clicks it
    spin = window.inspector.editor("out_features")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "16")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert window.document.design.nodes["logits"].params["out_features"] == 16
    problems = window.problems
    qtbot.waitUntil(lambda: problems.problem_count() == 1, timeout=5000)
    text = problems.row_texts()[0]
    assert text.startswith("probs: ") and "gives 16 value(s) but the dataset 'spirals' has 2 classes" in text
    assert "set the last Linear's out_features to 2" in text
    assert problems.node_of_row(0) == "probs"  # the design's output: clicking the row shows it
    assert window.scene.node_item("probs").problem_level == "error"
    assert not window.training.busy  # found before training, not by a refused run
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: problems.problem_count() == 0, timeout=5000)
