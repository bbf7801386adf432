"""Tiny fixed sets (xor, hello, linear) and 2-D toy classification sets generated with numpy from a seed.

Each set's ``<name>_points(seed, **options)`` makes its tensors; netbuilder's ``load_<name>`` wraps them in a
:class:`Dataset` and the exported script copies ``<name>_points`` by source (the catalog names both)."""
from __future__ import annotations

import math

import numpy as np
import torch

from ..errors import DataError
from .base import Dataset
from .catalog import CATALOG, option_value

TRAIN_POINTS = 1000
TEST_POINTS = 500


def _fixed(name, points, class_names=None, description="") -> Dataset:
    """The test set is the training set: these sets exist to watch a model fit, not to generalise."""
    entry = CATALOG[name]
    x, y, x_test, y_test = points
    return Dataset(name=name, task=entry.task, input_shape=tuple(x.shape[1:]), num_classes=entry.classes,
                   class_names=class_names, x_train=x, y_train=y, x_val=None, y_val=None, x_test=x_test,
                   y_test=y_test, preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0}, description=description)


def xor_points(seed):
    """(x_train, y_train, x_test, y_test) of XOR: the test set is the training set, 4 points (no seed needed).
    Written once: the exported script copies it."""
    x = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = torch.tensor([0, 1, 1, 0])
    return x, y, x, y


def hello_points(seed):
    """y = 2x on x = 1..5, as (x_train, y_train, x_test, y_test); the test set is the training set."""
    x = torch.arange(1.0, 6.0).reshape(-1, 1)
    y = 2 * x
    return x, y, x, y


def linear_points(seed):
    """y = 2x + 1 on x = 0..99, as (x_train, y_train, x_test, y_test); the test set is the training set."""
    x = torch.arange(100.0).reshape(-1, 1)
    y = 2 * x + 1
    return x, y, x, y


def load_xor(spec, **_) -> Dataset:
    return _fixed("xor", xor_points(0), ["0", "1"],
                  "The four XOR points: the smallest problem a single neuron cannot solve.")


def load_hello(spec, **_) -> Dataset:
    return _fixed("hello", hello_points(0), description="y = 2x on x = 1..5.")


def load_linear(spec, **_) -> Dataset:
    # Raw x up to 99 makes plain SGD at lr 0.01 diverge; that is a lesson, and `normalize: true` is the fix.
    return _fixed("linear", linear_points(0),
                  description="y = 2x + 1 on x = 0..99 (unscaled: set normalize to standardise x).")


def _class_sizes(n: int, k: int) -> list[int]:
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _moons(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    a, b = _class_sizes(n, 2)
    t = rng.uniform(0.0, math.pi, n)
    upper = np.stack([np.cos(t[:a]), np.sin(t[:a])], axis=1)
    lower = np.stack([1.0 - np.cos(t[a:]), 0.5 - np.sin(t[a:])], axis=1)
    x = np.concatenate([upper, lower]) + rng.normal(0.0, 0.1, (n, 2))
    y = np.repeat([0, 1], [a, b])
    return x, y


def _circles(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    a, b = _class_sizes(n, 2)
    t = rng.uniform(0.0, 2 * math.pi, n)
    radius = np.repeat([1.0, 0.5], [a, b])
    x = np.stack([np.cos(t), np.sin(t)], axis=1) * radius[:, None] + rng.normal(0.0, 0.05, (n, 2))
    y = np.repeat([0, 1], [a, b])
    return x, y


def _spirals(rng: np.random.Generator, n: int, arms: int) -> tuple[np.ndarray, np.ndarray]:
    sizes = _class_sizes(n, arms)
    y = np.repeat(np.arange(arms), sizes)
    r = rng.uniform(0.05, 1.0, n)
    theta = 2 * math.pi * y / arms + 3 * math.pi * r + rng.normal(0.0, 0.12, n)
    x = np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1)
    return x, y


def generate(make, seed):
    """(x_train, y_train, x_test, y_test) of a generated set: train and test come from independent streams of the
    same seed, each shuffled so that any prefix is balanced. Written once: the exported script copies it."""
    train_rng, test_rng = (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(2))

    def split(rng, n):
        x, y = make(rng, n)
        order = rng.permutation(n)
        return (torch.from_numpy(x[order].astype(np.float32)), torch.from_numpy(y[order].astype(np.int64)))

    return (*split(train_rng, TRAIN_POINTS), *split(test_rng, TEST_POINTS))


def moons_points(seed):
    """Two interleaving half circles, as (x_train, y_train, x_test, y_test). Copied by the exported script."""
    return generate(_moons, seed)


def circles_points(seed):
    """A ring inside a ring, as (x_train, y_train, x_test, y_test). Copied by the exported script."""
    return generate(_circles, seed)


def spirals_points(seed, classes):
    """``classes`` interleaved spiral arms, as (x_train, y_train, x_test, y_test). Copied by the exported
    script."""
    arms = int(classes)
    return generate(lambda rng, n: _spirals(rng, n, arms), seed)


def _generated(name: str, points, class_names: list[str], description: str) -> Dataset:
    x_train, y_train, x_test, y_test = points
    return Dataset(name=name, task="classification", input_shape=(2,), num_classes=len(class_names),
                   class_names=class_names, x_train=x_train, y_train=y_train, x_val=None, y_val=None,
                   x_test=x_test, y_test=y_test, preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0},
                   description=description)


def load_moons(spec, *, seed: int = 0, **_) -> Dataset:
    return _generated("moons", moons_points(seed), ["upper", "lower"], "Two interleaving half circles, with noise.")


def load_circles(spec, *, seed: int = 0, **_) -> Dataset:
    return _generated("circles", circles_points(seed), ["outer", "inner"],
                      "A ring around a smaller ring, with noise.")


def load_spirals(spec, *, seed: int = 0, **_) -> Dataset:
    entry = CATALOG["spirals"]
    arms = option_value(entry, spec, "classes")
    if arms is None:
        allowed = " or ".join(str(v) for v in entry.options["classes"])
        raise DataError(f"dataset 'spirals': classes must be {allowed}, not {spec.get('classes')!r}")
    arms = int(arms)
    return _generated("spirals", spirals_points(seed, arms), [f"arm {i}" for i in range(arms)],
                      f"{arms} interleaved spiral arms, with noise.")
