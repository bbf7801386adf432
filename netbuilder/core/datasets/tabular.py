"""A user's own CSV file: a header row, numeric feature columns and one target column."""
from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import numpy as np
import torch

from ..errors import DataError
from .base import Dataset

MAX_INTEGER_CLASSES = 20
TASKS = ("classification", "regression")


def _find_file(raw, data_dir: Path) -> Path:
    if not isinstance(raw, (str, os.PathLike)) or str(raw) == "":
        raise DataError("dataset 'csv' needs a 'path': the CSV file to read")
    path = Path(raw).expanduser()
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, data_dir / path]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
        if candidate.is_dir():
            raise DataError(f"csv file {candidate} is a folder, not a file")
    raise DataError(f"csv file {raw} not found (looked for {' and '.join(str(c) for c in candidates)})")


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, values) of every non-blank row."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            rows = [(reader.line_num, row) for row in reader if any(v.strip() for v in row)]
    except UnicodeDecodeError as exc:
        raise DataError(f"csv file {path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except (OSError, csv.Error) as exc:
        raise DataError(f"csv file {path} cannot be read: {exc}") from exc
    if not rows:
        raise DataError(f"csv file {path} is empty: it needs a header row naming the columns, then data rows")
    header = [name.strip() for name in rows[0][1]]
    seen = set()
    for name in header:
        if name in seen:
            raise DataError(f"csv file {path}: column {name!r} appears twice in the header")
        seen.add(name)
    body = rows[1:]
    if not body:
        raise DataError(f"csv file {path} has a header but no data rows")
    for line, row in body:
        if len(row) != len(header):
            raise DataError(f"csv file {path} line {line} has {len(row)} values but the header has "
                            f"{len(header)} columns")
    return header, body


def _column_index(path: Path, header: list[str], name, role: str) -> int:
    if not isinstance(name, str):
        raise DataError(f"dataset 'csv': {role} must be a column name (a string), not {name!r}")
    if name not in header:
        raise DataError(f"csv file {path}: {role} column {name!r} is not in the file; available columns: "
                        + ", ".join(header))
    return header.index(name)


def _parse_numbers(path: Path, body, col: int, name: str) -> np.ndarray:
    """One column as float64, or a DataError naming the first bad row; numpy parses, Python only explains."""
    values = [row[col].strip() for _, row in body]
    try:
        out = np.array(values, dtype=np.float64)
    except ValueError:
        out = None
    if out is not None and np.isfinite(out).all():
        return out
    for i, ((line, _), value) in enumerate(zip(body, values), start=1):
        try:
            ok = math.isfinite(float(value))
        except ValueError:
            ok = False
        if not ok:
            what = "is empty" if value == "" else f"{value!r} is not a finite number"
            raise DataError(f"csv file {path}: row {i} (line {line}), column {name!r}: {what}")
    raise AssertionError("unreachable: a column numpy refused has a bad value")


def _class_name(v: float) -> str:
    return str(int(v)) if v.is_integer() else repr(v)


def _target(path: Path, body, col: int, name: str, task):
    """(task, y, class_names): numbers with few integer values or any text are classes, other numbers regress."""
    values = [row[col].strip() for _, row in body]
    try:
        numbers = np.array(values, dtype=np.float64)
        numeric = bool(np.isfinite(numbers).all())
    except ValueError:
        numbers, numeric = None, False
    if task is None:
        if numeric:
            distinct = np.unique(numbers)
            few = len(distinct) <= MAX_INTEGER_CLASSES and bool(np.all(distinct == np.round(distinct)))
            task = "classification" if few else "regression"
        else:
            task = "classification"
    if task == "regression":
        numbers = _parse_numbers(path, body, col, name)
        return task, torch.from_numpy(numbers.astype(np.float32)).reshape(-1, 1), None
    if numeric:
        distinct = np.unique(numbers)
        labels = np.searchsorted(distinct, numbers)
        names = [_class_name(float(v)) for v in distinct]
    else:
        for i, ((line, _), value) in enumerate(zip(body, values), start=1):
            if value == "":
                raise DataError(f"csv file {path}: row {i} (line {line}), column {name!r}: the target is empty")
        names = sorted(set(values))
        index = {v: i for i, v in enumerate(names)}
        labels = np.array([index[v] for v in values])
    return task, torch.from_numpy(labels.astype(np.int64)), names


def load_csv(spec, *, data_dir: Path, **_) -> Dataset:
    task = spec.get("task")
    if task is not None and task not in TASKS:
        raise DataError(f"dataset 'csv': task must be 'classification' or 'regression', not {task!r}")
    if "target" not in spec:
        raise DataError("dataset 'csv' needs a 'target': the name of the column to predict")
    path = _find_file(spec.get("path"), data_dir)
    header, body = _read_rows(path)
    target = spec["target"]
    t_col = _column_index(path, header, target, "target")
    features = spec.get("features")
    if features is None:
        features = [h for h in header if h != target]
    elif not isinstance(features, (list, tuple)) or not features:
        raise DataError("dataset 'csv': features must be a non-empty list of column names")
    if len(set(map(str, features))) != len(features):
        raise DataError("dataset 'csv': features lists a column twice")
    if target in features:
        raise DataError(f"dataset 'csv': the target column {target!r} cannot also be a feature")
    if not features:
        raise DataError(f"csv file {path} has no feature columns besides the target {target!r}")
    f_cols = [_column_index(path, header, f, "feature") for f in features]
    x = np.stack([_parse_numbers(path, body, c, header[c]) for c in f_cols], axis=1)
    task, y, class_names = _target(path, body, t_col, target, task)
    return Dataset(name="csv", task=task, input_shape=(len(f_cols),),
                   num_classes=None if class_names is None else len(class_names), class_names=class_names,
                   x_train=torch.from_numpy(x.astype(np.float32)), y_train=y, x_val=None, y_val=None,
                   x_test=None, y_test=None, preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0},
                   description=f"{path.name}: {len(body)} rows, {len(f_cols)} features, "
                               f"target {target!r} ({task})")
