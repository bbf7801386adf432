"""Tampered checkpoints (issue 19), built by the tests from a real one in tmp_path: each case changes one part of
the payload the way a hand-edited or hostile file would, and names what the loader's refusal must mention."""
from __future__ import annotations

import math
import struct
import zipfile
from pathlib import Path

import torch


def _set(*keys, value):
    def edit(payload):
        target = payload
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return edit


def _history(payload):
    return payload["history"]


#: name -> (edit of the payload, what the one-line refusal says). Point 1: numbers beyond any bound.
NUMBER_CASES = {
    "threshold 2**2000": (_set("problem", "threshold", value=2**2000), "problem.threshold is too large"),
    "threshold 1e300": (_set("problem", "threshold", value=1e300), "problem.threshold is too large"),
    "mean [2**2000, 0]": (_set("preprocess", "mean", value=[2**2000, 0]), "preprocess.mean[0] is too large"),
    "scale 2**2000": (_set("preprocess", "scale", value=2**2000), "preprocess.scale is too large"),
    "std tiny": (_set("preprocess", "std", value=1e-44), "beyond float32's range"),
    "std 0": (_set("preprocess", "std", value=[0.0, 1.0]), "preprocess.std holds 0"),
    "mean a string": (_set("preprocess", "mean", value="zero"), "preprocess.mean is 'zero', not a number"),
    "num_classes 2**2000": (_set("problem", "num_classes", value=2**2000), "problem.num_classes is a huge number"),
    "input_shape 2**2000": (_set("dataset", "input_shape", value=[2**2000]), "dataset.input_shape[0] is a huge"),
    "input_shape negative": (_set("dataset", "input_shape", value=[-2, -1]), "dataset.input_shape[0] is -2"),
    "history loss 2**2000": (lambda p: _history(p)[0].update(loss=2**2000), "history[0].loss is too large"),
    "test accuracy 2**2000": (_set("test", "test_accuracy", value=2**2000), "test.test_accuracy is too large"),
    "confusion 2**2000": (_set("test", "test_confusion", value=[[2**2000, 0], [0, 1]]),
                          "test.test_confusion[0][0] is too large"),
}

#: Point 2: parts the window uses after the canvas was replaced; the loader checks them first.
WHOLE_CASES = {
    "history [1, 2, 3]": (_set("history", value=[1, 2, 3]), "history[0] is 1, not an epoch's metrics"),
    "history of strings": (_set("history", value=["a", "b"]), "history[0] is 'a', not an epoch's metrics"),
    "history out of order": (lambda p: _history(p)[0].update(epoch=7), "history[0].epoch is 7, not 1"),
    "history NaN": (lambda p: _history(p)[1].update(val_loss=math.nan), "history[1].val_loss is nan"),
    "history without loss": (lambda p: _history(p)[0].pop("loss"), "history[0] has no loss"),
    "task bogus": (_set("dataset", "task", value="bogus"), "dataset.task is 'bogus'"),
    "task regression": (_set("dataset", "task", value="regression"), "dataset.task is regression but the problem"),
    "class names short": (_set("dataset", "class_names", value=["one"]), "dataset.class_names has 1 names"),
    "epochs abc": (_set("config", "epochs", value="abc"), "training.epochs: must be a whole number"),
    "lr inf": (_set("config", "optimizer", "lr", value=math.inf), "training.optimizer.lr: must be a number"),
    "config a list": (_set("config", value=[1, 2]), "training: must be an object"),
    "config missing": (lambda p: p.pop("config"), "training.dataset: missing"),
    "problem a list": (_set("problem", value=[1]), "problem is a list of 1 items, not an object"),
    "config name surrogate": (_set("config", "dataset", "name", value="xor\ud800"), "invalid character"),
    "complex weights": (lambda p: p["state_dict"].update({name: t.to(torch.complex64) for name, t in
                                                          p["state_dict"].items()}), "complex64 values"),
}


def tampered(good: Path, path: Path, edit) -> Path:
    """``good``'s payload changed by ``edit``, saved with torch.save to ``path``."""
    payload = torch.load(good, weights_only=True)
    edit(payload)
    torch.save(payload, path)
    return path


