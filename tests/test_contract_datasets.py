"""Architecture contract (issue 20, point 3): every dataset fact lives in one list, ``core/datasets/catalog.py``.

These tests fail if a second table of datasets comes back (in the editor's choices, the exported script's
generator, a GUI hint), if a declaration stops matching what its loader returns, or if the exported script's data
stops being the catalog's own code."""
from __future__ import annotations

import ast
import functools
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.core.datasets.catalog import CATALOG, COMMON_KEYS, KINDS, known_task, sample_shape

PACKAGE = Path(__file__).resolve().parents[1] / "netbuilder"
REGISTRY = PACKAGE / "core" / "datasets" / "catalog.py"
#: where a dataset's own loader lives: it may say its own name (toy.load_xor builds the Dataset named "xor")
LOADERS = PACKAGE / "core" / "datasets"
BUILT_IN = {name for name, entry in CATALOG.items() if entry.kind in ("points", "torchvision")}


@functools.cache
def _sources() -> tuple:
    """(path, tree) of every source file but the catalog's, parsed once for both scans."""
    files = [p for p in PACKAGE.rglob("*.py") if p != REGISTRY]
    assert len(files) > 50
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"))) for path in files)


def test_no_second_table_names_datasets():
    """A tuple, list, set or dict literal naming two or more datasets outside the catalog is a second table."""
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                items = node.elts
            elif isinstance(node, ast.Dict):
                items = node.keys
            else:
                continue
            named = [i.value for i in items if isinstance(i, ast.Constant) and i.value in CATALOG]
            if len(named) >= 2:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {named}")
    assert not found, "dataset names listed outside datasets/catalog.py:\n" + "\n".join(found)


def _reads_a_name(node: ast.AST) -> bool:
    """Whether ``node`` reads a dataset's name: ``spec.get("name")``, ``spec["name"]``, ``x.name``, ``name``."""
    if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "get" and node.args:
        return isinstance(node.args[0], ast.Constant) and node.args[0].value == "name"
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value == "name"
    return getattr(node, "attr", None) == "name" or getattr(node, "id", "").endswith("name")


def test_no_code_outside_the_datasets_package_branches_on_a_datasets_name():
    """Branches on a dataset's name (``if name == "spirals"``, ``spec.get("name") != "image_folder"``) belong in
    its catalog entry: outside the datasets package, code asks the entry (its kind, options, shape), never the name
    of a built-in set, and never compares a name with any dataset's (a kind, ``kind == "csv"``, may be asked)."""
    found = []
    for path, tree in _sources():
        if LOADERS in path.parents:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                operands = (node.left, *node.comparators)
                names = BUILT_IN | (set(CATALOG) if any(map(_reads_a_name, operands)) else set())
                named = [n.value for n in operands if isinstance(n, ast.Constant) and n.value in names]
                if named:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {named}")
    assert not found, "branches on a built-in dataset's name outside core/datasets:\n" + "\n".join(found)


def test_the_scan_finds_a_branch_on_a_persons_files_by_name():
    tree = ast.parse('if spec.get("name") != "image_folder" or entry.kind == "csv":\n    pass\n')
    compares = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert [any(map(_reads_a_name, (c.left, *c.comparators))) for c in compares] == [True, False]


