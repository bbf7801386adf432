"""The plain rules for a number a person types (a whole number or a finite one, within bounds) and the words that
refuse one, at the bottom of the core so that every layer checks numbers alike: the settings schema
(:mod:`netbuilder.core.design.settings`) and the dataset loader (:mod:`netbuilder.core.datasets.loading`), which
checks a spec's ``limit`` and ``validation`` with the bounds its catalog declares, without importing the design
package above it. Imports nothing but the standard library and :func:`netbuilder.core.text.msg` (the exported
script copies these by source, with a plain ``msg``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .text import msg


def number_problem(value: object, low: float | None = None, high: float | None = None,
                   above: bool = False) -> str | None:
    """None when ``value`` is a finite number within [low, high] (above ``low`` with ``above``), else why not."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return msg("must be a number, not {value!r}", value=value)
    if above and value <= low:
        return msg("must be greater than {low:g}; it is {value}", low=low, value=value)
    if low is not None and value < low:
        return msg("must be at least {low:g}; it is {value}", low=low, value=value)
    if high is not None and value > high:
        return msg("must be at most {high:g}; it is {value}", high=high, value=value)
    return None


def whole_problem(value: object, low: int | None = None, high: int | None = None) -> str | None:
    """None when ``value`` is a whole number (an int, or a float without a fraction) within [low, high], else
    why not."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not value.is_integer()):
        return msg("must be a whole number, not {value!r}", value=value)
    value = int(value)
    if low is not None and value < low:
        return msg("must be at least {low}; it is {value}", low=low, value=value)
    if high is not None and value > high:
        return msg("must be at most {high:,}; it is {value:,}", high=high, value=value)
    return None


@dataclass(frozen=True)
class Bounds:
    """What a number may be: ``kind`` ``int`` (whole) or ``float``, within [low, high] (None: unbounded on that
    side; ``above`` makes ``low`` exclusive). Declared once where the fact belongs (a setting's in the schema, a
    dataset option's in the catalog) and read by whoever checks or shows that number."""

    kind: str
    low: float | None = None
    high: float | None = None
    above: bool = False

    def problem(self, value: object) -> str | None:
        """None when ``value`` is within these bounds, else why not, in the words every checker uses."""
        if self.kind == "int":
            return whole_problem(value, self.low, self.high)
        return number_problem(value, self.low, self.high, self.above)

    def cast(self, value: int | float) -> int | float:
        """An accepted ``value`` as this kind holds it (``2.0`` is the whole number 2)."""
        return int(value) if self.kind == "int" else float(value)
