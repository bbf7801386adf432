"""The Dataset record every loader returns, and where data lives on disk."""
from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch

DATA_DIR_ENV = "NETBUILDER_DATA_DIR"

_TENSOR_FIELDS = ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test")


@dataclass
class Dataset:
    """A whole dataset preloaded as tensors, so training batches by indexing and never per sample (a split of a
    person's images too big for memory is a :class:`~.images.StreamedImages` instead: the files, decoded per batch).

    ``x`` keeps the source's dtype (uint8 images stay uint8); the model sees
    ``(x.float() * preprocess["scale"] - mean) / std``, with ``mean``/``std`` either one number or a list that
    broadcasts over the first dimension of a sample (channels of an image, features of a 1-D sample).
    """

    name: str
    task: str
    input_shape: tuple[int, ...]
    num_classes: int | None
    class_names: list[str] | None
    x_train: torch.Tensor
    y_train: torch.Tensor
    x_val: torch.Tensor | None
    y_val: torch.Tensor | None
    x_test: torch.Tensor | None
    y_test: torch.Tensor | None
    preprocess: dict = field(default_factory=lambda: {"scale": 1.0, "mean": 0.0, "std": 1.0})
    description: str = ""
    feature_names: list[str] | None = None  # a table's columns, in a sample's order (the panels label inputs)

    def to(self, device) -> "Dataset":
        """A copy with every tensor on ``device`` (tensors shared between splits stay shared)."""
        moved: dict[int, torch.Tensor] = {}
        changes = {}
        for name in _TENSOR_FIELDS:
            t = getattr(self, name)
            if t is not None:
                if id(t) not in moved:
                    moved[id(t)] = t.to(device)
                changes[name] = moved[id(t)]
        return dataclasses.replace(self, preprocess=dict(self.preprocess),
                                   class_names=None if self.class_names is None else list(self.class_names),
                                   **changes)

    def same_as_train(self, split: str) -> bool:
        """Whether the ``"val"`` or ``"test"`` split is the training split itself (the same tensors, or equal
        ones), as for the tiny sets that exist to watch a model fit: its scores then say nothing about new data.
        Decided from the data, so it holds for any dataset, a limit or a copy included; False without the split."""
        if split not in ("val", "test"):
            raise ValueError(f"split must be 'val' or 'test', not {split!r}")
        pairs = ((self.x_train, getattr(self, f"x_{split}")), (self.y_train, getattr(self, f"y_{split}")))
        if any(other is None for _, other in pairs):
            return False
        return all(train is other or (train.shape == other.shape and train.dtype == other.dtype
                                      and train.device == other.device and train.equal(other))
                   for train, other in pairs)

    def test_is_train(self) -> bool:
        """Whether the test split is the training split (see :meth:`same_as_train`)."""
        return self.same_as_train("test")


def default_data_dir() -> Path:
    """The per-user cache folder torchvision downloads into when no folder is given."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "netbuilder" / "data"


def resolve_data_dir(data_dir: str | os.PathLike | None) -> tuple[Path, bool]:
    """(folder, explicit): the argument, else $NETBUILDER_DATA_DIR, else the cache folder.

    ``explicit`` is False only for the cache folder: the one place netbuilder downloads into unasked.
    """
    if data_dir is not None and str(data_dir) != "":
        return Path(data_dir).expanduser(), True
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser(), True
    return default_data_dir(), False
