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
from ..text import Text, msg

KEYS = ("layers", "dataset", "settings")
#: the settings' names as a sentence says them (the window shows them translated: core.text.msg)
NAMES = {"dataset": msg("the dataset"), "validation": msg("the validation split"),
         "limit": msg("the number of samples"), "loss": msg("the loss"), "optimizer": msg("the optimizer"),
         "lr": msg("the learning rate"), "momentum": msg("the momentum"), "weight_decay": msg("the weight decay"),
         "epochs": msg("the epochs"), "batch_size": msg("the batch size"), "seed": msg("the seed"),
         "scheduler": msg("the LR schedule"), "augment": msg("the augmentation"), "device": msg("the device")}


def setting_name(key: str) -> Text:
    return NAMES.get(key) or msg("the {setting}", setting=key.replace("_", " "))


def _and(words: list[Text]) -> Text:
    """``a``, ``a and b``, ``a, b and c``: nested templates, so that each word is translated where it is shown."""
    if len(words) == 1:
        return words[0]
    if len(words) == 2:
        return msg("{first} and {last}", first=words[0], last=words[1])
    return msg("{first}, {rest}", first=words[0], rest=_and(words[1:]))


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
        return msg("Locked by the lesson: the layers cannot be changed (added, deleted, connected or edited); "
                   "moving them is fine")

    def settings_refusal(self, keys) -> Text | None:
        locked = [k for k in keys if self.setting_locked(k)]
        if not locked:
            return None
        names = _and([setting_name(k) for k in locked])
        free = self._free()
        if free:
            return msg("Locked by the lesson: {settings} cannot be changed; you may change {free}", settings=names,
                       free=free)
        return msg("Locked by the lesson: {settings} cannot be changed", settings=names)

    def _free(self) -> Text | None:
        """The settings students may still change under ``settings``, as a sentence says them (None: none)."""
        free = [setting_name(k) for k in self.allowed if not self.setting_locked(k)] if self.settings else []
        return _and(free) if free else None

    def describe(self) -> str:
        """One line for the lesson panel: what is locked, and what students may still change."""
        if not self:
            return ""
        what = ([msg("the layers")] if self.layers else []) + ([NAMES["dataset"]] if self.dataset
                                                                and not self.settings else [])
        if self.settings:
            what.append(msg("the other training settings") if self.allowed else msg("the training settings"))
        free = self._free()
        if free:
            return msg("This lesson locks {what}; you may change {free}.", what=_and(what), free=free)
        return msg("This lesson locks {what}.", what=_and(what))


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
