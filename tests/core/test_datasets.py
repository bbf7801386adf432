"""The dataset registry. Never touches the network: every load passes a data_dir or download=False, or patches
torchvision's download."""
from __future__ import annotations

import os
import pickle
import struct
from pathlib import Path

import numpy as np
import pytest
import torch

from netbuilder.core.datasets import DATASETS, Dataset, dataset_info, load_dataset
from netbuilder.core.datasets import base as datasets_base
from netbuilder.core.errors import DataError



@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("NETBUILDER_DATA_DIR", raising=False)


@pytest.fixture
def forbid_download(monkeypatch):
    """Any torchvision download attempt fails the test."""
    import torchvision.datasets as tvd

    calls = []

    def refuse(self):
        calls.append(type(self).__name__)
        raise AssertionError("a test tried to download")

    for cls in (tvd.MNIST, tvd.FashionMNIST, tvd.CIFAR10):
        monkeypatch.setattr(cls, "download", refuse)
    return calls


# --- registry and spec checking ---------------------------------------------------------------------------------

def test_registry_lists_every_dataset():
    expected = {"xor", "hello", "linear", "moons", "circles", "spirals", "mnist", "fashion_mnist", "cifar10", "csv",
                "image_folder"}
    assert set(DATASETS) == expected
    assert dataset_info() == list(DATASETS.items())
    assert all(isinstance(d, str) and d and "\n" not in d for d in DATASETS.values())


def test_unknown_dataset_lists_known_names():
    with pytest.raises(DataError) as err:
        load_dataset({"name": "imagenet"})
    msg = str(err.value)
    assert "'imagenet'" in msg
    for name in DATASETS:
        assert name in msg


def test_missing_name():
    with pytest.raises(DataError, match="needs a 'name'.*mnist"):
        load_dataset({"validation": 0.1})


@pytest.mark.parametrize("spec, key", [
    ({"name": "xor", "shuffle": True}, "shuffle"),
    ({"name": "moons", "classes": 2}, "classes"),       # valid for spirals only
    ({"name": "mnist", "path": "x.csv"}, "path"),       # valid for csv only
])
def test_unknown_key_is_named(spec, key):
    with pytest.raises(DataError, match=f"unknown option '{key}'"):
        load_dataset(spec, download=False)


@pytest.mark.parametrize("limit", [0, -3, 2.5, True, "10"])
def test_bad_limit(limit):
    with pytest.raises(DataError, match="limit"):
        load_dataset({"name": "moons", "limit": limit})


@pytest.mark.parametrize("validation", [1, 1.5, -0.1, True, "0.1"])
def test_bad_validation(validation):
    with pytest.raises(DataError, match="validation"):
        load_dataset({"name": "moons", "validation": validation})


def test_bad_normalize():
    with pytest.raises(DataError, match="normalize"):
        load_dataset({"name": "linear", "normalize": "yes"})


# --- the tiny fixed sets ----------------------------------------------------------------------------------------

def test_xor():
    ds = load_dataset({"name": "xor"})
    assert isinstance(ds, Dataset)
    assert (ds.task, ds.input_shape, ds.num_classes, ds.class_names) == ("classification", (2,), 2, ["0", "1"])
    assert ds.x_train.dtype == torch.float32 and ds.y_train.dtype == torch.int64
    assert ds.x_train.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert ds.y_train.tolist() == [0, 1, 1, 0]
    for x, y in ((ds.x_val, ds.y_val), (ds.x_test, ds.y_test)):
        assert torch.equal(x, ds.x_train) and torch.equal(y, ds.y_train)
    assert ds.preprocess == {"scale": 1.0, "mean": 0.0, "std": 1.0}


def test_hello():
    ds = load_dataset({"name": "hello"})
    assert (ds.task, ds.input_shape, ds.num_classes, ds.class_names) == ("regression", (1,), None, None)
    assert ds.x_train.shape == (5, 1) and ds.y_train.shape == (5, 1)
    assert ds.y_train.dtype == torch.float32
    assert ds.x_train.flatten().tolist() == [1, 2, 3, 4, 5]
    assert torch.equal(ds.y_train, 2 * ds.x_train)
    assert torch.equal(ds.x_test, ds.x_train) and torch.equal(ds.x_val, ds.x_train)


