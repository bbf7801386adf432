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
from ..errors import DesignError, GraphError, one_line, quote
from .graph import FORMAT, VERSION, Design, Edge
from ..layers import REGISTRY

_TOP_KEYS = {"format", "version", "name", "description", "nodes", "edges", "training", "expected"}


def design_to_dict(design: Design) -> dict:
    """The design as the JSON file holds it: :meth:`Design.to_dict`."""
    return design.to_dict()


def _migrate(data: dict, where: str) -> dict:
    """Bring an older file up to VERSION. Version 1 is the first; later versions add steps here."""
    version = data.get("version", VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DesignError(f"{where}: 'version' must be a whole number, not {quote(version)}")
    if version > VERSION:
        raise DesignError(f"{where}: the file is design format version {version}, newer than this netbuilder "
                          f"understands ({VERSION}); update netbuilder to open it")
    if version < 1:
        raise DesignError(f"{where}: unknown design format version {version}")
    return data


def design_from_dict(data: Any, where: str = "design") -> Design:
    """Build a Design from the file's dict; raises DesignError naming ``where`` and the node or field."""
    if not isinstance(data, dict):
        raise DesignError(f"{where}: a design must be a JSON object, not {type(data).__name__}")
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise DesignError(f"{where}: 'format' is {quote(fmt)}, not {FORMAT!r}: this is not a netbuilder design")
    data = _migrate(data, where)
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise DesignError(f"{where}: unknown field(s) {_names(unknown)}")
    for key in ("name", "description"):
        if key in data and not isinstance(data[key], str):
            raise DesignError(f"{where}: '{key}' must be a string")
    nodes, edges = data.get("nodes", []), data.get("edges", [])
    if not isinstance(nodes, list):
        raise DesignError(f"{where}: 'nodes' must be a list")
    if not isinstance(edges, list):
        raise DesignError(f"{where}: 'edges' must be a list")
    training = data.get("training", {})
    if not isinstance(training, dict):
        raise DesignError(f"{where}: 'training' must be an object")
    expected = data.get("expected")
    if expected is not None and not isinstance(expected, dict):
        raise DesignError(f"{where}: 'expected' must be an object")

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
    return ", ".join(quote(k, 30) for k in sorted(keys)[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")


def _add_node(design: Design, item: Any, at: str) -> None:
    if not isinstance(item, dict):
        raise DesignError(f"{at}: a node must be an object with 'id' and 'type'")
    node_id, type_name = item.get("id"), item.get("type")
    if not isinstance(node_id, str):
        raise DesignError(f"{at}: a node needs an 'id' (a string)")
    at = f"{at} (node {quote(node_id)})"
    extra = set(item) - {"id", "type", "params", "position"}
    if extra:
        raise DesignError(f"{at}: unknown field(s) {_names(extra)}")
    if not isinstance(type_name, str) or type_name not in REGISTRY:
        shown = quote(type_name) if isinstance(type_name, str) else f"a {type(type_name).__name__}"
        raise DesignError(f"{at}: unknown layer type {shown}; 'type' must be a layer's name, like \"Linear\"")
    params = item.get("params", {})
    if not isinstance(params, dict):
        raise DesignError(f"{at}: 'params' must be an object")
    problems = REGISTRY[type_name].check_params(params)
    if problems:
        raise DesignError(f"{at}: {problems[0]}")
    position = item.get("position")
    if position is not None:
        if (not isinstance(position, list) or len(position) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                           for v in position)):
            raise DesignError(f"{at}: 'position' must be [x, y] (two finite numbers)")
    try:
        design.add_node(type_name, params, id=node_id, position=position)
    except GraphError as exc:
        raise DesignError(f"{at}: {exc}") from None


def _add_edge(design: Design, item: Any, at: str, fed: set[tuple[str, int]]) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("source"), str) or not isinstance(item.get("target"), str):
        raise DesignError(f"{at}: an edge must be an object with 'source' and 'target' node ids")
    src, dst, port = item["source"], item["target"], item.get("port", 0)
    extra = set(item) - {"source", "target", "port"}
    if extra:
        raise DesignError(f"{at}: unknown field(s) {_names(extra)}")
    for end in (src, dst):
        if end not in design.nodes:
            raise DesignError(f"{at}: edge {quote(src)} -> {quote(dst)} refers to a missing node {quote(end)}")
    if not isinstance(port, int) or isinstance(port, bool) or port < 0:
        raise DesignError(f"{at}: 'port' must be a whole number >= 0")
    if (dst, port) in fed:
        raise DesignError(f"{at}: input {port} of node '{dst}' is fed twice")
    fed.add((dst, port))
    design.add_edge(Edge(src, dst, port))


def load_design(source: str | os.PathLike) -> Design:
    """Load a design from a path, or a preset by name."""
    path = resolve_design_path(source)
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DesignError(f"{where}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise DesignError(f"{where}: the file is not UTF-8 text") from None
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
        raise DesignError(f"{text}: no such file or preset (presets: {', '.join(preset_names())})")
    raise DesignError(f"{text}: no such file")


def save_design(design: Design | dict, path: str | os.PathLike) -> None:
    """Write the design as JSON (atomically); a DesignError naming the file, never a raw ValueError, for a value
    JSON cannot store (NaN, infinity, a lone surrogate, an object that is not plain data)."""
    data = design if isinstance(design, dict) else design_to_dict(design)
    plain_json.check_plain(data, f"{path}: cannot save the design", DesignError)
    try:
        text = json.dumps(data, indent=2, allow_nan=False) + "\n"
    except (ValueError, TypeError) as exc:
        raise DesignError(f"{path}: cannot save the design: {one_line(exc)}; fix that value "
                          "and save again") from None
    write_atomic(path, text)
