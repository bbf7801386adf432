"""The Augment panel's rules, without Qt: which steps the design's ``augment`` list holds, the list with one step
turned on or off or one parameter changed, whether the dataset is images, and the preview's work (a few samples
of the dataset as pixels from 0 to 1, and 16 augmented copies of one, by the training loop's own function).

Every step type, parameter, bound, default and help is the settings schema's
(:data:`netbuilder.core.design.settings.AUGMENT_PARAMS`); the lists made here are checked by the schema when they
are stored (the training driver's ``apply_setting``), so a form and a run accept exactly the same lists.
"""
from __future__ import annotations

import copy
from typing import Any

from ...core.datasets.catalog import CATALOG
from ...core.design.settings import AUGMENT_PARAMS, SETTING, Setting, usable
from ...core.text import msg

#: the step types, in the order the panel lists them (and a step turned on takes its place in the list)
STEP_TYPES = tuple(AUGMENT_PARAMS)
#: how many of the dataset's training images the preview keeps to choose a sample from
POOL = 64
#: the augmented copies the preview shows (a 4x4 grid)
COPIES = 16
NOT_IMAGES = msg("Augmentation applies to image datasets")
#: the words the panel shows for the step types, their parameters and choices (the design file keeps the ids)
WORDS = {"flip": msg("flip"), "rotation": msg("rotation"), "crop": msg("crop"), "color": msg("color"),
         "noise": msg("noise"), "p": msg("p"), "direction": msg("direction"), "horizontal": msg("horizontal"),
         "vertical": msg("vertical"), "degrees": msg("degrees"), "scale": msg("scale"),
         "brightness": msg("brightness"), "contrast": msg("contrast"), "saturation": msg("saturation"),
         "std": msg("std")}


def params_of(kind: str) -> tuple[Setting, ...]:
    return AUGMENT_PARAMS[kind]


def raw_steps(training: dict) -> list:
    """The design's list as the file holds it (a copy), or [] when it is no list."""
    value = training.get("augment", [])
    return copy.deepcopy(value) if isinstance(value, list) else []


def checked_steps(training: dict) -> list[dict]:
    """The list as the trainer would apply it (defaults filled in); [] for a list the schema refuses (the
    problems list and the run say why)."""
    return usable("augment", training.get("augment", SETTING["augment"].default_for()))


def step_of(steps: list[dict], kind: str) -> dict | None:
    """The first step of type ``kind`` (the one the panel edits), or None."""
    return next((s for s in steps if s.get("type") == kind), None)


def toggled(steps: list, kind: str, on: bool) -> list:
    """The list with ``kind`` turned on (one step with the schema's defaults, at its place in
    :data:`STEP_TYPES`' order among the steps there) or off (every step of that type gone)."""
    steps = [s if isinstance(s, dict) else {"type": s} for s in copy.deepcopy(steps)]
    if not on:
        return [s for s in steps if s.get("type") != kind]
    if step_of(steps, kind) is not None:
        return steps
    new = {"type": kind, **{p.path: p.default_for() for p in params_of(kind)}}
    rank = STEP_TYPES.index(kind)
    at = next((i for i, s in enumerate(steps)
               if s.get("type") in STEP_TYPES and STEP_TYPES.index(s.get("type")) > rank), len(steps))
    return steps[:at] + [new] + steps[at:]


def with_param(steps: list, kind: str, name: str, value: Any) -> list:
    """The list with parameter ``name`` of its first ``kind`` step set to ``value`` (unchecked: the schema checks
    the list when it is stored)."""
    steps = toggled(steps, kind, True)
    step_of(steps, kind)[name] = value
    return steps


def is_images(spec: Any) -> bool:
    """Whether the design's dataset is one of images (pixels: MNIST, CIFAR-10, a folder of pictures...)."""
    name = spec.get("name") if isinstance(spec, dict) else spec
    entry = CATALOG.get(name) if isinstance(name, str) else None
    return entry is not None and entry.pixels


def input_shape_of(design) -> list | None:
    """The shape of the design's (first) Input, which sizes a folder's images; None without one."""
    inputs = design.input_nodes()
    shape = design.nodes[inputs[0]].params.get("shape") if inputs else None
    return list(shape) if isinstance(shape, (list, tuple)) else None


def load_pool(spec: dict, input_shape, count: int = POOL):
    """The first ``count`` training images of the dataset as float32 pixels from 0 to 1, numpy ``[N, C, H, W]``:
    loaded as a run loads them (:func:`netbuilder.core.datasets.loading.load_dataset`), except that a preview
    never downloads (a run does, with its progress shown). Raises DataError."""
    import torch

    from ...core.datasets.loading import load_dataset
    from ...core.errors import DataError

    spec = {"name": spec} if isinstance(spec, str) else dict(spec)
    ds = load_dataset(spec, limit=count, download=False, input_shape=input_shape)
    x = ds.x_train[torch.arange(min(count, len(ds.x_train)))]
    if x.dim() != 4 or not len(x):
        raise DataError(msg("{name}: no images to preview (samples of shape {shape})", name=ds.name,
                            shape=str(list(x.shape[1:]))))
    return (x.float() * float(ds.preprocess["scale"])).clamp(0, 1).numpy()


def compute(spec: dict, input_shape, pool, index: int, steps: list[dict], seed: int, copies: int = COPIES) -> dict:
    """The preview's work, in a background thread: the pool (loaded when ``pool`` is None), its image
    ``index`` (wrapped around) and ``copies`` augmented copies of it (:func:`netbuilder.core.training.augment.
    preview`, the training loop's own function)."""
    from ...core.training.augment import preview

    if pool is None:
        pool = load_pool(spec, input_shape)
    sample = pool[index % len(pool)]
    return {"pool": pool, "index": index % len(pool), "sample": sample,
            "copies": preview(sample, steps, seed, copies)}
