"""Errors a user can act on. Their message is shown as is (CLI: ``error: ...``, GUI: a dialog); their ``cause``
(a :class:`Cause`, set where the error is raised) says what kind of failure it is, so that what to try next
(:func:`failure_advice`) is picked from the cause and never guessed from the message's words."""
from __future__ import annotations

import sys
from enum import Enum

from .text import Text, msg


class Cause(str, Enum):
    """Why something failed, as the place that raises knows it. A ``str`` enum: it crosses threads and signals as
    a plain value, and ``Cause("device")`` reads one back."""

    OUT_OF_MEMORY = "out_of_memory"  # the device (or this computer) ran out of memory
    DEVICE = "device"                # the device asked for is missing (no CUDA) or not a device
    DATA_MISSING = "data_missing"    # a dataset, file or folder that is not there (or could not be downloaded)
    DATA_INVALID = "data_invalid"    # data that is there but cannot be used as it is (a bad row, image or option)
    DESIGN = "design"                # the design has problems (a graph error, a file that does not load)
    SHAPE = "shape"                  # a layer gets an input shape it cannot take
    SETTINGS = "settings"            # a training setting out of its bounds
    LAYER_CRASH = "layer_crash"      # a layer failed while the network ran (torch raised)
    UNKNOWN = "unknown"              # none of these


#: what to try after a failure, one sentence per cause (``failure_advice``); every cause has one
ADVICE: dict[Cause, str] = {
    Cause.OUT_OF_MEMORY: msg("Lower the batch size, or make the largest layers smaller, and train again."),
    Cause.DEVICE: msg("Choose CPU (or auto) in the device box and train again."),
    Cause.DATA_MISSING: msg("Follow the message to make the data available, then train again."),
    Cause.DATA_INVALID: msg("Fix the data or the dataset setting the message names, then train again. Your design "
                            "and the weights of earlier runs are unchanged."),
    Cause.DESIGN: msg("Fix the design's problem the message names (the Problems list shows it too), then train "
                      "again."),
    Cause.SHAPE: msg("Change the layer the message names, or the one before it, so that the shapes fit, and train "
                     "again. Your design and the weights of earlier runs are unchanged."),
    Cause.SETTINGS: msg("Change the setting the message names and train again."),
    Cause.LAYER_CRASH: msg("Check the layer or setting the message names, change it and train again. Your design "
                           "and the weights of earlier runs are unchanged."),
    Cause.UNKNOWN: msg("Check the layer or setting the message names, change it and train again. Your design and "
                       "the weights of earlier runs are unchanged."),
}


def failure_advice(cause: Cause | str | None) -> str:
    """What to try after a failed run or job, in a sentence, for the failure's cause (None or a value this
    version does not know: the general advice)."""
    try:
        return ADVICE[Cause(cause)]
    except ValueError:
        return ADVICE[Cause.UNKNOWN]


class NetbuilderError(Exception):
    """Base of every error caused by user input, not by a bug. ``cause``: what kind of failure (the class's
    ``default_cause`` unless the raiser knows better, e.g. ``DataError(..., cause=Cause.DATA_MISSING)``)."""

    default_cause = Cause.UNKNOWN

    def __init__(self, *args, cause: Cause | None = None):
        super().__init__(*args)
        self.cause = Cause(cause) if cause is not None else self.default_cause


class DesignError(NetbuilderError):
    """A design file or dict that cannot be loaded."""

    default_cause = Cause.DESIGN


class ShapeError(NetbuilderError):
    """A layer gets an input shape it cannot take."""

    default_cause = Cause.SHAPE


class GraphError(NetbuilderError):
    """An edit that would break the graph (cycle, taken port, unknown node)."""

    default_cause = Cause.DESIGN


class DataError(NetbuilderError):
    """A dataset that cannot be found, read or parsed."""

    default_cause = Cause.DATA_INVALID


class TrainingError(NetbuilderError):
    """Bad training settings, a missing device, or a run that diverged."""

    default_cause = Cause.SETTINGS


def cause_of(exc: BaseException) -> Cause:
    """The cause of any exception: a netbuilder error's own; torch's out-of-memory error (checked by type, and
    only when torch is loaded: this module stays torch-free); else a layer that crashed."""
    if isinstance(exc, NetbuilderError):
        return exc.cause
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(exc, getattr(torch, "OutOfMemoryError", ())):
        return Cause.OUT_OF_MEMORY
    if isinstance(exc, MemoryError):
        return Cause.OUT_OF_MEMORY
    return Cause.LAYER_CRASH


def message(exc: BaseException):
    """An exception's message, kept as the :class:`~netbuilder.core.text.Text` it was raised with (so that the window
    can show it translated, also as a value of another message); else its ``str``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)


def one_line(value, limit=200, first_paragraph=False):
    """An exception (or a text) for a one-line message: whitespace runs as one space, cut to ``limit`` characters;
    an exception without a message gives its type's name, and one whose message cannot be made (its ``__str__``
    raises, or returns what is not a text) says so. ``first_paragraph``: only the text before the first blank line
    (torch.fx appends "While executing ...")."""
    try:
        text = str(value)
    except Exception:  # noqa: BLE001 - the message of someone else's exception, whatever its __str__ does
        text = f"{type(value).__name__} (its message cannot be shown)"
    if first_paragraph:
        text = text.strip().split("\n\n")[0]
    text = " ".join(text.split()) or (type(value).__name__ if isinstance(value, BaseException) else "")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def quote(value, limit: int = 40) -> str:
    """A value from a file, quoted for a one-line message: control and invalid characters escaped, long texts cut
    (``'abc'``, ``'a\\nb'``, ``'xxxx…' (10,000 characters)``)."""
    text = value if isinstance(value, str) else repr(value)
    shown = text[:limit].encode("utf-8", "backslashreplace").decode("utf-8")
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in shown)
    more = f"… ({len(text):,} characters)" if len(text) > limit else ""
    return f"'{shown}{more}'" if isinstance(value, str) else f"{shown}{more}"
