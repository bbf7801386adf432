"""Design -> readable, standalone PyTorch source: the model as an ``nn.Module`` class plus a training script.

The exported file imports torch, numpy and the standard library (torchvision only to fetch image datasets),
never netbuilder. Modules are written from each spec's ``constructor``, the same ``(class, kwargs)`` the compiler
builds from, and helper classes are copied from :mod:`netbuilder.core.layers.modules` by source, so the export
cannot drift from the compiled model: same ``state_dict`` keys, same outputs for the same weights, and even the
same initial weights under the same seed (modules are created in the compiler's order).
"""
from __future__ import annotations

import keyword
import os
import re
import textwrap
import unicodedata
from pathlib import Path

from . import codegen_data as data_part
from . import codegen_train as train_part
from ..files.atomic import write_atomic
from .codegen_source import WIDTH, call, copy_sources, doc_text, docstring, literal, quote
from ..design.compiler import folded_activation
from ..errors import DesignError, NetbuilderError
from ..design.graph import Design
from ..design.shapes import ShapeReport, infer_shapes
from ..design.validate import validate



def write_script(design: Design, path: str | os.PathLike) -> Path:
    """Write :func:`export_design`'s script to ``path`` (atomically, with a plain file's permissions): what
    ``netbuilder export design.json --to model.py`` and the window's File > Export > PyTorch script write."""
    return write_atomic(path, export_design(design))


def export_design(design: Design, training: bool = True) -> str:
    """The whole standalone script for ``design``: the model class and, with ``training`` when the design names
    a dataset, ``load_data()`` and a ``main()`` that trains it. Raises a NetbuilderError if the design is not
    valid or its training settings do not fit it."""
    errors = [d for d in validate(design, check_training=False) if d.severity == "error"]
    if errors:
        where = f"node '{errors[0].node_id}': " if errors[0].node_id else ""
        raise DesignError(f"{design.name}: cannot export: {where}{errors[0].message}")
    report = infer_shapes(design)
    try:
        plan = data_part.plan(design, report) if training else None
    except NetbuilderError as exc:
        raise type(exc)(f"{design.name}: cannot export the training script: {exc}") from None
    loss = plan.problem.loss if plan else design.training.get("loss")
    done: dict[str, set[str]] = {}  # what the file copied already
    helpers, imports, defined = copy_sources(_helper_sources(design, report), done)
    toy_source, toy_imports = data_part.toy_functions(plan)
    imports.update(toy_imports)
    loop_source, loop_imports, loop_defined = copy_sources(data_part.copied(plan) + _fetch_sources(design), done)
    imports.update(loop_imports)
    cls = _unique_class_name(design.name, defined | loop_defined | set(imports))
    needed = set(imports) | data_part.needs(plan)
    input_shape = report.nodes[design.input_nodes()[0]].shape
    head = [_docstring(design, cls, plan is not None), "from __future__ import annotations",
            _imports(needed, imports), data_part.settings(plan, input_shape)]
    body = [helpers, _summary_comment(report) + "\n\n\n" + model_source(design, report, cls, loss)]
    if plan is not None:
        body += [toy_source, loop_source, data_part.load_data(plan), train_part.main(plan, cls, _imagenet(design)),
                 'if __name__ == "__main__":\n    main()']
    else:
        body.append(f'if __name__ == "__main__":\n    print({cls}())')
    text = "\n\n".join(p.strip("\n") for p in head) + "\n\n\n" + "\n\n\n".join(p.strip("\n") for p in body if p)
    return text + "\n"


STANDARD_IMPORTS = {"argparse": "import argparse", "csv": "import csv", "math": "import math", "os": "import os",
                    "np": "import numpy as np", "F": "import torch.nn.functional as F"}
STDLIB = ("argparse", "contextlib", "csv", "inspect", "math", "os", "re", "sys", "time", "Path")


def _imports(needed: set[str], lines: dict[str, str]) -> str:
    """Standard library, then numpy/torch, each group sorted, in the forms a reader expects."""
    stdlib = sorted({STANDARD_IMPORTS.get(n) or lines[n] for n in needed if n in STDLIB},
                    key=lambda line: (line.startswith("from "), line))
    other = sorted(lines[n] for n in needed
                   if n not in STANDARD_IMPORTS and n not in STDLIB and n not in ("torch", "nn"))
    third = (["import numpy as np"] if "np" in needed else []) + ["import torch", "import torch.nn as nn"]
    if "F" in needed:
        third.append("import torch.nn.functional as F")
    groups = [g for g in (stdlib, other + third) if g]
    return "\n\n".join("\n".join(g) for g in groups)


