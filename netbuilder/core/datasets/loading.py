"""Loading a dataset a design names: ``load_dataset(design["training"]["dataset"])`` gives a preloaded
:class:`Dataset`.

Every split is a tensor in memory, so training batches by indexing a permutation (ARCHITECTURE.md, Performance
habits); the one exception is a person's images too big for memory, streamed from disk (see :mod:`.images`). The
common spec keys are handled here (limit, then the validation split, then normalize); each loader (named by the
:mod:`.catalog`) only produces the full training split and, where the source has one, the test split.
"""
from __future__ import annotations

import os

from ..errors import DataError
from .splits import feature_stats, split_indices, validation_fraction
from .base import Dataset, resolve_data_dir
from .catalog import CATALOG, COMMON_BOUNDS, COMMON_KEYS, DatasetEntry, option_value
from .images import chunks_of, is_streamed
from ..text import msg


def _known() -> str:
    return ", ".join(CATALOG)


def _check_spec(spec) -> tuple[str, DatasetEntry]:
    if not isinstance(spec, dict):
        raise DataError(msg('the dataset must be an object like {{"name": "mnist"}}, not {spec!r}', spec=spec))
    name = spec.get("name")
    if name is None:
        raise DataError(msg("the dataset needs a 'name'; known datasets: {known}", known=_known()))
    if not isinstance(name, str) or name not in CATALOG:
        raise DataError(msg("unknown dataset {name!r}; known datasets: {known}", name=name, known=_known()))
    entry = CATALOG[name]
    allowed = COMMON_KEYS + tuple(entry.options)
    for key in spec:
        if key not in allowed:
            raise DataError(msg("dataset '{name}': unknown option {key!r} (options: {allowed})", name=name, key=key,
                                allowed=', '.join(allowed)))
    for key, values in entry.options.items():
        if values is not None and option_value(entry, spec, key) is None:
            raise DataError(msg("dataset '{name}': {key} must be {choices}, not {value!r}", name=name, key=key,
                                choices=' or '.join(map(str, values)), value=spec.get(key)))
    return name, entry


def _checked(key: str, value):
    """A spec's ``limit`` or ``validation``, checked with the catalog's bounds (which the settings schema, and so
    TrainConfig and the training panel, take too), None when not set."""
    if value is None:
        return None
    bounds = COMMON_BOUNDS[key]
    problem = bounds.problem(value)
    if problem:
        raise DataError(msg("dataset {key} {problem}", key=key, problem=problem))
    return bounds.cast(value)


def _apply_limit(ds: Dataset, limit: int | None) -> None:
    if limit is not None and limit < len(ds.x_train):
        # clone so a small subset does not keep the whole source array alive
        ds.x_train = ds.x_train.subset(slice(0, limit)) if is_streamed(ds.x_train) else ds.x_train[:limit].clone()
        ds.y_train = ds.y_train[:limit].clone()


def _split(ds: Dataset, fraction: float | None, self_validated: bool, seed: int) -> None:
    n = len(ds.x_train)
    fraction = validation_fraction(fraction, n, self_validated)
    if fraction is None:  # a tiny set is validated on itself
        ds.x_val, ds.y_val = ds.x_train, ds.y_train
        return
    if fraction == 0:
        return
    if max(1, round(n * fraction)) >= n:
        raise DataError(msg("dataset '{ds_name}': validation {fraction} of {n} training samples leaves none to "
                            "train on; lower the fraction or the limit", ds_name=ds.name, fraction=fraction, n=n))
    val_idx, train_idx = split_indices(n, fraction, seed)
    take = (lambda x, idx: x.subset(idx)) if is_streamed(ds.x_train) else (lambda x, idx: x[idx])
    ds.x_val, ds.y_val = take(ds.x_train, val_idx), ds.y_train[val_idx]
    ds.x_train, ds.y_train = take(ds.x_train, train_idx), ds.y_train[train_idx]


def _apply_normalize(ds: Dataset, normalize: bool | None) -> None:
    if normalize is None:
        return
    if normalize:
        mean, std = feature_stats(ds.x_train, float(ds.preprocess["scale"]), chunks_of)
        ds.preprocess = {**ds.preprocess, "mean": mean, "std": std}
    else:
        ds.preprocess = {**ds.preprocess, "mean": 0.0, "std": 1.0}


def load_dataset(spec: dict, data_dir: str | os.PathLike | None = None, seed: int = 0,
                 limit: int | None = None, download: bool | None = None, input_shape=None,
                 preprocessing: dict | None = None) -> Dataset:
    """Load the dataset a design's ``training.dataset`` names, whole, as tensors on the CPU.

    ``data_dir`` (else $NETBUILDER_DATA_DIR, else a per-user cache folder) is where torchvision sets are looked
    for; ``download=None`` downloads only into the cache folder, never into a folder the user named.
    ``limit`` overrides the spec's limit. ``input_shape``: the design's Input, which sizes a person's images.
    ``preprocessing``: a pretrained backbone's (:func:`netbuilder.core.design.preprocessing.image_preprocessing`):
    a person's images are resized and cropped its way, and normalised with its mean and std instead of the
    dataset's own (``normalize`` included) where it gives them (a 3-channel pixel Input: it decides).
    Raises :class:`DataError` with a message a user can act on.
    """
    if isinstance(spec, str):
        spec = {"name": spec}
    _, entry = _check_spec(spec)
    limit = _checked("limit", limit if limit is not None else spec.get("limit"))
    fraction = _checked("validation", spec.get("validation"))
    normalize = spec.get("normalize")
    if normalize is not None and not isinstance(normalize, bool):
        raise DataError(msg("dataset normalize must be true or false, not {normalize!r}", normalize=normalize))
    root, explicit = resolve_data_dir(data_dir)
    if download is None:
        download = not explicit
    ds = entry.function("loader")(spec, data_dir=root, seed=seed, download=bool(download), explicit_dir=explicit,
                      input_shape=input_shape, preprocessing=preprocessing)
    _apply_limit(ds, limit)
    _split(ds, fraction, entry.self_validated, seed)
    _apply_normalize(ds, normalize)
    if preprocessing and preprocessing["mean"] is not None:
        ds.preprocess = {"scale": 1.0 / 255.0, "mean": list(preprocessing["mean"]), "std": list(preprocessing["std"])}
        if entry.kind != "image_folder":  # its loader says it, with the resize
            ds.description += "; normalised with ImageNet's mean and std (the backbone's)"
    return ds