def test_linear_is_raw_unless_normalized():
    ds = load_dataset({"name": "linear"})
    assert ds.x_train.shape == (100, 1) and ds.x_train.dtype == torch.float32
    assert ds.x_train.flatten().tolist() == [float(v) for v in range(100)]
    assert torch.equal(ds.y_train, 2 * ds.x_train + 1)
    assert torch.equal(ds.x_test, ds.x_train)
    assert ds.preprocess == {"scale": 1.0, "mean": 0.0, "std": 1.0}
    norm = load_dataset({"name": "linear", "normalize": True})
    assert norm.preprocess["mean"] == pytest.approx([49.5])
    assert norm.preprocess["std"] == pytest.approx([float(np.std(np.arange(100)))])
    assert torch.equal(norm.x_train, ds.x_train)  # normalisation is a preprocess, the data stays raw
    assert load_dataset({"name": "linear", "normalize": False}).preprocess == ds.preprocess


def test_tiny_sets_validation_rules():
    assert load_dataset({"name": "xor", "validation": 0}).x_val is None
    half = load_dataset({"name": "linear", "validation": 0.5}, seed=3)
    assert len(half.x_train) == 50 and len(half.x_val) == 50
    with pytest.raises(DataError, match="leaves none to train on"):
        load_dataset({"name": "xor", "validation": 0.9})
    limited = load_dataset({"name": "hello", "limit": 3})
    assert limited.x_train.flatten().tolist() == [1, 2, 3] and torch.equal(limited.x_val, limited.x_train)
    assert len(limited.x_test) == 5


@pytest.mark.parametrize("name", ["xor", "hello", "linear"])
def test_tiny_sets_are_scored_on_their_training_points(name):
    ds = load_dataset({"name": name})
    assert ds.test_is_train() and ds.same_as_train("test") and ds.same_as_train("val")
    assert ds.to("cpu").test_is_train()
    copied = Dataset(**{**ds.__dict__, "x_test": ds.x_test.clone(), "y_test": ds.y_test.clone()})
    assert copied.test_is_train()  # equal values count, not only the same tensor
    assert not load_dataset({"name": name, "validation": 0}).same_as_train("val")
    assert not load_dataset({"name": name, "limit": 3}).test_is_train()  # the test split keeps every point


def test_generated_sets_have_a_separate_test_split():
    ds = load_dataset({"name": "moons"})
    assert not ds.test_is_train() and not ds.same_as_train("test") and not ds.same_as_train("val")
    same_size = Dataset(**{**ds.__dict__, "x_test": ds.x_train[:500] + 1, "y_test": ds.y_train[:500],
                           "x_train": ds.x_train[:500], "y_train": ds.y_train[:500]})
    assert not same_size.test_is_train()
    with pytest.raises(ValueError):
        ds.same_as_train("train")


# --- generated 2-D sets -----------------------------------------------------------------------------------------

GENERATED = [({"name": "moons"}, 2), ({"name": "circles"}, 2), ({"name": "spirals"}, 2),
             ({"name": "spirals", "classes": 3}, 3)]
GEN_IDS = ["moons", "circles", "spirals2", "spirals3"]


@pytest.mark.parametrize("spec, k", GENERATED, ids=GEN_IDS)
def test_generated_shapes_and_balance(spec, k):
    ds = load_dataset({**spec, "validation": 0})
    assert (ds.task, ds.input_shape, ds.num_classes, len(ds.class_names)) == ("classification", (2,), k, k)
    assert ds.x_train.shape == (1000, 2) and ds.x_test.shape == (500, 2)
    assert ds.x_train.dtype == torch.float32 and ds.y_train.dtype == torch.int64
    assert ds.x_val is None and ds.y_val is None
    for y, n in ((ds.y_train, 1000), (ds.y_test, 500)):
        counts = torch.bincount(y, minlength=k).tolist()
        assert len(counts) == k and max(counts) - min(counts) <= 1 and sum(counts) == n
    # shuffled: any prefix is roughly balanced
    head = torch.bincount(ds.y_train[:100], minlength=k)
    assert head.min() >= 100 // k - 15
    assert ds.x_train.abs().max() < 3 and torch.isfinite(ds.x_train).all()


