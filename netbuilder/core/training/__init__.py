"""Training, Qt-free: the loop, its settings, callbacks, metrics, checkpoints and device choice.

``Trainer.fit()`` is synchronous and calls its callbacks in the calling thread; the CLI calls it directly and the
GUI from a worker thread (ARCHITECTURE.md, threading contract).

Importing the package imports no torch: its names load on first use, so that its torch-free modules (the probe
kinds, the recipe's plain rules) can be imported before torch, as the window does at startup.
"""
from __future__ import annotations

import importlib

_WHERE = {"Callback": "callbacks", "History": "callbacks", "Checkpoint": "checkpoint",
          "load_checkpoint": "checkpoint", "save_checkpoint": "checkpoint", "resolve_device": "device",
          "FitResult": "trainer", "Trainer": "trainer"}

__all__ = ["Trainer", "TrainConfig", "Callback", "History", "FitResult", "resolve_device", "save_checkpoint",
           "load_checkpoint", "Checkpoint"]


def __getattr__(name: str):
    if name == "TrainConfig":
        from ..design.train_config import TrainConfig
        return TrainConfig
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
