"""A trained model as an ONNX file, for onnxruntime and the other runtimes that read ONNX.

The file holds what ``NetModule.forward()`` computes: one input named ``input`` of shape ``[batch, *input_shape]``
(the design's Input shape, ``float32``, already preprocessed as the checkpoint's ``preprocess`` says: ``(raw *
scale - mean) / std``) and one output named ``output`` (probabilities for a classifier whose design ends in
Softmax or Sigmoid, else the last layer's values). The batch dimension is dynamic. The checkpoint's design name,
task, class names and preprocessing travel in the model's ``metadata_props`` (keys ``netbuilder.*``, JSON).

The exporter: torch's ``torch.export``-based one (``dynamo=True``), the default since PyTorch 2.9 and the one that
is maintained; it exports every preset (the LSTM of mnist_lstm included) and every layer type of the catalogue
with a dynamic batch, and onnxruntime then matches PyTorch to a few 1e-7 (at most 2e-6 on the presets). It is
slower (about a second a model, against a tenth for the TorchScript exporter), which a person exporting once does
not notice. The TorchScript exporter (``dynamo=False``, deprecated upstream, and a tracer: it bakes in any
data-dependent branch) is the fallback for a model the first one cannot capture. Whichever writes it, the model is
checked before the file is written: onnxruntime runs it on a batch of a size other than the one it was exported
with, and its outputs must match PyTorch's (``rtol`` 1e-3, ``atol`` 1e-4); a model that does not is never written.

The onnx, onnxscript and onnxruntime packages are imported only here, and only when exporting (the
``netbuilder[onnx]`` extra); without them export raises a one-line :class:`NetbuilderError` saying what to
install. Importing this module imports neither torch nor onnx. Writing is atomic: a failure leaves no partial
file, and an existing file as it was.
"""
from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from ..files.atomic import write_atomic
from ..errors import NetbuilderError, one_line
from ..text import msg

if TYPE_CHECKING:  # pragma: no cover
    from ..design.compiler import NetModule
    from ..training.checkpoint import Checkpoint

INSTALL = "pip install 'netbuilder[onnx]'"
#: the batch size of the example the graph is captured with, and the other one it is checked with
EXPORT_BATCH, CHECK_BATCH = 2, 3
RTOL, ATOL = 1e-3, 1e-4


def export_onnx(checkpoint_path: str | os.PathLike, target_path: str | os.PathLike) -> Path:
    """Write the model of the checkpoint at ``checkpoint_path`` (``netbuilder train --save``) as ONNX to
    ``target_path``; returns the path written. Raises NetbuilderError with one line saying what went wrong."""
    _require()  # before loading a large checkpoint for nothing
    from ..training import load_checkpoint
    return export_checkpoint(load_checkpoint(checkpoint_path, curves=False), target_path)


def export_checkpoint(checkpoint: "Checkpoint", target_path: str | os.PathLike) -> Path:
    """Write a loaded :class:`Checkpoint`'s model as ONNX, with its preprocessing and class names as metadata."""
    name = checkpoint.design.name or Path(checkpoint.path).stem
    metadata = data_metadata(checkpoint.task, checkpoint.class_names, checkpoint.preprocess,
                             checkpoint.dataset.get("name"))
    return export_model(checkpoint.model, target_path, name, metadata)


def data_metadata(task: str, class_names, preprocess: dict, dataset: str | None) -> dict:
    """What a runtime needs to feed the model and read its output: the task, the class names, the preprocessing
    (``(raw * scale - mean) / std``) and the dataset's name (``netbuilder.*`` entries of the file)."""
    return {"task": task, "class_names": list(class_names) if class_names is not None else None,
            "preprocess": preprocess, "dataset": dataset}


