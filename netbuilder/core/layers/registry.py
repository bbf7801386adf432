"""The catalogue's registry: every family module registers its specs here when the package is imported.

Its own module (not the package's __init__) so that the family modules import it without importing the package
they are part of: no import cycle.
"""
from __future__ import annotations

from ..text import msg
from .base import CATEGORIES, LayerSpec
from ..errors import DesignError

REGISTRY: dict[str, LayerSpec] = {}


def register(*specs: LayerSpec) -> None:
    for spec in specs:
        if spec.type in REGISTRY:
            raise ValueError(f"layer type {spec.type} registered twice")
        if spec.category not in CATEGORIES:
            raise ValueError(f"{spec.type}: unknown category {spec.category}")
        REGISTRY[spec.type] = spec


def get_spec(type_name: str) -> LayerSpec:
    try:
        return REGISTRY[type_name]
    except KeyError:
        raise DesignError(msg("unknown layer type '{type_name}'", type_name=type_name)) from None


def by_category() -> dict[str, list[LayerSpec]]:
    """The catalogue grouped as the palette shows it (category order, then name)."""
    groups: dict[str, list[LayerSpec]] = {c: [] for c in CATEGORIES}
    for spec in REGISTRY.values():
        groups[spec.category].append(spec)
    return {c: sorted(v, key=lambda s: s.type) for c, v in groups.items() if v}
