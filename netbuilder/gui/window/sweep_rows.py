"""The Sweep dialog's pure rules (no Qt): what a row says the design's value is now, the lines a sweep is started
with (``name=spec``, as ``netbuilder sweep --param`` takes them) and how a finished trial reads in the list.
What a design offers, the ranges suggested, parsing a line and the schema's bounds are the core's
(:mod:`netbuilder.core.session.sweep_params`).
"""
from __future__ import annotations

from ...core.session.sweep_params import current_value
from ...core.text import msg

NO_SETTING = msg("Check at least one setting to sweep.")
#: how a trial's state reads in the list (messages: the dialog shows them translated)
STATES = {"complete": msg("trained"), "pruned": msg("pruned"), "stopped": msg("stopped"), "failed": msg("failed"),
          "diverged": msg("diverged"), "duplicate": msg("repeat")}


def value_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def now_text(design, name: str) -> str:
    """The row's note: the design's value now (``now 0.05``; the core's ``current_value``), or nothing (a
    message: the dialog shows it translated)."""
    text = value_text(current_value(design, name))
    return msg("now {value}", value=text) if text else ""


def param_lines(rows) -> tuple[list[str], str | None]:
    """The ``name=spec`` lines of the checked rows (``rows``: ``(name, label, checked, spec)``) and the one problem
    that keeps the sweep from starting (nothing checked, a checked row left empty), or None."""
    lines = []
    for name, label, checked, spec in rows:
        if not checked:
            continue
        spec = spec.strip()
        if not spec:
            return [], msg("{label}: write a range (low..high) or choices (a,b,c), or uncheck it.", label=label)
        lines.append(f"{name}={spec}")
    return (lines, None) if lines else ([], NO_SETTING)


def short_label(name: str, label: str | None = None) -> str:
    """How a trial's line names a setting: its row's label, a layer's in two words (``hidden units``,
    ``drop1 dropout``: a message, which the dialog shows translated)."""
    base, _, node_id = name.partition(":")
    if node_id and base == "units":
        return msg("{node} units", node=node_id)
    if node_id and base == "dropout":
        return msg("{node} dropout", node=node_id)
    return label or name


def params_text(params: dict, labels: dict | None = None, say=str) -> str:
    """A trial's settings in one line: ``learning rate 0.0031, batch size 64, hidden units 17``; ``say`` renders
    a label (the dialog's ``tr_text``: a layer's words in the window's language, never English glued on)."""
    labels = labels or {}
    return ", ".join(f"{say(short_label(k, labels.get(k)))} {value_text(v)}" for k, v in params.items())


def state_text(state: str) -> str:
    """How a trial's state reads in the list (a message for a known state)."""
    return STATES.get(state, state)
