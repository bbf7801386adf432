"""The one list of datasets: what each one is (task, classes, sample shape, options, a tiny variant for fast runs)
and which function loads it. Adding a dataset is one entry here (plus, for a new kind of generated data, its
``points`` function in :mod:`.toy`).

Imports neither torch nor Qt, so the editor offers the names and checks a design's output against a dataset before
torch has loaded; loaders are named as ``"module:function"`` of this package and imported only to load. Everything
else that needs a dataset fact (the editor's problems list, the training panel's list, the exported script's
``load_data``, the decision-boundary hint) reads it from here, so no second table can disagree.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..numbers import Bounds
from ..text import msg

#: Spec keys every dataset takes (handled by :mod:`.loading`, not by the loaders).
COMMON_KEYS = ("name", "validation", "limit", "normalize")
#: What the common numeric keys may be: a sample limit of at least one, a validation fraction that leaves a tenth
#: to train on. Declared here, with the keys, so that the loader checks them without the design package; the
#: settings schema builds its ``dataset.limit`` and ``dataset.validation`` from these (one truth for the bounds).
COMMON_BOUNDS = {"limit": Bounds("int", low=1), "validation": Bounds("float", low=0.0, high=0.9)}
#: The kinds of a person's own files, found by path (the working folder, then the data folder).
BY_PATH_KINDS = ("csv", "image_folder")
#: How a dataset is read, and so how the exported script reads it: ``points`` (built in, made by a function the
#: script copies), ``torchvision`` (files torchvision reads and may download), and :data:`BY_PATH_KINDS`.
KINDS = ("points", "torchvision", *BY_PATH_KINDS)


@dataclass(frozen=True)
class Torchvision:
    """Where torchvision keeps a set, and its training images' mean and std (per channel, or one number)."""

    cls_name: str       # torchvision.datasets.<cls_name>
    label: str          # what the user calls it
    folder: str         # what torchvision looks for under its root
    mean: float | list[float]
    std: float | list[float]


@dataclass(frozen=True)
class DatasetEntry:
    """One dataset's facts. ``classes``: a count, the name of the option that gives it (spirals' ``classes``), or
    None (regression: one target; or the files decide). ``sample_shape`` None: the files or the design decide.
    ``options``: the spec keys it takes beyond :data:`COMMON_KEYS`, each with its allowed values (None: the loader
    checks). ``tiny``: spec keys for a run of a few seconds (tests, CI), None where it needs a person's files.
    ``self_validated``: with no ``validation`` key it is validated on its own training set (too few samples to
    hold any out). ``points``: for kind ``points``, ``"module:function"`` of ``(seed, **options) -> (x_train,
    y_train, x_test, y_test)``, which netbuilder's loader calls and the exported script copies by source.
    ``class_names``: a built-in set's, or a pattern numbered per class (``"arm {}"``)."""

    name: str
    description: str
    kind: str
    task: str | None
    classes: int | str | None
    sample_shape: tuple[int, ...] | None
    loader: str
    options: dict = field(default_factory=dict)
    tiny: dict | None = None
    self_validated: bool = False
    points: str | None = None
    torchvision: Torchvision | None = None
    class_names: tuple[str, ...] | str | None = None
    #: how many training samples a fixed set has (None: it depends on the options or the files)
    train_size: int | None = None

    def function(self, which: str = "loader"):
        """The ``loader`` or ``points`` function itself (imports its module, and so torch)."""
        module, name = getattr(self, which).split(":")
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)

    @property
    def reads_files(self) -> bool:
        """Whether it reads files from a data folder (``data_dir``), as every kind but ``points`` does."""
        return self.kind != "points"

    @property
    def by_path(self) -> bool:
        """Whether it is a person's own files, named by a path (looked for in the working folder, then the data
        folder): the kinds ``csv`` and ``image_folder``."""
        return self.kind in BY_PATH_KINDS

    @property
    def pixels(self) -> bool:
        """Whether its samples are images of 0..255 pixels, which the model sees scaled to 0..1."""
        return self.kind in ("torchvision", "image_folder")

    def option_default(self, key: str):
        """An option's value when the spec leaves it out: the first of its allowed values."""
        return self.options[key][0]


def _points(name, description, task, classes, features, *, names=None, options=None, tiny=None,
            self_validated=False, size=None):
    return DatasetEntry(name, description, "points", task, classes, (features,), "toy:load_points",
                        options or {}, {} if tiny is None else tiny, self_validated, f"toy:{name}_points",
                        class_names=names, train_size=size)


def _vision(name, description, shape, source: Torchvision):
    return DatasetEntry(name, description, "torchvision", "classification", 10, shape, "vision:load_vision",
                        tiny={"limit": 200, "validation": 0.25}, torchvision=source)


