"""Lessons: a design and ordered steps a teacher goes through with a class (the format is documented in
``docs/LESSON_FORMAT.md``). This module loads and checks a lesson file, with one clear line naming the file, the
step and the field for anything wrong, as the design loader does; the window carries the steps out. Qt-free.

Bundled lessons live in ``resources/lessons/``; :func:`load_lesson` takes a path or a bundled lesson's name.
"""
from __future__ import annotations

import copy
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import plain_json, safe_zip
from ..files.atomic import replacing
from .advice import CODES as ADVICE_CODES
from ..design.design_io import design_from_dict
from ..errors import NetbuilderError, message, quote
from .expectations import ExpectationError, validate as validate_expectation
from .locks import Locks, parse_locked
from ..design.presets import preset_path, resources_dir
from ..design.settings import OPTIONS
from ..text import msg

FORMAT = "netbuilder-lesson"
VERSION = 1
#: the actions a step may take, and what each takes
ACTIONS = {
    "open": "a preset's name, the lesson's own design (\"lesson\"), or a design object",
    "set": "training settings, as the training panel names them (epochs, lr, optimizer, ...)",
    "train": "{\"epochs\": N} or {\"batches\": N}: train that much from the current weights",
    "reset": "true: start again from new weights",
    "show": "a panel's objectName (decisionBoundaryPanel, activationsPanel, ...)",
    "question": "a question for the room; the lesson waits for Next",
    "colour": "the canvas's health colouring: off, gradients, dead or saturated",
    "hide": "a list of objectNames of controls to hide for the rest of the lesson",
    "unhide": "a list of objectNames of controls to show again",
}
COLOURINGS = ("off", "gradients", "dead", "saturated")  # gui/canvas/health.py's modes
SETTINGS = OPTIONS  # what a "set" step may set: what the training panel takes (the settings schema's)
BUNDLE_LESSON, BUNDLE_WEIGHTS = "lesson.json", "weights.nbckpt"
MAX_LESSON_BYTES = 10 * 2**20
MAX_WEIGHTS_BYTES = 1 << 30  # a bundle's checkpoint, inflated: a class's network, with room to spare
_TOP_KEYS = {"format", "version", "title", "description", "design", "steps", "locked"}
_STEP_KEYS = {"title", "text", "action", "expect", "expect_advice"}


class LessonError(NetbuilderError):
    """A lesson file that cannot be used (the message names the file, the step and the field)."""


@dataclass
class Step:
    title: str
    text: str
    action: dict | None = None   # one key of ACTIONS and its value
    expect: dict | None = None   # see core.expectations (steps that train)
    expect_advice: tuple[str, ...] = ()  # the advice codes (core.advice.CODES) the step's run is meant to show

    @property
    def kind(self) -> str | None:
        return next(iter(self.action)) if self.action else None


@dataclass
class Lesson:
    title: str
    description: str
    design: str | dict            # a preset's name, or a design dict
    steps: list[Step] = field(default_factory=list)
    path: Path | None = None
    data: dict = field(default_factory=dict)     # the file's JSON, as read (to save it again)
    weights: bytes | None = None                 # a bundle's checkpoint (design, weights, curves), as stored
    locks: Locks = field(default_factory=Locks)  # what students may not change ("locked", core.teaching.locks)


def lessons_dir() -> Path:
    return resources_dir() / "lessons"


def lesson_names() -> list[str]:
    folder = lessons_dir()
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def lesson_info() -> list[tuple[str, Lesson | None, str]]:
    """(name, lesson, problem) of every bundled lesson, for the window's Lessons menu and the gallery: the lesson
    loaded, or None with the one-line reason it does not load."""
    out = []
    for name in lesson_names():
        try:
            out.append((name, load_lesson(lessons_dir() / f"{name}.json"), ""))
        except LessonError as exc:
            out.append((name, None, message(exc)))
    return out


