"""Designs, callbacks and a worker thread that the session tests (test_session*.py) share."""
from __future__ import annotations

import threading

import numpy as np
import torch

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.training import Callback
from netbuilder.core.session import TrainingSession
from helpers import chain, wait_until


#: moons without a validation split: 1000 training samples, 10 batches of 100 per epoch
MOONS = dict(dataset={"name": "moons", "validation": 0}, loss="cross_entropy",
             optimizer={"name": "adam", "lr": 0.02}, epochs=2, batch_size=100, seed=0)
PER_EPOCH = 10
ROWS = [[0.0, 0.0], [1.0, -0.5], [-1.0, 0.5], [2.0, 0.25]]


def moons_dict(**training) -> dict:
    """Input [2] -> Linear 16 (n0) -> Tanh (n1) -> Linear 2 (n2) -> Softmax (n3)."""
    return chain((2,), [("Linear", {"out_features": 16}), ("Tanh", None), ("Linear", {"out_features": 2}),
                        ("Softmax", None)], **{**MOONS, **training})


def make_session(design, tmp_path, config=None, **kwargs) -> TrainingSession:
    if isinstance(design, dict):
        design = design_from_dict(design)
    kwargs = {"device": "cpu", "num_threads": 1, "data_dir": tmp_path, **kwargs}
    return TrainingSession(design, config, **kwargs)


def same_state(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def expected_x(first_epoch: int, epochs: int, per_epoch: int = PER_EPOCH) -> np.ndarray:
    """The curve's x values of ``epochs`` whole epochs from ``first_epoch``, computed as the recorder does."""
    return np.array([e - 1 + b / per_epoch for e in range(first_epoch, first_epoch + epochs)
                     for b in range(1, per_epoch + 1)])


class Batches(Callback):
    """Counts batches; ``ran`` is released once per batch so that another thread can wait for them."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []
        self.ran = threading.Semaphore(0)

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.seen.append((epoch, batch))
        self.ran.release()


class FitStart(Callback):
    def __init__(self) -> None:
        self.states: list[dict] = []

    def on_fit_start(self, trainer):
        self.states.append({k: v.detach().clone() for k, v in trainer.model.state_dict().items()})


class Worker:
    """``session.run()`` in a thread; ``finish()`` makes sure it ends (stop, resume) and joins it."""

    def __init__(self, session: TrainingSession, **kwargs) -> None:
        self.session, self.out, self.errors = session, [], []

        def target():
            try:
                self.out.append(session.run(**kwargs))
            except BaseException as exc:  # noqa: BLE001 (run() must never raise: the test checks this list)
                self.errors.append(exc)

        self.thread = threading.Thread(target=target, daemon=True)
        self.thread.start()

    def wait_until(self, condition, what: str, timeout: float = 30.0) -> None:
        if not wait_until(condition, timeout):
            raise AssertionError(f"timed out waiting until {what}")

    def join(self, timeout: float = 60.0):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the run did not end"
        assert self.errors == []
        return self.out[0]

    def finish(self) -> None:
        if self.thread.is_alive():
            self.session.request_stop()
            self.session.resume()
            self.thread.join(60)
        assert not self.thread.is_alive()
