"""What this computer and this process have: free memory and the limits on it, read from the system (Linux's
/proc and cgroups; elsewhere what ``os`` can tell), and the one way sizes are written for a person. No torch, no Qt:
the editor, the trainer, the data loaders and the file writer all ask here.

What this process may have (:func:`available`): the least of the system's available memory, the room left under
its address-space limit (``ulimit -v``: the limit minus the address space already in use, torch's reservations
included) and the room left under its cgroup's memory limit (v2 ``memory.max`` and ``memory.current``, v1
``memory.limit_in_bytes`` and ``memory.usage_in_bytes``, less the page cache the kernel can reclaim); it says
which one applies.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .text import msg

#: where the cgroup file systems are mounted
CGROUP_ROOT = Path("/sys/fs/cgroup")


def human_bytes(n: float) -> str:
    """Bytes in B, KB, MB, GB or TB (powers of 1024), as the CLI and the summary dock print them."""
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return msg("{size:.0f} B", size=n) if unit == "B" else msg("{size:,.1f} {unit}", size=n, unit=unit)
        n /= 1024
    return msg("{size:,.1f} {unit}", size=n, unit="TB")


@dataclass
class Room:
    """Bytes this process may still allocate (None: unknown) and where the figure comes from, in words that fit
    "... but {where} has 1.0 GB free" (``limit``: the limit's size, None for the system's free memory)."""
    free: int | None
    where: str = msg("this computer")
    limit: int | None = None


def free_ram() -> int | None:
    """Bytes of memory this process may still have: :func:`available`'s figure."""
    return available().free


def system_free() -> int | None:
    """Bytes of memory the system can still give (Linux: MemAvailable), or None where it cannot be told."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def status_field(key: str) -> str | None:
    """A field of /proc/self/status (``VmSize``, ``Umask``...) as written there, None where it cannot be read:
    the one reader of that file."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return line.split()[1]
    except (OSError, ValueError, IndexError):
        pass
    return None


def status_bytes(key: str) -> int | None:
    """A size field of /proc/self/status (``VmSize``, ``VmRSS``) in bytes."""
    value = status_field(key)
    return int(value) * 1024 if value is not None and value.isdigit() else None


def address_space_room() -> Room | None:
    """The room left under this process's address-space limit (RLIMIT_AS, ``ulimit -v``), None when unlimited.
    The address space already in use (VmSize: torch's own reservations included) is subtracted."""
    try:
        import resource
        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    except (ImportError, OSError, ValueError, AttributeError):
        return None
    if limit == resource.RLIM_INFINITY or limit < 0:
        return None
    used = status_bytes("VmSize") or 0
    return Room(max(0, limit - used), msg("this process (its address-space limit, ulimit -v, of {limit})",
                                          limit=human_bytes(limit)), limit)


def _read_int(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None  # v2's "max": no limit


def _reclaimable(stat: Path, key: str) -> int:
    try:
        for line in stat.read_text(encoding="ascii").splitlines():
            name, _, value = line.partition(" ")
            if name == key and value.strip().isdigit():
                return int(value)
    except (OSError, UnicodeDecodeError):
        pass
    return 0


def cgroup_room(root: str | os.PathLike, membership: str | None = None) -> Room | None:
    """The room left under the memory limits of this process's cgroup and its parents (v2, then v1), the smallest;
    None when none is set. ``root``: where the cgroup file systems are mounted (``/sys/fs/cgroup``);
    ``membership``: the text of /proc/self/cgroup (read when None)."""
    root = Path(root)
    if membership is None:
        try:
            membership = Path("/proc/self/cgroup").read_text(encoding="utf-8", errors="replace")
        except OSError:
            membership = ""
    places = []  # (folder, limit file, usage file, reclaimable key in memory.stat, words)
    for line in membership.splitlines():
        number, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if number == "0" and controllers == "":
            places.append((root, "memory.max", "memory.current", "inactive_file", "cgroup v2 memory.max", path))
        elif "memory" in controllers.split(","):
            places.append((root / "memory", "memory.limit_in_bytes", "memory.usage_in_bytes", "total_inactive_file",
                           "cgroup v1 memory.limit_in_bytes", path))
    if not places:  # no /proc here: look at the root itself
        places = [(root, "memory.max", "memory.current", "inactive_file", "cgroup v2 memory.max", "/"),
                  (root / "memory", "memory.limit_in_bytes", "memory.usage_in_bytes", "total_inactive_file",
                   "cgroup v1 memory.limit_in_bytes", "/")]
    best = None
    for base, limit_file, usage_file, cache, words, path in places:
        parts = [p for p in path.strip("/").split("/") if p and p not in (".", "..")]
        for depth in range(len(parts), -1, -1):  # this cgroup, then its parents up to the root
            folder = base.joinpath(*parts[:depth])
            limit = _read_int(folder / limit_file)
            if limit is None or limit >= 1 << 60:  # v1 writes "no limit" as a huge number
                continue
            usage = _read_int(folder / usage_file) or 0
            usage = max(0, usage - _reclaimable(folder / "memory.stat", cache))
            room = Room(max(0, limit - usage), msg("this container (its memory limit, {words}, of {limit})",
                                                   words=words, limit=human_bytes(limit)), limit)
            if best is None or room.free < best.free:
                best = room
    return best


def available(cgroup_root: str | os.PathLike | None = None) -> Room:
    """What this process may still allocate: the least of the system's available memory and the room under its
    address-space and cgroup limits (cgroups mounted at ``cgroup_root``, else ``CGROUP_ROOT``), naming the one
    that applies."""
    rooms = [Room(system_free())]
    rooms += [r for r in (address_space_room(), cgroup_room(cgroup_root or CGROUP_ROOT)) if r is not None]
    known = [r for r in rooms if r.free is not None]
    return min(known, key=lambda r: r.free) if known else rooms[0]
