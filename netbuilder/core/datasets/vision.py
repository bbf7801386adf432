"""MNIST, Fashion-MNIST and CIFAR-10 through torchvision, loaded as whole uint8 arrays (never per sample)."""
from __future__ import annotations

import os
from pathlib import Path

import torch

from ..errors import Cause, DataError, one_line
from .base import DATA_DIR_ENV, Dataset, default_data_dir
from .catalog import CATALOG, Torchvision
from ..text import msg


class MissingData(Exception):
    """A dataset is not there and could not be fetched; the message says what to do."""


def open_torchvision(cls_name, label, folder, root, train, download, explicit_dir):
    """torchvision's ``cls_name`` dataset under ``root``; downloaded only when ``download``. When it cannot be had,
    MissingData says in one line where it was looked for and what to do (``explicit_dir``: the user named
    ``root``, so the cache is offered instead of the internet). Written once: the exported script copies it."""
    import torchvision.datasets

    cls = getattr(torchvision.datasets, cls_name)
    where = os.path.join(str(root), *folder.split("/"))
    try:
        return cls(root=str(root), train=train, download=False)
    except RuntimeError as exc:
        if "not found" not in str(exc).lower():
            raise MissingData(msg("could not read {label} from {where}: {exc}", label=label, where=where,
                                  exc=one_line(exc))) from exc
    except Exception as exc:  # a truncated or foreign file: numpy/pickle/OS errors of every kind
        raise MissingData(msg("could not read {label} from {where}: {exc}", label=label, where=where,
                              exc=one_line(exc))) from exc
    fix = (msg("allow downloading so torchvision fetches it (needs internet)") if not explicit_dir else
           msg("leave both unset to let torchvision download it into {folder} (needs internet)",
               folder=default_data_dir()))
    why = ""
    if download:
        try:
            return cls(root=str(root), train=train, download=True)
        except Exception as exc:  # no network, a proxy, a full disk: all end the same way for the user
            why = msg(" and downloading it failed ({exc})", exc=one_line(exc))
            fix = msg("connect to the internet so torchvision can download it")
    raise MissingData(msg("{label} not found in {root} (looked for {where}){why}; pass --data-dir or set "
                          "{data_dir_env} to a folder that contains {folder}, or {fix}", label=label, root=root,
                          where=where, why=why, data_dir_env=DATA_DIR_ENV, folder=folder, fix=fix))


def _open(src: Torchvision, root: Path, train: bool, download: bool, explicit_dir: bool):
    try:
        return open_torchvision(src.cls_name, src.label, src.folder, root, train, download, explicit_dir)
    except MissingData as exc:
        raise DataError(exc.args[0], cause=Cause.DATA_MISSING) from exc.__cause__


def as_tensors(ds) -> tuple[torch.Tensor, torch.Tensor]:
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


def load_vision(spec: dict, *, data_dir: Path, download: bool, explicit_dir: bool = True, **_) -> Dataset:
    """The torchvision set ``spec`` names (its catalog entry says where torchvision keeps it). ``explicit_dir``:
    the user named ``data_dir`` (so the error suggests the cache instead of the internet)."""
    name = spec["name"]
    src = CATALOG[name].torchvision
    train = _open(src, data_dir, True, download, explicit_dir)
    test = _open(src, data_dir, False, download, explicit_dir)
    x_train, y_train = as_tensors(train)
    x_test, y_test = as_tensors(test)
    classes = list(train.classes)
    return Dataset(name=name, task="classification", input_shape=tuple(x_train.shape[1:]),
                   num_classes=len(classes), class_names=classes, x_train=x_train, y_train=y_train,
                   x_val=None, y_val=None, x_test=x_test, y_test=y_test,
                   preprocess={"scale": 1.0 / 255.0, "mean": _copy(src.mean), "std": _copy(src.std)},
                   description=CATALOG[name].description)
