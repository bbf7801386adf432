"""Bundled designs. Found beside the package when installed, or at the checkout's top level."""
from __future__ import annotations

import json
from pathlib import Path

import netbuilder

from ..datasets import bundled


def presets_dir() -> Path:
    package = Path(netbuilder.__file__).resolve().parent
    for candidate in (package / "presets", package.parent / "presets"):
        if candidate.is_dir() and any(candidate.glob("*.json")):
            return candidate
    raise FileNotFoundError("netbuilder's presets folder is missing; reinstall netbuilder")


resources_dir = bundled.resources_dir  # one place finds it (bundled image folders live there too)


def preset_names() -> list[str]:
    return sorted(p.stem for p in presets_dir().glob("*.json"))


def preset_path(name: str) -> Path | None:
    path = presets_dir() / f"{name}.json"
    return path if path.is_file() else None


def preset_info() -> list[tuple[str, str]]:
    """(name, description) of every preset, for `netbuilder presets` and the gallery."""
    out = []
    for name in preset_names():
        data = json.loads((presets_dir() / f"{name}.json").read_text(encoding="utf-8"))
        out.append((name, data.get("description", "")))
    return out
