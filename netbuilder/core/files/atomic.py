"""Every file netbuilder writes (designs, checkpoints, exported scripts and ONNX models, figures, lesson bundles,
the autosave) is written here: to a temporary file beside it, flushed to disk, then renamed over it, so a failed
or killed save never leaves half a file where a good one was. The file gets the permissions a plain ``open()``
would give it (``0666 & ~umask``), or keeps those of the file it replaces; ``mkstemp``'s own are 0600.

What is at the target decides where the file goes: a symbolic link is followed (the file it points to is replaced,
atomically, beside it; the link stays), and anything that exists but is not a regular file (a device such as
/dev/null, a FIFO, a socket, a folder) is refused before anything is written. Every failure is an ``OSError``
whose ``filename`` is the target, so one line names the file (a full disk included). A save that was killed
leaves its temporary file (``.NAME.XXXXXXXX.tmp``, eight random letters, digits or ``_``: ``mkstemp``'s names)
beside the target; the next save of that target removes those older than this process that no writer holds (each
writer holds a lock on its temporary file while it writes). Only names of exactly that shape are this writer's: a
person's ``.NAME.my-backup.tmp`` is never touched. On a file system that has no locks (some NFS or CIFS mounts
answer ENOLCK, EOPNOTSUPP or ENOSYS) a save goes on without its lock; others then leave its temporary alone, since
they cannot lock it either.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..text import msg

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there anyway
    fcntl = None

#: when this process started (or at least imported this module): temporaries older than this are not its own
STARTED = time.time()

#: what ``replacing`` puts around ``mkstemp``'s random part (8 characters of [a-z0-9_], Python's
#: ``tempfile._RandomNameSequence``): the names of this writer's own temporaries, and only those
_TMP_SUFFIX = ".tmp"
_RANDOM = "[a-z0-9_]{8}"

#: the answers of a file system that has no locks: a save goes on without one
_NO_LOCKS = frozenset(code for code in (getattr(errno, name, None) for name in
                                        ("ENOLCK", "EOPNOTSUPP", "ENOTSUP", "ENOSYS")) if code is not None)


def _tmp_prefix(target: Path) -> str:
    return f".{target.name}."


def is_own_temporary(name: str, target: Path) -> bool:
    """Whether ``name`` has the shape of a temporary file that a save of ``target`` makes (``.NAME.`` + mkstemp's 8
    random characters + ``.tmp``), not merely starts and ends like one."""
    return re.fullmatch(re.escape(_tmp_prefix(target)) + _RANDOM + re.escape(_TMP_SUFFIX), name) is not None


def current_umask() -> int:
    """The process's umask (read from /proc where it can be, so that no other thread sees it changed)."""
    from ..system import status_field
    value = status_field("Umask")
    if value is not None:
        try:
            return int(value, 8)
        except ValueError:
            pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def file_mode(path: str | os.PathLike) -> int:
    """The permissions a file written at ``path`` gets: those of the file there now, else a new file's."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def shown(path: str | os.PathLike) -> str:
    """``path`` as text that any terminal can print: a file name that is not UTF-8 (``caf\\xe9.nbckpt``) shows its
    odd bytes as ``\\xe9`` instead of making ``print`` fail after the file was written."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def file_kind(mode: int) -> str:
    """What a file's ``st_mode`` says it is, in words, for a message that refuses what is not a regular file."""
    for test, name in ((stat.S_ISLNK, msg("a link")), (stat.S_ISDIR, msg("a folder")), (stat.S_ISCHR, msg("a device")),
                       (stat.S_ISBLK, msg("a device")), (stat.S_ISFIFO, msg("a FIFO")),
                       (stat.S_ISSOCK, msg("a socket"))):
        if test(mode):
            return name
    return msg("not a regular file")


def target_of(path: str | os.PathLike) -> Path:
    """Where a save of ``path`` goes: ``path`` itself, or the file its symbolic link(s) point to. An OSError naming
    ``path`` when something other than a regular file is there (nothing is written then)."""
    path = Path(path)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as exc:  # a loop of links, a folder that cannot be searched
        raise OSError(exc.errno, msg("cannot write there ({reason}); give another file name", reason=exc.strerror),
                      str(path)) from None
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, msg("{kind} is there, not a regular file; netbuilder writes only regular files "
                                        "and leaves it as it is: give another file name", kind=file_kind(mode)),
                      str(path))
    return real


def clean_stale(target: Path) -> list[Path]:
    """Remove the temporary files that killed saves of ``target`` left beside it (made before this process
    started, and held by no writer); returns those removed."""
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not is_own_temporary(entry.name, target):  # a person's .NAME.backup.tmp is theirs
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_mtime >= STARTED:
                continue
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a live writer holds it: BlockingIOError
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            finally:
                os.close(fd)
        except OSError:
            continue
    return removed


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` as an OSError that names ``path`` (the file the person asked for), not the temporary file."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = msg("the disk is full (or the quota is used up): nothing was saved there, and a file already there "
                  "is unchanged; free some space or save elsewhere")
    else:
        why = msg("{reason}: nothing was saved there, and a file already there is unchanged",
                  reason=exc.strerror or exc)
    return OSError(exc.errno, why, str(path))


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (or the file its link points to) for the caller to write (by name:
    Qt's image writers, zipfile, ...); when the block ends without an exception, flush it to disk and rename it
    over the target. On an exception the temporary file is removed and the target is left as it was."""
    asked = Path(path)
    path = target_of(asked)  # refused before anything is written
    clean_stale(path)
    permissions = file_mode(path)
    try:
        lock, tmp = tempfile.mkstemp(prefix=_tmp_prefix(path), suffix=_TMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise _named(exc, asked) from exc
    try:
        if fcntl is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)  # held until the end: no other save takes it for a stale one
            except OSError as exc:
                if exc.errno not in _NO_LOCKS:
                    raise
                # no locks on this file system: save without one (clean_stale cannot lock it either, so leaves it)
        os.chmod(tmp, permissions)
        yield Path(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and exc.filename in (None, tmp, str(tmp)):
            raise _named(exc, asked) from exc
        raise
    finally:
        os.close(lock)


def write_atomic(path: str | os.PathLike, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` atomically; returns the path written."""
    binary = isinstance(content, bytes)
    with replacing(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            fh.write(content)
            fh.flush()
    return Path(path)
