"""Controlling a run from any thread while ``Trainer.fit()`` runs in another: stop, pause, resume, step one
batch, change the learning rate, slow motion (a delay after each batch). Each is a flag or a value the training
loop reads between batches; nothing here blocks the caller or touches the model's tensors."""
from __future__ import annotations

import threading
import time
from functools import partial

from ..design.train_config import check_delay, check_lr
from .callbacks import overriding


class RunControls:
    """Mixed into :class:`~netbuilder.core.training.trainer.Trainer`, which calls ``_init_controls()`` and hands
    itself (``interrupted``, ``pause_point``) and ``after_batch`` to the epoch loop as its hooks."""

    def _init_controls(self) -> None:
        #: seconds spent paused in the current or last ``fit()`` (for rates and time-left estimates)
        self.paused_seconds = 0.0
        self._pending_lr: float | None = None
        self._stop, self._paused, self._wake = (threading.Event() for _ in range(3))
        #: set while the run is waiting, paused, between two batches: the model is not in use then
        self.waiting = threading.Event()
        self._steps = 0  # Step presses not yet trained (each is one batch)
        #: slow motion: seconds to wait after each batch (0: full speed)
        self.delay = 0.0
        self._steps_lock = threading.Lock()

    def request_stop(self) -> None:
        """Finish the current batch, then end the run (``stopped="stopped"``)."""
        self._stop.set()
        self._wake.set()

    def pause(self) -> None:
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()
        self._wake.set()

    def step_once(self) -> None:
        """While paused: run exactly one batch, then pause again. Does nothing when not paused."""
        if self._paused.is_set():
            with self._steps_lock:
                self._steps += 1
            self._wake.set()

    def wake(self) -> None:
        """Cut a paused run's wait short: its callbacks' ``on_wait`` run at once (a request to serve)."""
        self._wake.set()

    def set_lr(self, lr: float) -> None:
        """Use learning rate ``lr`` from the next batch on (any thread; also between runs). The run's settings
        record it, so a checkpoint and a later run see the rate in force."""
        lr = check_lr(lr)
        self.config.optimizer["lr"] = lr  # a reset or a new optimizer before the next batch uses it too
        self._pending_lr = lr

    def set_delay(self, seconds: float) -> None:
        """Wait ``seconds`` (0 to MAX_DELAY) after each batch from the next one on, so that a class can watch a
        tiny network learn; a stop or a pause cuts the wait short."""
        self.delay = check_delay(seconds)
        self._wake.set()  # a wait going on looks at the new delay at once

    # the epoch loop's hooks (see loop.train_epoch): read once per epoch --------------------------------------
    def interrupted(self) -> bool:
        """Something was asked for between batches: a stop, a pause, a new learning rate."""
        return self._stop.is_set() or self._paused.is_set() or self._pending_lr is not None

    def pause_point(self) -> bool:
        """Between two batches: wait while paused (a Step lets one batch through), then apply a new learning
        rate; True to end the epoch here (a stop)."""
        if self._stop.is_set() or self._paused.is_set():
            self._wait_while_paused()
            if self._stop.is_set():
                return True
        if self._pending_lr is not None:
            self._apply_pending_lr()
        return False

    @property
    def after_batch(self) -> list:
        """What runs after each step: the callbacks that override ``on_train_batch_end`` (no no-ops), then the
        slow-motion wait, which looks at ``delay`` after every batch so that a change applies at once."""
        return [partial(hook, self) for hook in overriding(self.callbacks, "on_train_batch_end")] + [self._slow_motion]

    def _slow_motion(self, epoch: int, batch: int, loss) -> None:
        if self.delay:
            self._slow_down()

    def _slow_down(self) -> None:
        """The slow-motion wait after a batch: ``delay`` seconds (as it is now, so that a change applies to the
        wait going on), cut short by a stop or a pause."""
        began = time.perf_counter()
        while not self._stop.is_set() and not self._paused.is_set():
            left = began + self.delay - time.perf_counter()
            if left <= 0:
                return
            self._wake.wait(min(left, 0.05))
            self._wake.clear()

    def _apply_pending_lr(self) -> None:
        lr, self._pending_lr = self._pending_lr, None
        if lr is None:
            return
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        if self.scheduler is not None and hasattr(self.scheduler, "base_lrs"):
            self.scheduler.base_lrs = [lr for _ in self.scheduler.base_lrs]
        self.config.optimizer["lr"] = lr

    def clear_requests(self) -> None:
        """Forget a stop, pause or step asked for after the last run ended (before starting the next one)."""
        for flag in (self._stop, self._paused, self._wake):
            flag.clear()
        with self._steps_lock:
            self._steps = 0

    @property
    def steps_pending(self) -> int:
        """Step presses not yet trained (each is one batch)."""
        with self._steps_lock:
            return self._steps

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    def _wait_while_paused(self) -> None:
        if self._paused.is_set():
            for hook in overriding(self.callbacks, "on_pause"):
                hook(self)
        waits = overriding(self.callbacks, "on_wait")
        began = time.perf_counter()
        self.waiting.set()
        try:
            while self._paused.is_set() and not self._stop.is_set():
                self._wake.clear()
                with self._steps_lock:
                    if self._steps:
                        self._steps -= 1
                        return
                if not self._paused.is_set() or self._stop.is_set():
                    return
                for hook in waits:  # the model is free: the training thread's callbacks may use it now
                    hook(self)
                self._wake.wait(0.1)
        finally:
            self.waiting.clear()
            self.paused_seconds += time.perf_counter() - began
