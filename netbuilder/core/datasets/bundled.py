"""Folders that come with netbuilder, named portably in a design: ``"bundled:own_pictures"`` is the image folder
``resources/images/own_pictures`` of this installation (the checkout's ``resources/``, or ``netbuilder/resources``
once installed), wherever that is. This module is the one place that resolves such a name; every reader of a
dataset's path (the loader, the summary, the exported script's writer) asks :func:`resolve` first."""
from __future__ import annotations

from pathlib import Path

from ..errors import Cause, DataError
from ..text import msg

#: how a design names a bundled folder
PREFIX = "bundled:"


def resources_dir() -> Path:
    """netbuilder's resources folder: beside the package when installed, else at the checkout's top level."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("netbuilder's resources folder is missing; reinstall netbuilder")


def bundled_names() -> list[str]:
    """The image folders netbuilder bundles, as a design names them (``bundled:own_pictures``)."""
    try:
        root = resources_dir() / "images"
    except FileNotFoundError:
        return []
    return sorted(PREFIX + p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def is_bundled(raw) -> bool:
    return isinstance(raw, str) and raw.startswith(PREFIX)


def resolve(raw):
    """A dataset path as the loader reads it: a bundled name (one :func:`bundled_names` lists) becomes that
    folder's absolute path (a one-line DataError for any other, ``bundled:.`` and ``bundled:..`` included); any
    other value comes back as it is."""
    if not is_bundled(raw):
        return raw
    name = raw[len(PREFIX):].strip()
    offered = bundled_names()
    if PREFIX + name not in offered:
        offered = ", ".join(offered) or "none in this installation"
        raise DataError(msg("{raw} is not a folder bundled with netbuilder (bundled: {offered}): name one of them, "
                            "or the path of your own folder", raw=raw, offered=offered), cause=Cause.DATA_MISSING)
    return str(resources_dir() / "images" / name)