@pytest.mark.parametrize("spec, k", GENERATED, ids=GEN_IDS)
def test_generated_seeded(spec, k):
    a, b, c = (load_dataset(spec, seed=s) for s in (0, 0, 1))
    for name in ("x_train", "y_train", "x_val", "x_test", "y_test"):
        assert torch.equal(getattr(a, name), getattr(b, name)), name
    assert not torch.equal(a.x_train, c.x_train)
    assert not torch.equal(a.x_test, c.x_test)
    assert not torch.equal(a.x_train[:500], a.x_test)  # an independent test set


@pytest.mark.parametrize("spec, k", GENERATED, ids=GEN_IDS)
def test_generated_are_learnable_with_a_little_noise(spec, k):
    """1-nearest-neighbour from the training set classifies the test set well: separable, not noise-free."""
    ds = load_dataset(spec, seed=5)
    nearest = torch.cdist(ds.x_test, ds.x_train).argmin(dim=1)
    accuracy = (ds.y_train[nearest] == ds.y_test).float().mean().item()
    assert 0.9 < accuracy
    assert not torch.equal(ds.x_train, torch.round(ds.x_train * 100) / 100)  # there is noise


def test_circles_radii():
    ds = load_dataset({"name": "circles", "validation": 0})
    radius = ds.x_train.norm(dim=1)
    assert radius[ds.y_train == 0].mean() == pytest.approx(1.0, abs=0.05)
    assert radius[ds.y_train == 1].mean() == pytest.approx(0.5, abs=0.05)


@pytest.mark.parametrize("classes", [1, 4, "3", 2.5, True])
def test_spirals_bad_classes(classes):
    with pytest.raises(DataError, match="classes must be 2 or 3"):
        load_dataset({"name": "spirals", "classes": classes})


# --- validation split, limit, normalize -------------------------------------------------------------------------

def _rows(x: torch.Tensor) -> set[tuple]:
    return {tuple(r) for r in x.tolist()}


def test_default_validation_split_is_a_seeded_partition():
    full = load_dataset({"name": "moons", "validation": 0})
    ds = load_dataset({"name": "moons"})
    assert len(ds.x_train) == 900 and len(ds.x_val) == 100 and ds.y_val.shape == (100,)
    assert _rows(ds.x_train) | _rows(ds.x_val) == _rows(full.x_train)
    assert not _rows(ds.x_train) & _rows(ds.x_val)
    again = load_dataset({"name": "moons"})
    assert torch.equal(again.x_val, ds.x_val)


def test_validation_split_depends_on_seed():
    """linear's data does not depend on the seed, so only the split can differ."""
    a, b, c = (load_dataset({"name": "linear", "validation": 0.2}, seed=s) for s in (0, 0, 1))
    assert torch.equal(a.x_val, b.x_val) and not torch.equal(a.x_val, c.x_val)
    assert a.x_val.flatten().tolist() == sorted(a.x_val.flatten().tolist())  # source order kept


def test_limit_applies_before_split():
    full = load_dataset({"name": "moons", "validation": 0})
    small = load_dataset({"name": "moons", "limit": 200})
    assert len(small.x_train) == 200 and small.x_val is None  # under 1000 samples: no default validation
    assert torch.equal(small.x_train, full.x_train[:200])
    split = load_dataset({"name": "moons", "limit": 200, "validation": 0.25})
    assert len(split.x_train) == 150 and len(split.x_val) == 50
    assert _rows(split.x_train) | _rows(split.x_val) == _rows(full.x_train[:200])
    assert len(split.x_test) == 500  # the test set is never limited


def test_limit_argument_overrides_spec():
    ds = load_dataset({"name": "moons", "limit": 200}, limit=50)
    assert len(ds.x_train) == 50
    assert len(load_dataset({"name": "moons", "limit": 5000, "validation": 0}).x_train) == 1000


