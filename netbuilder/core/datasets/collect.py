"""Pictures a person collects (from a camera or from files) made into an image folder netbuilder trains on: the
rules for class names, where the folder goes, and the writing of it (``class/0001.png``, each file atomically).

Torch-free and Qt-free: the window's "Collect images" dialog (``gui/window/collect.py``) keeps the pictures and
encodes them (Qt's PNG writer), and hands this module the names, the folder and an ``encode`` function. The
folder has torchvision's ImageFolder layout, so :mod:`.images` reads it as any other image folder, and
:func:`dataset_spec` is the dataset a design then names.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from ..files.atomic import write_atomic
from ..text import msg
from .catalog import COMMON_KEYS, CATALOG

#: the longest class name (it is a folder name, and a label under a bar in Try it)
MAX_NAME = 60
#: where collected pictures go unless the person chooses another folder
HOME_FOLDER = "netbuilder-images"
#: the largest side a collected picture is kept at (a camera frame or an added file is scaled down to it)
MAX_SIDE = 320
#: what a collection needs before it can be used: classes, and pictures in each
MIN_CLASSES, MIN_PER_CLASS = 2, 1
#: names Windows keeps for devices: a folder cannot have them there
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_BAD_CHARACTERS = '/\\:*?"<>|'


def class_name_problem(name: str, others: Iterable[str] = ()) -> str | None:
    """Why ``name`` cannot name a class (a folder of pictures), in one line that says what to do, or None.
    ``others``: the names the other classes already have (compared as a file system that ignores case would)."""
    text = name.strip() if isinstance(name, str) else ""
    if not text:
        return msg("a class needs a name: type one (like cats or thumbs up)")
    if len(text) > MAX_NAME:
        return msg("a class name has at most {most} characters; this one has {count}: shorten it", most=MAX_NAME,
                   count=len(text))
    bad = sorted({c for c in text if c in _BAD_CHARACTERS or ord(c) < 32})
    if bad:
        shown = " ".join(repr(c) for c in bad)
        return msg("a class name is a folder name, so it cannot hold {shown}: use letters, digits, spaces, - or _",
                   shown=shown)
    if text.startswith("."):
        return msg("a class name cannot start with a dot (the folder would be hidden): start it with a letter or "
                   "digit")
    if text.rstrip(". ").lower().split(".")[0] in _RESERVED:
        return msg("'{text}' is a device name on Windows, so no folder can have it: choose another name", text=text)
    if text.casefold() in {o.strip().casefold() for o in others}:
        return msg("there is a class '{text}' already: give each class its own name", text=text)
    return None


def next_class_name(existing: Sequence[str]) -> str:
    """A name for a new class that none of ``existing`` has: ``class 1``, ``class 2``, ..."""
    taken = {n.casefold() for n in existing}
    i = 1
    while f"class {i}" in taken:
        i += 1
    return f"class {i}"


def slug(text: str) -> str:
    """``text`` as a folder name: letters, digits, - and _ (others become -), never empty."""
    out = re.sub(r"[^A-Za-z0-9_-]+", "-", text.strip()).strip("-")
    return out[:MAX_NAME] or "my-images"


def default_folder(name: str = "my-images", home: str | os.PathLike | None = None) -> Path:
    """``~/netbuilder-images/<name>``, or ``<name>-2``, ``-3``, ... where that folder already holds something:
    a new or empty folder, so that collected pictures never mix with others."""
    base = Path(home) if home is not None else Path.home()
    root = base / HOME_FOLDER
    candidate, i = root / slug(name), 1
    while folder_problem(candidate) is not None:
        i += 1
        candidate = root / f"{slug(name)}-{i}"
    return candidate


def folder_problem(folder: str | os.PathLike) -> str | None:
    """Why collected pictures cannot be written to ``folder``, or None: it must be new, or an empty folder."""
    path = Path(folder).expanduser()
    if not str(folder).strip():
        return msg("choose a folder to write the pictures into")
    if path.exists() and not path.is_dir():
        return msg("{path} is a file, not a folder: choose a new or empty folder", path=path)
    try:
        if path.is_dir() and any(path.iterdir()):
            return msg("{path} already holds files: choose a new or empty folder (netbuilder never mixes your "
                       "pictures into another folder)", path=path)
    except OSError as exc:
        return msg("{path} cannot be read ({reason}): choose another folder", path=path, reason=exc.strerror or exc)
    return None


def collection_problem(counts: Mapping[str, int]) -> str | None:
    """Why pictures in classes (name -> how many) cannot train a classifier yet, or None."""
    if len(counts) < MIN_CLASSES:
        if counts:
            return msg("a classifier needs {least} or more classes: add a class", least=MIN_CLASSES)
        return msg("a classifier needs {least} or more classes: add two classes", least=MIN_CLASSES)
    empty = [name for name, n in counts.items() if n < MIN_PER_CLASS]
    if empty:
        if len(empty) == 1:
            return msg("no pictures in {names} yet: hold Capture or use Add files for it", names=', '.join(empty))
        return msg("no pictures in {names} yet: hold Capture or use Add files for each", names=', '.join(empty))
    for name in counts:
        problem = class_name_problem(name, [o for o in counts if o != name])
        if problem:
            return problem
    return None


def file_name(index: int) -> str:
    """The name of a class's ``index``-th picture (0-based): ``0001.png``, ``0002.png``, ..."""
    return f"{index + 1:04d}.png"


def write_image_folder(folder: str | os.PathLike, classes: Mapping[str, Sequence],
                       encode: Callable[[object], bytes]) -> dict[str, int]:
    """Write ``classes`` (name -> its pictures, in order) into ``folder`` as ``<name>/0001.png``, ... each file
    written atomically (:func:`~netbuilder.core.files.atomic.write_atomic`); ``encode(picture)`` gives a picture's
    PNG bytes. Returns name -> pictures written. Checked first (:func:`collection_problem`,
    :func:`folder_problem`): a ValueError with the one line to show, and nothing written. An OSError names the
    file that could not be written."""
    counts = {name: len(pictures) for name, pictures in classes.items()}
    problem = collection_problem(counts) or folder_problem(folder)
    if problem:
        raise ValueError(problem)
    root = Path(folder).expanduser()
    for name, pictures in classes.items():
        target = root / name.strip()
        target.mkdir(parents=True, exist_ok=True)
        for i, picture in enumerate(pictures):
            write_atomic(target / file_name(i), encode(picture))
    return counts


#: the options of an image folder that a design's own settings chose and that still hold for new pictures
_KEPT = ("size", "channels", "resize", "preload")


def dataset_spec(previous: Mapping | str | None, folder: str | os.PathLike) -> dict:
    """The dataset a design names once it trains on the collected ``folder``: ``image_folder`` at that path. Of
    the ``previous`` dataset it keeps the validation fraction and normalize (and an image folder's size, channels,
    resize, preload); not its limit (the first N pictures of a folder are the first classes) nor a test folder
    (its classes are other ones)."""
    old = {"name": previous} if isinstance(previous, str) else dict(previous or {})
    spec = {"name": "image_folder", "path": str(Path(folder).expanduser())}
    for key in COMMON_KEYS:
        if key in old and key not in ("name", "limit", "path"):
            spec[key] = old[key]
    if old.get("name") == "image_folder":
        spec.update({k: old[k] for k in _KEPT if k in old})
    assert set(spec) <= set(COMMON_KEYS) | set(CATALOG["image_folder"].options)
    return spec
