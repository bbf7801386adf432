"""A user's own CSV file: a header row, numeric feature columns and one target column.

A plain file (no quotes, rows as wide as the header) is split into lines and its numbers parsed by numpy in one
pass; any other file, and any cell numpy refuses, goes through the csv module row by row, which also words every
error (the row, the line, the column)."""
from __future__ import annotations

import csv
import math
import os
from pathlib import Path

import numpy as np
import torch

from ..errors import Cause, DataError
from .base import Dataset
from ..text import msg

MAX_INTEGER_CLASSES = 20
TASKS = ("classification", "regression")


def _find_file(raw, data_dir: Path) -> Path:
    if not isinstance(raw, (str, os.PathLike)) or str(raw) == "":
        raise DataError(msg("dataset 'csv' needs a 'path': the CSV file to read"))
    path = Path(raw).expanduser()
    data_dir = Path(data_dir)
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, data_dir / path]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
        if candidate.is_dir():
            raise DataError(msg("csv file {candidate} is a folder, not a file", candidate=candidate))
    raise DataError(msg("csv file {raw} not found (looked for {candidates})", raw=raw,
                        candidates=' and '.join(str(c) for c in candidates)),
                    cause=Cause.DATA_MISSING)


F32_MAX = float(np.finfo(np.float32).max)


def _fits(values: np.ndarray) -> bool:
    """Every value finite and within float32's range (what the tensors hold): NaN and inf fail too."""
    return bool((np.abs(values) <= F32_MAX).all())


def _check_header(path: Path, header: list[str]) -> None:
    seen = set()
    for name in header:
        if name in seen:
            raise DataError(msg("csv file {path}: column {name!r} appears twice in the header", path=path, name=name))
        seen.add(name)


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, values) of every non-blank row."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            rows = [(reader.line_num, row) for row in reader if any(v.strip() for v in row)]
    except UnicodeDecodeError as exc:
        raise DataError(msg("csv file {path} is not UTF-8 text ({reason} at byte {start})", path=path,
                            reason=exc.reason, start=exc.start)) from exc
    except (OSError, csv.Error) as exc:
        raise DataError(msg("csv file {path} cannot be read: {exc}", path=path, exc=exc)) from exc
    if not rows:
        raise DataError(msg("csv file {path} is empty: it needs a header row naming the columns, then data rows",
                            path=path))
    header = [name.strip() for name in rows[0][1]]
    _check_header(path, header)
    body = rows[1:]
    if not body:
        raise DataError(msg("csv file {path} has a header but no data rows", path=path))
    for line, row in body:
        if len(row) != len(header):
            raise DataError(msg("csv file {path} line {line} has {n_row} values but the header has {n_header} "
                                "columns", path=path, line=line, n_row=len(row), n_header=len(header)))
    return header, body