def test_normalize_uses_training_split_statistics():
    ds = load_dataset({"name": "spirals", "normalize": True})
    mean, std = ds.preprocess["mean"], ds.preprocess["std"]
    assert isinstance(mean, list) and len(mean) == 2 and len(std) == 2
    assert mean == pytest.approx(ds.x_train.double().mean(dim=0).tolist(), abs=1e-9)
    assert std == pytest.approx(ds.x_train.double().std(dim=0, unbiased=False).tolist(), abs=1e-9)
    assert ds.preprocess["scale"] == 1.0


def test_to_moves_every_tensor_and_keeps_the_original():
    ds = load_dataset({"name": "xor"})
    moved = ds.to("meta")
    for name in ("x_train", "y_train", "x_val", "y_val", "x_test", "y_test"):
        assert getattr(moved, name).device.type == "meta"
        assert getattr(ds, name).device.type == "cpu"
    assert moved.x_val is moved.x_train  # a shared tensor stays shared
    assert moved.preprocess == ds.preprocess and moved.preprocess is not ds.preprocess
    csvless = load_dataset({"name": "moons", "validation": 0}).to("cpu")
    assert csvless.x_val is None


# --- MNIST from the shared folder -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mnist(data_dir):
    """MNIST from the conftest's data_dir: $NETBUILDER_DATA_DIR, else ../shared/data beside the checkout."""
    return load_dataset({"name": "mnist"}, data_dir=data_dir)


def test_mnist(mnist, forbid_download):
    ds = mnist
    assert (ds.task, ds.input_shape, ds.num_classes) == ("classification", (1, 28, 28), 10)
    assert len(ds.class_names) == 10 and ds.class_names[0].startswith("0")
    assert ds.x_train.dtype == torch.uint8 and ds.x_train.shape == (54000, 1, 28, 28)
    assert ds.y_train.dtype == torch.int64 and ds.y_train.shape == (54000,)
    assert ds.x_val.shape == (6000, 1, 28, 28) and ds.y_val.shape == (6000,)
    assert ds.x_test.shape == (10000, 1, 28, 28) and ds.y_test.shape == (10000,)
    assert ds.x_train.is_contiguous() and ds.x_test.dtype == torch.uint8
    for y in (ds.y_train, ds.y_val, ds.y_test):
        assert y.min() == 0 and y.max() == 9 and len(torch.unique(y)) == 10
    assert ds.preprocess == {"scale": pytest.approx(1 / 255), "mean": 0.1307, "std": 0.3081}
    assert ds.x_train.max() == 255 and ds.x_train.min() == 0
    assert not forbid_download


def test_mnist_limit_validation_and_normalize(data_dir, forbid_download):
    ds = load_dataset({"name": "mnist", "limit": 2000, "validation": 0.25, "normalize": True}, data_dir=data_dir)
    assert ds.x_train.shape == (1500, 1, 28, 28) and ds.x_val.shape == (500, 1, 28, 28)
    assert ds.x_test.shape == (10000, 1, 28, 28)
    assert ds.preprocess["mean"][0] == pytest.approx(0.1307, abs=0.01)
    assert ds.preprocess["std"][0] == pytest.approx(0.3081, abs=0.01)
    small = load_dataset({"name": "mnist"}, data_dir=data_dir, limit=500)
    assert small.x_train.shape == (500, 1, 28, 28) and small.x_val is None
    assert small.x_train.untyped_storage().nbytes() == 500 * 784  # a clone, not a view of all 60000


def test_mnist_from_env_var(data_dir, monkeypatch, forbid_download):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(data_dir))
    ds = load_dataset({"name": "mnist", "validation": 0, "limit": 100})
    assert ds.x_train.shape == (100, 1, 28, 28)


# --- missing data: clear errors, and no download unless allowed -------------------------------------------------

@pytest.mark.parametrize("name, folder", [("mnist", "MNIST/raw"), ("fashion_mnist", "FashionMNIST/raw"),
                                          ("cifar10", "cifar-10-batches-py")])
def test_missing_data_with_explicit_folder_never_downloads(tmp_path, forbid_download, no_env, name, folder):
    with pytest.raises(DataError) as err:
        load_dataset({"name": name}, data_dir=tmp_path)
    msg = str(err.value)
    assert "\n" not in msg
    assert str(tmp_path) in msg and folder in msg
    assert "--data-dir" in msg and "NETBUILDER_DATA_DIR" in msg
    assert "leave both unset to let torchvision download it into" in msg
    assert forbid_download == []


