"""A model.summary()-style table of a design, shared by the CLI and the GUI's summary dock."""
from __future__ import annotations

from . import memory
from .. import system
from ..datasets.catalog import CATALOG
from .graph import Design
from .settings import usable
from .shapes import infer_shapes
from ..system import human_bytes
from ..text import msg


def params_text(params: int, frozen: int = 0) -> str:
    """A layer's parameter count as the summary and the canvas write it: the ones that learn, and its frozen ones
    apart ("0 + 927,008 frozen")."""
    return msg("{params:,} + {frozen:,} frozen", params=params, frozen=frozen) if frozen else f"{params:,}"


def summarize(design: Design) -> dict:
    """``{"layers": [{"id", "type", "output_shape", "params", "frozen_params"}], "total_params" (trainable),
    "frozen_params", "flops", "activation_bytes", "memory", "data"}``: ``memory`` is the estimate to train with the design's batch size and optimizer
    (:mod:`netbuilder.core.design.memory`) with :func:`room_dict`'s figures (what this process may still have, and
    which limit applies); ``data``:
    :func:`data_line` (None but for a person's images)."""
    report = infer_shapes(design)
    layers = []
    for node_id in report.order:
        info = report.nodes[node_id]
        layers.append({"id": node_id, "type": info.type,
                       "output_shape": list(info.shape) if info.shape is not None else None,
                       "params": info.params, "frozen_params": info.frozen})
    training = design.training if isinstance(design.training, dict) else {}
    optimizer = training.get("optimizer")
    # what the trainer would use; a broken setting estimates with the default (validation says what is wrong)
    name = usable("optimizer.name", optimizer.get("name") if isinstance(optimizer, dict) else optimizer)
    needed = memory.estimate(design, report, batch_size=usable("batch_size", training.get("batch_size")),
                             optimizer=name, epochs=usable("epochs", training.get("epochs")))
    return {"layers": layers, "total_params": report.total_params, "frozen_params": report.total_frozen,
            "flops": report.flops,
            "activation_bytes": report.activation_bytes,
            "memory": {**needed.as_dict(), **room_dict(system.available())}, **data_lines(design)}


def room_dict(room: "system.Room") -> dict:
    """``free_bytes`` (None: unknown), ``free_where`` (whose memory: this computer, or this process or container
    under a limit, naming it) and ``limit_bytes`` (None: no limit applies) for the summary."""
    return {"free_bytes": room.free, "free_where": room.where, "limit_bytes": room.limit}


def data_line(design: Design) -> str | None:
    """For a person's images (a dataset of kind ``image_folder``): how many, at what size, and whether they will
    be preloaded or streamed from disk, without reading one (None for the other datasets, whose size is known)."""
    return data_lines(design)["data"]


def data_lines(design: Design) -> dict:
    """``{"data": data_line, "data_error": the folder's problem in one line, or None}``: the CLI's summary exits
    non-zero on a folder that cannot be used."""
    training = design.training if isinstance(design.training, dict) else {}
    spec = training.get("dataset")
    name = spec.get("name") if isinstance(spec, dict) else None
    entry = CATALOG.get(name) if isinstance(name, str) else None
    if entry is None or entry.kind != "image_folder":  # only a folder of images is sized without reading it
        return {"data": None, "data_error": None}
    from ..datasets.base import resolve_data_dir
    from ..datasets.images import plan_line
    from ..errors import NetbuilderError, message
    from .preprocessing import image_preprocessing
    inputs = design.input_nodes()
    shape = design.node(inputs[0]).params.get("shape") if len(inputs) == 1 else None
    try:
        return {"data": plan_line(spec, shape if isinstance(shape, list) else None, resolve_data_dir(None)[0],
                                  image_preprocessing(design)), "data_error": None}
    except NetbuilderError as exc:
        return {"data": msg("data: {problem}", problem=message(exc)), "data_error": message(exc)}


def memory_line(estimate: dict) -> str:
    """The training memory estimate next to what the computer has free, in one line (CLI and summary dock)."""
    total, free = estimate["total_bytes"], estimate.get("free_bytes")
    where = estimate.get("free_where") or msg("this computer")
    has = (msg("{where} has {free} free", where=where, free=human_bytes(free)) if free is not None
           else msg("free memory unknown here"))
    verdict = (msg(" (too much: training would be refused)") if free is not None and total > memory.USABLE_SHARE * free
               else "")
    return msg("memory to train (batch {batch:,}, {optimizer}): about {total}; {has}{verdict}",
               batch=estimate["batch_size"], optimizer=estimate["optimizer"], total=human_bytes(total), has=has,
               verdict=verdict)
