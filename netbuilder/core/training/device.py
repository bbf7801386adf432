"""Which torch device to train on, from what a user types (``auto``, ``cpu``, ``cuda``, ``cuda:1``)."""
from __future__ import annotations

import torch

from ..errors import Cause, TrainingError
from ..text import msg
from .recipe import pick_device
from ..design.memory import check_fits, check_weights_fit, estimate
from ..system import available

def resolve_device(spec: str | torch.device | None = "auto") -> torch.device:
    """A :class:`torch.device`, or a :class:`TrainingError` that says what is missing and what to type instead."""
    if isinstance(spec, torch.device):
        spec = str(spec)
    try:
        return pick_device(spec)
    except ValueError as exc:  # the recipe's words, which the exported script says too
        raise TrainingError(exc.args[0] if len(exc.args) == 1 else str(exc), cause=Cause.DEVICE) from None


def available_devices() -> list[dict]:
    """What a device box offers: ``auto``, ``cpu`` and every CUDA device with its name and memory, each as
    ``{"spec", "label", "enabled", "reason"}``. Without CUDA there is one disabled ``cuda`` entry whose
    ``reason`` says why (no CUDA in this torch build, or no device found)."""
    import os
    cores = os.cpu_count() or 1
    have_cuda = torch.cuda.is_available()
    devices = [{"spec": "auto", "label": msg("auto (CUDA on this machine)") if have_cuda else
                msg("auto (CPU on this machine)"),
                "enabled": True, "reason": msg("CUDA when there is a CUDA device, else the CPU")},
               {"spec": "cpu", "label": msg("CPU ({cores} core)", cores=cores) if cores == 1 else
                msg("CPU ({cores} cores)", cores=cores), "enabled": True, "reason": ""}]
    if not have_cuda:
        why = (msg("this PyTorch build has no CUDA support (a CPU-only build)") if torch.version.cuda is None
               else msg("PyTorch finds no CUDA device on this machine (no NVIDIA GPU, or no driver)"))
        devices.append({"spec": "cuda", "label": msg("CUDA (not available)"), "enabled": False, "reason": why})
        return devices
    for index in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(index)
        memory = props.total_memory / 2**30
        devices.append({"spec": f"cuda:{index}", "label": msg("cuda:{index}: {name} ({memory:.0f} GB)", index=index,
                                                               name=props.name, memory=memory),
                        "enabled": True, "reason": ""})
    return devices


def free_memory(device: torch.device) -> int | None:
    """Bytes free on ``device``: the CUDA device's free memory, or the computer's for the CPU (None: unknown)."""
    if device.type == "cuda":
        try:
            return int(torch.cuda.mem_get_info(device)[0])
        except (RuntimeError, AssertionError):
            return None
    return available().free


def device_name(device: torch.device) -> str:
    """Who has the free memory: the CUDA device, or this computer (this process or container, when a limit of
    theirs is what applies: see ``system.available``)."""
    return msg("the CUDA device {device}", device=device) if device.type == "cuda" else available().where


def check_memory(design, report, config, device: torch.device):
    """The memory estimate for training ``design`` with ``config`` on ``device``; a TrainingError naming the
    largest layers when it cannot fit (see :mod:`netbuilder.core.design.memory`)."""
    needed = estimate(design, report, batch_size=config.batch_size, optimizer=config.optimizer["name"],
                      epochs=config.epochs)
    check_fits(needed, free_memory(device), device_name(device), design.name)
    if device.type == "cuda":  # the weights are built in the computer's memory first, then moved
        room = available()
        check_weights_fit(report, room.free, design.name, room.where)
    return needed