def export_model(model: "NetModule", target_path: str | os.PathLike, name: str,
                 metadata: dict | None = None) -> Path:
    """Write ``model`` (a compiled design; left as it is: a CPU copy is exported) as ONNX to ``target_path``.
    ``name`` (the design's) names it in messages; ``metadata``: more ``netbuilder.<key>`` entries (JSON values)."""
    onnx, ort = _require()
    import numpy as np
    import torch

    target = Path(target_path)
    label = msg("'{name}'", name=name) if name else msg("the model")
    model = copy.deepcopy(model).to("cpu").eval()  # the exporter may touch the module; the caller's stays as is
    example, check = _inputs(model, EXPORT_BATCH), _inputs(model, CHECK_BATCH)
    try:
        with torch.inference_mode():
            expected = model(check).numpy()
    except Exception as exc:  # a model that cannot run cannot be exported (nor checked)
        raise NetbuilderError(msg("cannot export {label} to ONNX: the model fails on a sample batch ({first_line})",
                                  label=label, first_line=_first_line(exc))) from None

    failures = []
    for dynamo in (True, False):
        try:
            proto = _capture(model, example, dynamo, onnx)
        except Exception as exc:  # the exporters raise many kinds; each becomes a line
            failures.append(_first_line(exc))
            continue
        props = {"design": name, "input_shape": list(model.input_shape), "exporter": "dynamo" if dynamo
                 else "torchscript", **(metadata or {})}
        for key, value in props.items():
            entry = proto.metadata_props.add()
            entry.key, entry.value = f"netbuilder.{key}", json.dumps(value, default=_plain)
        try:
            data = proto.SerializeToString()
        except Exception as exc:  # protobuf's 2 GB limit
            raise NetbuilderError(msg("cannot export {label} to ONNX: the model is too large for one ONNX file "
                                      "({first_line})", label=label, first_line=_first_line(exc))) from None
        problem = _check(ort, np, data, check.numpy(), expected)
        if problem is None:
            write_atomic(target, data)
            return target
        failures.append(problem)
    raise NetbuilderError(msg("cannot export {label} to ONNX: {failures}", label=label, failures=failures[0]))


def _require():
    """``(onnx, onnxruntime)``, importing onnxscript too (the exporter needs it); one line when one is missing."""
    modules = []
    for package in ("onnx", "onnxscript", "onnxruntime"):
        try:
            modules.append(__import__(package))
        except ImportError:
            raise NetbuilderError(msg("ONNX export needs the {package} package, which is not installed: {install}",
                                      package=package, install=INSTALL)) from None
    return modules[0], modules[2]


def _inputs(model, batch: int):
    """A fixed random batch the model accepts: uniform in [0, 1), or token numbers when an Embedding reads the
    input (an index must lie below its vocabulary size)."""
    import torch
    from ..layers.modules import Embedding
    generator = torch.Generator().manual_seed(batch)
    shape = (batch, *model.input_shape)
    readers = [getattr(model, node_id) for node_id, sources in model.order if sources == (model.input_id,)]
    vocab = [m.num_embeddings for m in readers if isinstance(m, Embedding)]
    if vocab:
        return torch.randint(0, min(vocab), shape, generator=generator).float()
    return torch.rand(shape, generator=generator)


def _capture(model, example, dynamo: bool, onnx):
    """The model as an ``onnx.ModelProto``, captured with torch's ``dynamo`` exporter or the TorchScript one;
    their progress messages, warnings and graph dumps (on a failure) are kept off the console: the error says
    what went wrong in one line."""
    import torch
    names = {"input_names": ["input"], "output_names": ["output"]}
    quiet = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        warnings.simplefilter("ignore")
        if dynamo:
            program = torch.onnx.export(model, (example,), dynamo=True, verbose=False, report=False,
                                        dynamic_shapes=({0: torch.export.Dim("batch")},), **names)
            return program.model_proto
        buffer = io.BytesIO()
        torch.onnx.export(model, (example,), buffer, dynamo=False, verbose=False,
                          dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, **names)
        return onnx.load_from_string(buffer.getvalue())


def _check(ort, np, data: bytes, x, expected) -> str | None:
    """None when onnxruntime runs the model on ``x`` and gets ``expected``; else what is wrong, in a few words."""
    try:
        options = ort.SessionOptions()
        options.log_severity_level = 3  # errors only: its warnings are not the person's business
        session = ort.InferenceSession(data, options, providers=["CPUExecutionProvider"])
        got = session.run(["output"], {"input": x})[0]
    except Exception as exc:
        return msg("onnxruntime cannot run the exported model ({reason})", reason=_first_line(exc))
    if got.shape != expected.shape:
        return msg("the exported model gives outputs of shape {got}, PyTorch {expected}", got=list(got.shape),
                   expected=list(expected.shape))
    if not np.allclose(got, expected, rtol=RTOL, atol=ATOL, equal_nan=True):
        worst = float(np.nanmax(np.abs(got.astype(np.float64) - expected)))
        return msg("the exported model's outputs differ from PyTorch's by up to {worst:.3g}", worst=worst)
    return None


def _plain(value):
    """Tensors and numpy values as numbers or lists, anything else as text (for the metadata's JSON)."""
    return value.tolist() if hasattr(value, "tolist") else str(value)


def _first_line(exc: BaseException) -> str:
    """The first line of the root cause: torch's exporter wraps it in a page of generic advice."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))  # colour codes
    lines = [line for line in text.splitlines() if line.strip()]
    return one_line(lines[0]) if lines else type(exc).__name__
