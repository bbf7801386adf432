"""Explanations (core/training/explain.py, the ``explain`` probe): that they explain, on generated image tasks whose
label depends only on the left half of the image, and their shapes, types and errors on a tabular network.
CPU, seeded, a few seconds of training."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import torch

from netbuilder.core.design.compiler import compile_design
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.session import TrainingSession
from netbuilder.core.training.explain import METHODS, ExplainError, conv_nodes, default_conv, explain
from helpers import chain

SIDE = 16


def cnn(channels: int) -> list:
    """Conv2d (n0), ReLU, Conv2d (n2), ReLU, MaxPool2d, Flatten: the layers before the classifier."""
    return [("Conv2d", {"out_channels": channels, "kernel_size": 3, "padding": 1}), ("ReLU", None),
            ("Conv2d", {"out_channels": channels, "kernel_size": 3, "padding": 1}), ("ReLU", None),
            ("MaxPool2d", {"kernel_size": 2}), ("Flatten", None)]


def noise_task(n: int, g: torch.Generator):
    """Uniform noise images; the label is whether the left half's mean is above 0.5. The right half looks
    exactly like the left, so only where a network looks tells them apart."""
    x = torch.rand(n, 1, SIDE, SIDE, generator=g)
    return x, (x[..., :SIDE // 2].mean((1, 2, 3)) > 0.5).long()


def bar_task(n: int, g: torch.Generator):
    """Dim noise images with, in the left half, a bright horizontal bar (class 0), a vertical one (class 1) or
    nothing (class 2). Each class with an object has an object to find: Grad-CAM explains objects."""
    x = 0.5 * torch.rand(n, 1, SIDE, SIDE, generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    rows = torch.randint(1, SIDE - 4, (n,), generator=g)
    cols = torch.randint(1, SIDE // 2 - 4, (n,), generator=g)
    for i in range(n):
        r, c = int(rows[i]), int(cols[i])
        if y[i] == 0:
            x[i, 0, r + 1, c:c + 4] = 1.0
        elif y[i] == 1:
            x[i, 0, r:r + 4, c + 1] = 1.0
    return x, y


def trained_cnn(task, classes: int, channels: int, epochs: int = 5):
    """A small CNN trained on 4,000 samples of ``task`` (seeded), and 200 test samples."""
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    design = chain((1, SIDE, SIDE), cnn(channels) + [("Linear", {"out_features": classes}), ("Softmax", None)],
                   loss="cross_entropy")
    model = compile_design(design_from_dict(design))
    x, y = task(4000, g)
    test_x, test_y = task(200, g)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=g)
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            loss = torch.nn.functional.cross_entropy(model.forward_logits(x[batch]), y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        accuracy = float((model(test_x).argmax(1) == test_y).float().mean())
    return model, test_x, test_y, accuracy


def left_share(attributions: np.ndarray) -> np.ndarray:
    """Per sample, the share of the attributions' absolute mass that lies on the left half of the image."""
    mass = np.abs(attributions)  # an explanation with no mass at all counts as a failure (0 on the left)
    return np.divide(mass[..., :SIDE // 2].sum(axis=(1, 2, 3)), mass.sum(axis=(1, 2, 3)),
                     out=np.zeros(len(mass)), where=mass.sum(axis=(1, 2, 3)) > 0)


@pytest.fixture(scope="module")
def noise_cnn():
    return trained_cnn(noise_task, 2, channels=8)


@pytest.mark.parametrize("method", ["saliency", "integrated_gradients", "occlusion"])
def test_explanations_look_at_the_left_half_of_noise(noise_cnn, method):
    """Each of 8 test samples, one at a time: at least 80% of the attributions' mass on the left half, where
    the label comes from (the right half is the same noise)."""
    model, x, _, accuracy = noise_cnn
    assert accuracy >= 0.85
    for sample in x[:8]:
        got = explain(model, sample, None, method)
        assert got.shape == sample.shape and got.dtype == np.float32
        assert left_share(got[None])[0] >= 0.8, method


def test_gradcam_finds_the_object_that_decides_the_class():
    """Grad-CAM weighs a convolution's feature maps, which respond alike wherever a feature appears: it explains
    an object, not a statistic of noise (on the noise task above it gives about 60%). On the bar task, each of
    8 test samples with an object: at least 80% of its mass on the left half, on the last Conv2d and by name."""
    model, x, y, accuracy = trained_cnn(bar_task, 3, channels=16)
    assert accuracy >= 0.95
    assert conv_nodes(model) == ["n0", "n2"] and default_conv(model) == "n2"
    objects = x[y < 2][:8]
    shares = left_share(explain(model, objects, None, "gradcam"))
    assert shares.min() >= 0.8, shares
    np.testing.assert_allclose(explain(model, objects[0], None, "gradcam", node="n2"),
                               explain(model, objects[:1], None, "gradcam")[0], rtol=1e-5, atol=1e-7)


def test_gradcam_looks_inside_a_pretrained_backbone():
    """A backbone is one node, its convolutions inside it: Grad-CAM offers them by path, the last by default."""
    model = compile_design(design_from_dict(chain(
        (3, 64, 64), [("Pretrained", {"model": "mobilenet_v3_small", "weights": None, "trainable": "none"}),
                      ("Linear", {"out_features": 3})])))
    convs = conv_nodes(model)
    assert len(convs) > 20 and all(c.startswith("n0.") for c in convs) and default_conv(model) == convs[-1]
    # a squeeze-and-excitation block's convolutions see a 1x1 map: not offered, and refused by name
    squeezed = [name for name, m in model.named_modules() if type(m).__name__ == "SqueezeExcitation"]
    assert squeezed and not [c for c in convs if c.startswith(tuple(s + "." for s in squeezed))]
    assert len(convs) == 52 - 2 * len(squeezed)
    with pytest.raises(ExplainError, match="squeeze-and-excitation"):
        explain(model, torch.rand(3, 64, 64), 1, "gradcam", node=squeezed[0] + ".fc1")
    x = torch.rand(3, 64, 64)
    cam = explain(model, x, 1, "gradcam")
    assert cam.shape == (3, 64, 64) and np.isfinite(cam).all()
    np.testing.assert_allclose(explain(model, x, 1, "gradcam", node=convs[-1]), cam, rtol=1e-5, atol=1e-7)


def test_explaining_leaves_the_model_as_it_was(noise_cnn):
    model, x, _, _ = noise_cnn
    model.train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    grads = [p.grad.clone() for p in model.parameters()]  # the last training step's
    for method in METHODS:
        explain(model, x[0], 1, method)
    assert model.training and all(torch.equal(p.grad, g) for p, g in zip(model.parameters(), grads))
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    model.eval()


def moons_design(**training) -> dict:
    """Input [2] -> Linear 16 (n0) -> Tanh (n1) -> Linear 2 (n2) -> Softmax (n3), 2 epochs of moons."""
    return chain((2,), [("Linear", {"out_features": 16}), ("Tanh", None), ("Linear", {"out_features": 2}),
                        ("Softmax", None)],
                 **{"dataset": {"name": "moons", "validation": 0.2}, "loss": "cross_entropy",
                    "optimizer": {"name": "adam", "lr": 0.02}, "epochs": 2, "batch_size": 100, "seed": 0,
                    **training})


@pytest.fixture(scope="module")
def moons(tmp_path_factory):
    session = TrainingSession(design_from_dict(moons_design()), device="cpu", num_threads=1,
                              data_dir=tmp_path_factory.mktemp("data"))
    assert session.run().status == "completed"
    return session


@pytest.mark.parametrize("method", ["saliency", "integrated_gradients", "occlusion"])
def test_a_tabular_network_gets_one_number_per_feature(moons, method):
    got = moons.probe("explain", split="val", index=3, method=method)
    sample = moons.probe("sample", split="val", index=3)
    assert got["attributions"].shape == (2,) and got["attributions"].dtype == np.float32
    assert np.isfinite(got["attributions"]).all() and np.abs(got["attributions"]).sum() > 0
    np.testing.assert_array_equal(got["input"], sample["x"])
    assert got["label"] == sample["label"] and got["method"] == method and got["node"] is None
    predicted = int(np.argmax(moons.predict([sample["x"]])[0]))
    assert got["target"] == predicted
    other = moons.probe("explain", split="val", index=3, method=method, target=1 - predicted)
    assert other["target"] == 1 - predicted


def test_integrated_gradients_add_up_to_the_score_difference(moons):
    """Completeness: the attributions sum to the score minus the baseline's score (zeros here)."""
    model = moons.trainer.model
    x = moons.trainer.preprocessor(moons.trainer.splits["val"].x[:1])[0]
    got = explain(model, x, 1, "integrated_gradients", steps=256)
    with torch.no_grad():
        scores = model.forward_logits(torch.stack([x, torch.zeros_like(x)]))[:, 1]
    assert got.sum() == pytest.approx(float(scores[0] - scores[1]), abs=1e-2)


def test_errors_are_one_line(moons):
    with pytest.raises(TrainingError, match="gradcam needs a convolution") as caught:
        moons.probe("explain", split="val", index=0, method="gradcam")
    assert "\n" not in str(caught.value)
    with pytest.raises(TrainingError, match="unknown explanation method 'lime'; one of saliency, "):
        moons.probe("explain", method="lime", split="val")
    with pytest.raises(TrainingError, match="class 5 is not an output of this network"):
        moons.probe("explain", split="val", target=5)
    model = moons.trainer.model
    x = np.zeros(2, dtype=np.float32)
    with pytest.raises(ExplainError, match="there is no node 'n9'"):
        explain(model, x, 0, "gradcam", node="n9")
    with pytest.raises(ExplainError, match="node 'n0' is a Linear, not a Conv2d"):
        explain(model, x, 0, "gradcam", node="n0")
    with pytest.raises(ExplainError, match="saliency takes no option 'steps'"):
        explain(model, x, 0, "saliency", steps=3)
    with pytest.raises(ExplainError, match="between 2 and 512 steps"):
        explain(model, x, 0, "integrated_gradients", steps=1)


def test_the_module_imports_without_torch():
    code = ("import sys; sys.modules['torch'] = None; sys.modules['captum'] = None; "
            "from netbuilder.core.training import explain; print(explain.METHODS)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "gradcam" in out.stdout