def load_lesson(source: str | Path) -> Lesson:
    """A lesson from a file path or a bundled lesson's name; LessonError saying what is wrong otherwise."""
    path = Path(source)
    if path.is_file() and zipfile.is_zipfile(path):
        return _load_bundle(path)
    if not path.is_file():
        bundled = lessons_dir() / f"{source}.json"
        if not bundled.is_file():
            names = ", ".join(lesson_names()) or "none"
            raise LessonError(msg("{source}: no such lesson file, and no bundled lesson of that name (bundled: "
                                  "{names})", source=source, names=names))
        path = bundled
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LessonError(msg("{path}: not a text file (a lesson is JSON, UTF-8)", path=path)) from None
    except OSError as exc:
        raise LessonError(msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)) from None
    lesson = lesson_from_dict(plain_json.loads(text, str(path), LessonError), str(path))
    lesson.path = path
    return lesson


def is_bundle(path) -> bool:
    """A lesson saved with its weights (a zip holding BUNDLE_LESSON and BUNDLE_WEIGHTS)."""
    try:
        with zipfile.ZipFile(path) as z:
            return BUNDLE_LESSON in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def save_bundle(lesson: Lesson, checkpoint: str | Path, path: str | Path) -> Path:
    """``lesson`` and a netbuilder checkpoint file (its design, trained weights, settings and curves) as one file,
    written atomically, that works offline: :func:`load_lesson` reads it back; the weights load through the
    checkpoint loader (``torch.load(weights_only=True)``), never unpickled."""
    path = Path(path)
    text = json.dumps(lesson.data, indent=2, ensure_ascii=False)
    try:
        size = os.stat(checkpoint).st_size
    except OSError as exc:
        raise LessonError(msg("{path}: cannot be saved: its weights cannot be read ({reason})", path=path,
                              reason=exc.strerror or exc)) from None
    # the reader's limits (_load_bundle), checked before anything is written: never a bundle netbuilder refuses
    if size > MAX_WEIGHTS_BYTES:
        raise LessonError(msg("{path}: cannot be saved: its weights are {size:,} bytes, more than the "
                              "{MAX_WEIGHTS_BYTES:,} a lesson with weights may hold (netbuilder would refuse to "
                              "open it)", path=path, size=size, MAX_WEIGHTS_BYTES=MAX_WEIGHTS_BYTES))
    if len(text.encode("utf-8")) > MAX_LESSON_BYTES:
        raise LessonError(msg("{path}: cannot be saved: the lesson is larger than a lesson can be "
                              "({MAX_LESSON_BYTES:,} bytes)", path=path, MAX_LESSON_BYTES=MAX_LESSON_BYTES))
    with replacing(path) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(BUNDLE_LESSON, text)
            z.write(checkpoint, BUNDLE_WEIGHTS)
    return path


def _load_bundle(path: Path) -> Lesson:
    """A lesson saved with its weights: every entry checked before it is inflated (core.safe_zip), and the
    checkpoint inside loaded once, so that a bundle whose weights cannot be used is refused at open, naming it."""
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            if BUNDLE_LESSON not in names or BUNDLE_WEIGHTS not in names:
                raise LessonError(msg("{path}: a zip file, but not a lesson saved with weights (it needs "
                                      "{BUNDLE_LESSON} and {BUNDLE_WEIGHTS})", path=path, BUNDLE_LESSON=BUNDLE_LESSON,
                                      BUNDLE_WEIGHTS=BUNDLE_WEIGHTS))
            safe_zip.check_archive(z, str(path), LessonError, MAX_WEIGHTS_BYTES, MAX_WEIGHTS_BYTES + MAX_LESSON_BYTES)
            if z.getinfo(BUNDLE_LESSON).file_size > MAX_LESSON_BYTES:
                raise LessonError(msg("{path}: its {file} is larger than a lesson can be", path=path,
                                      file=BUNDLE_LESSON))
            text = safe_zip.read_entry(z, BUNDLE_LESSON, str(path), LessonError, MAX_LESSON_BYTES).decode("utf-8")
            weights = safe_zip.read_entry(z, BUNDLE_WEIGHTS, str(path), LessonError, MAX_WEIGHTS_BYTES)
    except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError) as exc:
        raise LessonError(msg("{path}: damaged or incomplete lesson file ({reason})", path=path,
                              reason=message(exc))) from None
    where = msg("{path}: its {file}", path=path, file=BUNDLE_LESSON)
    lesson = lesson_from_dict(plain_json.loads(text, where, LessonError), str(path))
    lesson.path, lesson.weights = path, weights
    bundle_checkpoint(lesson)  # checked now, not when a step first uses it
    return lesson


