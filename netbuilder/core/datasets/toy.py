"""Tiny fixed sets (xor, hello, linear) and 2-D toy classification sets generated with numpy from a seed.

Each set's ``<name>_points(seed, **options)`` makes its tensors, as (x_train, y_train, x_test, y_test);
:func:`load_points` wraps them in a :class:`Dataset` with what the set's catalog entry declares, and the exported
script copies ``<name>_points`` by source. A new set is its catalog entry and its points function."""
from __future__ import annotations

import math

import numpy as np
import torch

from .base import Dataset
from .catalog import CATALOG, known_task, option_value

TRAIN_POINTS = 1000
TEST_POINTS = 500


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
    """y = 2x + 1 on x = 0..99, as (x_train, y_train, x_test, y_test); the test set is the training set. Raw x
    up to 99 makes plain SGD at lr 0.01 diverge; that is a lesson, and ``normalize: true`` is the fix."""
    x = torch.arange(100.0).reshape(-1, 1)
    y = 2 * x + 1
    return x, y, x, y


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


def load_points(spec, *, seed: int = 0, **_) -> Dataset:
    """The built-in set ``spec`` names, made by its catalog entry's points function (options already checked
    against the entry by the loading)."""
    entry = CATALOG[spec["name"]]
    options = {key: option_value(entry, spec, key) for key in entry.options}
    x_train, y_train, x_test, y_test = entry.function("points")(seed, **options)
    task, classes = known_task(spec)
    names = entry.class_names
    if isinstance(names, str):  # one name per class, numbered
        names = [names.format(i) for i in range(classes)]
    return Dataset(name=entry.name, task=task, input_shape=tuple(x_train.shape[1:]), num_classes=classes,
                   class_names=None if names is None else list(names), x_train=x_train, y_train=y_train,
                   x_val=None, y_val=None, x_test=x_test, y_test=y_test,
                   preprocess={"scale": 1.0, "mean": 0.0, "std": 1.0}, description=entry.description)
