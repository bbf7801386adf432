"""The JSON design format (DESIGN_FORMAT.md): load with migrations and clear errors, save atomically.

Loading parses plain data only; it never runs code from the file.
"""
from __future__ import annotations

import copy
import json
import math
import os
from pathlib import Path
from typing import Any

from ..files import plain_json
from ..files.atomic import write_atomic
from ..errors import DesignError, GraphError, message, one_line, quote
from .graph import FORMAT, VERSION, Design, Edge
from ..layers import REGISTRY
from ..text import msg

_TOP_KEYS = {"format", "version", "name", "description", "nodes", "edges", "training", "expected"}


def design_to_dict(design: Design) -> dict:
    """The design as the JSON file holds it: :meth:`Design.to_dict`."""
    return design.to_dict()


def _migrate(data: dict, where: str) -> dict:
    """Bring an older file up to VERSION. Version 1 is the first; later versions add steps here."""
    version = data.get("version", VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DesignError(msg("{where}: 'version' must be a whole number, not {version}", where=where,
                              version=quote(version)))
    if version > VERSION:
        raise DesignError(msg("{where}: the file is design format version {version}, newer than this netbuilder "
                              "understands ({VERSION}); update netbuilder to open it", where=where, version=version,
                              VERSION=VERSION))
    if version < 1:
        raise DesignError(msg("{where}: unknown design format version {version}", where=where, version=version))
    return data


def design_from_dict(data: Any, where: str = "design") -> Design:
    """Build a Design from the file's dict; raises DesignError naming ``where`` and the node or field."""
    if not isinstance(data, dict):
        raise DesignError(msg("{where}: a design must be a JSON object, not {kind}", where=where,
                              kind=type(data).__name__))
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise DesignError(msg("{where}: 'format' is {fmt}, not {expected!r}: this is not a netbuilder design",
                              where=where, fmt=quote(fmt), expected=FORMAT))
    data = _migrate(data, where)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise DesignError(msg("{where}: unknown field(s) {names}", where=where, names=_names(unknown)))
    for key in ("name", "description"):
        if key in data and not isinstance(data[key], str):
            raise DesignError(msg("{where}: '{key}' must be a string", where=where, key=key))
    nodes, edges = data.get("nodes", []), data.get("edges", [])
    if not isinstance(nodes, list):
        raise DesignError(msg("{where}: 'nodes' must be a list", where=where))
    if not isinstance(edges, list):
        raise DesignError(msg("{where}: 'edges' must be a list", where=where))
    training = data.get("training", {})
    if not isinstance(training, dict):
        raise DesignError(msg("{where}: 'training' must be an object", where=where))
    expected = data.get("expected")
    if expected is not None and not isinstance(expected, dict):
        raise DesignError(msg("{where}: 'expected' must be an object", where=where))

    design = Design(data.get("name", "Untitled"), data.get("description", ""))
    for i, item in enumerate(nodes):
        _add_node(design, item, f"{where}: nodes[{i}]")
    fed: set[tuple[str, int]] = set()  # (target, port) of the edges so far: each input is fed once
    for i, item in enumerate(edges):
        _add_edge(design, item, f"{where}: edges[{i}]", fed)
    # after the fields' own checks (which say more): NaN, infinity, lone surrogates anywhere, as in 'training' or
    # 'expected', are refused here, so that nothing the window holds is unsavable
    plain_json.check_plain(data, where, DesignError)
    design.training = copy.deepcopy(training)
    design.expected = copy.deepcopy(expected)
    return design


def _names(keys) -> str:
    shown = ", ".join(quote(k, 30) for k in sorted(keys)[:5])
    return msg("{names} and {n} more", names=shown, n=len(keys) - 5) if len(keys) > 5 else shown


def _add_node(design: Design, item: Any, at: str) -> None:
    if not isinstance(item, dict):
        raise DesignError(msg("{at}: a node must be an object with 'id' and 'type'", at=at))
    node_id, type_name = item.get("id"), item.get("type")
    if not isinstance(node_id, str):
        raise DesignError(msg("{at}: a node needs an 'id' (a string)", at=at))
    at = msg("{at} (node {node_id})", at=at, node_id=quote(node_id))
    extra = set(item) - {"id", "type", "params", "position"}
    if extra:
        raise DesignError(msg("{at}: unknown field(s) {names}", at=at, names=_names(extra)))
    if not isinstance(type_name, str) or type_name not in REGISTRY:
        shown = quote(type_name) if isinstance(type_name, str) else f"a {type(type_name).__name__}"
        raise DesignError(msg("{at}: unknown layer type {shown}; 'type' must be a layer's name, like \"Linear\"",
                              at=at, shown=shown))
    params = item.get("params", {})
    if not isinstance(params, dict):
        raise DesignError(msg("{at}: 'params' must be an object", at=at))
    problems = REGISTRY[type_name].check_params(params)
    if problems:
        raise DesignError(msg("{at}: {problem}", at=at, problem=problems[0]))
    position = item.get("position")
    if position is not None:
        if (not isinstance(position, list) or len(position) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                           for v in position)):
            raise DesignError(msg("{at}: 'position' must be [x, y] (two finite numbers)", at=at))
    try:
        design.add_node(type_name, params, id=node_id, position=position)
    except GraphError as exc:
        raise DesignError(msg("{at}: {problem}", at=at, problem=message(exc))) from None