_ENTRIES = (
    _points("xor", msg("The 4 XOR points (2 classes); validation and test are the same 4 points."),
            "classification", 2, 2, names=("0", "1"), self_validated=True, size=4),
    _points("hello", msg("y = 2x on x = 1..5 (regression); test is the training set."), "regression", None, 1,
            self_validated=True, size=5),
    _points("linear", msg("y = 2x + 1 on x = 0..99 (regression, unscaled x: try normalize)."), "regression", None,
            1, self_validated=True, size=100),
    _points("moons", msg("Two interleaving half circles (2-D, 2 classes), 1000 train / 500 test."),
            "classification", 2, 2, names=("upper", "lower"), tiny={"limit": 200}),
    _points("circles", msg("A ring inside a ring (2-D, 2 classes), 1000 train / 500 test."), "classification", 2,
            2, names=("outer", "inner"), tiny={"limit": 200}),
    _points("spirals", msg("Interleaved spiral arms (2-D, classes: 2 or 3), 1000 train / 500 test."),
            "classification", "classes", 2, names="arm {}", options={"classes": (2, 3)},
            tiny={"limit": 200, "classes": 3}),
    _vision("mnist", msg("Handwritten digits 0-9, 28x28 grey, 60000 train / 10000 test."), (1, 28, 28),
            Torchvision("MNIST", "MNIST", "MNIST/raw", 0.1307, 0.3081)),
    _vision("fashion_mnist", msg("Zalando clothing in 10 classes, 28x28 grey, 60000 train / 10000 test."),
            (1, 28, 28), Torchvision("FashionMNIST", "Fashion-MNIST", "FashionMNIST/raw", 0.2860, 0.3530)),
    _vision("cifar10", msg("Small colour photos in 10 classes, 3x32x32, 50000 train / 10000 test."), (3, 32, 32),
            Torchvision("CIFAR10", "CIFAR-10", "cifar-10-batches-py", [0.4914, 0.4822, 0.4465],
                        [0.2470, 0.2435, 0.2616])),
    DatasetEntry("csv", msg("Your own CSV file: path, target column, optional features and task."), "csv", None,
                 None, None, "tabular:load_csv", {"path": None, "target": None, "features": None, "task": None}),
    DatasetEntry("image_folder", msg("Your own images: a folder per class (torchvision's ImageFolder layout), "
                                     "resized to the Input; optional test_path, size, channels, resize, preload."),
                 "image_folder", "classification", None, None, "images:load_image_folder",
                 dict.fromkeys(("path", "test_path", "size", "channels", "resize", "preload"))),
)

CATALOG: dict[str, DatasetEntry] = {entry.name: entry for entry in _ENTRIES}
DATASET_NAMES: tuple[str, ...] = tuple(CATALOG)
#: name -> one line for people.
DATASETS: dict[str, str] = {name: entry.description for name, entry in CATALOG.items()}
#: The task of every dataset whose task is known before reading it (a CSV file's depends on the file).
DATASET_TASKS: dict[str, str] = {name: entry.task for name, entry in CATALOG.items() if entry.task}


def dataset_info() -> list[tuple[str, str]]:
    """(name, description) of every dataset, in the catalog's order (the order the training panel lists them)."""
    return list(DATASETS.items())


def option_value(entry: DatasetEntry, spec: dict, key: str):
    """The spec's value for an option: one of its allowed values (the first when absent), else None."""
    allowed = entry.options[key]
    if allowed is None:  # any value: its loader checks it
        return spec.get(key)
    value = spec.get(key, allowed[0])
    return None if isinstance(value, bool) or value not in allowed else value


def known_task(spec: dict | None) -> tuple[str, int | None] | None:
    """(task, classes) of a dataset spec, known without reading any data; None for a person's own files (csv,
    image_folder) and for specs the loader will refuse."""
    entry = CATALOG.get(spec.get("name")) if isinstance(spec, dict) else None
    if entry is None or entry.task is None:
        return None
    if entry.task == "regression":
        return entry.task, None
    if isinstance(entry.classes, str):  # an option gives the count
        value = option_value(entry, spec, entry.classes)
        return None if value is None else (entry.task, int(value))
    return None if entry.classes is None else (entry.task, entry.classes)


def sample_shape(spec: dict | None) -> tuple[int, ...] | None:
    """The shape of one sample of a named dataset, None where the files or the design decide it."""
    entry = CATALOG.get(spec.get("name")) if isinstance(spec, dict) else None
    return None if entry is None else entry.sample_shape


def plane_datasets() -> list[str]:
    """The datasets whose samples are 1 or 2 numbers: those a decision boundary can be drawn over."""
    return [name for name, entry in CATALOG.items() if entry.sample_shape in ((1,), (2,))]