def _modules():
    from ..layers import modules  # imports torch
    return modules


# names ------------------------------------------------------------------------------------------------------
def model_class_name(design: Design, training: bool = True) -> str:
    """The name of the model class in ``export_design(design, training)``: the design's name in CamelCase, with
    ``Net`` added where the file already defines or imports that name."""
    report = infer_shapes(design)
    done: dict[str, set[str]] = {}
    _, imports, defined = copy_sources(_helper_sources(design, report), done)
    try:
        plan = data_part.plan(design, report) if training else None
    except NetbuilderError:
        plan = None  # export_design refuses this design's training script anyway
    imports.update(data_part.toy_functions(plan)[1])
    pairs = data_part.copied(plan) + (_fetch_sources(design) if plan is not None else [])
    _, loop_imports, loop_defined = copy_sources(pairs, done)
    return _unique_class_name(design.name, defined | loop_defined | set(imports) | set(loop_imports))


def _unique_class_name(name: str, taken: set[str]) -> str:
    cls = class_name(name)
    return cls + "Net" if cls in taken else cls


def class_name(name: str) -> str:
    """``"MNIST conv-net (v2)!"`` -> ``"MNISTConvNetV2"``: CamelCase words of ASCII letters and digits."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", ascii_name)
    out = "".join(w[0].upper() + w[1:] for w in words)
    if not out:
        return "Net"
    if out[0].isdigit():
        out = "Net" + out
    if keyword.iskeyword(out) or out in _RESERVED_CLASS_NAMES:
        out += "Net"
    return out


# Module-level names of the generated file that the model class must not shadow.
_RESERVED_CLASS_NAMES = {"True", "False", "None", "F", "DATA_DIR", "INPUT_SHAPE", "EPOCHS", "BATCH_SIZE",
                         "EVAL_BATCH_SIZE", "SEED",
                         "LOSS", "KIND", "NUM_CLASSES", "THRESHOLD", "OUTPUT_SHAPE", "OPTIMIZER", "SCHEDULER",
                         "EARLY_STOPPING"}


def _attr(node_id: str) -> str:
    return f"self.{node_id}" if not keyword.iskeyword(node_id) else f"getattr(self, {quote(node_id)})"


def _variables(design: Design, input_id: str) -> dict[str, str]:
    """Local variable per node: its id, the input as ``x``, keywords and clashes with a trailing ``_``."""
    names = {input_id: "x"}
    taken = {"x", "self"}
    for node_id in design.nodes:
        if node_id == input_id:
            continue
        var = node_id
        while keyword.iskeyword(var) or var in taken:
            var += "_"
        names[node_id] = var
        taken.add(var)
    return names




# helper classes ---------------------------------------------------------------------------------------------
def _constructors(design: Design, report: ShapeReport) -> dict[str, tuple[str, dict]]:
    out = {}
    for node_id in report.order:
        node = design.nodes[node_id]
        if node.type != "Input":
            out[node_id] = node.spec.constructor(report.nodes[node_id].in_shapes, node.params)
    return out


def _helper_names(design: Design, report: ShapeReport) -> set[str]:
    return {name for name, _ in _constructors(design, report).values() if not name.startswith("nn.")}


def _helper_sources(design: Design, report: ShapeReport) -> list[tuple[object, set[str]]]:
    """(module, names) of the classes the model is built from: netbuilder's helper modules, and a Pretrained
    backbone's class with the table of backbones it is built from (``layers.backbones``, ``layers.pretrained``)."""
    names = _helper_names(design, report)
    pairs = [(_modules(), names - {"Pretrained"})]
    if "Pretrained" in names:
        from ..layers import backbones, pretrained  # backbones imports torchvision
        pairs += [(pretrained, {"BACKBONES"}), (backbones, {"Pretrained"})]
    return pairs


def _imagenet(design: Design) -> list[str]:
    """The backbones whose ImageNet weights the design uses, in node order."""
    resolved = [node.spec.resolve(node.params) for node in design.nodes.values() if node.type == "Pretrained"]
    return list(dict.fromkeys(p["model"] for p in resolved if p["weights"] == "imagenet"))


def _fetch_sources(design: Design) -> list[tuple[object, set[str]]]:
    """What the script's main() needs to download ImageNet weights into torch's cache (``backbones.imagenet_path``)."""
    if not _imagenet(design):
        return []
    from ..layers import backbones
    return [(backbones, {"imagenet_path"})]