class _Lines:
    """The data rows of a plain file (see :func:`_read_plain`) as its text lines: a sequence of (line number,
    values) like :func:`_read_rows`' body, split on demand, and whole columns parsed by numpy."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> tuple[int, list[str]]:
        return i + 2, self.lines[i].split(",")  # the header is line 1 and no line is blank

    def __iter__(self):
        return (self[i] for i in range(len(self.lines)))

    def column(self, col: int) -> list[str]:
        return [line.split(",", col + 1)[col].strip() for line in self.lines]

    def numbers(self, cols: list[int]) -> np.ndarray | None:
        """The columns as float64 in one pass, or None when a cell is not a plain finite number or is blank."""
        try:
            out = np.loadtxt(self.lines, dtype=np.float64, delimiter=",", comments=None, usecols=cols, ndmin=2)
        except ValueError:
            return None
        return out if len(out) == len(self.lines) and _fits(out) else None


def _read_plain(path: Path) -> tuple[list[str], _Lines] | None:
    """The fast reader, for a plain file: UTF-8, no quotes, no NUL, line ends \\n or \\r\\n, a header of 2 or more
    columns on the first line and every other line as wide as it, so splitting lines on commas gives exactly the
    csv module's rows and line numbers. None for any other file: :func:`_read_rows` reads it (or says why not)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError):
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if '"' in text or "\r" in text or "\0" in text:
        return None
    lines = text.split("\n")
    del text
    if lines and lines[-1] == "":
        lines.pop()
    header = [name.strip() for name in lines[0].split(",")] if lines else []
    if len(header) < 2 or not any(header) or len(lines) < 2:
        return None
    header_line, commas, body = lines[0], len(header) - 1, lines[1:]
    del lines
    limit = csv.field_size_limit()
    if (any(line.count(",") != commas for line in body)
            or (max(len(header_line), max(map(len, body))) > limit  # a long line, maybe only of many fields
                and max(max(map(len, line.split(","))) for line in (header_line, *body)) > limit)):
        return None  # ragged or blank lines, or a field the csv module refuses: its messages say which
    if not any(line.replace(",", "").strip() for line in body):
        return None  # only blank rows (commas, spaces): "no data rows", before any column is looked for
    _check_header(path, header)
    return header, _Lines(body)


def _column_index(path: Path, columns: dict[str, int], name, role: str) -> int:
    """The position of column ``name`` (``columns``: each header name's position, looked up in constant time, so
    a file of 100,000 columns is read in linear time)."""
    if not isinstance(name, str):
        raise DataError(msg("dataset 'csv': {role} must be a column name (a string), not {name!r}", role=role,
                            name=name))
    if name not in columns:
        shown = ", ".join(list(columns)[:20])
        if len(columns) > 20:
            shown = msg("{names}, ... ({count:,} in all)", names=shown, count=len(columns))
        raise DataError(msg("csv file {path}: {role} column {name!r} is not in the file; available columns: {shown}",
                            path=path, role=role, name=name, shown=shown))
    return columns[name]


def _column(body, col: int) -> list[str]:
    return body.column(col) if isinstance(body, _Lines) else [row[col].strip() for _, row in body]


def _parse_numbers(path: Path, body, col: int, name: str) -> np.ndarray:
    """One column as float64, or a DataError naming the first bad row; numpy parses, Python only explains."""
    values = _column(body, col)
    try:
        out = np.array(values, dtype=np.float64)
    except ValueError:
        out = None
    if out is not None and _fits(out):
        return out
    for i, ((line, _), value) in enumerate(zip(body, values), start=1):
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            what = msg("is empty") if value == "" else msg("{value!r} is not a finite number", value=value)
        elif abs(number) > F32_MAX:
            what = msg("{value!r} is too large (the network computes in 32-bit floats: at most about 3.4e38)",
                       value=value)
        else:
            continue
        raise DataError(msg("csv file {path}: row {i} (line {line}), column {name!r}: {what}", path=path, i=i,
                            line=line, name=name, what=what))
    raise AssertionError("unreachable: a column numpy refused has a bad value")


def _features(path: Path, body, cols: list[int], header: list[str], t_col: int):
    """(features as float64 columns, the target as float64 or None). A plain file's in one numpy pass (with the
    target when it looks numeric), or None when numpy refuses a cell or a row is blank: the careful reader then
    reads the file again. Rows from the careful reader column by column."""
    if not isinstance(body, _Lines):
        return np.stack([_parse_numbers(path, body, c, header[c]) for c in cols], axis=1), None
    try:
        numeric_target = math.isfinite(float(body.lines[0].split(",")[t_col]))
    except ValueError:
        numeric_target = False
    table = body.numbers(cols + [t_col]) if numeric_target else None
    if table is not None:
        return table[:, :-1], table[:, -1]
    table = body.numbers(cols)
    return None if table is None else (table, None)


def _class_name(v: float) -> str:
    return str(int(v)) if v.is_integer() else repr(v)


