"""The CLI's training progress: text for people, JSON lines for scripts (a public contract)."""
from __future__ import annotations

import json
import sys
import time

from .core.training import Callback


def plain(value):
    """JSON-safe copy of a metric value (floats rounded for reading)."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class JsonReporter(Callback):
    """One JSON object per line: ``{"event": "epoch", ...}`` per epoch, ``{"event": "done", ...}`` at the end."""

    def __init__(self):
        self.started = time.perf_counter()

    def on_train_epoch_end(self, trainer, epoch, metrics):
        print(json.dumps({"event": "epoch", **plain(metrics)}), flush=True)

    def done(self, result, saved):
        event = {"event": "done", "stopped": result.stopped, **plain(result.test)}
        if result.message:
            event["message"] = result.message
        if saved:
            event["checkpoint"] = saved
        event["seconds"] = round(time.perf_counter() - self.started, 3)
        print(json.dumps(event), flush=True)


class TextReporter(Callback):
    """One line per epoch for people, plus a live batch counter when stderr is a terminal."""

    def __init__(self, name: str):
        self.name = name
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def on_fit_start(self, trainer):
        ds = trainer.dataset
        print(f"training {self.name} on {ds.name} ({len(ds.x_train):,} samples) with {trainer.device}, "
              f"{trainer.config.epochs} epochs", flush=True)

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        now = time.perf_counter()
        if self.tty and now - self.last > 0.2:
            self.last = now
            print(f"\r  epoch {epoch}  batch {batch + 1}", end="", file=sys.stderr, flush=True)

    def on_train_epoch_end(self, trainer, epoch, metrics):
        if self.tty:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
        keys = [k for k in ("loss", "accuracy", "mae", "val_loss", "val_accuracy", "val_mae") if k in metrics]
        parts = [f"{k} {metrics[k]:.4f}" for k in keys if metrics[k] is not None]
        print(f"epoch {epoch}/{trainer.config.epochs}  " + "  ".join(parts) + f"  ({metrics['seconds']:.1f}s)",
              flush=True)

    def done(self, result, saved):
        if result.stopped == "stopped":
            print("stopped early by request")
        elif result.stopped == "early_stopping":
            print("stopped early: the monitored metric stopped improving (best weights kept)")
        test = result.test or {}
        parts = [f"{k} {v:.4f}" for k, v in test.items() if isinstance(v, float)]
        if parts:
            print("test: " + "  ".join(parts))
        if saved:
            print(f"saved {saved}")
