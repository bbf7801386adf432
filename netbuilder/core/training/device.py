"""Which torch device to train on, from what a user types (``auto``, ``cpu``, ``cuda``, ``cuda:1``)."""
from __future__ import annotations

import re

import torch

from ..errors import TrainingError
from ..memory import check_fits, check_weights_fit, estimate, free_ram

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


def available_devices() -> list[dict]:
    """What a device box offers: ``auto``, ``cpu`` and every CUDA device with its name and memory, each as
    ``{"spec", "label", "enabled", "reason"}``. Without CUDA there is one disabled ``cuda`` entry whose
    ``reason`` says why (no CUDA in this torch build, or no device found)."""
    import os
    cores = os.cpu_count() or 1
    have_cuda = torch.cuda.is_available()
    devices = [{"spec": "auto", "label": f"auto ({'CUDA' if have_cuda else 'CPU'} on this machine)",
                "enabled": True, "reason": "CUDA when there is a CUDA device, else the CPU"},
               {"spec": "cpu", "label": f"CPU ({cores} core{'s' * (cores != 1)})", "enabled": True, "reason": ""}]
    if not have_cuda:
        why = ("this PyTorch build has no CUDA support (a CPU-only build)" if torch.version.cuda is None
               else "PyTorch finds no CUDA device on this machine (no NVIDIA GPU, or no driver)")
        devices.append({"spec": "cuda", "label": "CUDA (not available)", "enabled": False, "reason": why})
        return devices
    for index in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(index)
        memory = props.total_memory / 2**30
        devices.append({"spec": f"cuda:{index}", "label": f"cuda:{index}: {props.name} ({memory:.0f} GB)",
                        "enabled": True, "reason": ""})
    return devices


def free_memory(device: torch.device) -> int | None:
    """Bytes free on ``device``: the CUDA device's free memory, or the computer's for the CPU (None: unknown)."""
    if device.type == "cuda":
        try:
            return int(torch.cuda.mem_get_info(device)[0])
        except (RuntimeError, AssertionError):
            return None
    return free_ram()


def device_name(device: torch.device) -> str:
    return f"the CUDA device {device}" if device.type == "cuda" else "this computer"


def check_memory(design, report, config, device: torch.device):
    """The memory estimate for training ``design`` with ``config`` on ``device``; a TrainingError naming the
    largest layers when it cannot fit (see :mod:`netbuilder.core.memory`)."""
    needed = estimate(design, report, batch_size=config.batch_size, optimizer=config.optimizer["name"])
    check_fits(needed, free_memory(device), device_name(device), design.name)
    if device.type == "cuda":  # the weights are built in the computer's memory first, then moved
        check_weights_fit(report, free_ram(), design.name)
    return needed
