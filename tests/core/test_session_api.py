"""What a TrainingSession tells its callers instead of its trainer (issue 20, point 4): the facts the window asks,
the weights as a checkpoint (payload copied in the model's thread, written anywhere) and as an ONNX-ready CPU copy.
Generated moons only."""
from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from netbuilder.core.session import TrainingSession
from netbuilder.core.training import load_checkpoint
from netbuilder.core.training.checkpoint import write_checkpoint
from session_helpers import ROWS, make_session, moons_dict, same_state


def test_facts_before_and_after_the_data_is_loaded(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    assert not session.has_weights and session.sample_shape is None and session.input_dims is None
    assert session.split_sizes == {} and session.network_layers() == [] and session.weight_values == 0
    session.prepare()
    assert session.has_weights and session.sample_shape == (2,) and session.input_dims == 2
    assert session.split_sizes["train"] == 1000 and "val" not in session.split_sizes
    assert session.class_names is None or len(session.class_names) == 2
    assert session.output_id == "n3"
    assert [node for node, _type in session.network_layers()][:2] == ["x", "n0"]
    assert session.weight_values == sum(v.numel() for v in session.state_snapshot().values())


def test_a_payload_taken_here_is_written_in_another_thread_like_save_checkpoint(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.run()
    payload = session.checkpoint_payload()  # CPU copies: training on does not change them
    before = {k: v.clone() for k, v in payload["state_dict"].items()}
    session.run()
    assert same_state(payload["state_dict"], before)
    writer = threading.Thread(target=write_checkpoint, args=(tmp_path / "a.ckpt", payload))
    writer.start()
    writer.join()
    session.save_checkpoint(tmp_path / "b.ckpt")
    a, b = load_checkpoint(tmp_path / "a.ckpt"), load_checkpoint(tmp_path / "b.ckpt")
    assert len(a.history) == 1 and len(b.history) == 2
    assert same_state(a.model.state_dict(), before) and same_state(b.model.state_dict(), session.state_snapshot())


def test_as_checkpoint_is_a_cpu_copy_that_predicts_as_the_session_does(tmp_path):
    session = make_session(moons_dict(epochs=2), tmp_path)
    with pytest.raises(Exception, match="no trained weights"):
        session.as_checkpoint()
    session.run()
    copy = session.as_checkpoint()
    assert copy.model is not session.trainer.model and copy.input_shape == (2,) and copy.task == "classification"
    np.testing.assert_allclose(copy.predict(ROWS), session.predict(ROWS), atol=1e-6)
    session.save_checkpoint(tmp_path / "m.ckpt")  # opened from a file: the same facts, no data loaded
    opened = TrainingSession.from_checkpoint(load_checkpoint(tmp_path / "m.ckpt"), device="cpu", data_dir=tmp_path)
    assert opened.has_weights and not opened.prepared and opened.sample_shape == (2,) and opened.output_id == "n3"
    np.testing.assert_allclose(opened.as_checkpoint().predict(ROWS), session.predict(ROWS), atol=1e-6)
    assert opened.weight_values == session.weight_values


def test_trainer_new_optimizer_is_public_and_forgets_the_moments(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.run()
    trainer = session.trainer
    assert trainer.optimizer.state  # adam's moments after a run
    trainer.new_optimizer()
    assert not trainer.optimizer.state
    assert isinstance(next(iter(trainer.model.parameters())), torch.nn.Parameter)
