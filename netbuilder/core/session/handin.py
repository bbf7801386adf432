"""A student's work handed in as one file (``.nbwork``): the design, its weights now, the runs (their settings,
histories and loss curves; not each run's own weights, which would multiply the file by the runs), the lesson and
the step reached, the answers typed under the lesson's question steps, and the student's name. A teacher opens one
file, or a folder of them (:func:`open_class_folder`): each student's runs, labelled with the name ("Ana: Run 2"),
go side by side in the runs view, and :func:`class_rows` is the short table of the class. Qt-free.

The file is what ``torch.save`` writes (a zip of stored entries): the plain part as one JSON text (read back by the
one reader of outside JSON, :mod:`..files.plain_json`), the weights and the curves as tensors. Loading checks the
zip (:mod:`..files.safe_zip`: stored entries, no more bytes than the file has) before ``torch.load`` with
``weights_only=True``, so opening a file never runs code from it; every part is checked before it is used, and a
file that fails any check is refused with one line naming it. Written atomically.
"""
from __future__ import annotations

import io
import json
import math
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ..design.design_io import design_from_dict
from ..errors import NetbuilderError, TrainingError, one_line
from ..files.atomic import write_atomic
from ..files.plain_json import check_plain, loads
from ..training.checkpoint import read_torch_file
from ..training.checkpoint_checks import Damaged, check_tensors, real
from .runs import STATUSES, RunRecord
from ..text import msg

FORMAT = "netbuilder-work"
VERSION = 1
SUFFIX = ".nbwork"
#: the most work files a class folder opens (a class, not a whole disk)
MAX_FILES = 200
#: what a run's saved boundary may hold: grid side, classes, training points
MAX_GRID, MAX_CLASSES, MAX_POINTS = 256, 1000, 10_000
_RUN_TEXT = ("status", "message", "device")


