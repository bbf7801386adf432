"""The layer catalogue: one :class:`LayerSpec` per layer type, grouped by family.

Importing this package does not import torch.
"""
from __future__ import annotations

from .base import CATEGORIES, LayerSpec, Param, Shape
from .registry import REGISTRY, by_category, get_spec, register

from . import io, dense, activation, merge, reshape  # each family module registers its specs
from . import conv, pool, norm, recurrent, attention
from . import pretrained

__all__ = ["REGISTRY", "LayerSpec", "Param", "Shape", "get_spec", "by_category", "register", "CATEGORIES"]