def test_missing_data_with_env_folder_never_downloads(tmp_path, forbid_download, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path))
    with pytest.raises(DataError, match="MNIST not found in"):
        load_dataset({"name": "mnist"})
    assert forbid_download == []


def test_default_folder_downloads_and_reports_failure(tmp_path, no_env, monkeypatch):
    import torchvision.datasets as tvd

    calls = []

    def offline(self):
        calls.append(self.root)
        raise OSError("Network is unreachable")

    monkeypatch.setattr(tvd.MNIST, "download", offline)
    monkeypatch.setattr(datasets_base, "default_data_dir", lambda: tmp_path / "cache")
    with pytest.raises(DataError) as err:
        load_dataset({"name": "mnist"})
    msg = str(err.value)
    assert calls and "downloading it failed (Network is unreachable)" in msg
    assert str(tmp_path / "cache") in msg and "connect to the internet" in msg
    calls.clear()
    with pytest.raises(DataError, match=r"or allow downloading so torchvision fetches it \(needs internet\)"):
        load_dataset({"name": "mnist"}, download=False)
    assert calls == []


def test_default_data_dir_is_a_user_cache(no_env):
    folder, explicit = datasets_base.resolve_data_dir(None)
    assert not explicit and folder.parts[-2:] == ("netbuilder", "data")
    assert datasets_base.resolve_data_dir("/somewhere") == (Path("/somewhere"), True)


# --- torchvision formats, with small fake files -----------------------------------------------------------------

def _write_idx(path: Path, array: np.ndarray) -> None:
    code = 0x08  # uint8
    header = struct.pack(">BBBB", 0, 0, code, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def test_fashion_mnist_format(tmp_path, forbid_download):
    raw = tmp_path / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (20, 28, 28), dtype=np.uint8)
    labels = np.arange(20) % 10
    for prefix, n in (("train", 20), ("t10k", 7)):
        _write_idx(raw / f"{prefix}-images-idx3-ubyte", images[:n])
        _write_idx(raw / f"{prefix}-labels-idx1-ubyte", labels[:n])
    ds = load_dataset({"name": "fashion_mnist"}, data_dir=tmp_path)
    assert ds.task == "classification"
    assert ds.x_train.dtype == torch.uint8 and ds.x_train.shape == (20, 1, 28, 28)
    assert torch.equal(ds.x_train[3, 0], torch.from_numpy(images[3]))
    assert ds.y_train.dtype == torch.int64 and ds.y_train.tolist() == labels.tolist()
    assert ds.x_test.shape == (7, 1, 28, 28) and ds.x_val is None
    assert ds.class_names[0] == "T-shirt/top" and ds.num_classes == 10
    assert ds.preprocess["mean"] == 0.2860 and ds.preprocess["std"] == 0.3530


def _fake_cifar(root: Path, rng) -> np.ndarray:
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    chw = rng.integers(0, 256, (13, 3, 32, 32), dtype=np.uint8)
    batches = [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]
    for i, name in enumerate(batches):
        rows = chw[2 * i: 2 * i + 2] if name != "test_batch" else chw[10:13]
        entry = {"data": rows.reshape(len(rows), -1), "labels": [int(v) % 10 for v in range(len(rows))]}
        (folder / name).write_bytes(pickle.dumps(entry))
    names = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
    (folder / "batches.meta").write_bytes(pickle.dumps({"label_names": names}))
    return chw