@dataclass
class Work:
    """One student's work as read from a file (or about to be written)."""

    student: str
    design: dict
    weights: dict[str, torch.Tensor] = field(default_factory=dict)
    runs: list[RunRecord] = field(default_factory=list)
    #: the lesson open when the work was saved: ``title``, ``step`` (the step reached, 1-based; 0: not begun),
    #: ``steps`` (how many), ``step_title``; empty without a lesson
    lesson: dict = field(default_factory=dict)
    #: the answers typed under the lesson's question steps, by step number (1-based)
    answers: dict[int, str] = field(default_factory=dict)
    saved: str = ""
    path: str = ""


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist"):  # numpy and torch values
        return _plain(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None  # a diverged run's loss: unknown, as JSON can say it
    return value


def _run_dict(r: RunRecord) -> dict:
    return {"number": r.number, "status": r.status, "message": r.message, "settings": _plain(r.settings),
            "device": r.device, "design": _plain(r.design), "history": _plain(r.history), "test": _plain(r.test),
            "seconds": float(r.seconds), "best_epoch": r.best_epoch,
            "confusion": _plain((r.validation or {}).get("confusion"))}


def work_payload(work: Work) -> dict:
    """What :func:`write_work` serialises: plain data and CPU tensors, made in the thread that has them."""
    text = {"student": work.student, "design": _plain(work.design), "lesson": _plain(work.lesson),
            "answers": {str(k): str(v) for k, v in work.answers.items()},
            "saved": work.saved or time.strftime("%Y-%m-%d %H:%M"), "runs": [_run_dict(r) for r in work.runs]}
    check_plain(text, "the work", TrainingError)
    curves = [[torch.as_tensor(np.asarray(r.batch_x, dtype=np.float64)).reshape(-1),
               torch.as_tensor(np.asarray(r.batch_loss, dtype=np.float64)).reshape(-1)] for r in work.runs]
    return {"format": FORMAT, "version": VERSION, "work": json.dumps(text, allow_nan=False),
            "weights": {k: v.detach().to("cpu").clone() for k, v in work.weights.items()}, "curves": curves,
            "boundaries": [_boundary_out(r.boundary) for r in work.runs]}


def _boundary_out(grid: dict | None) -> dict | None:
    """A run's decision boundary over its two inputs (the runs view's thumbnail) as tensors; None for others."""
    if not grid or len(grid.get("axes") or ()) != 2 or grid.get("task") != "classification" \
            or grid.get("labels") is None:
        return None
    xs, ys = grid["axes"]
    return {"x": torch.as_tensor(np.asarray(xs, dtype=np.float64)),
            "y": torch.as_tensor(np.asarray(ys, dtype=np.float64)),
            "output": torch.as_tensor(np.asarray(grid["output"], dtype=np.float32)),
            "points": torch.as_tensor(np.asarray(grid["points"], dtype=np.float64)),
            "labels": torch.as_tensor(np.asarray(grid["labels"], dtype=np.int64))}


def _boundary_in(saved: Any, where: str) -> dict | None:
    """A saved boundary checked whole (sizes, orientation, finite numbers, class numbers) before a picture is
    drawn from it; None stays None."""
    if saved is None:
        return None
    if not isinstance(saved, dict) or not all(isinstance(saved.get(k), torch.Tensor)
                                              for k in ("x", "y", "output", "points", "labels")):
        raise Damaged(msg("{where} is not a run's boundary", where=where))
    xs, ys, out, points, labels = (saved[k] for k in ("x", "y", "output", "points", "labels"))
    if not (xs.dim() == ys.dim() == 1 and 2 <= len(xs) <= MAX_GRID and 2 <= len(ys) <= MAX_GRID
            and out.dim() == 3 and tuple(out.shape[:2]) == (len(ys), len(xs)) and 1 <= out.shape[2] <= MAX_CLASSES
            and points.dim() == 2 and points.shape[1] == 2 and labels.shape == points.shape[:1]
            and len(points) <= MAX_POINTS and not labels.is_floating_point()):
        raise Damaged(msg("{where} has the wrong shapes", where=where))
    if not all(bool(torch.isfinite(t.double()).all()) for t in (xs, ys, out, points)) \
            or not (xs.diff() > 0).all() or not (ys.diff() > 0).all() \
            or (len(labels) and not (0 <= int(labels.min()) and int(labels.max()) < MAX_CLASSES)):
        raise Damaged(msg("{where} holds numbers a boundary cannot have", where=where))
    return {"axes": [xs.double().numpy(), ys.double().numpy()], "output": out.float().numpy(),
            "points": points.double().numpy(), "labels": labels.long().numpy(), "task": "classification",
            "units": {}, "targets": None}


def write_work(path: str | os.PathLike, payload: dict) -> Path:
    """Serialise a :func:`work_payload` and write it atomically (any thread)."""
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return write_atomic(path, buffer.getvalue())


def save_work(path: str | os.PathLike, work: Work) -> Path:
    return write_work(path, work_payload(work))


def load_work(path: str | os.PathLike) -> Work:
    """Read a work file; anything else, damaged or tampered with raises a TrainingError of one line naming it."""
    where = str(path)
    data = read_torch_file(path, "work", "work file", "damaged, cut short, or something else; ask for it to be "
                           "saved again with File > Save My Work")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TrainingError(msg("{where}: not a netbuilder work file (save one with File > Save My Work)",
                                where=where))
    if data.get("version") != VERSION:
        raise TrainingError(msg("{where}: work file version {version!r} is not one this netbuilder reads "
                                "({known}); update netbuilder to open it", where=where,
                                version=data.get('version'), known=VERSION))
    try:
        check_tensors(data)
        text = data.get("work")
        if not isinstance(text, str):
            raise Damaged(msg("its work part is not text"))
        plain = loads(text, where, TrainingError)
        return _work(plain, data.get("weights"), data.get("curves"), data.get("boundaries"), where)
    except NetbuilderError as exc:
        raise TrainingError(msg("{where}: the work cannot be used: {exc}", where=where,
                                exc=_said(exc))) from None
    except (Damaged, KeyError, TypeError, ValueError, OverflowError) as exc:
        raise TrainingError(msg("{where}: the work file is damaged ({exc}); ask for it to be saved again",
                                where=where, exc=_said(exc))) from None


def _said(exc: BaseException):
    """``exc``'s message in one line, as the message it was raised with (translatable) where that is the same."""
    return exc.args[0] if exc.args and one_line(exc) == exc.args[0] else one_line(exc)


def _text(value: Any, what: str, limit: int = 20_000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise Damaged(msg("{what} is not a text of at most {limit:,} characters", what=what, limit=limit))
    return value


def _work(plain: Any, weights: Any, curves: Any, boundaries: Any, where: str) -> Work:
    if not isinstance(plain, dict):
        raise Damaged(msg("its work part is not an object"))
    design = plain.get("design")
    design_from_dict(design, where=f"{where} (design)")
    if not isinstance(weights, dict) or not all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                                for k, v in weights.items()):
        raise Damaged(msg("weights is not a set of named tensors"))
    lesson = plain.get("lesson") or {}
    if not isinstance(lesson, dict):
        raise Damaged(msg("lesson is not an object"))
    for key in ("step", "steps"):
        if key in lesson and (isinstance(lesson[key], bool) or not isinstance(lesson[key], int)):
            raise Damaged(msg("lesson.{key} is not a whole number", key=key))
    answers = plain.get("answers") or {}
    if not isinstance(answers, dict) or not all(k.isdigit() for k in answers):
        raise Damaged(msg("answers is not text by step number"))
    runs_data = plain.get("runs") or []
    if not isinstance(runs_data, list) or not isinstance(curves, list) or len(curves) != len(runs_data):
        raise Damaged(msg("the runs and their curves do not match"))
    runs = [_run(r, c, i) for i, (r, c) in enumerate(zip(runs_data, curves))]
    boundaries = [None] * len(runs) if boundaries is None else boundaries
    if not isinstance(boundaries, list) or len(boundaries) != len(runs):
        raise Damaged(msg("the runs and their boundaries do not match"))
    for i, (run, saved) in enumerate(zip(runs, boundaries)):
        run.boundary = _boundary_in(saved, f"runs[{i}].boundary")
    return Work(student=_text(plain.get("student"), "student", 200), design=design, weights=dict(weights),
                runs=runs, lesson=dict(lesson), answers={int(k): _text(v, f"answer {k}") for k, v in answers.items()},
                saved=_text(plain.get("saved", ""), "saved", 40), path=where)


def _run(data: Any, curve: Any, i: int) -> RunRecord:
    where = f"runs[{i}]"
    if not isinstance(data, dict):
        raise Damaged(msg("{where} is not an object", where=where))
    for key in _RUN_TEXT:
        _text(data.get(key), f"{where}.{key}")
    if data["status"] not in STATUSES:
        raise Damaged(msg("{where}.status is not one of {statuses}", where=where, statuses=', '.join(STATUSES)))
    number = data.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 1_000_000:
        raise Damaged(msg("{where}.number is not a run number", where=where))
    design_from_dict(data.get("design"), where=f"{where}.design")
    history = data.get("history")
    if not isinstance(history, list) or not all(isinstance(e, dict) for e in history):
        raise Damaged(msg("{where}.history is not a list of epochs", where=where))
    for e, epoch in enumerate(history):
        for key, value in epoch.items():
            if value is not None and not (key == "partial" and isinstance(value, bool)):
                real(value, f"{where}.history[{e}].{key}")
    for key in ("settings", "test"):
        if not isinstance(data.get(key), dict):
            raise Damaged(msg("{where}.{key} is not an object", where=where, key=key))
    confusion = data.get("confusion")
    if confusion is not None:
        m = np.asarray(confusion, dtype=np.float64) if isinstance(confusion, list) else None
        if m is None or m.ndim != 2 or m.shape[0] != m.shape[1] or not (m >= 0).all():
            raise Damaged(msg("{where}.confusion is not a square table of counts", where=where))
    if not (isinstance(curve, list) and len(curve) == 2 and all(isinstance(t, torch.Tensor) for t in curve)
            and curve[0].shape == curve[1].shape and curve[0].dim() == 1):
        raise Damaged(msg("{where}'s loss curve is not two tensors of one length", where=where))
    best = data.get("best_epoch")
    return RunRecord(number=number, status=data["status"], message=data["message"], settings=data["settings"],
                     changed={}, device=data["device"], design=data["design"], history=history,
                     full_history=list(history), batch_x=curve[0].double().numpy(),
                     batch_loss=curve[1].double().numpy(), test=data["test"],
                     seconds=real(data.get("seconds", 0.0), f"{where}.seconds"),
                     best_epoch=best if isinstance(best, int) and not isinstance(best, bool) else None,
                     validation={"confusion": confusion} if confusion is not None else {})


def work_files(folder: str | os.PathLike) -> list[Path]:
    """The work files of ``folder`` (``*.nbwork``, not in subfolders), by name; all of them (the opener stops at
    :data:`MAX_FILES` and says so)."""
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == SUFFIX and p.is_file())


