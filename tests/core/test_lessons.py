"""Lesson files: the bundled ones load; a broken one is refused with one line naming the file, step and field."""
from __future__ import annotations

import copy
import json

import pytest

from netbuilder.core.teaching import expectations
from netbuilder.core.teaching.lessons import LessonError, lesson_from_dict, lesson_names, load_lesson

GOOD = {"format": "netbuilder-lesson", "version": 1, "title": "T", "design": "xor",
        "steps": [{"title": "Open", "text": "t", "action": {"open": "lesson"}},
                  {"title": "Train", "action": {"train": {"epochs": 3}}, "expect": {"status": "completed"}}]}


def test_the_bundled_lessons_load():
    names = lesson_names()
    assert {"hello_neuron", "xor", "linear_regression", "learning_rate", "sigmoid_vs_relu", "mnist_mlp", "mnist_cnn",
            "overfitting"} <= set(names)
    for name in names:
        lesson = load_lesson(name)
        assert lesson.title and lesson.steps and any(s.expect for s in lesson.steps), name


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(format="netbuilder-design"), "'format' must be"),
    (lambda d: d.update(design="no_such_preset"), "preset 'no_such_preset'"),
    (lambda d: d.update(design={"nodes": [{"id": "a", "type": "Nope"}]}), "its design"),
    (lambda d: d.update(steps=[]), "'steps' must be a non-empty list"),
    (lambda d: d["steps"][1].update(action={"fly": 1}), "step 2 (Train): unknown action 'fly'"),
    (lambda d: d["steps"][1].update(action={"train": {"epochs": 0}}), "step 2 (Train): action 'train'"),
    (lambda d: d["steps"][1].update(action={"train": {"batches": 2, "epochs": 1}}), "or {\"batches\": N}"),
    (lambda d: d["steps"][0].update(expect={"status": "completed"}), "step 1 (Open): 'expect' belongs"),
    (lambda d: d["steps"][0].update(expect_advice=["loss_flat"]), "step 1 (Open): 'expect_advice' belongs"),
    (lambda d: d["steps"][1].update(expect_advice="loss_flat"), "'expect_advice' must be a list of advice codes"),
    (lambda d: d["steps"][1].update(expect_advice=[]), "'expect_advice' must be a list of advice codes"),
    (lambda d: d["steps"][1].update(expect_advice=["lr_low"]), "expect_advice: unknown advice code 'lr_low'"),
    (lambda d: d["steps"][1].update(expect={"status": "won"}), "expect.status must be one of"),
    (lambda d: d["steps"][1].update(expect={"predict": {"input": [[1]]}}), "expect.predict must be"),
    (lambda d: d["steps"][1].update(expect={"val_accuracy": "high"}), "expect.val_accuracy must be a number"),
    (lambda d: d["steps"][0].update(action={"set": {"colour": 1}}), "unknown setting 'colour'"),
    (lambda d: d["steps"][0].update(action={"hide": "trainButton"}), "must be a list of objectNames"),
    (lambda d: d["steps"][0].update(action={"colour": "rainbow"}), "must be one of off, gradients"),
    (lambda d: d["steps"][0].update(action={"open": {"nodes": "x"}}), "action 'open': its design"),
    (lambda d: d["steps"][0].pop("title"), "step 1: 'title' must be"),
    (lambda d: d.update(extra=1), "unknown key 'extra'"),
])
def test_a_broken_lesson_says_where_and_what(change, words):
    data = copy.deepcopy(GOOD)
    change(data)
    with pytest.raises(LessonError) as err:
        lesson_from_dict(data, "my.json")
    assert str(err.value).startswith("my.json") and words in str(err.value), str(err.value)