def test_cifar10_format(tmp_path, forbid_download, monkeypatch):
    import torchvision.datasets.cifar as tv_cifar

    monkeypatch.setattr(tv_cifar, "check_integrity", lambda fpath, md5=None: os.path.isfile(fpath))
    chw = _fake_cifar(tmp_path, np.random.default_rng(1))
    ds = load_dataset({"name": "cifar10"}, data_dir=tmp_path)
    assert ds.task == "classification"
    assert ds.input_shape == (3, 32, 32) and ds.x_train.shape == (10, 3, 32, 32)
    assert ds.x_train.dtype == torch.uint8 and ds.x_train.is_contiguous()
    assert torch.equal(ds.x_train, torch.from_numpy(chw[:10]))
    assert torch.equal(ds.x_test, torch.from_numpy(chw[10:]))
    assert ds.y_train.dtype == torch.int64 and ds.y_train.tolist() == [0, 1] * 5
    assert ds.class_names[0] == "airplane" and ds.num_classes == 10
    assert ds.preprocess["mean"] == [0.4914, 0.4822, 0.4465] and len(ds.preprocess["std"]) == 3
    norm = load_dataset({"name": "cifar10", "normalize": True}, data_dir=tmp_path)
    per_channel = (torch.from_numpy(chw[:10]).double() / 255).mean(dim=(0, 2, 3))
    assert norm.preprocess["mean"] == pytest.approx(per_channel.tolist())


def test_corrupt_torchvision_file(tmp_path, forbid_download, monkeypatch):
    import torchvision.datasets.cifar as tv_cifar

    monkeypatch.setattr(tv_cifar, "check_integrity", lambda fpath, md5=None: os.path.isfile(fpath))
    _fake_cifar(tmp_path, np.random.default_rng(2))
    (tmp_path / "cifar-10-batches-py" / "data_batch_3").write_bytes(b"not a pickle")
    with pytest.raises(DataError, match="could not read CIFAR-10 from"):
        load_dataset({"name": "cifar10"}, data_dir=tmp_path)
    assert forbid_download == []


# --- csv --------------------------------------------------------------------------------------------------------

