"""Recovery records (what the window autosaves, see gui/window/autosave.py), read without trusting them. Qt-free.

A record is ``<pid>.json`` in the recovery folder: ``format``, ``version``, ``pid``, ``saved_at``, ``path``,
``weights`` (the name of a checkpoint beside it, or null) and ``design``. Reading one never opens what is not a
regular file (a FIFO named ``1.json`` would hang start-up), never reads more than ``MAX_RECORD_BYTES``, and checks
every field a later step uses. A record that cannot be used is set aside (moved into ``set-aside/``, never deleted)
with one line naming it, and start-up goes on. A weights name must be a plain file name in the recovery folder;
one that is not (``"../../etc/passwd"``, ``5``) is dropped, so that the design, what matters most, is still offered.
"""
from __future__ import annotations

import math
import os
import stat
from pathlib import Path
from typing import Any, Callable

from . import plain_json
from .atomic import file_kind
from ..errors import NetbuilderError, quote
from ..text import msg

FORMAT = "netbuilder-recovery"
VERSION = 1
MAX_RECORD_BYTES = 64 << 20
MAX_PID = 2**31 - 1
LATEST = 32_503_680_000  # 1 January 3000: a saved_at beyond it is not a time this machine wrote
SET_ASIDE = "set-aside"


class RecoveryError(NetbuilderError):
    """A recovery record (or its weights) that cannot be used; the message names the file."""


def read_regular(path: Path, limit: int, error: type[NetbuilderError] = RecoveryError) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link, FIFO, device or folder) of at most ``limit``
    bytes; ``error`` naming it otherwise. Opened without blocking and without following a link, then checked
    again on the open file, so that nothing swapped in between is read."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            raise error(msg("{path}: not a regular file ({file_kind}); netbuilder does not open it", path=path,
                            file_kind=file_kind(info.st_mode)))
        if info.st_size > limit:
            raise error(msg("{path}: {st_size:,} bytes, more than a recovery file can be ({limit:,})", path=path,
                            st_size=info.st_size, limit=limit))
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise error(msg("{path}: not a regular file; netbuilder does not open it", path=path))
            data = f.read(limit + 1)
    except OSError as exc:
        raise error(msg("{path}: cannot be read ({strerror})", path=path, strerror=exc.strerror or exc)) from None
    if len(data) > limit:
        raise error(msg("{path}: more than a recovery file can be ({limit:,} bytes)", path=path, limit=limit))
    return data


def read_record(path: Path) -> dict:
    """The record at ``path``, parsed and with its ``pid`` checked (the other fields: :func:`check_record`)."""
    raw = read_regular(path, MAX_RECORD_BYTES)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RecoveryError(msg("{path}: not UTF-8 text", path=path)) from None
    record = plain_json.loads(text, str(path), RecoveryError)
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise RecoveryError(msg("{path}: not a netbuilder recovery record (its 'format' is not {format!r})",
                                path=path, format=FORMAT))
    pid = record.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 1 <= pid <= MAX_PID:
        raise RecoveryError(msg("{path}: 'pid' is {pid}, not a process id", path=path, pid=quote(pid, 40)))
    return record


def check_record(record: dict, path: Path) -> list[str]:
    """Check what a restore uses; raise RecoveryError for a record that offers nothing (no design, a time that is
    not one), and return the notes of what was dropped (a weights name that is not a file beside it, a bad path)."""
    if record.get("version") != VERSION:
        raise RecoveryError(msg("{path}: recovery record version {version} is not one this netbuilder reads "
                                "({known})", path=path, version=quote(record.get('version'), 20), known=VERSION))
    when = record.get("saved_at")
    if when is not None and (not isinstance(when, (int, float)) or isinstance(when, bool)
                             or not math.isfinite(when) or not 0 <= when <= LATEST):
        raise RecoveryError(msg("{path}: 'saved_at' is {when}, not a time", path=path, when=quote(when, 40)))
    if not isinstance(record.get("design"), dict):
        shown = msg("missing") if "design" not in record else msg("a {type}", type=type(record['design']).__name__)
        raise RecoveryError(msg("{path}: its 'design' is {shown}, not a design", path=path, shown=shown))
    notes = []
    original = record.get("path")
    if original is not None and (not isinstance(original, str) or not original or "\x00" in original):
        notes.append(msg("{path}: its 'path' {original} is not a file name; the design comes back unnamed",
                         path=path, original=quote(original, 40)))
        record["path"] = None
    weights = record.get("weights")
    if weights is not None and not _plain_name(weights):
        notes.append(msg("{path}: its 'weights' {weights} is not a file in the recovery folder; the design comes "
                         "back without trained weights", path=path, weights=quote(weights, 40)))
        record["weights"] = None
    return notes


def _plain_name(name: Any) -> bool:
    return (isinstance(name, str) and name not in ("", ".", "..") and Path(name).name == name
            and not any(c in name for c in "/\\\x00:"))


def weights_file(record: dict) -> Path | None:
    """The record's weights checkpoint, a regular file beside it; None when it kept none. RecoveryError when the
    name is not a plain name (see :func:`check_record`) or what is there is not a regular file."""
    name = record.get("weights")
    if not name:
        return None
    path = Path(record["file"])
    if not _plain_name(name):
        raise RecoveryError(msg("{path}: its 'weights' {name} is not a file in the recovery folder", path=path,
                                name=quote(name, 40)))
    target = path.with_name(name)
    try:
        mode = os.lstat(target).st_mode
    except OSError as exc:
        raise RecoveryError(msg("{target}: the trained weights cannot be read ({strerror})", target=target,
                                strerror=exc.strerror or exc)) from None
    if not stat.S_ISREG(mode):
        raise RecoveryError(msg("{target}: not a regular file ({file_kind}); netbuilder does not open it",
                                target=target, file_kind=file_kind(mode)))
    return target


def set_aside(path: Path) -> Path | None:
    """Move a record (and the weights of the same name beside it) into the folder's ``set-aside/``; its new path,
    or None when it could not be moved."""
    folder = path.parent / SET_ASIDE
    try:
        folder.mkdir(exist_ok=True)
        moved = None
        for victim in (path, path.with_suffix(".nbckpt")):
            if victim is not path and not os.path.lexists(victim):
                continue
            target = folder / victim.name
            n = 1
            while os.path.lexists(target):
                target = folder / f"{victim.name}.{n}"
                n += 1
            os.rename(victim, target)
            moved = moved or target
        return moved
    except OSError:
        return None


def scan(folder: Path, alive: Callable[[int], bool]) -> tuple[list[dict], list[str]]:
    """The usable records of processes no longer running, newest first (each with ``file``, and ``notes`` of what
    was dropped from it), and one line for each record set aside. Records of running processes are left alone."""
    records: list[dict] = []
    lines: list[str] = []
    try:
        entries = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".json"))
    except OSError:
        return records, lines
    for name in entries:
        path = folder / name
        try:
            record = read_record(path)
            if alive(record["pid"]):
                continue  # another netbuilder's, still working: not ours to read or move
            record["notes"] = check_record(record, path)
        except RecoveryError as exc:
            moved = set_aside(path)
            said = exc.args[0] if len(exc.args) == 1 else str(exc)
            lines.append(msg("{problem}; set aside as {moved}", problem=said, moved=moved) if moved else
                         msg("{problem}; it could not be moved aside", problem=said))
            continue
        record["file"] = path
        records.append(record)
    records.sort(key=lambda r: -float(r.get("saved_at") or 0))
    return records, lines

