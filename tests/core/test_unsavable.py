"""What the window holds is always savable, or refused at the door (issue 19, point 5): the design loader refuses NaN,
infinity and lone surrogates anywhere in a design (its training settings included), so a checkpoint's design with
``lr = NaN`` is refused when opened; and save_design never raises a raw ValueError."""
from __future__ import annotations

import json
import math

import pytest
import torch

from netbuilder.core.design.design_io import design_from_dict, design_to_dict, load_design, save_design
from netbuilder.core.errors import DesignError, TrainingError
from netbuilder.core.training import TrainConfig, Trainer, load_checkpoint, save_checkpoint


@pytest.fixture
def xor():
    return design_to_dict(load_design("xor"))


@pytest.mark.parametrize("edit, words", [
    (lambda d: d["training"].setdefault("optimizer", {}).update(lr=float("nan")), "training.optimizer.lr is nan"),
    (lambda d: d["training"].update(epochs=float("inf")), "training.epochs is inf"),
    (lambda d: d.update(expected={"accuracy": -math.inf}), "expected.accuracy is -inf"),
    (lambda d: d.update(name="net \ud800"), "invalid character"),
    (lambda d: d.update(description="about \udfff"), "a text at description holds an invalid character"),
    (lambda d: d["training"].update(note={"x": ["\ud83d"]}), "training.note.x[0] holds an invalid character"),
])
def test_the_loader_refuses_what_could_not_be_saved(xor, edit, words):
    edit(xor)
    with pytest.raises(DesignError) as info:
        design_from_dict(xor, "from.json")
    message = str(info.value)
    assert message.startswith("from.json: ") and words in message and "\n" not in message


def test_a_file_with_a_lone_surrogate_is_refused_by_the_same_rule(xor, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(xor).replace('"XOR"', '"XOR \\ud800"'))  # escaped: valid JSON, invalid text
    with pytest.raises(DesignError, match=r"s\.json: a text at name holds an invalid character"):
        load_design(path)


def test_save_design_refuses_with_one_line_not_a_raw_value_error(xor, tmp_path):
    design = design_from_dict(xor)
    target = tmp_path / "out.json"
    for bad in (float("nan"), float("inf"), "\ud800", {1, 2}):
        design.training["lr"] = bad  # changed after loading, as code in the window could
        with pytest.raises(DesignError) as info:
            save_design(design, target)
        assert str(info.value).startswith(f"{target}: cannot save the design") and "\n" not in str(info.value)
        assert not target.exists() and list(tmp_path.iterdir()) == []  # nothing half-written
    design.training["lr"] = 0.1
    save_design(design, target)
    assert load_design(target).training["lr"] == 0.1


def test_a_checkpoint_whose_design_holds_nan_is_refused_at_open(tmp_path):
    design = load_design("xor")
    design.training["epochs"] = 1
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    path = tmp_path / "good.nbckpt"
    save_checkpoint(path, trainer, trainer.fit())
    assert load_checkpoint(path).design.training["epochs"] == 1
    payload = torch.load(path, weights_only=True)
    payload["design"]["training"].setdefault("optimizer", {})["lr"] = float("nan")
    bad = tmp_path / "nan.nbckpt"
    torch.save(payload, bad)
    with pytest.raises(TrainingError) as info:
        load_checkpoint(bad)
    assert str(info.value).startswith(str(bad)) and "lr is nan" in str(info.value)