def test_the_datasets_package_imports_nothing_above_it():
    """The loader checks its common options with the catalog's bounds (``COMMON_BOUNDS``, through core.numbers),
    not the design package's schema: no import of ``design`` (or anything above) from ``core/datasets``, even
    inside a function, and no import-linter contract exempts one (an exemption hid the design<->datasets cycle)."""
    import importlib.util
    import tomllib

    above = {f"netbuilder.core.{p}" for p in ("design", "training", "exchange", "teaching", "session")}
    found = []
    for path, tree in _sources():
        if LOADERS not in path.parents:
            continue
        package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = importlib.util.resolve_name("." * node.level + (node.module or ""), package)
                targets = [base, *(f"{base}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            if {".".join(t.split(".")[:3]) for t in targets} & above:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, "core/datasets imports a package above it:\n" + "\n".join(found)
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert not [c["name"] for c in contracts if c.get("ignore_imports")]
    layers = next(c for c in contracts if c.get("containers") == ["netbuilder.core"])["layers"]
    assert layers.index("numbers") > layers.index("datasets") > layers.index("design")


def test_the_catalog_and_the_editors_lists_import_no_torch():
    code = ("import sys, netbuilder.core.datasets, netbuilder.core.design.choices, netbuilder.core.design.output_fit\n"
            "from netbuilder.core.datasets import CATALOG, DATASETS, known_task\n"
            "print(sorted(m for m in ('torch', 'numpy', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_entry_is_whole():
    from netbuilder.core.design import choices
    from netbuilder.core.datasets import DATASET_NAMES, DATASETS

    assert choices.DATASET_NAMES is DATASET_NAMES and tuple(DATASETS) == tuple(CATALOG)
    for name, entry in CATALOG.items():
        assert entry.name == name and entry.kind in KINDS and entry.description, name
        assert callable(entry.function("loader")), name
        assert not set(entry.options) & set(COMMON_KEYS), name
        if entry.kind == "points":
            points = entry.function("points")  # top level in its module, so the script can copy it
            assert getattr(sys.modules[points.__module__], points.__name__) is points, name
        assert (entry.torchvision is not None) == (entry.kind == "torchvision"), name
        assert (entry.tiny is None) == entry.by_path, name  # only a person's own files have no tiny variant


def _fake_idx(root: Path, monkeypatch, folder: str = "FashionMNIST") -> None:
    """MNIST-style idx files (big-endian header, then uint8 values) for 20 train and 20 test images of 28x28."""
    import numpy as np
    raw = root / folder / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for prefix in ("train", "t10k"):
        images = rng.integers(0, 256, (20, 28, 28), dtype=np.uint8)
        labels = (np.arange(20) % 10).astype(np.uint8)
        (raw / f"{prefix}-images-idx3-ubyte").write_bytes(
            np.array([2051, 20, 28, 28], dtype=">i4").tobytes() + images.tobytes())
        (raw / f"{prefix}-labels-idx1-ubyte").write_bytes(np.array([2049, 20], dtype=">i4").tobytes() + labels.tobytes())


def _fake_cifar(root: Path, monkeypatch) -> None:
    """CIFAR-10's pickled batches (5 train batches and a test batch of 4 images each, and the class names).
    torchvision checks the real files' md5, which written samples cannot match: that check asks only that
    the file is there."""
    import pickle

    import numpy as np
    import torchvision.datasets.cifar
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        batch = {"data": rng.integers(0, 256, (4, 3072), dtype=np.uint8), "labels": [0, 3, 6, 9]}
        (folder / name).write_bytes(pickle.dumps(batch))
    (folder / "batches.meta").write_bytes(pickle.dumps({"label_names": [f"class {i}" for i in range(10)]}))
    monkeypatch.setattr(torchvision.datasets.cifar, "check_integrity", lambda path, md5=None: Path(path).is_file())


FAKES = {"MNIST": functools.partial(_fake_idx, folder="MNIST"), "FashionMNIST": _fake_idx, "CIFAR10": _fake_cifar}


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e.tiny is not None])
def test_the_declaration_matches_what_the_loader_returns(name, data_dir, tmp_path, monkeypatch):
    """Task, classes and sample shape as the catalog declares them (and the editor checks designs against them),
    on the tiny variant; no download: a torchvision set not in the data folder is read from a few samples written
    in its own file format (FAKES: a new torchvision set needs one)."""
    from netbuilder.core.datasets import load_dataset
    from netbuilder.core.errors import DataError

    entry = CATALOG[name]
    spec = {"name": name, **entry.tiny}
    try:
        ds = load_dataset(spec, data_dir=data_dir, download=False)
    except DataError as exc:
        if entry.kind != "torchvision" or "not found" not in str(exc):
            raise
        # not in the data folder: a few samples written in torchvision's own file format, read by the same loader
        FAKES[entry.torchvision.cls_name](tmp_path, monkeypatch)
        ds = load_dataset(spec, data_dir=tmp_path, download=False)
    assert known_task(spec) == (ds.task, ds.num_classes) == (entry.task, ds.num_classes)
    assert sample_shape(spec) == ds.input_shape == tuple(ds.x_train.shape[1:])
    if isinstance(entry.classes, int):
        assert ds.num_classes == entry.classes
    if "limit" in entry.tiny:
        assert len(ds.x_train) + (0 if ds.x_val is None else len(ds.x_val)) <= entry.tiny["limit"]
    if entry.task == "classification":
        assert int(ds.y_train.max()) < ds.num_classes and len(ds.class_names) == ds.num_classes


@pytest.mark.parametrize("name", [n for n, e in CATALOG.items() if e.kind == "points"])
def test_the_scripts_data_is_the_catalogs_own_code(name, tmp_path):
    """The exported script makes a built-in set by the very function netbuilder's loader calls, copied by source,
    not by lines written again in the code generator."""
    from netbuilder.core.exchange.codegen import export_design
    from netbuilder.core.design.design_io import design_from_dict
    from helpers import chain

    entry = CATALOG[name]
    features = entry.sample_shape[0]
    outputs = 1 if entry.task == "regression" else known_task({"name": name, **entry.tiny})[1]
    design = design_from_dict(chain([features], [("Linear", {"out_features": outputs})],
                                    dataset={"name": name, **entry.tiny},
                                    loss="mse" if entry.task == "regression" else "cross_entropy"))
    source = export_design(design)
    points = entry.function("points")
    assert inspect.getsource(points) in source
    load_data = source[source.index("def load_data("):source.index("def main(")]
    assert f"= {points.__name__}(SEED" in load_data
    assert "torch.tensor(" not in load_data and "torch.arange(" not in load_data
