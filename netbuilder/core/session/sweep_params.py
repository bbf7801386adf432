"""What a sweep varies: its parameters as a person writes them (``lr=1e-4..1e-1:log``, ``batch_size=32,64,128``,
``units:hidden=16..128``) checked against the settings schema and the layer catalogue; the one rule that puts
chosen values into a design (:func:`apply_params`, every trial's); what a design has now for a sweep's name
(:func:`current_value`) and whether a sweep changes the data (:func:`changes_data`). No torch, Qt or Optuna.

A name is a training setting's flat key (``lr``, ``batch_size``, ``optimizer``, ``momentum``...) or its schema
path (``optimizer.lr``, ``scheduler.gamma``), ``dropout`` (every Dropout layer's ``p``), ``dropout:NODE_ID`` (one
layer's) or ``units:NODE_ID`` (a Linear's ``out_features``, a convolution's ``out_channels``, a recurrent layer's
``hidden_size``). A spec is a range ``A..B`` (whole numbers for a whole setting), ``A..B:log`` or choices ``a,b``.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Any

from ..design.settings import EDITABLE, SETTING, Setting, usable
from ..errors import Cause, NetbuilderError
from ..layers.registry import get_spec
from ..text import msg

#: the parameter that is "how big" a layer is, by layer type: what ``units:NODE_ID`` sets
UNITS = {"Linear": "out_features", "Conv1d": "out_channels", "Conv2d": "out_channels",
         "ConvTranspose2d": "out_channels", "RNN": "hidden_size", "GRU": "hidden_size", "LSTM": "hidden_size"}
#: the layers whose ``p`` plain ``dropout`` sets; ``dropout:NODE_ID`` also takes a layer with a ``dropout`` parameter
DROPOUTS = ("Dropout", "Dropout2d")
#: settings that are not a sweep's to vary (another dataset is another problem)
NOT_SWEPT = ("dataset.name",)
#: the settings that change the data a trial loads: while none is swept, the trials share one loaded dataset
DATA_SETTINGS = ("dataset.", "seed", "validation", "limit")
EXAMPLES = "lr=1e-4..1e-1:log, batch_size=32,64,128, dropout=0..0.5 or units:NODE_ID=16..128"


class SweepError(NetbuilderError):
    """A sweep parameter or sweep that cannot be used as written; the message says what to write."""

    default_cause = Cause.SETTINGS


@dataclass(frozen=True)
class SweepParam:
    """One swept parameter: ``name`` (canonical: a setting's flat key where it has one, else its path; or
    ``dropout``, ``dropout:ID``, ``units:ID``), ``kind`` ``float``, ``int`` or ``choice``, a range ``low``..``high``
    (``log``: drawn log-uniformly) or ``choices``."""

    name: str
    kind: str
    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: tuple = ()

    @property
    def spec(self) -> str:
        """The spec as a person writes it (``1e-4..0.1:log``, ``32,64``)."""
        if self.kind == "choice":
            return ",".join(str(c) for c in self.choices)
        return f"{self.low:g}..{self.high:g}{':log' if self.log else ''}"

    def __str__(self) -> str:
        return f"{self.name}={self.spec}"


def _setting(name: str) -> Setting | None:
    """The schema's setting a name means (its flat key or its path), None when it is none or not sweepable."""
    setting = EDITABLE.get(name) or SETTING.get(name)
    if setting is None or setting.kind not in ("int", "float", "choice") or setting.path in NOT_SWEPT:
        return None
    return setting


def canonical(name: str) -> str:
    """The one name a parameter goes by (``optimizer.lr`` and ``lr`` are both ``lr``): what ``params`` dicts,
    tables and the study use. Unknown names come back as written."""
    name = name.strip()
    setting = _setting(name)
    if setting is not None:
        return setting.key or setting.path
    return name


