"""Rewind: the session's timeline of weight snapshots (epochs, and every few batches for small networks, within a
memory budget), putting the weights back to one, and training on from there as a new run."""
from __future__ import annotations

import copy

import pytest
import torch

from helpers import chain
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.session import TrainingSession
from netbuilder.core.session.timeline import SMALL_PER_EPOCH, Timeline


def xor(tmp_path, epochs: int) -> TrainingSession:
    design = design_from_dict(chain((2,), [("Linear", {"out_features": 8}), ("Tanh", None),
                                           ("Linear", {"out_features": 2}), ("Softmax", None)],
                                    dataset={"name": "moons", "validation": 0.2}, loss="cross_entropy",
                                    optimizer={"name": "adam", "lr": 0.01}, epochs=epochs, batch_size=32, seed=3))
    return TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)


def more(session: TrainingSession, epochs: int) -> None:
    config = copy.deepcopy(session.config)
    config.epochs = epochs
    session.update_settings(config)


def test_a_run_leaves_snapshots_at_its_start_every_epoch_every_few_batches_and_its_end(tmp_path):
    s = xor(tmp_path, 4)
    assert s.run().status == "completed"
    xs = [snap.x for snap in s.timeline.snapshots]
    assert xs[0] == 0.0 and xs[-1] == 4.0 and xs == sorted(xs)
    assert {1.0, 2.0, 3.0, 4.0} <= set(xs)
    per_epoch = s.trainer.batches_per_epoch
    assert len([x for x in xs if 0 < x < 1]) == len(range(max(1, per_epoch // SMALL_PER_EPOCH), per_epoch,
                                                            max(1, per_epoch // SMALL_PER_EPOCH)))
    assert all(torch.equal(s.timeline.snapshots[-1].state[k], v) for k, v in s.state_snapshot().items())
    assert s.timeline.describe().startswith(f"{len(xs)} snapshots, 0.0 MB of 64 MB")


def test_the_memory_budget_thins_the_timeline_but_keeps_its_ends(tmp_path):
    s = xor(tmp_path, 6)
    s.timeline = Timeline(budget_bytes=10 * 1000)  # about 25 snapshots of this network's 400 bytes
    assert s.run().status == "completed"
    xs = [snap.x for snap in s.timeline.snapshots]
    assert s.timeline.nbytes <= 10 * 1000 and xs[0] == 0.0 and xs[-1] == 6.0
    assert len(xs) >= 10 and max(b - a for a, b in zip(xs, xs[1:])) <= 1.0  # still covers the whole run


def test_rewinding_gives_the_weights_of_that_moment_and_training_goes_on_from_there(tmp_path):
    long = xor(tmp_path, 6)
    long.run()
    short = xor(tmp_path, 3)
    short.run()
    index = next(i for i, snap in enumerate(long.timeline.snapshots) if snap.x == 3.0)
    long.rewind(index)
    now = long.state_snapshot()
    for k, v in short.state_snapshot().items():
        assert torch.equal(now[k], v), k  # the same seed, batches and steps: exactly epoch 3's weights
    assert long.probe("grid", resolution=8)["output"].tolist() == short.probe("grid", resolution=8)["output"].tolist()
    more(long, 2)
    record = long.run()
    assert record.status == "completed" and len(long.history) == 5  # 3 kept, 2 new
    assert max(long.curves.points()[0]) == pytest.approx(5.0)
    assert [snap.x for snap in long.timeline.snapshots if snap.x > 3][-1] == 5.0
    assert not any(3.0 < snap.x < 4.0 for snap in long.timeline.snapshots[:index])


def test_rewinding_to_the_present_changes_nothing_and_bad_indices_are_refused(tmp_path):
    s = xor(tmp_path, 2)
    s.run()
    before = s.state_snapshot()
    s.rewind(len(s.timeline) - 1)
    more(s, 1)
    s.run()
    assert len(s.history) == 3 and not all(torch.equal(before[k], v) for k, v in s.state_snapshot().items())
    for bad in (-1, len(s.timeline)):
        with pytest.raises(TrainingError, match="no snapshot"):
            s.rewind(bad)
    s.reset_weights()
    assert len(s.timeline) == 0
