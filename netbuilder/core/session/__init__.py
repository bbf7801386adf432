"""The one door the GUI goes through: a :class:`TrainingSession` holds one person's runs on a copy of a design and
answers what a window asks (has it weights, its sample shape and splits, a probe, a prediction, a checkpoint, an
ONNX file), so that nothing outside the core reaches into the trainer behind it.

Importing the package imports no torch: its names load on first use.
"""
from __future__ import annotations

import importlib

_WHERE = {"TrainingSession": "session", "RunRecord": "runs", "describe": "runs"}

__all__ = ["TrainingSession", "RunRecord", "describe"]


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
