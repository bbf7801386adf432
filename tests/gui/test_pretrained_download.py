"""A backbone's first use in the window: its ImageNet weights download into torch's cache before the run, their
progress shown in the Training panel from the worker thread. Nothing touches the network: the "download" reads a
randomly initialised model's weights through a file:// URL."""
from __future__ import annotations

import hashlib
import json

import torch
import torchvision
from PIL import Image

from netbuilder.core.layers import backbones
from training_helpers import click, wait_finished


def _pictures(root):
    for c, colour in enumerate(((220, 40, 40), (40, 40, 220))):
        (root / f"class{c}").mkdir(parents=True)
        for i in range(4):
            Image.new("RGB", (36 + i, 32), colour).save(root / f"class{c}" / f"{i}.png")
    return root


def test_the_first_run_downloads_the_weights_with_progress_in_the_training_panel(window, qtbot, tmp_path,
                                                                                monkeypatch):
    torch.manual_seed(0)
    source = tmp_path / "served.pth"
    torch.save(torchvision.models.mobilenet_v3_small(weights=None).state_dict(), source)
    served = source.rename(tmp_path / f"mobilenet_v3_small-{hashlib.sha256(source.read_bytes()).hexdigest()[:8]}.pth")
    monkeypatch.setattr(backbones, "weights_url", lambda found: served.as_uri())
    monkeypatch.delenv(backbones.OFFLINE_ENV)
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch_home"))
    design = {
        "format": "netbuilder-design", "version": 1, "name": "first use", "description": "",
        "nodes": [{"id": "image", "type": "Input", "params": {"shape": [3, 32, 32]}},
                  {"id": "backbone", "type": "Pretrained", "params": {"model": "mobilenet_v3_small",
                                                                      "weights": "imagenet", "trainable": "none"}},
                  {"id": "head", "type": "Linear", "params": {"out_features": 2}}],
        "edges": [{"source": "image", "target": "backbone"}, {"source": "backbone", "target": "head"}],
        "training": {"dataset": {"name": "image_folder", "path": str(_pictures(tmp_path / "pictures"))},
                     "loss": "cross_entropy", "epochs": 2, "batch_size": 4, "seed": 0},
    }
    (tmp_path / "first.json").write_text(json.dumps(design), encoding="utf-8")
    assert window.open_design(str(tmp_path / "first.json"))
    panel, shown = window.training.panel, []

    def seen(info):  # connected after the driver: the panel already shows it
        shown.append((info["done"], info["total"], panel.progress.format(), panel.progress.value(),
                      panel.progress.maximum(), panel.status_line.text()))
    window.training.controller.download.connect(seen)
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "completed", result
    size = served.stat().st_size
    assert shown and shown[0][0] == 0 and shown[-1][:5] == (size, size, "download %p%", size, size)
    assert shown[-1][5].startswith(f"Downloading {served.name} into torch's cache")
    assert (tmp_path / "torch_home" / "hub" / "checkpoints" / served.name).read_bytes() == served.read_bytes()
    assert panel.progress.format() == "run %p%"  # the run's own progress took the bar back
