"""Rewind: snapshots of the weights kept while a session trains, so that the panels can show the network as it was
at any moment of its runs, and training can go on from there.

:class:`Timeline` is a callback: it copies the weights (detached CPU copies) at the start of each run, after every
epoch and at the run's end, and also every few batches for small networks (whose state is at most ``SMALL_BYTES``:
``SMALL_PER_EPOCH`` snapshots an epoch, so that a few epochs of XOR still make a timeline). All of it within a
memory budget (``BUDGET_BYTES`` by default): when a new snapshot would pass it, every other snapshot is dropped
(never the first or the last), so the timeline keeps covering the whole session, more coarsely. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

from ..training.callbacks import Callback
from ..text import msg

# one truth with the memory estimate, which counts the snapshots
from ..design.memory import SMALL_PER_EPOCH, SMALL_WEIGHTS as SMALL_BYTES, SNAPSHOT_BUDGET as BUDGET_BYTES


@dataclass
class Snapshot:
    x: float       # where on the session's epoch axis (epoch e's batch b of n: e - 1 + b / n)
    epochs: int    # the epochs completed at that point
    state: dict    # detached CPU copies of the model's state_dict

    @property
    def nbytes(self) -> int:
        return sum(t.numel() * t.element_size() for t in self.state.values())


def copy_state(model: torch.nn.Module) -> dict:
    return {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}


class Timeline(Callback):
    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self.budget = int(budget_bytes)
        self.snapshots: list[Snapshot] = []
        self._per_epoch = 1
        self._every = 0

    @property
    def nbytes(self) -> int:
        return sum(s.nbytes for s in self.snapshots)

    def __len__(self) -> int:
        return len(self.snapshots)

    def describe(self) -> str:
        """"12 snapshots, 0.4 MB of 64 MB": what the timeline holds and its budget, for the panel."""
        values = {"count": len(self.snapshots), "used": self.nbytes / 2**20, "budget": self.budget / 2**20}
        if len(self.snapshots) == 1:
            return msg("{count} snapshot, {used:.1f} MB of {budget:.0f} MB", **values)
        return msg("{count} snapshots, {used:.1f} MB of {budget:.0f} MB", **values)

    # recording (the training thread) ----------------------------------------------------------------------------
    def on_fit_start(self, trainer) -> None:
        self._per_epoch = max(1, trainer.batches_per_epoch)
        state_bytes = sum(p.numel() * p.element_size() for p in trainer.model.state_dict().values())
        self._every = max(1, self._per_epoch // SMALL_PER_EPOCH) if state_bytes <= SMALL_BYTES else 0
        done = len(trainer.history)
        self.add(float(done), done, trainer.model)  # the weights the run starts from

    def on_train_batch_end(self, trainer, epoch, batch, loss) -> None:
        if self._every and batch % self._every == 0 and batch < self._per_epoch:
            self.add(epoch - 1 + batch / self._per_epoch, epoch - 1, trainer.model)

    def on_train_epoch_end(self, trainer, epoch, metrics) -> None:
        self.add(float(epoch), epoch, trainer.model)

    def on_fit_end(self, trainer, result) -> None:
        # the weights the run ends with (early stopping may have put back an earlier epoch's)
        done = len(trainer.history)
        self.add(float(done), done, trainer.model, replace=True)

    def add(self, x: float, epochs: int, model, replace: bool = False) -> None:
        snapshot = Snapshot(float(x), int(epochs), copy_state(model))
        if self.snapshots and abs(self.snapshots[-1].x - snapshot.x) < 1e-9:
            if not replace:
                return
            self.snapshots[-1] = snapshot
        else:
            self.snapshots.append(snapshot)
        while self.nbytes > self.budget and len(self.snapshots) > 2:
            middle = self.snapshots[1:-1]
            self.snapshots = [self.snapshots[0], *middle[1::2], self.snapshots[-1]]

    # between runs -----------------------------------------------------------------------------------------------
    def truncate(self, x: float) -> None:
        """Forget what came after ``x`` (training goes on from an earlier point)."""
        self.snapshots = [s for s in self.snapshots if s.x <= x + 1e-9]

    def clear(self) -> None:
        self.snapshots = []
