"""Optimizers (fused kernels where this torch has them for the device) and learning-rate schedulers: the
recipe's (:mod:`netbuilder.core.training.recipe`, which the exported script copies), with netbuilder's checks."""
from __future__ import annotations

from ..errors import TrainingError
from ..text import msg
from .recipe import current_lr, fused_supported, make_scheduler
from .recipe import make_optimizer as _make_optimizer

__all__ = ["make_optimizer", "make_scheduler", "current_lr", "fused_supported", "NO_PARAMETERS"]

NO_PARAMETERS = msg("the design has no trainable parameters: add a layer with weights (e.g. Linear)")


def make_optimizer(settings: dict, params):
    """The optimizer and which implementation it uses (``fused`` or ``foreach``)."""
    params = [p for p in params if p.requires_grad]
    if not params:
        raise TrainingError(NO_PARAMETERS)
    return _make_optimizer(settings, params)
