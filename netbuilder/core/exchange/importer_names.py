"""Names for the imported design and its messages, for :mod:`netbuilder.core.exchange.importer`: a valid node id from a
module's qualified name, and the words for a module class, a function and an indexing."""
from __future__ import annotations

import inspect
import operator
import re

import torch
import torch.fx as fx
import torch.nn.functional as F

from ..design.graph import ID_RE, RESERVED_IDS


def unique_id(base: str, taken: set[str]) -> str:
    """A valid, unused node id from a module's qualified name (``block.0.conv`` -> ``block_0_conv``)."""
    text = re.sub(r"[^A-Za-z0-9_]", "_", base) or "layer"
    if text[0].isdigit():
        text = "layer_" + text
    if text in RESERVED_IDS:
        text += "_"
    node_id, i = text, 2
    while node_id in taken:
        node_id, i = f"{text}_{i}", i + 1
    assert ID_RE.match(node_id)
    taken.add(node_id)
    return node_id


def class_label(obj) -> str:
    cls = obj if inspect.isclass(obj) else type(obj)
    return f"nn.{cls.__name__}" if cls.__module__.startswith("torch.nn") else cls.__name__


def function_name(target) -> str:
    name = getattr(target, "__name__", None)
    for prefix, namespace in (("torch", torch), ("torch.nn.functional", F), ("operator", operator)):
        if name and getattr(namespace, name, None) is target:
            return f"{prefix}.{name}"
    try:
        return fx.node._get_qualified_name(target)
    except Exception:  # noqa: BLE001
        return repr(target)


def index_text(index) -> str:
    def one(i):
        if isinstance(i, slice):
            parts = ["" if v is None else str(v) for v in (i.start, i.stop)]
            return ":".join(parts) + (f":{i.step}" if i.step is not None else "")
        return "..." if i is Ellipsis else str(i)
    return "[" + ", ".join(one(i) for i in (index if isinstance(index, tuple) else (index,))) + "]"
