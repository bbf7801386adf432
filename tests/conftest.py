"""Shared fixtures. Tests never touch the network: datasets come from generators or NETBUILDER_DATA_DIR."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NETBUILDER_OFFLINE"] = "1"  # no weights download, in this process and its children


@pytest.fixture(autouse=True)
def _isolated_recovery(tmp_path, monkeypatch):
    """Autosave writes its recovery files under the test's folder (subprocesses too), never the user's."""
    monkeypatch.setenv("NETBUILDER_RECOVERY_DIR", str(tmp_path / "recovery"))


@pytest.fixture(scope="session", autouse=True)
def _imagenet_stand_in(tmp_path_factory):
    """torch's cache (TORCH_HOME) is the session's folder, holding a randomly initialised mobilenet_v3_small under
    its ImageNet file name (helpers.imagenet_stand_in), so the presets and lessons with a Pretrained backbone build
    and train without a download. A test that wants another cache sets TORCH_HOME itself (monkeypatch)."""
    from helpers import imagenet_stand_in

    home = tmp_path_factory.mktemp("torch_home")
    imagenet_stand_in("mobilenet_v3_small", home)
    before = os.environ.get("TORCH_HOME")
    os.environ["TORCH_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("TORCH_HOME", None)
    else:
        os.environ["TORCH_HOME"] = before


def _data_dir() -> Path:
    env = os.environ.get("NETBUILDER_DATA_DIR")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder holding MNIST/raw (CI: ../shared/data)."""
    path = _data_dir()
    if not (path / "MNIST" / "raw").is_dir():
        pytest.fail(f"MNIST is not in {path}; set NETBUILDER_DATA_DIR to a folder holding MNIST/raw")
    return path


@pytest.fixture
def xor_dict() -> dict:
    return {
        "format": "netbuilder-design", "version": 1, "name": "XOR", "description": "test",
        "nodes": [
            {"id": "x", "type": "Input", "params": {"shape": [2]}, "position": [0, 0]},
            {"id": "hidden", "type": "Linear", "params": {"out_features": 4}, "position": [0, 100]},
            {"id": "act", "type": "Tanh"},
            {"id": "out", "type": "Linear", "params": {"out_features": 1}},
            {"id": "prob", "type": "Sigmoid"},
        ],
        "edges": [
            {"source": "x", "target": "hidden"}, {"source": "hidden", "target": "act"},
            {"source": "act", "target": "out"}, {"source": "out", "target": "prob"},
        ],
        "training": {"dataset": {"name": "xor"}, "loss": "bce", "optimizer": {"name": "adam", "lr": 0.05},
                     "epochs": 500, "batch_size": 4, "seed": 0, "metrics": ["accuracy"]},
    }