def _arguments(name: str, kwargs: dict) -> list[str]:
    """A constructor's arguments as source; a Pretrained backbone is built from its entry in BACKBONES (copied)."""
    if name == "Pretrained":
        rest = {k: v for k, v in kwargs.items() if k != "model"}
        return [f"BACKBONES[{quote(kwargs['model'])}]"] + [f"{k}={literal(v)}" for k, v in rest.items()]
    return [f"{k}={literal(v)}" for k, v in kwargs.items()]


# the model class --------------------------------------------------------------------------------------------
def model_source(design: Design, report: ShapeReport, cls: str, loss: str | None) -> str:
    """The ``nn.Module`` class: one attribute per node in the compiler's order, a straight-line forward;
    ``forward_logits`` too when ``loss`` folds in a final Softmax/Sigmoid."""
    input_id = design.input_nodes()[0]
    output_id = design.output_nodes()[0]
    folded = folded_activation(design, loss)
    logits_id = design.inputs_of(folded)[0].source if folded else output_id
    var = _variables(design, input_id)
    ctors = _constructors(design, report)

    out = [f"class {cls}(nn.Module):"]
    shape = list(report.nodes[input_id].shape)
    out.append(docstring(f"The network of the design {quote(design.name)}; its input is {shape} per sample.", 4))
    out += ["", "    def __init__(self):", "        super().__init__()"]
    for node_id, (name, kwargs) in ctors.items():
        args = _arguments(name, kwargs)
        if keyword.iskeyword(node_id):
            out.append(call("self.add_module", [quote(node_id), f"{name}({', '.join(args)})"], 8))
        else:
            out.append(call(f"self.{node_id} = {name}", args, 8))

    def body(stop: str) -> list[str]:
        lines = []
        for node_id in report.order:
            if node_id == input_id:
                continue
            args = [var[e.source] for e in design.inputs_of(node_id)]
            lines.append(call(f"{var[node_id]} = {_attr(node_id)}", args, 8))
            if node_id == stop:
                break
        return lines + [f"        return {var[stop]}"]

    if folded:
        what = design.nodes[folded].type
        out += ["", "    def forward(self, x):",
                docstring(f"Probabilities: the {what} of the scores that forward_logits gives.", 8),
                f"        return {_attr(folded)}(self.forward_logits(x))",
                "", "    def forward_logits(self, x):",
                docstring(f"The scores before the final {what}. The {loss} loss applies the {what} itself, "
                          "which is numerically stabler, so training uses this.", 8)]
        out += body(logits_id)
    else:
        out += ["", "    def forward(self, x):"]
        out += body(output_id)
    return "\n".join(out) + "\n"


def _summary_comment(report: ShapeReport) -> str:
    rows = [("layer", "type", "output shape", "parameters")]
    for node_id in report.order:
        info = report.nodes[node_id]
        shape = "[" + ", ".join(map(str, info.shape)) + "]" if info.shape is not None else "?"
        rows.append((node_id, info.type, shape, f"{info.params:,}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["# " + "  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in rows]
    lines.append(f"# total: {report.total_params:,} trainable parameters (output shapes are per sample)")
    return "\n".join(line.rstrip() for line in lines)


# the header -------------------------------------------------------------------------------------------------


def _docstring(design: Design, cls: str, trains: bool) -> str:
    paras = [f"{doc_text(design.name)}: a PyTorch model" + (" and its training script" if trains else "")
             + ", generated by netbuilder."]
    for para in re.split(r"\n\s*\n", design.description or ""):
        if para.strip():
            paras.append(textwrap.fill(doc_text(" ".join(para.split())), WIDTH - 4))
    if trains:
        paras.append(textwrap.fill(
            f"The model class is {cls}. Run this file to train it with the design's settings (dataset, loss, "
            "optimizer, epochs, seed) the way netbuilder does, with netbuilder's own training code copied below; "
            "it needs only PyTorch and numpy (and torchvision for image datasets):", WIDTH - 4))
        paras.append("    python this_file.py [--epochs N] [--data-dir DIR] [--device auto|cpu|cuda:N] [--save W.pt]")
        paras.append(textwrap.fill(
            "On several processes or machines, torchrun starts it with DistributedDataParallel (gloo on CPUs, "
            "nccl on GPUs), each process training on its share of every batch:", WIDTH - 4))
        paras.append("    torchrun --standalone --nproc_per_node 2 this_file.py")
    else:
        paras.append(f"The model class is {cls}. The design names no dataset, so there is no training script.")
    return '"""' + "\n\n".join(paras) + '\n"""'