def _unknown(name: str) -> SweepError:
    known = ", ".join(k for k, s in EDITABLE.items() if _setting(k))
    return SweepError(msg("nothing called {name!r} to sweep: use {known}, dropout, dropout:NODE_ID, units:NODE_ID "
                          "or a training setting's path such as scheduler.gamma", name=name, known=known))


def _layer_target(name: str, design: dict | None) -> list[tuple[str, str]]:
    """(node id, parameter) pairs a layer parameter name sets in ``design`` (a dict); without a design, []."""
    kind, _, node_id = name.partition(":")
    if design is None:
        return []
    nodes = {n["id"]: n for n in design.get("nodes", ())}
    if kind == "dropout" and not node_id:
        found = [(n["id"], "p") for n in design.get("nodes", ()) if n["type"] in DROPOUTS]
        if not found:
            raise SweepError(msg("dropout: the design has no Dropout layer; add one, or sweep dropout:NODE_ID of a "
                             "layer with a dropout setting"))
        return found
    node = nodes.get(node_id)
    if node is None:
        raise SweepError(msg("{name}: the design has no layer {node_id!r} (its layers: {nodes})", name=name,
                             node_id=node_id, nodes=', '.join(nodes)))
    if kind == "units":
        param = UNITS.get(node["type"])
        if param is None:
            raise SweepError(msg("{name}: a {node} has no units; units:NODE_ID names a {units} layer", name=name,
                                 node=node['type'], units=', '.join(UNITS)))
        return [(node_id, param)]
    if node["type"] in DROPOUTS:
        return [(node_id, "p")]
    if any(p.name == "dropout" for p in get_spec(node["type"]).params):
        return [(node_id, "dropout")]
    raise SweepError(msg("{name}: a {node} has no dropout; dropout:NODE_ID names a Dropout layer or a layer with a "
                         "dropout setting (LSTM, GRU, RNN, attention)", name=name, node=node['type']))


def _is_layer_name(name: str) -> bool:
    kind, colon, node_id = name.partition(":")
    return (kind == "dropout" and not colon) or (kind in ("units", "dropout") and colon and bool(node_id))


def _number(text: str, where: str) -> int | float:
    try:
        value = float(text)
    except ValueError:
        raise SweepError(msg("{where}: {text!r} is not a number; write e.g. {examples}", where=where, text=text,
                             examples=EXAMPLES)) from None
    if not math.isfinite(value):
        raise SweepError(msg("{where}: {text!r} is not a finite number", where=where, text=text))
    return int(text) if text.strip().lstrip("+-").isdigit() else value


