"""Designs several test files build, and the one way a test waits for something that sends no signal."""
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

from netbuilder.core.design.graph import Design


def chain(input_shape, layers, **training) -> dict:
    """A design dict: Input (id ``x``) then ``layers`` (type, params) in a line (ids n0, n1, ...), placed one
    under another, with ``training`` as its training settings."""
    nodes = [{"id": "x", "type": "Input", "params": {"shape": list(input_shape)}, "position": [0, 0]}]
    for i, (kind, params) in enumerate(layers):
        nodes.append({"id": f"n{i}", "type": kind, **({"params": params} if params else {}),
                      "position": [0, 100 * (i + 1)]})
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    return {"name": "test", "description": "a test design", "nodes": nodes, "edges": edges, "training": training}


def residual_chain(blocks: int) -> Design:
    """Input [8] followed by ``blocks`` Linear/ReLU/Add residual blocks: 1 + 3 * blocks nodes."""
    d = Design()
    prev = d.add_node("Input", {"shape": [8]}, id="x").id
    for _ in range(blocks):
        a = d.add_node("Linear", {"out_features": 8}).id
        b = d.add_node("ReLU").id
        s = d.add_node("Add").id
        d.connect(prev, a)
        d.connect(a, b)
        d.connect(b, s)
        d.connect(prev, s)
        prev = s
    return d


#: a dark class and a bright one: a network tells them apart in a few epochs
SHADES = {"cats": 50, "dogs": 200}


def make_folder(root, per_class=12, size=(12, 16), mode="RGB", seed=0, classes=SHADES):
    """A folder of images in torchvision's ImageFolder layout: root/<class>/<i>.png, each (height, width) =
    ``size``, noisy around the class's shade."""
    rng = np.random.default_rng(seed)
    for name, shade in classes.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            shape = size + ((3,) if mode == "RGB" else ())
            pixels = np.clip(shade + rng.normal(0, 25, shape), 0, 255).astype(np.uint8)
            Image.fromarray(pixels, mode).save(root / name / f"{i:04d}.png")
    return root



def wait_until(condition, timeout: float, *, between=None, interval: float = 0.01) -> bool:
    """Look at ``condition()`` until it holds or ``timeout`` seconds pass; True if it held. ``between()`` runs before
    each look (``processEvents`` where no ``qtbot`` is at hand). For what sends no signal a test could wait on (a
    file another process writes, a thread that ends, a flag in the core): a fixed sleep either waits too long or,
    on a busy machine, not long enough. Where pytest-qt is at hand, ``qtbot.waitUntil`` / ``waitSignal`` instead."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()  # never set: the pause between two looks
    while True:
        if between is not None:
            between()
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        pause.wait(interval)


def imagenet_stand_in(model: str, torch_home):
    """Writes, where torchvision keeps ``model``'s ImageNet weights under ``torch_home`` (its file name from the
    weights enum, ``backbones.imagenet_file``), a randomly initialised ``model`` instead: the suite never downloads.
    Its batch norms get statistics from pictures (as ImageNet's weights have theirs: a random network's features
    are otherwise about 1e-9): the bundled own_pictures at 112x112, normalised with ImageNet's mean and std as a
    backbone's preprocessing does; no label is used, so its features stay random ones. Returns the file."""
    import os

    import torch
    import torchvision

    from netbuilder.core.layers.backbones import imagenet_file
    from netbuilder.core.layers.pretrained import BACKBONES, IMAGENET_MEAN, IMAGENET_STD

    before = os.environ.get("TORCH_HOME")
    os.environ["TORCH_HOME"] = str(torch_home)
    try:
        path = imagenet_file(BACKBONES[model])
    finally:
        if before is None:
            del os.environ["TORCH_HOME"]
        else:
            os.environ["TORCH_HOME"] = before
    torch.manual_seed(0)
    net = getattr(torchvision.models, model)(weights=None)
    for module in net.modules():
        if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
            module.momentum = None  # the batch's own statistics
    from netbuilder.core.datasets.bundled import resolve
    pictures = sorted(Path(resolve("bundled:own_pictures")).glob("*/*.png"))[::3]
    images = []
    for p in pictures:
        with Image.open(p) as img:
            images.append(torch.from_numpy(np.asarray(img.convert("RGB").resize((112, 112))).copy()))
    batch = torch.stack(images).permute(0, 3, 1, 2).float() / 255
    mean, std = torch.tensor(IMAGENET_MEAN), torch.tensor(IMAGENET_STD)
    with torch.no_grad():
        net.train()((batch - mean.view(1, 3, 1, 1)) / std.view(1, 3, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(net.state_dict(), path)
    return path
