"""Tiny fixed sets (xor, hello, linear) and 2-D toy classification sets generated with numpy from a seed."""
from __future__ import annotations

import math

import numpy as np
import torch

from ..choices import SPIRAL_ARMS
from ..errors import DataError
from .base import Dataset

TRAIN_POINTS = 1000
TEST_POINTS = 500


def _fixed(name, task, x, y, num_classes=None, class_names=None, description="") -> Dataset:
    """The test set is the training set: these sets exist to watch a model fit, not to generalise."""
    x = torch.tensor(x, dtype=torch.float32)
    y = torch.tensor(y, dtype=torch.int64 if task == "classification" else torch.float32)
    return Dataset(name=name, task=task, input_shape=tuple(x.shape[1:]), num_classes=num_classes,
                   class_names=class_names, x_train=x, y_train=y, x_val=None, y_val=None, x_test=x, y_test=y,
                   preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0}, description=description)


def load_xor(spec, **_) -> Dataset:
    return _fixed("xor", "classification", [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], 2, ["0", "1"],
                  "The four XOR points: the smallest problem a single neuron cannot solve.")


def load_hello(spec, **_) -> Dataset:
    xs = [[float(v)] for v in range(1, 6)]
    return _fixed("hello", "regression", xs, [[2 * v[0]] for v in xs], description="y = 2x on x = 1..5.")


def load_linear(spec, **_) -> Dataset:
    # Raw x up to 99 makes plain SGD at lr 0.01 diverge; that is a lesson, and `normalize: true` is the fix.
    xs = [[float(v)] for v in range(100)]
    return _fixed("linear", "regression", xs, [[2 * v[0] + 1] for v in xs],
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


def _generated(name: str, make, seed: int, class_names: list[str], description: str) -> Dataset:
    x_train, y_train, x_test, y_test = generate(make, seed)
    return Dataset(name=name, task="classification", input_shape=(2,), num_classes=len(class_names),
                   class_names=class_names, x_train=x_train, y_train=y_train, x_val=None, y_val=None,
                   x_test=x_test, y_test=y_test, preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0},
                   description=description)


def load_moons(spec, *, seed: int = 0, **_) -> Dataset:
    return _generated("moons", _moons, seed, ["upper", "lower"], "Two interleaving half circles, with noise.")


def load_circles(spec, *, seed: int = 0, **_) -> Dataset:
    return _generated("circles", _circles, seed, ["outer", "inner"], "A ring around a smaller ring, with noise.")


def load_spirals(spec, *, seed: int = 0, **_) -> Dataset:
    arms = spec.get("classes", 2)
    if isinstance(arms, bool) or arms not in SPIRAL_ARMS:
        raise DataError(f"dataset 'spirals': classes must be 2 or 3, not {arms!r}")
    arms = int(arms)
    return _generated("spirals", lambda rng, n: _spirals(rng, n, arms), seed,
                      [f"arm {i}" for i in range(arms)], f"{arms} interleaved spiral arms, with noise.")
