"""Before Qt starts: does this machine have what Qt's X11 (xcb) platform plugin loads?

On a fresh Debian or Ubuntu machine the PySide6 wheel's xcb plugin fails to load for want of a few system
libraries (libxcb-cursor0 first), and Qt says so in ten lines that name neither the packages nor the command. This
module asks the dynamic loader which of the plugin's libraries it cannot find (``ldd``: exactly what loading it
would need) and words one line with the exact command. It imports nothing from Qt: it runs before the
QApplication exists.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: the Debian/Ubuntu package of each shared library Qt 6's xcb plugin and its Qt libraries load (Qt's "X11
#: requirements"; libxcb-cursor0 is the one missing most often)
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will start on its xcb plugin: on Linux, unless another platform is named (``offscreen``,
    ``wayland``, ...) or, with none named, the session is Wayland's (Qt 6 then prefers its wayland plugin)."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    named = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if named:
        return named == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path | None:
    """The PySide6 wheel's xcb plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def unresolved(library: Path) -> list[str]:
    """The shared libraries ``library`` needs (directly or through others) that the dynamic loader cannot find,
    as ``ldd`` reports them ("libxcb-cursor.so.0 => not found"); [] when ldd is not there to ask."""
    try:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    names = (line.split("=>", 1)[0].strip() for line in out.splitlines() if "not found" in line)
    return list(dict.fromkeys(names))


def missing_libraries(find: Callable[[Path], list[str]] | None = None) -> dict[str, str | None]:
    """``{library: package}`` for each library the xcb plugin needs that this machine lacks: the Debian/Ubuntu
    package where netbuilder knows it, else None."""
    plugin = xcb_plugin()
    if plugin is None:
        return {}
    return {lib: XCB_LIBRARIES.get(lib) for lib in (find or unresolved)(plugin)}


def install_hint(missing: Mapping[str, str | None]) -> str:
    """One line: what is missing and the command that installs it (a library of unknown package is named for
    ``apt-file search``, never put in the install command)."""
    packages = " ".join(dict.fromkeys(p for p in missing.values() if p))
    unknown = [lib for lib, package in missing.items() if not package]
    line = (f"netbuilder: the window cannot open: Qt's X11 (xcb) platform needs {', '.join(missing)}, which this "
            "machine lacks.")
    if packages:
        line += f" Install them with: sudo apt-get install {packages}"
    if unknown:
        line += f"{';' if packages else ''} find the package of {', '.join(unknown)} with: apt-file search {unknown[0]}"
    return line


def check_display(env: Mapping[str, str] | None = None) -> str | None:
    """The one-line message when the window cannot open for want of system libraries, else None."""
    if not uses_xcb(env):
        return None
    missing = missing_libraries()
    return install_hint(missing) if missing else None