def _csv(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_text_target_is_classification(tmp_path):
    path = _csv(tmp_path, "a,b,kind\n1,2,cat\n3,4.5,dog\n-1,0,cat\n\n2,2,bird\n")
    ds = load_dataset({"name": "csv", "path": str(path), "target": "kind"})
    assert (ds.task, ds.input_shape, ds.num_classes) == ("classification", (2,), 3)
    assert ds.class_names == ["bird", "cat", "dog"]
    assert ds.y_train.dtype == torch.int64 and ds.y_train.tolist() == [1, 2, 1, 0]
    assert ds.x_train.dtype == torch.float32 and ds.x_train.tolist() == [[1, 2], [3, 4.5], [-1, 0], [2, 2]]
    assert ds.x_val is None and ds.x_test is None


def test_csv_few_integers_are_classes_sorted_numerically(tmp_path):
    path = _csv(tmp_path, "\ufeffx, y\n0.5, 10\n1.5, 2\n2.5, 1\n3.5, 2\n")  # BOM and spaces are tolerated
    ds = load_dataset({"name": "csv", "path": path, "target": "y"})
    assert ds.task == "classification" and ds.class_names == ["1", "2", "10"]
    assert ds.y_train.tolist() == [2, 1, 0, 1]
    forced = load_dataset({"name": "csv", "path": path, "target": "y", "task": "regression"})
    assert forced.task == "regression" and forced.y_train.flatten().tolist() == [10, 2, 1, 2]


def test_csv_regression(tmp_path):
    rows = "\n".join(f"{i},{i * 0.5},{i * i}" for i in range(30))
    path = _csv(tmp_path, "u,v,target\n" + rows + "\n")
    ds = load_dataset({"name": "csv", "path": path, "target": "target", "features": ["v"]})
    assert ds.task == "regression" and ds.num_classes is None and ds.class_names is None
    assert ds.input_shape == (1,) and ds.x_train.shape == (30, 1)
    assert ds.y_train.dtype == torch.float32 and ds.y_train.shape == (30, 1)
    assert ds.y_train[7, 0] == 49  # 30 distinct integers: more than 20, so regression
    floats = _csv(tmp_path, "x,y\n1,0.5\n2,1.5\n3,0.5\n", "floats.csv")
    assert load_dataset({"name": "csv", "path": floats, "target": "y"}).task == "regression"
    classes = load_dataset({"name": "csv", "path": floats, "target": "y", "task": "classification"})
    assert classes.class_names == ["0.5", "1.5"] and classes.y_train.tolist() == [0, 1, 0]


def test_csv_relative_path_found_in_data_dir(tmp_path):
    _csv(tmp_path, "x,y\n1,a\n2,b\n", "rel.csv")
    ds = load_dataset({"name": "csv", "path": "rel.csv", "target": "y"}, data_dir=tmp_path)
    assert len(ds.x_train) == 2


def test_csv_normalize_and_validation(tmp_path):
    rows = "\n".join(f"{i},{100 + i},{i % 2}" for i in range(1000))
    path = _csv(tmp_path, "a,b,y\n" + rows + "\n")
    ds = load_dataset({"name": "csv", "path": path, "target": "y", "normalize": True})
    assert len(ds.x_train) == 900 and len(ds.x_val) == 100  # 1000 rows: default validation 0.1
    assert ds.preprocess["mean"] == pytest.approx(ds.x_train.double().mean(dim=0).tolist())


@pytest.mark.parametrize("text, spec, pattern", [
    ("", {}, r"data\.csv is empty"),
    ("\n\n", {}, r"is empty"),
    ("a,y\n", {}, r"has a header but no data rows"),
    ("a,y\n1,2\n3\n", {}, r"line 3 has 1 values but the header has 2 columns"),
    ("a,b\n1,2\n", {}, r"target column 'y' is not in the file; available columns: a, b"),
    ("a,y\n1,2\n", {"features": ["a", "zz"]}, r"feature column 'zz' is not in the file; available columns: a, y"),
    ("a,b,y\n1,2,0\n3,x,1\n", {}, r"row 2 \(line 3\), column 'b': 'x' is not a finite number"),
    ("a,y\n1,0\n,1\n", {}, r"row 2 \(line 3\), column 'a': is empty"),
    ("a,y\n1,0\nnan,1\n", {}, r"row 2 \(line 3\), column 'a': 'nan' is not a finite number"),
    ("a,y\n1,0\n1e300,1\n", {}, r"row 2 \(line 3\), column 'a': '1e300' is too large \(.*32-bit floats"),
    ("a,y\n1,0.5\n2,-4e38\n", {"task": "regression"}, r"row 2 \(line 3\), column 'y': '-4e38' is too large"),
    ("a,y\n1,cat\n2,dog\n", {"task": "regression"}, r"row 1 \(line 2\), column 'y': 'cat' is not a finite number"),
    ("a,y\n1,0\n", {"task": "clustering"}, r"task must be 'classification' or 'regression'"),
    ("a,y\n1,0\n", {"features": ["a", "y"]}, r"target column 'y' cannot also be a feature"),
    ("a,y\n1,0\n", {"features": []}, r"features must be a non-empty list"),
    ("y\n1\n", {}, r"no feature columns besides the target 'y'"),
    ("a,a,y\n1,2,0\n", {}, r"column 'a' appears twice"),
])
def test_csv_errors(tmp_path, text, spec, pattern):
    path = _csv(tmp_path, text)
    with pytest.raises(DataError, match=pattern):
        load_dataset({"name": "csv", "path": str(path), "target": "y", **spec})


def test_csv_missing_file_and_keys(tmp_path):
    with pytest.raises(DataError, match=r"csv file nope\.csv not found \(looked for .*nope\.csv and .*nope\.csv\)"):
        load_dataset({"name": "csv", "path": "nope.csv", "target": "y"}, data_dir=tmp_path)
    with pytest.raises(DataError, match=r"csv file .*absent\.csv not found"):
        load_dataset({"name": "csv", "path": str(tmp_path / "absent.csv"), "target": "y"})
    with pytest.raises(DataError, match="needs a 'path'"):
        load_dataset({"name": "csv", "target": "y"})
    with pytest.raises(DataError, match="needs a 'target'"):
        load_dataset({"name": "csv", "path": "x.csv"})
    with pytest.raises(DataError, match="is a folder"):
        load_dataset({"name": "csv", "path": str(tmp_path), "target": "y"})


def test_the_torch_free_task_table_matches_the_loaded_datasets(data_dir):
    from netbuilder.core.datasets.catalog import DATASET_TASKS
    for name, task in DATASET_TASKS.items():
        if name in ("fashion_mnist", "cifar10", "image_folder"):
            continue  # not in the shared data folder: test_fashion_mnist_format, test_cifar10_format and
            # test_image_folder.py check them
        assert load_dataset({"name": name}, data_dir=data_dir).task == task, name
