"""Opening a tampered checkpoint in the window (issue 19, point 2): the loader checks it whole before anything on
screen changes, so a refusal is one error line naming the file and the design and weights stay as they were."""
from __future__ import annotations

import torch

from hostile_checkpoints import (NUMBER_CASES, WHOLE_CASES, claims_inflating_to, encrypted, rezipped,
                                 stride_zero_curves, tampered)
from netbuilder.core.design.design_io import design_to_dict
from netbuilder.core.errors import TrainingError


def _shown(window) -> tuple:
    """What the window holds: the design, the session and its weights, the epochs on the curves."""
    session = window.training.session
    weights = {k: v.clone() for k, v in session.checkpoint.model.state_dict().items()}
    return design_to_dict(window.document.design), session, weights, len(session.history)


def _unchanged(window, before) -> None:
    design, session, weights, epochs = before
    assert design_to_dict(window.document.design) == design
    assert window.training.session is session and len(session.history) == epochs
    now = session.checkpoint.model.state_dict()
    assert now.keys() == weights.keys() and all(torch.equal(now[k], weights[k]) for k in weights)


def test_a_refused_checkpoint_leaves_the_design_and_weights_as_they_were(window, tmp_path, monkeypatch):
    from netbuilder.cli import main
    good = tmp_path / "xor.nbckpt"
    assert main(["train", "xor", "--epochs", "2", "--save", str(good)]) == 0
    # the design on screen first: xor's checkpoint, renamed, so that a replaced design would show
    renamed = tampered(good, tmp_path / "mine.nbckpt", lambda p: p["design"].update(name="mine"))
    assert window.open_design(renamed) and window.errors == []
    before = _shown(window)
    assert before[0]["name"] == "mine" and before[3] == 2

    cases = {name: tampered(good, tmp_path / f"case{i}.nbckpt", edit)
             for i, (name, (edit, _)) in enumerate({**NUMBER_CASES, **WHOLE_CASES}.items())}
    cases.update({"deflated": rezipped(good, tmp_path / "deflated.nbckpt"),
                  "inflates to 4 GB": claims_inflating_to(good, tmp_path / "bomb.nbckpt", 4_000_000_000),
                  "encrypted": encrypted(good, tmp_path / "locked.nbckpt"),
                  "20 GB curve": stride_zero_curves(good, tmp_path / "curve.nbckpt")})
    for name, path in cases.items():
        window.errors.clear()
        assert window.open_design(path) is False, name
        assert len(window.errors) == 1, (name, window.errors)
        message = window.errors[0][1]
        assert message.startswith(f"{path}: ") and "\n" not in message, (name, message)
        _unchanged(window, before)

    # a checkpoint the loader accepts but whose session cannot be built: the canvas was not replaced first
    def fails(*args, **kwargs):
        raise TrainingError(f"{good}: no session")
    monkeypatch.setattr("netbuilder.core.session.session.TrainingSession.from_checkpoint", fails)
    window.errors.clear()
    assert window.open_design(good) is False and window.errors[0][1] == f"{good}: no session"
    _unchanged(window, before)
    monkeypatch.undo()
    window.errors.clear()
    assert window.open_design(good) and window.errors == []  # and the good file opens
    assert design_to_dict(window.document.design)["name"] == "XOR"