def test_files_that_are_not_lessons(tmp_path):
    for text, words in (("{", "not valid JSON"), ("[]", "a lesson is a JSON object"), ("[" * 5000, "nested")):
        path = tmp_path / "x.json"
        path.write_text(text)
        with pytest.raises(LessonError, match=words):
            load_lesson(path)
    with pytest.raises(LessonError, match="no such lesson file"):
        load_lesson("no_such_lesson")
    (tmp_path / "ok.json").write_text(json.dumps(GOOD))
    assert load_lesson(tmp_path / "ok.json").steps[1].expect == {"status": "completed"}
    assert load_lesson(tmp_path / "ok.json").steps[1].expect_advice == ()


def test_a_step_names_the_warnings_its_run_is_meant_to_show(tmp_path):
    data = copy.deepcopy(GOOD)
    data["steps"][1]["expect_advice"] = ["loss_flat", "dead_relu"]
    (tmp_path / "fails.json").write_text(json.dumps(data))
    assert load_lesson(tmp_path / "fails.json").steps[1].expect_advice == ("loss_flat", "dead_relu")
    # the bundled lessons use it where a step's point is a failure: XOR's single neuron cannot solve it
    one_neuron = next(s for s in load_lesson("xor").steps if s.kind == "train")
    assert "loss_flat" in one_neuron.expect_advice


def test_expectations_are_checked_by_one_rule():
    outcome = {"status": "completed", "loss": 0.2, "val_accuracy": 0.91, "test": {"test_accuracy": 0.95}}
    assert expectations.check({"val_accuracy": 0.9, "loss": 0.3, "test_accuracy": 0.95}, outcome)[0]
    met, found = expectations.check({"val_accuracy": 0.95}, outcome)
    assert not met and "val_accuracy 0.91 (wanted ≥ 0.95)" in found
    assert not expectations.check({"loss": {"at_most": 0.1}}, outcome)[0]
    assert expectations.check({"status": "completed"}, outcome)[0]
    met, found = expectations.check({"predict": {"input": [[7]], "output": [[14]], "tolerance": 0.1}}, outcome,
                                    lambda rows: [[13.95]])
    assert met and "[7] -> [13.95]" in found
    assert not expectations.check({"predict": {"input": [[7]], "output": [[14]], "tolerance": 0.1}}, outcome,
                                  lambda rows: [[13.5]])[0]


def test_a_run_says_how_its_validation_loss_moved():
    """Overfitting as an expectation: the last validation loss above the run's lowest (RunRecord.trend)."""
    from netbuilder.core.session.runs import RunRecord
    losses, accuracies = [0.5, 0.4, 0.45, float("nan"), 0.55], [0.8, 0.9, 0.88, 0.0, 0.87]
    record = RunRecord(number=1, status="completed", message="", settings={}, changed={}, device="cpu", design={},
                       history=[{"epoch": i + 1, "loss": 0.1, "val_loss": v, "val_accuracy": a}
                                for i, (v, a) in enumerate(zip(losses, accuracies))])
    outcome = record.outcome()
    assert outcome["best_val_loss"] == 0.4 and outcome["best_val_accuracy"] == 0.9
    assert outcome["val_loss_rise"] == pytest.approx(0.15)  # the NaN epoch is not the lowest
    assert expectations.check({"val_loss_rise": {"at_least": 0.1}}, outcome)[0]
    assert not expectations.check({"val_loss_rise": {"at_most": 0.1}}, outcome)[0]
    assert "val_loss_rise" not in RunRecord(number=2, status="failed", message="x", settings={}, changed={},
                                            device="cpu", design={}).outcome()


def test_a_zip_that_is_not_a_lesson_with_weights_is_refused(tmp_path):
    import zipfile
    path = tmp_path / "x.nblesson"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("lesson.json", json.dumps(GOOD))
    with pytest.raises(LessonError, match="needs lesson.json and weights.nbckpt"):
        load_lesson(path)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("lesson.json", "{not json")
        z.writestr("weights.nbckpt", b"")
    with pytest.raises(LessonError, match="not valid JSON"):
        load_lesson(path)