def _target(path: Path, body, col: int, name: str, task, numbers: np.ndarray | None = None):
    """(task, y, class_names): numbers with few integer values or any text are classes, other numbers regress.
    ``numbers``: the column already parsed (finite float64), when it was."""
    if numbers is not None:
        values, numeric = None, True
    else:
        values = _column(body, col)
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
        if not numeric or not _fits(numbers):
            numbers = _parse_numbers(path, body, col, name)
        return task, torch.from_numpy(numbers.astype(np.float32)).reshape(-1, 1), None
    if numeric:
        distinct = np.unique(numbers)
        labels = np.searchsorted(distinct, numbers)
        names = [_class_name(float(v)) for v in distinct]
    else:
        if "" in values:
            i = values.index("")
            line = body[i][0]
            raise DataError(msg("csv file {path}: row {i} (line {line}), column {name!r}: the target is empty",
                                path=path, i=i + 1, line=line, name=name))
        names = sorted(set(values))
        index = {v: i for i, v in enumerate(names)}
        labels = np.array([index[v] for v in values])
    return task, torch.from_numpy(labels.astype(np.int64)), names


def load_csv(spec, *, data_dir: Path, **_) -> Dataset:
    task, x, y, class_names, description, feature_names = read_csv(spec, data_dir)
    return Dataset(name="csv", task=task, input_shape=tuple(x.shape[1:]),
                   num_classes=None if class_names is None else len(class_names), class_names=class_names,
                   x_train=x, y_train=y, x_val=None, y_val=None, x_test=None, y_test=None,
                   preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0}, description=description,
                   feature_names=feature_names)


def _all_but(header: list[str], target) -> list[str]:
    """A spec's features when it lists none: every column but the target."""
    return [h for h in header if h != target]


def read_csv(spec, data_dir):
    """A design's CSV file (``spec``: path, target, optional features and task) as (task, x, y, class names,
    description, feature names): x float32 ``[rows, features]``; y class numbers, or float32 ``[rows, 1]`` for
    regression; the names of the columns taken as features, in x's order.
    Written once: the exported script copies it. Raises DataError saying which row and column is wrong."""
    task = spec.get("task")
    if task is not None and task not in TASKS:
        raise DataError(msg("dataset 'csv': task must be 'classification' or 'regression', not {task!r}", task=task))
    if "target" not in spec:
        raise DataError(msg("dataset 'csv' needs a 'target': the name of the column to predict"))
    path = _find_file(spec.get("path"), data_dir)
    header, body = _read_plain(path) or _read_rows(path)
    target = spec["target"]
    columns = {name: i for i, name in enumerate(header)}
    t_col = _column_index(path, columns, target, "target")
    features = spec.get("features")
    if features is None:
        features = _all_but(header, target)
    elif not isinstance(features, (list, tuple)) or not features:
        raise DataError(msg("dataset 'csv': features must be a non-empty list of column names"))
    if len(set(map(str, features))) != len(features):
        raise DataError(msg("dataset 'csv': features lists a column twice"))
    if target in features:
        raise DataError(msg("dataset 'csv': the target column {target!r} cannot also be a feature", target=target))
    if not features:
        raise DataError(msg("csv file {path} has no feature columns besides the target {target!r}", path=path,
                            target=target))
    f_cols = [_column_index(path, columns, f, "feature") for f in features]
    parsed = _features(path, body, f_cols, header, t_col)
    if parsed is None:  # not every feature a plain finite number: the csv module's rows decide and explain
        header, body = _read_rows(path)
        parsed = _features(path, body, f_cols, header, t_col)
    x, numbers = parsed
    task, y, class_names = _target(path, body, t_col, target, task, numbers)
    description = msg("{name}: {rows} rows, {features} features, target {target!r} ({task})", name=path.name,
                      rows=len(body), features=len(f_cols), target=target, task=task)
    return task, torch.from_numpy(x.astype(np.float32)), y, class_names, description, [str(f) for f in features]
