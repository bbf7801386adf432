"""Every file netbuilder writes (designs, checkpoints, exported scripts and ONNX models, figures, lesson bundles,
the autosave) is written here: to a temporary file beside it, flushed to disk, then renamed over it, so a failed
or killed save never leaves half a file where a good one was. The file gets the permissions a plain ``open()``
would give it (``0666 & ~umask``), or keeps those of the file it replaces; ``mkstemp``'s own are 0600."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def current_umask() -> int:
    """The process's umask (read from /proc where it can be, so that no other thread sees it changed)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
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


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for the caller to write (by name: Qt's image writers, zipfile, ...);
    when the block ends without an exception, flush it to disk and rename it over ``path``. On an exception the
    temporary file is removed and ``path`` is left as it was."""
    path = Path(path)
    permissions = file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, permissions)
        yield Path(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_atomic(path: str | os.PathLike, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` atomically; returns the path written."""
    binary = isinstance(content, bytes)
    with replacing(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            fh.write(content)
            fh.flush()
    return Path(path)