def bundle_checkpoint(lesson: Lesson):
    """The checkpoint inside a lesson saved with its weights, loaded afresh by the checkpoint loader (never
    unpickled); a LessonError naming the lesson's file, not a temporary one, when it cannot be used."""
    import tempfile
    from ..training import load_checkpoint
    if lesson.weights is None:
        raise LessonError(msg("{path}: it was not saved with weights", path=lesson.path or msg("the lesson")))
    where = msg("{path}: its {file}", path=lesson.path or msg("the lesson"), file=BUNDLE_WEIGHTS)
    with tempfile.TemporaryDirectory(prefix="netbuilder-lesson-") as folder:
        tmp = Path(folder) / BUNDLE_WEIGHTS
        tmp.write_bytes(lesson.weights)
        try:
            return load_checkpoint(tmp)
        except NetbuilderError as exc:
            text = str(exc).replace(str(tmp), where)
            raise LessonError(text if text.startswith(where) else msg("{where}: {problem}", where=where,
                                                                      problem=message(exc))) from None


def lesson_from_dict(data: Any, where: str = "lesson") -> Lesson:
    if not isinstance(data, dict):
        raise LessonError(msg("{where}: a lesson is a JSON object, not {kind}", where=where, kind=type(data).__name__))
    if data.get("format") != FORMAT:
        raise LessonError(msg("{where}: 'format' must be \"{FORMAT}\" (is this a lesson file?)", where=where,
                              FORMAT=FORMAT))
    if data.get("version") != VERSION:
        raise LessonError(msg("{where}: version {version!r} is not one this netbuilder reads (it reads {VERSION})",
                              where=where, version=data.get('version'), VERSION=VERSION))
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise LessonError(msg("{where}: unknown key {unknown!r} (a lesson has {choices})", where=where,
                              unknown=unknown[0], choices=', '.join(sorted(_TOP_KEYS))))
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise LessonError(msg("{where}: 'title' must be a non-empty text", where=where))
    description = data.get("description", "")
    if not isinstance(description, str):
        raise LessonError(msg("{where}: 'description' must be a text", where=where))
    design = data.get("design")
    if isinstance(design, str):
        if preset_path(design) is None:
            raise LessonError(msg("{where}: 'design' names the preset {design!r}, which does not exist", where=where,
                                  design=design))
    elif isinstance(design, dict):
        try:
            design_from_dict(copy.deepcopy(design))
        except NetbuilderError as exc:
            raise LessonError(msg("{where}: its design: {reason}", where=where, reason=message(exc))) from None
    else:
        raise LessonError(msg("{where}: 'design' must be a preset's name or a design object", where=where))
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise LessonError(msg("{where}: 'steps' must be a non-empty list", where=where))
    locks = parse_locked(data["locked"], where, LessonError) if "locked" in data else Locks()
    return Lesson(title.strip(), description, copy.deepcopy(design),
                  [_step(s, msg("{where}: step {n}", where=where, n=i)) for i, s in enumerate(steps, 1)],
                  data=copy.deepcopy(data), locks=locks)


