"""Reading JSON from outside (design files, lessons, predict inputs, pasted layers) into plain data that every later
step can hold: one rule for what a file may contain, with one clear line when it does not. Qt-free, torch-free.

Beyond what ``json`` itself refuses, :func:`loads` refuses what would break later with a raw Python error or
freeze: numbers of more than ``MAX_DIGITS`` digits (Python refuses to read integers past 4,300 digits, and no
setting needs more than a few), numbers that overflow to infinity, ``NaN`` / ``Infinity`` (not JSON), nesting
deeper than ``MAX_DEPTH`` (JSON nested thousands of levels deep overflows the parser's stack), and strings that are
not valid Unicode (a lone surrogate such as ``"\\ud800"`` cannot be written back out).
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from ..errors import NetbuilderError, quote
from ..text import msg

MAX_DIGITS = 100
MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    """Raised from inside the parser's hooks; turned into the caller's error with the file's name."""


def _int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _Refused(msg("a number has {digits:,} digits (at most {max_digits} are accepted)", digits=digits,
                           max_digits=MAX_DIGITS))
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_DIGITS + 10:
        raise _Refused(msg("a number is written with {n_text:,} characters (at most {max_digits} digits)",
                           n_text=len(text), max_digits=MAX_DIGITS))
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(msg("the number {text}{more} is too large", text=text[:20],
                           more='...' if len(text) > 20 else ''))
    return value


def _constant(name: str):
    raise _Refused(msg("not valid JSON: {name} is not a JSON number; write a number instead", name=name))


def loads(text: str, where: str, error: type[NetbuilderError]) -> Any:
    """Parse ``text`` into plain data (dicts, lists, str, int, float, bool, None); raise ``error`` with a message
    that starts with ``where`` and says what is wrong and where, never a raw Python error."""
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise error(msg("{where}: not valid JSON (line {lineno}, column {colno}: {reason})", where=where,
                        lineno=exc.lineno, colno=exc.colno, reason=exc.msg)) from None
    except _Refused as exc:
        raise error(msg("{where}: {reason}", where=where, reason=exc.args[0])) from None
    except RecursionError:
        raise error(msg("{where}: the JSON is nested too deeply (at most {max_depth} levels)", where=where,
                        max_depth=MAX_DEPTH)) from None
    check_plain(data, where, error)
    return data


def check_plain(data: Any, where: str, error: type[NetbuilderError]) -> None:
    """Refuse nesting deeper than MAX_DEPTH, strings that are not valid Unicode and numbers that are not finite
    (NaN, infinity: JSON cannot store them), walked without recursion; the path to a bad value is only spelled out
    when there is one. The one rule for data from a file and for data about to be written to one."""
    if isinstance(data, str) and _SURROGATE.search(data):
        _bad_text(where, None, error)
    if isinstance(data, float) and not math.isfinite(data):
        _bad_number(where, None, data, error)
    stack = [(data, 1, None)] if isinstance(data, (dict, list, tuple)) else []
    # (value, depth, link): link = (parent link, key), spelled out as a path only for an error message
    while stack:
        value, depth, link = stack.pop()
        if depth > MAX_DEPTH:
            raise error(msg("{where}: the JSON is nested too deeply (more than {max_depth} levels, at {link})",
                            where=where, max_depth=MAX_DEPTH, link=_path(link)))
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str) and _SURROGATE.search(key):
                _bad_text(where, link, error)
            if isinstance(item, str):
                if _SURROGATE.search(item):
                    _bad_text(where, (link, key), error)
            elif isinstance(item, float):
                if not math.isfinite(item):
                    _bad_number(where, (link, key), item, error)
            elif isinstance(item, (dict, list, tuple)):
                stack.append((item, depth + 1, (link, key)))


def _path(link) -> str:
    keys = []
    while link is not None:
        link, key = link
        keys.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    path = "".join(reversed(keys)).lstrip(".") or "the top"
    return quote(path, 60)[1:-1] if not path.isprintable() or len(path) > 60 else path


def _bad_text(where: str, link, error: type[NetbuilderError]):
    raise error(msg("{where}: a text at {link} holds an invalid character (a lone UTF-16 surrogate such as "
                    "\\ud800); fix or remove it", where=where, link=_path(link)))


def _bad_number(where: str, link, value: float, error: type[NetbuilderError]):
    raise error(msg("{where}: the number at {link} is {value!r}, not a finite number (JSON cannot store it); use a "
                    "finite number", where=where, link=_path(link), value=value))
