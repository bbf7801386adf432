"""MNIST, Fashion-MNIST and CIFAR-10 through torchvision, loaded as whole uint8 arrays (never per sample)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch

from ..errors import DataError
from . import base
from .base import DATA_DIR_ENV, Dataset


@dataclass(frozen=True)
class _Source:
    label: str          # what the user calls it
    cls_name: str       # torchvision.datasets.<cls_name>
    folder: str         # what torchvision looks for under root
    mean: float | list[float]
    std: float | list[float]
    description: str


SOURCES = {
    "mnist": _Source("MNIST", "MNIST", "MNIST/raw", 0.1307, 0.3081,
                     "Handwritten digits 0-9, 28x28 grey, 60000 train / 10000 test."),
    "fashion_mnist": _Source("Fashion-MNIST", "FashionMNIST", "FashionMNIST/raw", 0.2860, 0.3530,
                             "Zalando clothing in 10 classes, 28x28 grey, 60000 train / 10000 test."),
    "cifar10": _Source("CIFAR-10", "CIFAR10", "cifar-10-batches-py",
                       [0.4914, 0.4822, 0.4465], [0.2470, 0.2435, 0.2616],
                       "Small colour photos in 10 classes, 3x32x32, 50000 train / 10000 test."),
}


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _missing(src: _Source, root: Path, why: str, fix: str) -> DataError:
    return DataError(f"{src.label} not found in {root} (looked for {root / src.folder}){why}; pass --data-dir or "
                     f"set {DATA_DIR_ENV} to a folder that contains {src.folder}, or {fix}")


def _open(src: _Source, root: Path, train: bool, download: bool, explicit_dir: bool):
    import torchvision.datasets as tvd

    cls = getattr(tvd, src.cls_name)
    try:
        return cls(root=str(root), train=train, download=False)
    except RuntimeError as exc:
        if "not found" not in str(exc).lower():
            raise DataError(f"could not read {src.label} from {root / src.folder}: {_one_line(exc)}") from exc
    except Exception as exc:  # a truncated or foreign file: numpy/pickle/OS errors of every kind
        raise DataError(f"could not read {src.label} from {root / src.folder}: {_one_line(exc)}") from exc
    if not download:
        fix = ("allow downloading so torchvision fetches it (needs internet)" if not explicit_dir else
               f"leave both unset to let torchvision download it into {base.default_data_dir()} (needs internet)")
        raise _missing(src, root, "", fix)
    try:
        return cls(root=str(root), train=train, download=True)
    except Exception as exc:  # no network, a proxy, a full disk: all end the same way for the user
        raise _missing(src, root, f" and downloading it failed ({_one_line(exc)})",
                       "connect to the internet so torchvision can download it") from exc


def _as_tensors(ds) -> tuple[torch.Tensor, torch.Tensor]:
    data = ds.data
    if isinstance(data, torch.Tensor):  # MNIST family: uint8 [N, H, W]
        x = data.unsqueeze(1)
    else:  # CIFAR: numpy uint8 [N, H, W, C], a transposed view of [N, C, H, W]; permuting back costs no copy
        x = torch.from_numpy(data).permute(0, 3, 1, 2)
    x = x.contiguous()
    targets = ds.targets
    y = targets.to(torch.int64) if isinstance(targets, torch.Tensor) else torch.as_tensor(targets, dtype=torch.int64)
    return x, y


def _copy(value):
    return list(value) if isinstance(value, list) else value


def load_vision(name: str, spec: dict, *, data_dir: Path, download: bool, explicit_dir: bool = True,
                **_) -> Dataset:
    """``explicit_dir``: the user named ``data_dir`` (so the error suggests the cache instead of the internet)."""
    src = SOURCES[name]
    train = _open(src, data_dir, True, download, explicit_dir)
    test = _open(src, data_dir, False, download, explicit_dir)
    x_train, y_train = _as_tensors(train)
    x_test, y_test = _as_tensors(test)
    classes = list(train.classes)
    return Dataset(name=name, task="classification", input_shape=tuple(x_train.shape[1:]),
                   num_classes=len(classes), class_names=classes, x_train=x_train, y_train=y_train,
                   x_val=None, y_val=None, x_test=x_test, y_test=y_test,
                   preprocess={"scale": 1.0 / 255.0, "mean": _copy(src.mean), "std": _copy(src.std)},
                   description=src.description)