def _add_edge(design: Design, item: Any, at: str, fed: set[tuple[str, int]]) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("source"), str) or not isinstance(item.get("target"), str):
        raise DesignError(msg("{at}: an edge must be an object with 'source' and 'target' node ids", at=at))
    src, dst, port = item["source"], item["target"], item.get("port", 0)
    extra = set(item) - {"source", "target", "port"}
    if extra:
        raise DesignError(msg("{at}: unknown field(s) {names}", at=at, names=_names(extra)))
    for end in (src, dst):
        if end not in design.nodes:
            raise DesignError(msg("{at}: edge {src} -> {dst} refers to a missing node {end}", at=at, src=quote(src),
                                  dst=quote(dst), end=quote(end)))
    if not isinstance(port, int) or isinstance(port, bool) or port < 0:
        raise DesignError(msg("{at}: 'port' must be a whole number >= 0", at=at))
    if (dst, port) in fed:
        raise DesignError(msg("{at}: input {port} of node '{dst}' is fed twice", at=at, port=port, dst=dst))
    fed.add((dst, port))
    design.add_edge(Edge(src, dst, port))


def load_design(source: str | os.PathLike) -> Design:
    """Load a design from a path, or a preset by name."""
    path = resolve_design_path(source)
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DesignError(msg("{where}: cannot read the file ({reason})", where=where,
                              reason=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise DesignError(msg("{where}: the file is not UTF-8 text", where=where)) from None
    return design_from_dict(plain_json.loads(text, where, DesignError), where)


def resolve_design_path(source: str | os.PathLike) -> Path:
    """A path as is; a bare name that is not a file is looked up among the presets."""
    path = Path(source)
    if path.exists():
        return path
    from .presets import preset_path
    text = str(source)
    if os.sep not in text and "/" not in text and not text.endswith(".json"):
        found = preset_path(text)
        if found is not None:
            return found
        from .presets import preset_names
        raise DesignError(msg("{text}: no such file or preset (presets: {presets})", text=text,
                              presets=", ".join(preset_names())))
    raise DesignError(msg("{text}: no such file", text=text))


def save_design(design: Design | dict, path: str | os.PathLike) -> None:
    """Write the design as JSON (atomically); a DesignError naming the file, never a raw ValueError, for a value
    JSON cannot store (NaN, infinity, a lone surrogate, an object that is not plain data)."""
    data = design if isinstance(design, dict) else design_to_dict(design)
    plain_json.check_plain(data, f"{path}: cannot save the design", DesignError)
    try:
        text = json.dumps(data, indent=2, allow_nan=False) + "\n"
    except (ValueError, TypeError) as exc:
        raise DesignError(msg("{path}: cannot save the design: {reason}; fix that value and save again", path=path,
                              reason=one_line(exc))) from None
    write_atomic(path, text)
