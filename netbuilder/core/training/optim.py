"""Optimizers (fused kernels where this torch has them for the device) and learning-rate schedulers."""
from __future__ import annotations

import inspect

import torch

from ..errors import TrainingError
from ..train_config import higher_is_better

_CLASSES = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
            "rmsprop": torch.optim.RMSprop}


def fused_supported(cls: type, params: list[torch.Tensor]) -> bool:
    """True when ``cls`` takes ``fused=True`` for these parameters: the class has the option, and torch lists
    every parameter's device among those with fused kernels, and they are all floating point."""
    if "fused" not in inspect.signature(cls.__init__).parameters:
        return False
    try:
        from torch.optim.optimizer import _get_fused_kernels_supported_devices
        devices = set(_get_fused_kernels_supported_devices())
    except ImportError:  # older torch: fused is CUDA only
        devices = {"cuda"}
    return bool(params) and all(p.device.type in devices and torch.is_floating_point(p) for p in params)


def make_optimizer(settings: dict, params) -> tuple[torch.optim.Optimizer, str]:
    """The optimizer and which implementation it uses (``fused``, ``foreach`` or ``for-loop``)."""
    name = settings["name"]
    cls = _CLASSES[name]
    params = [p for p in params if p.requires_grad]
    if not params:
        raise TrainingError("the design has no trainable parameters: add a layer with weights (e.g. Linear)")
    kwargs: dict = {"lr": settings["lr"], "weight_decay": settings.get("weight_decay", 0.0)}
    if name in ("sgd", "rmsprop"):
        kwargs["momentum"] = settings.get("momentum", 0.0)
    if fused_supported(cls, params):
        return cls(params, fused=True, **kwargs), "fused"
    if "foreach" in inspect.signature(cls.__init__).parameters:
        return cls(params, foreach=True, **kwargs), "foreach"
    return cls(params, **kwargs), "for-loop"  # pragma: no cover (every optimizer here has foreach)


def make_scheduler(settings: dict | None, optimizer: torch.optim.Optimizer, epochs: int):
    """A per-epoch scheduler, or None. ``plateau`` is stepped with the monitored metric (the Trainer passes exactly
    that metric) and looks for a rise of a score (accuracy, R^2) or a fall of an error (loss, MAE)."""
    if not settings:
        return None
    name = settings["name"]
    if name == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=settings["step_size"], gamma=settings["gamma"])
    if name == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, epochs),
                                                          eta_min=settings.get("eta_min", 0.0))
    mode = "max" if higher_is_better(settings.get("monitor", "val_loss")) else "min"
    return torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode=mode, factor=settings["factor"],
                                                      patience=settings["patience"])


def current_lr(optimizer: torch.optim.Optimizer) -> float:
    lr = optimizer.param_groups[0]["lr"]
    return float(lr)
