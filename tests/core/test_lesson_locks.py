"""A lesson's "locked" (core.teaching.locks): the loader takes the documented shapes and refuses a broken one with
one line naming the field; what a lock refuses and the lesson panel's sentence."""
from __future__ import annotations

import json

import pytest

from netbuilder.core.teaching.lessons import LessonError, load_lesson
from netbuilder.core.teaching.locks import Locks


def _lesson(tmp_path, locked) -> str:
    path = tmp_path / "locked.json"
    path.write_text(json.dumps({"format": "netbuilder-lesson", "version": 1, "title": "Locked", "design": "xor",
                                "locked": locked, "steps": [{"title": "Look"}]}))
    return str(path)


def test_the_loader_takes_each_documented_shape(tmp_path):
    locks = load_lesson(_lesson(tmp_path, {"layers": True, "dataset": True,
                                           "settings": {"except": ["lr", "epochs"]}})).locks
    assert locks == Locks(layers=True, dataset=True, settings=True, allowed=("lr", "epochs"))
    assert load_lesson(_lesson(tmp_path, {"settings": True})).locks == Locks(settings=True)
    assert load_lesson(_lesson(tmp_path, {})).locks == Locks() and not Locks()
    assert load_lesson("hello_neuron").locks == Locks()  # a lesson without "locked" locks nothing


@pytest.mark.parametrize("locked, says", [
    ([True], "'locked' must be an object"),
    ({"layer": True}, "locked: unknown key 'layer'; use layers, dataset, settings"),
    ({"layers": "yes"}, "locked.layers must be true or false"),
    ({"dataset": 1}, "locked.dataset must be true or false"),
    ({"settings": ["lr"]}, "locked.settings must be true, false or {\"except\": [setting names]}"),
    ({"settings": {"except": []}}, "locked.settings must be true, false or"),
    ({"settings": {"except": ["lr"], "also": 1}}, "locked.settings must be true, false or"),
    ({"settings": {"except": ["learning_rate"]}}, "locked.settings.except: unknown setting 'learning_rate'"),
])
def test_a_broken_locked_is_refused_with_one_line_naming_the_field(tmp_path, locked, says):
    with pytest.raises(LessonError) as caught:
        load_lesson(_lesson(tmp_path, locked))
    text = str(caught.value)
    assert says in text and "locked.json" in text and "\n" not in text


def test_what_a_lock_refuses_and_says():
    locks = Locks(layers=True, dataset=True, settings=True, allowed=("lr", "epochs"))
    assert locks.layers_refusal().startswith("Locked by the lesson: the layers cannot be changed")
    assert locks.settings_refusal(["lr", "epochs"]) is None
    assert locks.settings_refusal(["batch_size", "lr"]) == ("Locked by the lesson: the batch size cannot be changed; "
                                                            "you may change the learning rate and the epochs")
    assert locks.setting_locked("dataset") and not locks.setting_locked("lr")
    assert locks.describe() == ("This lesson locks the layers and the other training settings; you may change the "
                                "learning rate and the epochs.")
    assert Locks(layers=True, dataset=True).describe() == "This lesson locks the layers and the dataset."
    only_data = Locks(dataset=True)
    assert only_data.layers_refusal() is None and only_data.settings_refusal(["epochs", "lr"]) is None
    assert Locks(settings=True).setting_locked("dataset")  # every setting, the dataset too


def test_the_xor_lesson_locks_its_dataset_only():
    assert load_lesson("xor").locks == Locks(dataset=True)
