"""Reading zip files from outside (lesson bundles, checkpoints) without trusting them: every entry's declared size,
compression method and flags are checked before a byte is inflated. The one rule for every zip netbuilder reads.
Qt-free, torch-free.

Refused, with one line naming the file and the entry: an encrypted entry (flag bit 0x1; Python's zipfile raises
RuntimeError for it), a compression method other than stored or deflate (zipfile raises NotImplementedError for
method 99, AES, and others it does not know), an entry larger than the caller's limit (by its declared size, which
zipfile never inflates past), and an entry that inflates more than ``MAX_RATIO`` times (a zip bomb: a few MB that
inflate to GB). Damage found while reading (a bad CRC, a truncated file) is the caller's error too, never a raw
``zipfile.BadZipFile``, ``EOFError`` or ``zlib.error``.

Stricter conditions, as options, for a zip that another reader inflates (a checkpoint, read by ``torch.load``, which
``torch.save`` writes uncompressed): ``stored_only`` refuses any compressed entry and any entry whose declared size
differs from the bytes it stores, and ``within_file`` refuses entries that declare more bytes together than the file
has. With both, nothing read from the zip can ask for more memory than the file's own size.
"""
from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

from ..errors import NetbuilderError, one_line, quote
from ..text import msg

METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
#: deflate cannot do better than about 1032:1; real files (float weights, JSON) stay far below this
MAX_RATIO = 200
#: below this many bytes the ratio is not checked (a small file of zeros or spaces may well compress 1000:1)
RATIO_FLOOR = 1 << 20
#: the default limit of one entry (the caller passes its own, smaller, where it knows better)
MAX_ENTRY_BYTES = 2 << 30


def check_entry(info: zipfile.ZipInfo, where: str, error: type[NetbuilderError],
                limit: int | None = MAX_ENTRY_BYTES, stored_only: bool = False) -> None:
    """Refuse ``info`` (an entry of the zip ``where``) unless it is stored or deflated, not encrypted, at most
    ``limit`` bytes (None: no limit of its own) and inflates at most MAX_RATIO times. ``stored_only``: it must be
    stored (not compressed), declaring exactly the bytes it stores."""
    name = quote(info.filename, 60)
    if info.flag_bits & 0x1:
        raise error(msg("{where}: its entry {name} is encrypted, and netbuilder does not read encrypted files; "
                        "save it again without a password", where=where, name=name))
    if info.compress_type not in METHODS:
        raise error(msg("{where}: its entry {name} uses compression method {compress_type}, which netbuilder does "
                        "not read (only stored or deflate); save it again with netbuilder", where=where, name=name,
                        compress_type=info.compress_type))
    size, packed = int(info.file_size), int(info.compress_size)
    if size < 0 or packed < 0:
        raise error(msg("{where}: its entry {name} has a negative size: the file is damaged", where=where, name=name))
    if stored_only and info.compress_type != zipfile.ZIP_STORED:
        raise error(msg("{where}: its entry {name} is compressed ({packed:,} bytes that would inflate to "
                        "{size:,}), but netbuilder writes this file's entries stored as they are; save it again "
                        "from netbuilder", where=where, name=name, packed=packed, size=size))
    if stored_only and size != packed:
        raise error(msg("{where}: its entry {name} declares {size:,} bytes but stores {packed:,}: the file is "
                        "damaged; save it again from netbuilder", where=where, name=name, size=size, packed=packed))
    if limit is not None and size > limit:
        raise error(msg("{where}: its entry {name} is {size} inflated, more than netbuilder reads ({limit} at most); "
                        "is this the right file?", where=where, name=name, size=_mb(size), limit=_mb(limit)))
    if size > RATIO_FLOOR and size > MAX_RATIO * max(packed, 1):
        raise error(msg("{where}: its entry {name} would inflate {packed} to {size} (over {max_ratio} times), as a zip "
                        "bomb does; netbuilder does not inflate it", where=where, name=name, packed=_mb(packed),
                        size=_mb(size), max_ratio=MAX_RATIO))


def check_archive(archive: zipfile.ZipFile, where: str, error: type[NetbuilderError],
                  limit: int | None = MAX_ENTRY_BYTES, total: int | None = None, stored_only: bool = False,
                  file_size: int | None = None) -> None:
    """Every entry of ``archive`` checked (see :func:`check_entry`), and their sizes together at most ``total``
    (default: ``limit``; both None: no limit) and, when ``file_size`` (the zip file's size) is given, at most that:
    entries declaring more bytes than the whole file holds are damage."""
    total = limit if total is None else total
    inflated = 0
    for info in archive.infolist():
        check_entry(info, where, error, limit, stored_only)
        inflated += int(info.file_size)
        if total is not None and inflated > total:
            raise error(msg("{where}: its entries are more than {total} inflated together, more than netbuilder "
                            "reads; is this the right file?", where=where, total=_mb(total)))
    if file_size is not None and inflated > file_size:
        raise error(msg("{where}: its entries declare {inflated:,} bytes together but the file has {file_size:,}: "
                        "the file is damaged; save it again from netbuilder", where=where, inflated=inflated,
                        file_size=file_size))


def read_entry(archive: zipfile.ZipFile, name: str, where: str, error: type[NetbuilderError],
               limit: int = MAX_ENTRY_BYTES) -> bytes:
    """The bytes of entry ``name``, after :func:`check_entry`; damage found while inflating raises ``error``."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise error(msg("{where}: it has no entry {name}", where=where, name=quote(name, 60))) from None
    check_entry(info, where, error, limit)
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError,
            ValueError) as exc:
        raise error(msg("{where}: its entry {name} is damaged ({why})", where=where, name=quote(name, 60),
                        why=_why(exc))) from None
    if len(data) != info.file_size:
        raise error(msg("{where}: its entry {name} is damaged (shorter than it says)", where=where,
                        name=quote(name, 60)))
    return data


def check_zip_file(path: str | os.PathLike, error: type[NetbuilderError], limit: int | None = MAX_ENTRY_BYTES,
                   total: int | None = None, stored_only: bool = False, within_file: bool = False) -> None:
    """Open the zip at ``path`` and check every entry (for a loader that reads the zip with another reader, such as
    ``torch.load``); an unreadable zip raises ``error`` naming ``path``. ``stored_only`` and ``within_file``: see
    the module's notes (what a checkpoint's loader asks)."""
    where = str(path)
    try:
        with zipfile.ZipFile(Path(path)) as archive:
            size = os.fstat(archive.fp.fileno()).st_size if within_file else None
            check_archive(archive, where, error, limit, total, stored_only, size)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise error(msg("{where}: not a readable zip file ({why})", where=where, why=_why(exc))) from None


def _mb(n: int) -> str:
    return msg("{size:,.1f} MB", size=n / 2**20) if n < 2**30 else msg("{size:,.1f} GB", size=n / 2**30)


def _why(exc: BaseException) -> str:
    return one_line(exc, 160)