def _value_problem(name: str, value: Any, design: dict | None) -> str | None:
    """Why ``value`` cannot be ``name``'s (in the schema's or the layer's words), None when it can."""
    setting = _setting(name)
    if setting is not None:
        if setting.kind == "choice":
            return None if value in setting.choices else (f"{value!r} is not one of "
                                                           f"{', '.join(setting.choices)}")
        problem = setting.bounds.problem(value)
        return f"{setting.label} {problem}" if problem else None
    if name.startswith("units"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or float(value) != int(value) or value < 1:
            return f"units must be whole numbers of at least 1; it is {value!r}"
    elif not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value < 1:
        return f"dropout must be a number from 0 up to (not including) 1; it is {value!r}"
    for node_id, param in _layer_target(name, design):
        node = next(n for n in design["nodes"] if n["id"] == node_id)
        spec = get_spec(node["type"])
        cast = int(value) if spec.param(param).kind == "int" else value
        problem = spec.param(param).check(cast)
        if problem:
            return f"layer {node_id}: {problem}"
    return None


def _kind(name: str) -> str:
    setting = _setting(name)
    return setting.kind if setting is not None else ("int" if name.startswith("units") else "float")


def parse_param(text: str, design=None) -> SweepParam:
    """``NAME=SPEC`` as a :class:`SweepParam`, or a SweepError saying what to write. With ``design`` (a Design or
    a design dict), a layer's name is checked against it too (the layer exists, its kind, its own bounds)."""
    design = _as_dict(design)
    name, eq, spec = (text or "").partition("=")
    name, spec = canonical(name), spec.strip()
    if not eq or not name or not spec:
        raise SweepError(msg("{text!r}: write NAME=SPEC, e.g. {examples}", text=text, examples=EXAMPLES))
    if _setting(name) is None and not _is_layer_name(name):
        raise _unknown(name)
    if _setting(name) is None:
        _layer_target(name, design)
    kind, where = _kind(name), f"{name}={spec}"
    if ".." in spec:
        if kind == "choice":
            raise SweepError(msg("{where}: {name} takes names, not a range: write e.g. {name}={choices} (one of "
                                 "{all_choices})", where=where, name=name, choices=','.join(_setting(name).choices[:2]),
                                 all_choices=', '.join(_setting(name).choices)))
        ends, colon, flag = spec.partition(":")
        if colon and flag.strip() != "log":
            raise SweepError(msg("{where}: after the range write :log or nothing, not :{flag}", where=where,
                                 flag=flag))
        low_text, _, high_text = ends.partition("..")
        low, high = _number(low_text.strip(), where), _number(high_text.strip(), where)
        if kind == "int" and not (float(low).is_integer() and float(high).is_integer()):
            raise SweepError(msg("{where}: {name} takes whole numbers: write e.g. {name}={floor}..{ceil}",
                                 where=where, name=name, floor=math.floor(low), ceil=math.ceil(high)))
        if not low < high:
            raise SweepError(msg("{where}: the range's first end must be below its second; for one value write "
                                 "{name}={low}", where=where, name=name, low=low))
        log = bool(colon)
        if log and low <= 0:
            raise SweepError(msg("{where}: a :log range needs ends above 0, e.g. {name}=1e-5..1e-1:log", where=where,
                                 name=name))
        for end in (low, high):
            problem = _value_problem(name, end, design)
            if problem:
                raise SweepError(msg("{where}: {problem}", where=where, problem=problem))
        if kind == "int":
            return SweepParam(name, "int", int(low), int(high), log)
        return SweepParam(name, "float", float(low), float(high), log)
    items = [item.strip() for item in spec.split(",")]
    if not all(items):
        raise SweepError(msg("{where}: an empty choice; write choices as a,b,c", where=where))
    if kind == "choice":
        values = items
    else:
        values = [_number(item, where) for item in items]
        if kind == "int":
            bad = [v for v in values if not float(v).is_integer()]
            if bad:
                raise SweepError(msg("{where}: {name} takes whole numbers, not {bad}", where=where, name=name,
                                     bad=bad[0]))
            values = [int(v) for v in values]
    for value in values:
        problem = _value_problem(name, value, design)
        if problem:
            raise SweepError(msg("{where}: {problem}", where=where, problem=problem))
    return SweepParam(name, "choice", choices=tuple(dict.fromkeys(values)))


def check_params(design, params) -> list[SweepParam]:
    """``params`` (SweepParams or their text) checked against ``design``: each parses and fits the design, and no
    two set the same thing (``lr`` and ``optimizer.lr``; ``dropout`` and ``dropout:ID``). A SweepError else."""
    design = _as_dict(design)
    out = [parse_param(str(p), design) for p in params]
    if not out:
        raise SweepError(msg("a sweep needs at least one --param NAME=SPEC, e.g. {examples}", examples=EXAMPLES))
    seen: dict[Any, str] = {}
    for param in out:
        targets = ([("setting", _setting(param.name).path)] if _setting(param.name) is not None
                   else _layer_target(param.name, design))
        for target in targets:
            if target in seen and seen[target] == param.name:
                raise SweepError(msg("{param_name} is given twice: keep one", param_name=param.name))
            if target in seen:
                if target[0] == "setting":
                    raise SweepError(msg("{seen} and {param_name} both set {target}: keep one", seen=seen[target],
                                         param_name=param.name, target=target[1]))
                raise SweepError(msg("{seen} and {param_name} both set {target} of layer {layer}: keep one",
                                     seen=seen[target], param_name=param.name, target=target[1], layer=target[0]))
            seen[target] = param.name
    return out


def _as_dict(design) -> dict | None:
    if design is None or isinstance(design, dict):
        return design
    from ..design.design_io import design_to_dict
    return design_to_dict(design)


def apply_params(design_dict: dict, params: dict) -> dict:
    """A NEW design dict: ``design_dict`` with ``params`` (name -> value, names as :func:`parse_param` takes
    them) put in their places. A value a setting or layer does not take, or a name the design cannot have, is a
    SweepError. The one rule for every trial, the CLI's and the window's Sweep dialog's."""
    design = copy.deepcopy(_as_dict(design_dict))
    training = design.setdefault("training", {})
    for raw_name, value in params.items():
        name = canonical(raw_name)
        if _setting(name) is None and not _is_layer_name(name):
            raise _unknown(name)
        problem = _value_problem(name, value, design)
        if problem:
            raise SweepError(msg("{name}={value!r}: {problem}", name=name, value=value, problem=problem))
        setting = _setting(name)
        if setting is not None:
            value = setting.parse(value)
            section, dot, key = setting.path.partition(".")
            if not dot:
                training[section] = value
                continue
            holder = training.get(section)
            if isinstance(holder, str):  # "optimizer": "adam", "scheduler": "cosine"
                holder = {"name": holder}
            holder = dict(holder) if isinstance(holder, dict) else {}
            holder[key] = value
            training[section] = holder
            continue
        nodes = {n["id"]: n for n in design["nodes"]}
        for node_id, param in _layer_target(name, design):
            spec = get_spec(nodes[node_id]["type"])
            params_of = nodes[node_id].setdefault("params", {})
            params_of[param] = int(value) if spec.param(param).kind == "int" else float(value)
    return design


# what a design offers (the window's Sweep dialog) -------------------------------------------------------------
#: editable settings a sweep dialog does not offer (the loss must fit the output; a seed is no setting to tune);
#: nor does it offer the dataset's (another dataset, limit or split is another problem)
NOT_OFFERED = ("loss", "seed")
#: starting specs of the settings whose sensible range does not depend on the design
SUGGESTED = {"lr": "1e-4..1e-1:log", "weight_decay": "1e-6..1e-2:log", "momentum": "0..0.95"}


def _offered(setting: Setting) -> bool:
    return (_setting(setting.path) is not None and setting.key not in NOT_OFFERED
            and not setting.path.startswith("dataset."))


def _feeds_units(design: dict, node_id: str) -> bool:
    """Whether another sizeable layer lies after ``node_id`` (so that its size is not the output's)."""
    after: dict[str, list[str]] = {}
    for edge in design.get("edges", ()):
        after.setdefault(edge["source"], []).append(edge["target"])
    types = {n["id"]: n["type"] for n in design.get("nodes", ())}
    todo, seen = list(after.get(node_id, ())), set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if types.get(current) in UNITS:
            return True
        todo.extend(after.get(current, ()))
    return False


def sweepable(design) -> list[tuple[str, str]]:
    """(name, plain-words label) of what ``design`` (a Design or a dict) offers to sweep: the training panel's
    settings in the schema's order (not the dataset's, the loss or the seed), every Dropout layer together and
    each one alone, and the size of every layer whose size is not the network's output (a layer followed by
    another sizeable layer)."""
    design = _as_dict(design)
    out = [(key, setting.title or key) for key, setting in EDITABLE.items() if _offered(setting)]
    nodes = design.get("nodes", ())
    dropouts = [n for n in nodes if n["type"] in DROPOUTS]
    if dropouts:
        out.append(("dropout", msg("dropout of every Dropout layer") if len(dropouts) > 1 else
                    msg("dropout of layer {node}", node=dropouts[0]["id"])))
    if len(dropouts) > 1:
        out.extend((f"dropout:{n['id']}", msg("dropout of layer {node}", node=n["id"])) for n in dropouts)
    for node in nodes:
        if node["type"] in UNITS and _feeds_units(design, node["id"]):
            out.append((f"units:{node['id']}", msg("units of layer {node} ({type} {parameter})", node=node["id"],
                                                   type=node["type"], parameter=UNITS[node["type"]])))
    return out


def suggested_spec(design, name: str) -> str:
    """A sensible starting spec for ``name`` on ``design`` (what a dialog fills in): around the current value."""
    design = _as_dict(design)
    name = canonical(name)
    setting = _setting(name)
    if name in SUGGESTED:
        return SUGGESTED[name]
    if name == "batch_size":  # none above the training set's size where the design or the catalogue knows it
        size = _train_size(design)
        sizes = [b for b in (16, 32, 64, 128) if b <= size]
        return ",".join(map(str, sizes if len(sizes) > 1 else sorted({max(1, int(size) // d) for d in (4, 2, 1)})))
    if setting is not None and setting.kind == "choice":
        return ",".join(setting.choices)
    if name == "epochs":
        current = int(design.get("training", {}).get("epochs", setting.default))
        return f"{max(1, current // 2)}..{max(2, current * 2)}"
    if name.startswith("dropout"):
        return "0..0.5"
    if name.startswith("units"):
        (node_id, param), = _layer_target(name, design)
        node = next(n for n in design["nodes"] if n["id"] == node_id)
        current = int(node.get("params", {}).get(param, get_spec(node["type"]).param(param).default))
        return f"{max(1, current // 4)}..{current * 4}:log"
    if setting is not None and setting.low is not None and setting.high is not None:
        return f"{setting.low:g}..{setting.high:g}"
    return ""


def _train_size(design: dict) -> float:
    """The most samples the design trains on where it says (its ``limit``, a fixed set's size in the catalogue)."""
    from ..datasets.catalog import CATALOG
    spec = (design.get("training") or {}).get("dataset")
    spec = spec if isinstance(spec, dict) else {}
    sizes = (getattr(CATALOG.get(spec.get("name")), "train_size", None), spec.get("limit"))
    sizes = [n for n in sizes if isinstance(n, int) and n > 0]
    return float(min(sizes)) if sizes else math.inf


def current_value(design, name: str):
    """What ``design`` (a Design or a dict) trains with now for the sweep name ``name``: a setting's value as the
    schema reads it (its default when unset or invalid; ``"none"`` for an unset choice such as no scheduler), a
    layer's parameter (the first Dropout's for ``dropout``); None when the design has nothing of that name."""
    design = _as_dict(design) or {}
    name = canonical(name)
    training = dict(design.get("training") or {})
    setting = _setting(name)
    if setting is not None:
        opt = training.get("optimizer")
        opt = usable("optimizer.name", opt.get("name") if isinstance(opt, dict) else opt)
        head, dot, key = setting.path.partition(".")
        holder = training.get(head) if dot else training
        holder = {"name": holder} if isinstance(holder, str) else holder  # "scheduler": "cosine"
        value = holder.get(key if dot else head) if isinstance(holder, dict) else None
        value = usable(setting.path, value, opt)
        return "none" if value is None and setting.kind == "choice" else value
    try:
        (node_id, param), *_ = _layer_target(name, design) if _is_layer_name(name) else [(None, None)]
        node = next(n for n in design["nodes"] if n["id"] == node_id)
    except (SweepError, StopIteration, ValueError):
        return None
    value = (node.get("params") or {}).get(param)
    return value if value is not None else get_spec(node["type"]).param(param).default


def changes_data(params) -> bool:
    """Whether sweeping ``params`` (SweepParams or names) changes the data (else the trials share one dataset)."""
    return any(canonical(getattr(p, "name", p)).startswith(DATA_SETTINGS) for p in params)
