"""Which torch device to train on, from what a user types (``auto``, ``cpu``, ``cuda``, ``cuda:1``)."""
from __future__ import annotations

import re

import torch

from ..errors import TrainingError

_FORMS = "auto, cpu, cuda, or cuda:N (N = 0, 1, ... the GPU number)"


def resolve_device(spec: str | torch.device | None = "auto") -> torch.device:
    """A :class:`torch.device`, or a :class:`TrainingError` that says what is missing and what to type instead."""
    if isinstance(spec, torch.device):
        spec = str(spec)
    text = "auto" if spec is None else str(spec).strip().lower()
    if text == "auto":
        return torch.device("cuda") if torch.cuda.is_available() else torch.device("cpu")
    if text == "cpu":
        return torch.device("cpu")
    match = re.fullmatch(r"cuda(?::(\d+))?", text)
    if not match:
        raise TrainingError(f"unknown device {spec!r}; use {_FORMS}")
    if not torch.cuda.is_available():
        raise TrainingError("CUDA was requested but this machine has no CUDA device (torch reports none). "
                            "Use --device cpu or auto.")
    if match.group(1) is None:
        return torch.device("cuda")
    index, count = int(match.group(1)), torch.cuda.device_count()
    if index >= count:
        have = "1 CUDA device (cuda:0)" if count == 1 else f"{count} CUDA devices (cuda:0 to cuda:{count - 1})"
        raise TrainingError(f"device cuda:{index} does not exist: this machine has {have}")
    return torch.device("cuda", index)
