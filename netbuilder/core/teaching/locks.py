"""A teacher's locks: what a lesson's students may not change (the lesson file's ``"locked"``, documented in
``docs/LESSON_FORMAT.md``). This module checks the field and answers, for an edit, whether the lesson refuses it
and why; the window's document asks it before every edit (``gui/window/document.py``). Qt-free.

.. code-block:: json

    "locked": {"layers": true, "dataset": true, "settings": {"except": ["lr", "epochs"]}}

- ``layers``: no layer is added, deleted, connected, disconnected, pasted, or has a parameter changed (moving cards
  is fine);
- ``dataset``: the dataset cannot be changed;
- ``settings``: ``true`` locks every training setting (the dataset too); ``{"except": [...]}`` all but those.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..design.settings import EDITABLE

KEYS = ("layers", "dataset", "settings")
PREFIX = "Locked by the lesson"
#: the settings' names as a sentence says them
NAMES = {"lr": "the learning rate", "batch_size": "the batch size", "limit": "the number of samples",
         "weight_decay": "the weight decay", "augment": "the augmentation", "scheduler": "the LR schedule"}


def setting_name(key: str) -> str:
    return NAMES.get(key, f"the {key.replace('_', ' ')}")


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


@dataclass(frozen=True)
class Locks:
    layers: bool = False
    dataset: bool = False
    settings: bool = False
    allowed: tuple[str, ...] = ()  # with ``settings``: the few settings students may still change

    def __bool__(self) -> bool:
        return self.layers or self.dataset or self.settings

    def setting_locked(self, key: str) -> bool:
        if key == "dataset" and self.dataset:
            return True
        return self.settings and key not in self.allowed

    def layers_refusal(self) -> str | None:
        if not self.layers:
            return None
        return f"{PREFIX}: the layers cannot be changed (added, deleted, connected or edited); moving them is fine"

    def settings_refusal(self, keys) -> str | None:
        locked = [k for k in keys if self.setting_locked(k)]
        if not locked:
            return None
        return f"{PREFIX}: {_and([setting_name(k) for k in locked])} cannot be changed" + self._may()

    def _may(self) -> str:
        free = [k for k in self.allowed if not self.setting_locked(k)] if self.settings else []
        return f"; you may change {_and([setting_name(k) for k in free])}" if free else ""

    def describe(self) -> str:
        """One line for the lesson panel: what is locked, and what students may still change."""
        if not self:
            return ""
        what = (["the layers"] if self.layers else []) + (["the dataset"] if self.dataset and not self.settings
                                                           else [])
        if self.settings:
            what.append("the training settings" if not self.allowed else "the other training settings")
        line = f"This lesson locks {_and(what)}"
        if self.settings and self.allowed:
            free = [setting_name(k) for k in self.allowed if not self.setting_locked(k)]
            return line + (f"; you may change {_and(free)}." if free else ".")
        return line + "."


def parse_locked(value: Any, where: str, error: type[Exception] = ValueError) -> Locks:
    """The lesson file's ``"locked"`` as :class:`Locks`; ``error`` with one line naming the field otherwise."""
    if not isinstance(value, dict):
        raise error(f"{where}: 'locked' must be an object such as {{\"layers\": true, \"dataset\": true}}")
    unknown = sorted(set(value) - set(KEYS))
    if unknown:
        raise error(f"{where}: locked: unknown key {unknown[0]!r}; use {', '.join(KEYS)}")
    for key in ("layers", "dataset"):
        if not isinstance(value.get(key, False), bool):
            raise error(f"{where}: locked.{key} must be true or false")
    settings = value.get("settings", False)
    allowed: tuple[str, ...] = ()
    if isinstance(settings, dict):
        names = settings.get("except")
        if set(settings) != {"except"} or not isinstance(names, list) or not names \
                or not all(isinstance(n, str) for n in names):
            raise error(f"{where}: locked.settings must be true, false or {{\"except\": [setting names]}}")
        bad = [n for n in names if n not in EDITABLE]
        if bad:
            raise error(f"{where}: locked.settings.except: unknown setting {bad[0]!r}; use {', '.join(EDITABLE)}")
        allowed, settings = tuple(dict.fromkeys(names)), True
    elif not isinstance(settings, bool):
        raise error(f"{where}: locked.settings must be true, false or {{\"except\": [setting names]}}")
    return Locks(value.get("layers", False), value.get("dataset", False), settings, allowed)