def _step(data: Any, where: str) -> Step:
    if not isinstance(data, dict):
        raise LessonError(msg("{where}: a step is an object with a title and a text", where=where))
    unknown = sorted(set(data) - _STEP_KEYS)
    if unknown:
        raise LessonError(msg("{where}: unknown key {unknown!r} (a step has {choices})", where=where,
                              unknown=unknown[0], choices=', '.join(sorted(_STEP_KEYS))))
    title, text = data.get("title"), data.get("text", "")
    if not isinstance(title, str) or not title.strip():
        raise LessonError(msg("{where}: 'title' must be a non-empty text", where=where))
    where = msg("{where} ({title})", where=where, title=quote(title, 60)[1:-1])  # the title as one printable line
    if not isinstance(text, str):
        raise LessonError(msg("{where}: 'text' must be a text", where=where))
    action = data.get("action")
    if action is not None:
        if not isinstance(action, dict) or len(action) != 1:
            raise LessonError(msg("{where}: 'action' must be an object with exactly one of {choices}", where=where,
                                  choices=', '.join(ACTIONS)))
        kind, value = next(iter(action.items()))
        if kind not in ACTIONS:
            raise LessonError(msg("{where}: unknown action {kind!r}; use one of {choices}", where=where, kind=kind,
                                  choices=', '.join(ACTIONS)))
        _check_action(kind, value, msg("{where}: action '{kind}'", where=where, kind=kind))
    for key in ("expect", "expect_advice"):
        if data.get(key) is not None and (action is None or next(iter(action)) != "train"):
            raise LessonError(msg("{where}: '{key}' belongs to a step whose action is 'train'", where=where, key=key))
    expect = data.get("expect")
    if expect is not None:
        try:
            validate_expectation(expect, "expect")
        except ExpectationError as exc:
            raise LessonError(msg("{where}: {reason}", where=where, reason=message(exc))) from None
    advice = data.get("expect_advice")
    if advice is not None:
        if not isinstance(advice, list) or not advice or not all(isinstance(c, str) for c in advice):
            raise LessonError(msg("{where}: 'expect_advice' must be a list of advice codes ({choices})",
                                  where=where, choices=', '.join(ADVICE_CODES)))
        unknown = [c for c in advice if c not in ADVICE_CODES]
        if unknown:
            raise LessonError(msg("{where}: expect_advice: unknown advice code {unknown!r}; use {choices}",
                                  where=where, unknown=unknown[0], choices=', '.join(ADVICE_CODES)))
    return Step(title.strip(), text, copy.deepcopy(action), copy.deepcopy(expect), tuple(advice or ()))


def _check_action(kind: str, value: Any, where: str) -> None:
    if kind == "open":
        if isinstance(value, dict):
            try:
                design_from_dict(copy.deepcopy(value))
            except NetbuilderError as exc:
                raise LessonError(msg("{where}: its design: {reason}", where=where, reason=message(exc))) from None
        elif not isinstance(value, str) or (value != "lesson" and preset_path(value) is None):
            raise LessonError(msg("{where} must be \"lesson\", a preset's name or a design, not {value!r}",
                                  where=where, value=value))
    elif kind == "colour":
        if value not in COLOURINGS:
            raise LessonError(msg("{where} must be one of {choices}, not {value!r}", where=where,
                                  choices=', '.join(COLOURINGS), value=value))
    elif kind == "set":
        if not isinstance(value, dict) or not value:
            raise LessonError(msg("{where} must be an object of settings ({choices})", where=where,
                                  choices=', '.join(SETTINGS)))
        unknown = sorted(set(value) - set(SETTINGS))
        if unknown:
            raise LessonError(msg("{where}: unknown setting {unknown!r}; use {choices}", where=where,
                                  unknown=unknown[0], choices=', '.join(SETTINGS)))
    elif kind == "train":
        unit = next(iter(value), None) if isinstance(value, dict) and len(value) == 1 else None
        n = value.get(unit) if unit in ("epochs", "batches") else None
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 100_000:
            raise LessonError(msg("{where} must be {{\"epochs\": N}} or {{\"batches\": N}} with N a whole number "
                                  "from 1 to 100,000", where=where))
    elif kind == "reset":
        if value is not True:
            raise LessonError(msg("{where} must be true", where=where))
    elif kind in ("show", "question"):
        if not isinstance(value, str) or not value.strip():
            raise LessonError(msg("{where} must be a non-empty text", where=where))
    elif kind in ("hide", "unhide"):
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            raise LessonError(msg("{where} must be a list of objectNames", where=where))
