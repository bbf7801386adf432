"""The CLI's training progress: text for people, JSON lines for scripts (a public contract)."""
from __future__ import annotations

import json
import math
import sys
import time

from tqdm import tqdm

from .core.training import Callback


def plain(value):
    """JSON-safe copy of a metric value: floats rounded for reading, NaN and infinities as null (JSON has
    neither)."""
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class JsonReporter(Callback):
    """One JSON object per line: ``{"event": "epoch", ...}`` per epoch, ``{"event": "done", ...}`` at the end."""

    def __init__(self):
        self.started = time.perf_counter()
        self.test_is_train = False

    def on_fit_start(self, trainer):
        self.test_is_train = trainer.dataset.test_is_train()

    def on_train_epoch_end(self, trainer, epoch, metrics):
        print(json.dumps({"event": "epoch", **plain(metrics)}), flush=True)

    def done(self, result, saved):
        event = {"event": "done", "stopped": result.stopped, "test_is_train": self.test_is_train,
                 **plain(result.test)}
        if result.message:
            event["message"] = result.message
        if saved:
            event["checkpoint"] = saved
        event["seconds"] = round(time.perf_counter() - self.started, 3)
        print(json.dumps(event), flush=True)


class _Bar(tqdm):
    """tqdm without its monitor thread: the reporter draws from the training thread alone, and a run leaves no
    thread behind."""

    monitor_interval = 0


class TextReporter(Callback):
    """For people: about ``LINES`` epoch lines (the first, every k-th with k = ceil(epochs / LINES), the last, and
    the last one that ran when a run stops early), with a one-line tqdm bar over the run on stderr between them
    when stderr is a terminal. Scores measured on the training points (the tiny sets) are called that, not test
    scores."""

    LINES = 20
    STEPS = 1000  # the bar's resolution: the run's fraction done, in thousandths
    REFRESH = 0.25  # seconds between progress bar updates (reading the loss waits for the device)

    def __init__(self, name: str):
        self.name = name
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.bar: _Bar | None = None  # while one is drawn
        self.every = 1
        self.first = 0  # epochs the trainer had recorded before this run
        self.epochs = 0
        self.batches = 1
        self.pending: dict | None = None  # the last epoch's metrics while not printed
        self.test_is_train = False

    def on_fit_start(self, trainer):
        ds, cfg = trainer.dataset, trainer.config
        self.epochs, self.first = cfg.epochs, len(trainer.history)
        self.every = max(1, math.ceil(cfg.epochs / self.LINES))
        self.batches = max(1, math.ceil(len(ds.x_train) / cfg.batch_size))
        self.test_is_train = ds.test_is_train()
        print(f"training {self.name} on {ds.name} ({len(ds.x_train):,} samples) with {trainer.device}, "
              f"{cfg.epochs} epochs", flush=True)
        if ds.same_as_train("val"):
            print("the val_ scores are measured on the training points (this dataset has no separate validation "
                  "set)", flush=True)

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        now = time.perf_counter()
        if self.tty and now - self.last > self.REFRESH:
            self.last = now
            self._bar(epoch, (epoch - self.first - 1 + batch / self.batches) / max(1, self.epochs), float(loss))

    def on_train_epoch_end(self, trainer, epoch, metrics):
        n = epoch - self.first
        if n == 1 or n >= self.epochs or n % self.every == 0:
            self._print_epoch(metrics)
        else:
            self.pending = metrics
            now = time.perf_counter()
            if self.tty and now - self.last > self.REFRESH:
                self.last = now
                self._bar(epoch, n / max(1, self.epochs), metrics.get("loss"))

    def on_exception(self, trainer, exc):
        self._clear_bar()

    def done(self, result, saved):
        if self.pending is not None:  # the run stopped early on an epoch that was not printed
            self._print_epoch(self.pending)
        self._clear_bar()
        if result.stopped == "stopped":
            print("stopped early by request")
        elif result.stopped == "early_stopping":
            print("stopped early: the monitored metric stopped improving (best weights kept)")
        test = result.test or {}
        if self.test_is_train:
            parts = [f"{k.removeprefix('test_')} {v:.4f}" for k, v in test.items() if isinstance(v, float)]
            if parts:
                print("scores on the training points (this dataset has no separate test set): " + "  ".join(parts))
        else:
            parts = [f"{k} {v:.4f}" for k, v in test.items() if isinstance(v, float)]
            if parts:
                print("test: " + "  ".join(parts))
        if saved:
            print(f"saved {saved}")

    def _print_epoch(self, metrics: dict) -> None:
        self._clear_bar()
        self.pending = None
        keys = [k for k in ("loss", "accuracy", "mae", "val_loss", "val_accuracy", "val_mae") if k in metrics]
        parts = [f"{k} {metrics[k]:.4f}" for k in keys if metrics[k] is not None]
        print(f"epoch {metrics['epoch']}/{self.epochs}  " + "  ".join(parts) + f"  ({metrics['seconds']:.1f}s)",
              flush=True)

    def _bar(self, epoch: int, fraction: float, loss) -> None:
        text = f"epoch {epoch}/{self.epochs}" + (f"  loss {loss:.4f}" if isinstance(loss, float) else "")
        steps = min(self.STEPS, max(0, int(fraction * self.STEPS)))
        if self.bar is None:  # drawn at once
            self.bar = _Bar(total=self.STEPS, initial=steps, desc=text, file=sys.stderr, leave=False, ascii="-#",
                            bar_format="  [{bar:20}]  {desc}")
            return
        self.bar.n = steps
        self.bar.set_description_str(text)  # and redrawn

    def _clear_bar(self) -> None:
        if self.bar is not None:
            self.bar.close()  # leave=False: the line is cleared
            self.bar = None
