"""Between a layer's parameter schema and pyqtgraph's ParameterTree: option dicts, text parsing and formatting.

Size and shape parameters are edited as text ("3", "3, 5", "3x5" or "[1, 28, 28]"); nullable parameters take
an empty text to mean None. Parsing never raises: it returns ``(value, None)`` or ``(None, reason)``.
"""
from __future__ import annotations

import math
import re
from typing import Any

from pyqtgraph.parametertree import Parameter
from pyqtgraph.parametertree.parameterTypes import TextParameterItem
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from ...core.layers.base import Param
from ...core.text import msg
from ..common.i18n import tr_text

_NUMBER_SPLIT = re.compile(r"[\s,x×;]+")


def uses_text(param: Param) -> bool:
    """Whether a parameter is edited as text rather than a spin box, check box or list."""
    return param.kind in ("size", "shape", "text") or (param.nullable and param.kind in ("int", "float"))


def format_value(param: Param, value: Any) -> Any:
    """The value as its ParameterTree field holds it."""
    if uses_text(param):
        if value is None:
            return ""
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return f"{value:g}" if isinstance(value, float) else str(value)
    return value


def parse_text(param: Param, text: str) -> tuple[Any, str | None]:
    """Text typed into a size, shape, text or nullable field -> (value, None) or (None, reason)."""
    if param.kind == "text":  # a word or a path, as typed (empty: None where allowed)
        if text.strip():
            return text.strip(), None
        return None, (None if param.nullable else msg("'{name}' needs a value", name=param.name))
    raw = text.strip().strip("[]()").strip()
    if not raw:
        if param.nullable:
            return None, None
        return None, msg("'{name}' needs a value", name=param.name)
    parts = [p for p in _NUMBER_SPLIT.split(raw) if p]
    try:
        if param.kind == "float":
            if len(parts) != 1:
                raise ValueError
            return float(parts[0]), None
        numbers = [int(p) for p in parts]
    except ValueError:
        if param.kind in ("size", "shape"):
            example = "3 or 3, 5" if param.kind == "size" else "1, 28, 28"
            return None, msg("'{name}' takes whole numbers such as {example}; '{text}' is not", name=param.name,
                             example=example, text=text.strip())
        return None, msg("'{name}' must be a number; '{text}' is not", name=param.name, text=text.strip())
    if param.kind == "int":
        if len(numbers) != 1:
            return None, msg("'{name}' takes one whole number; '{text}' is not", name=param.name, text=text.strip())
        return numbers[0], None
    if param.kind == "size" and len(numbers) == 1:
        return numbers[0], None
    return numbers, None


def to_model(param: Param, widget_value: Any) -> tuple[Any, str | None]:
    """What a field holds -> (the value for the design, None) or (None, reason); also runs ``Param.check``."""
    if uses_text(param):
        value, reason = parse_text(param, str(widget_value))
        if reason:
            return None, reason
    elif param.kind == "int" and isinstance(widget_value, float) and widget_value.is_integer():
        value = int(widget_value)
    else:
        value = widget_value
    reason = param.check(value)
    return (None, reason) if reason else (value, None)


def float_step_opts(default: float | None) -> dict:
    """Spin-box stepping for a float: a fraction of the value's decade, never a jump to 1 from 1e-5."""
    if default is not None and default > 0:
        min_step = 10.0 ** math.floor(math.log10(default)) / 10.0
    else:
        min_step = 0.01
    return {"dec": True, "step": 0.5, "minStep": min_step, "decimals": 6}


def param_opts(param: Param, value: Any) -> dict:
    """pyqtgraph Parameter options for one layer parameter holding ``value``."""
    opts: dict[str, Any] = {"name": param.name, "tip": tr_text(param.help)}
    if uses_text(param):
        opts.update(type="str", value=format_value(param, value), default=format_value(param, param.default))
        return opts
    opts.update(value=value, default=param.default)
    if param.kind == "bool":
        opts["type"] = "bool"
    elif param.kind == "choice":
        opts.update(type="list", limits=list(param.choices))
    elif param.kind == "int":
        opts.update(type="int", limits=(param.min, param.max), step=1)
    elif param.kind == "float":
        opts.update(type="float", limits=(param.min, param.max), **float_step_opts(param.default))
    return opts


class _CommitTextEdit(QPlainTextEdit):
    """A multi-line text field that reports its text once, when editing ends (focus out or Ctrl+Enter)."""

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802  (Qt's name)
        super().focusOutEvent(event)
        self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


class _CommitTextItem(TextParameterItem):
    def makeWidget(self):  # noqa: N802  (pyqtgraph's name)
        self.hideWidget = False
        self.asSubItem = True
        self.textBox = w = _CommitTextEdit()
        w.setTabChangesFocus(True)
        w.sizeHint = lambda: QSize(300, 80)
        w.value = w.toPlainText
        w.setValue = w.setPlainText
        w.sigChanged = w.committed
        return w


class CommitTextParameter(Parameter):
    """A long text (a design's description), committed once per edit instead of once per keystroke."""

    itemClass = _CommitTextItem
