"""How the panels read a network's output for one input: class probabilities (a Softmax at the end, or a loss
that folds one in: ``forward()`` gives probabilities then), one yes/no probability, or plain values. The predict
panel and the activations panel both use :func:`read_output`, so that they never disagree about a prediction."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.i18n import number, tr


@dataclass(frozen=True)
class Reading:
    kind: str            # "probabilities", "probability" (one yes/no output) or "values"
    values: np.ndarray   # the output, flat
    top: int | None      # the predicted class ("probabilities" only)
    text: str            # one line for people


def class_name(names: list[str] | None, index: int) -> str:
    return names[index] if names and 0 <= index < len(names) else str(index)


def read_output(output, class_names: list[str] | None = None) -> Reading:
    values = np.asarray(output, dtype=np.float64).ravel()
    if values.size > 1 and np.all(values >= 0) and abs(values.sum() - 1) < 1e-3:
        top = int(values.argmax())
        return Reading("probabilities", values, top,
                       tr("prediction: {name} ({p:.2f})", name=class_name(class_names, top), p=values[top]))
    if values.size == 1 and 0 <= values[0] <= 1 and class_names:
        return Reading("probability", values, None,
                       tr("probability of {name}: {p:.3f}", name=class_names[-1], p=values[0]))
    sep = ", " if number(0.5, ".1f") == "0.5" else "; "  # a decimal comma: the values apart by semicolons
    shown = sep.join(number(float(v), ".4g") for v in values[:10]) + (" …" if values.size > 10 else "")
    text = tr("output: {values}", values=shown)
    return Reading("values", values, None, text)