def rezipped(good: Path, path: Path, compression=zipfile.ZIP_DEFLATED, only: str = "") -> Path:
    """The same entries as ``good``, written again with ``compression`` (``only``: just the entry whose name ends
    with it; the others stored)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            chosen = compression if info.filename.endswith(only) else zipfile.ZIP_STORED
            out.writestr(info.filename, src.read(info.filename), compress_type=chosen)
    return path


def _patch_headers(path: Path, entry_suffix: str, local, central) -> None:
    """Apply ``local(data, at)`` / ``central(data, at)`` to the headers of the entry whose name ends with
    ``entry_suffix`` (a zip written by zipfile, no zip64)."""
    data = bytearray(path.read_bytes())
    for signature, name_at, patch in ((b"PK\x03\x04", 26, local), (b"PK\x01\x02", 28, central)):
        at = data.find(signature)
        while at >= 0:
            name_len = struct.unpack_from("<H", data, at + name_at)[0]
            start = at + name_at + (4 if signature == b"PK\x03\x04" else 18)
            if bytes(data[start:start + name_len]).decode().endswith(entry_suffix):
                patch(data, at)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def claims_inflating_to(good: Path, path: Path, size: int, entry_suffix: str = "data/0") -> Path:
    """``good`` with ``entry_suffix`` deflated and its headers declaring that it inflates to ``size`` bytes: the
    few bytes of a zip entry that make a reader allocate ``size`` before it finds the data short."""
    rezipped(good, path, only=entry_suffix)
    _patch_headers(path, entry_suffix, lambda d, at: struct.pack_into("<I", d, at + 22, size),
                   lambda d, at: struct.pack_into("<I", d, at + 24, size))
    return path


def encrypted(good: Path, path: Path) -> Path:
    """``good`` with its first data entry flagged as encrypted (general purpose bit 0)."""
    path.write_bytes(good.read_bytes())
    _patch_headers(path, "data/0", lambda d, at: d.__setitem__(at + 6, d[at + 6] | 1),
                   lambda d, at: d.__setitem__(at + 8, d[at + 8] | 1))
    return path


def stride_zero_curves(good: Path, path: Path, values: int = 2_500_000_000) -> Path:
    """``good`` with a loss curve of ``values`` float64s that is one stored number seen through stride 0: a few
    hundred bytes of file that ask for ``values * 8`` bytes (20 GB) once copied out."""
    one = torch.zeros(1, dtype=torch.float64)
    return tampered(good, path, _set("curves", value={"batch_x": one.expand(values),
                                                      "batch_loss": one.clone().expand(values)}))


def claims_stored_size(good: Path, path: Path, size: int, packed: int, entry_suffix: str = "data/0") -> Path:
    """``good`` with ``entry_suffix`` still stored but its headers declaring ``size`` bytes inflated and ``packed``
    bytes stored (a real stored entry declares the same number twice, and no more than the file holds)."""
    path.write_bytes(good.read_bytes())

    def local(d, at):
        struct.pack_into("<II", d, at + 18, packed, size)

    def central(d, at):
        struct.pack_into("<II", d, at + 20, packed, size)
    _patch_headers(path, entry_suffix, local, central)
    return path


def _shared(payload, layers: int, width: int):
    """The design becomes Input [width] -> ``layers`` Linear(width) -> Linear(1) -> Sigmoid, and every weight in the
    file a view of one storage of ``width * width`` float32 values."""
    nodes = [{"id": "x", "type": "Input", "params": {"shape": [width]}}]
    nodes += [{"id": f"h{i}", "type": "Linear", "params": {"out_features": width}} for i in range(layers)]
    nodes += [{"id": "out", "type": "Linear", "params": {"out_features": 1}}, {"id": "prob", "type": "Sigmoid"}]
    payload["design"]["nodes"] = nodes
    payload["design"]["edges"] = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    payload["design"].pop("expected", None)
    one = torch.zeros(width * width)
    state = {}
    for i in range(layers):
        state[f"h{i}.weight"], state[f"h{i}.bias"] = one.view(width, width), one[:width]
    state["out.weight"], state["out.bias"] = one[:width].view(1, width), one[:1]
    payload["state_dict"] = state


def shared_storage(good: Path, path: Path, layers: int = 994, width: int = 1000) -> Path:
    """``good`` with a design of ``layers * (width**2 + width)`` weights (995 million: 3.7 GB of float32) whose
    ``2 * layers + 2`` tensors in the file are all views of one storage of ``width**2`` values (4 MB): counted
    view by view the file seems to hold more values than the design has weights."""
    return tampered(good, path, lambda p: _shared(p, layers, width))