def open_class_folder(folder: str | os.PathLike) -> tuple[list[Work], list[str]]:
    """Every work file of ``folder``: the works that load, and one line for each file that does not (skipped)."""
    if not Path(folder).is_dir():
        raise TrainingError(msg("{folder}: no such folder", folder=folder))
    works, problems = [], []
    found = work_files(folder)
    if len(found) > MAX_FILES:
        problems.append(msg("{folder} holds {n} work files; the first {most} by name are opened: split the class "
                            "into folders of at most {most}", folder=folder, n=len(found), most=MAX_FILES))
    for path in found[:MAX_FILES]:
        try:
            works.append(load_work(path))
        except (NetbuilderError, OSError) as exc:
            problems.append(one_line(exc, 300))
    return works, problems


def class_runs(works: list[Work]) -> list[RunRecord]:
    """The class's runs for the runs view, student by student: copies numbered 1, 2, ... across the class (the
    view tells runs apart by number) and labelled with the student's name and their own number ("Ana: Run 2")."""
    out = []
    for work in works:
        for r in work.runs:
            out.append(replace(r, number=len(out) + 1, owner=work.student or Path(work.path).stem,
                               own_number=r.number))
    return out


def class_rows(works: list[Work]) -> list[dict]:
    """The class's short table, a row per student: ``student``, ``lesson`` (its title and the step reached),
    ``runs``, the last run's ``accuracy`` and ``loss`` (validation's when there is one, else training's; None when
    not known) and ``answers`` (the answers typed, by step)."""
    rows = []
    for work in works:
        last = work.runs[-1].final if work.runs else {}
        lesson = work.lesson
        step = (msg("{title}: step {step} of {steps}", title=lesson.get('title', ''), step=lesson.get('step', 0),
                    steps=lesson.get('steps', '?')) if lesson else "")
        rows.append({"student": work.student, "lesson": step, "runs": len(work.runs),
                     "accuracy": last.get("val_accuracy", last.get("accuracy")),
                     "loss": last.get("val_loss", last.get("loss")),
                     "answers": "; ".join(f"step {k}: {v}" for k, v in sorted(work.answers.items()) if v.strip()),
                     "file": work.path})
    return rows
