"""Datasets: the one list of what each dataset is (:mod:`.catalog`, torch-free) and loading one as tensors
(:func:`load_dataset`, in :mod:`.loading`).

Importing this package imports no torch: the editor reads the catalog (names, tasks, classes) before torch has
loaded. The names that need torch (``load_dataset``, ``Dataset``, ...) are imported on first use (PEP 562).
"""
from __future__ import annotations

import importlib

from .catalog import CATALOG, DATASET_NAMES, DATASETS, DatasetEntry, dataset_info, known_task

_LAZY = {"Dataset": "base", "DATA_DIR_ENV": "base", "default_data_dir": "base", "resolve_data_dir": "base",
         "StreamedImages": "images", "chunks_of": "images", "is_streamed": "images", "load_dataset": "loading"}

__all__ = ["CATALOG", "DATASETS", "DATASET_NAMES", "DatasetEntry", "dataset_info", "known_task", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
