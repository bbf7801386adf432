"""Issue 21, augmentation: the ``augment`` training setting (its schema, bounds and words), applied to each training
batch only, per sample and reproducibly with the seed, and copied by source into the exported script, whose run
follows netbuilder's epoch by epoch."""
from __future__ import annotations

import importlib.util
import inspect
import re

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.settings import AUGMENT_PARAMS, SETTING
from netbuilder.core.design.train_config import TrainConfig
from netbuilder.core.errors import NetbuilderError, TrainingError
from netbuilder.core.exchange.codegen import export_design
from netbuilder.core.training import augment as aug
from netbuilder.core.training.trainer import Trainer

EVERY_STEP = ["flip", {"type": "flip", "direction": "vertical", "p": 0.3}, {"type": "rotation", "degrees": 20},
              {"type": "crop", "scale": 0.7}, "color", {"type": "noise", "std": 0.1}]


def config_with(steps) -> TrainConfig:
    return TrainConfig.from_dict({"dataset": {"name": "xor"}, "augment": steps})


# the schema ------------------------------------------------------------------------------------------------------
def test_no_augmentation_by_default_and_every_default_filled_in():
    assert TrainConfig.from_dict({"dataset": "xor"}).augment == []
    assert SETTING["augment"].default_for() == []
    steps = config_with(EVERY_STEP).augment
    assert [s["type"] for s in steps] == ["flip", "flip", "rotation", "crop", "color", "noise"]
    assert steps[0] == {"type": "flip", "p": 0.5, "direction": "horizontal"}
    assert steps[4] == {"type": "color", "brightness": 0.2, "contrast": 0.2, "saturation": 0.2}
    assert config_with(EVERY_STEP).to_dict()["augment"] == steps
    assert TrainConfig.from_dict(config_with(EVERY_STEP).to_dict()).augment == steps  # a saved design reloads


NUMBERS = [(kind, p) for kind, params in AUGMENT_PARAMS.items() for p in params if p.kind == "float"]


@pytest.mark.parametrize("kind, param", NUMBERS, ids=[f"{k}.{p.path}" for k, p in NUMBERS])
def test_each_parameter_is_refused_exactly_outside_its_bounds(kind, param):
    inside = [param.high, param.low + 1e-9 if param.above else param.low]
    outside = [param.high + 1e-9] + ([param.low] if param.above else [param.low - 1e-9])
    for value in inside:
        assert config_with(["noise", {"type": kind, param.path: value}]).augment[1][param.path] == value
    for value in outside:
        with pytest.raises(TrainingError, match=rf"^training\.augment\[1\]\.{param.path}: must be "):
            config_with(["noise", {"type": kind, param.path: value}])
    with pytest.raises(TrainingError, match=rf"^training\.augment\[0\]\.{param.path}: must be a number"):
        config_with([{"type": kind, param.path: "lots"}])


@pytest.mark.parametrize("steps, message", [
    (3, "training.augment: must be a list of steps such as {\"type\": \"flip\"}, not 3"),
    ([{"type": "zoom"}], "training.augment[0].type: 'zoom' is not one of flip, rotation, crop, color, noise"),
    (["flip", 7], "training.augment[1]: must be an object with a 'type', not 7"),
    ([{"degrees": 5}], "training.augment[0].type: None is not one of flip, rotation, crop, color, noise"),
    ([{"type": "rotation", "angle": 5}], "training.augment[0].angle: unknown parameter of rotation (known: degrees)"),
    ([{"type": "flip", "direction": "diagonal"}],
     "training.augment[0].direction: 'diagonal' is not one of horizontal, vertical"),
])
def test_a_bad_list_is_refused_naming_the_field(steps, message):
    with pytest.raises(TrainingError) as refused:
        config_with(steps)
    assert str(refused.value) == message


def test_a_non_image_input_is_refused_in_one_line_by_the_trainer_and_the_export():
    design = load_design("xor")
    design.training["augment"] = ["flip"]
    with pytest.raises(TrainingError) as refused:
        Trainer(design, device="cpu")
    assert str(refused.value).startswith("training.augment: augmentation works on images ([channels, height, "
                                         "width]); the design's Input is [2]")
    assert "\n" not in str(refused.value)
    with pytest.raises(NetbuilderError, match=r"cannot export the training script: training\.augment: "):
        export_design(design)


# what a step does ------------------------------------------------------------------------------------------------
def known_batch(n=8, channels=1, size=6) -> torch.Tensor:
    return torch.arange(n * channels * size * size, dtype=torch.float32).reshape(n, channels, size, size) / 1000


def test_a_flip_only_list_flips_exactly_the_samples_the_seed_draws():
    x = known_batch()
    steps = config_with([{"type": "flip", "p": 0.5}]).augment
    out = aug.make_augment(steps, 3, 0.0, 1.0, 1, "cpu")(x)
    chosen = torch.rand(len(x), generator=torch.Generator().manual_seed(3 + aug.AUGMENT_SEED)) < 0.5
    assert 0 < int(chosen.sum()) < len(x)  # this seed flips some, not all
    for i in range(len(x)):
        assert torch.equal(out[i], x[i].flip(-1) if chosen[i] else x[i]), i
    again = aug.make_augment(steps, 3, 0.0, 1.0, 1, "cpu")
    assert torch.equal(again(x), out)  # the same seed, the same batch
    assert not torch.equal(aug.make_augment(steps, 4, 0.0, 1.0, 1, "cpu")(x), out)
    vertical = aug.make_augment(config_with([{"type": "flip", "p": 1, "direction": "vertical"}]).augment, 0, 0.0,
                                1.0, 1, "cpu")
    assert torch.equal(vertical(x), x.flip(-2))


def test_the_preview_is_the_training_function_on_copies_of_one_image():
    """What the window's Augment panel shows: ``copies`` draws of make_augment (the loop's function, seeded as a
    run is) on one image in pixels; a flip with p=1 mirrors every copy; no steps, the image itself."""
    image = known_batch(1, 3)[0]
    steps = config_with(["rotation", {"type": "crop", "scale": 0.6}, "noise"]).augment
    out = aug.preview(image, steps, 7, copies=5)
    assert isinstance(out, np.ndarray) and out.shape == (5, 3, 6, 6) and out.min() >= 0 and out.max() <= 1
    batch = image.unsqueeze(0).repeat(5, 1, 1, 1)
    assert np.allclose(out, aug.make_augment(steps, 7, 0.0, 1.0, 3, "cpu")(batch).clamp(0, 1).numpy())
    assert len({c.tobytes() for c in out}) == 5  # each copy its own draw
    flipped = aug.preview(image.numpy(), config_with([{"type": "flip", "p": 1}]).augment, 0)
    assert flipped.shape == (16, 3, 6, 6) and (flipped == image.flip(-1).numpy()).all()
    assert (aug.preview(image, [], 0, copies=2) == image.numpy()).all()
    with pytest.raises(ValueError, match=r"an image is \[channels, height, width\], not \[6, 6\]"):
        aug.preview(image[0], steps, 0)


def test_the_batch_is_augmented_in_pixels_and_normalised_again():
    """A flip commutes with normalising; a no-op rotation gives the batch back through the mean and std."""
    x = known_batch(4, 3)
    mean, std = [0.5, 0.4, 0.3], [0.2, 0.25, 0.3]
    still = aug.make_augment(config_with([{"type": "rotation", "degrees": 0}]).augment, 0, mean, std, 3, "cpu")
    assert torch.allclose(still(x), x, atol=1e-5)
    with pytest.raises(ValueError, match="2 channel statistics for images of 3 channels"):
        aug.make_augment(config_with(["flip"]).augment, 0, [0.1, 0.2], 1.0, 3, "cpu")


def test_a_rotation_is_torchvisions_rotate_with_each_samples_own_angle():
    """The batch's rotations are one grid_sample; each image comes out as torchvision.transforms.v2's rotate
    (bilinear, black corners) by the angle the seed drew for it; on a non-square image the grid is
    ``affine_grid``'s."""
    from torchvision.transforms import InterpolationMode
    from torchvision.transforms.v2 import functional as TF

    x = torch.rand(6, 3, 12, 12)
    out = aug.make_augment(config_with([{"type": "rotation", "degrees": 40}]).augment, 5, 0.0, 1.0, 3, "cpu")(x)
    draws = torch.rand(6, generator=torch.Generator().manual_seed(5 + aug.AUGMENT_SEED))
    angles = [float(u * 2 - 1) * 40 for u in draws]
    assert len({round(a) for a in angles}) == 6
    for i, angle in enumerate(angles):
        expected = TF.rotate(x[i], angle, interpolation=InterpolationMode.BILINEAR)
        assert torch.allclose(out[i], expected, atol=1e-5), i
    wide = torch.rand(2, 1, 8, 14)
    theta = torch.randn(2, 2, 3)
    grid = torch.nn.functional.affine_grid(theta, list(wide.shape), align_corners=False)
    assert torch.allclose(aug.warp(wide, theta), torch.nn.functional.grid_sample(wide, grid, align_corners=False),
                          atol=1e-5)
    turned = aug.make_augment(config_with([{"type": "rotation", "degrees": 0}]).augment, 0, 0.0, 1.0, 1, "cpu")
    assert torch.allclose(turned(wide), wide, atol=1e-5)


def test_a_rotation_and_the_crops_right_after_it_are_one_resampling(monkeypatch):
    """Their matrices drawn in the list's order from the run's generator and composed, the batch sampled once: on a
    linear ramp (which bilinear sampling keeps exactly) it is the steps one after the other; a rotation after a
    crop, or anything between them, warps apart."""
    rows, columns = torch.meshgrid(torch.arange(24.0), torch.arange(24.0), indexing="ij")
    ramp = (0.01 * rows + 0.03 * columns).expand(5, 1, 24, 24).contiguous()
    steps = config_with([{"type": "rotation", "degrees": 10}, {"type": "crop", "scale": 0.8}]).augment
    out = aug.make_augment(steps, 2, 0.0, 1.0, 1, "cpu")(ramp)
    g = torch.Generator().manual_seed(2 + aug.AUGMENT_SEED)
    turn, cut = aug.rotation(ramp, g, 10), aug.crop(ramp, g, 0.8)
    assert torch.equal(out, aug.warp(ramp, aug.then(turn, cut)))
    inner = (..., slice(8, -8), slice(8, -8))
    assert torch.allclose(out[inner], aug.warp(aug.warp(ramp, turn), cut)[inner], atol=1e-5)
    assert not torch.allclose(out[inner], ramp[inner], atol=1e-2)  # it did turn and crop
    warps = []
    original = aug.warp
    monkeypatch.setattr(aug, "warp", lambda x, theta: warps.append(len(theta)) or original(x, theta))
    for kinds, resamplings in [(["rotation", "crop", "crop"], 1), (["crop", "crop"], 1), (["crop", "rotation"], 2),
                               (["rotation", "rotation"], 2), (["rotation", "noise", "crop"], 2)]:
        warps.clear()
        aug.make_augment(config_with(kinds).augment, 0, 0.0, 1.0, 1, "cpu")(ramp)
        assert len(warps) == resamplings, kinds


def test_every_step_keeps_the_shape_pixels_in_range_and_differs_per_sample():
    x = torch.rand(16, 3, 12, 10)
    for step in EVERY_STEP:
        out = aug.make_augment(config_with([step]).augment, 1, 0.0, 1.0, 3, "cpu")(x)
        assert out.shape == x.shape and out.dtype == x.dtype, step
        assert float(out.min()) >= 0.0 and float(out.max()) <= 1.0, step
        changed = [not torch.allclose(out[i], x[i]) for i in range(len(x))]
        assert any(changed), step
    grey = aug.make_augment(config_with(["color"]).augment, 1, 0.0, 1.0, 1, "cpu")(x[:, :1])
    assert grey.shape == (16, 1, 12, 10)
    assert aug.make_augment([], 1, 0.0, 1.0, 1, "cpu") is None  # no list, no function, no cost per batch


# training: the training batches only, and the script alike ---------------------------------------------------------
def mnist_design(steps, epochs=2):
    design = load_design("mnist_cnn")
    design.training.update(epochs=epochs, augment=steps)
    design.training["dataset"] = {**design.training["dataset"], "limit": 256}
    return design


def test_a_short_run_trains_with_augmentation_on_training_batches_only(data_dir, monkeypatch):
    made = []
    original = aug.make_augment

    def counting(*args):
        inner = original(*args)

        def augment(x):
            made.append(len(x))
            return inner(x)
        return augment

    monkeypatch.setattr(aug, "make_augment", counting)
    trainer = Trainer(mnist_design(EVERY_STEP), device="cpu", data_dir=data_dir, download=False)
    seen = []  # what the model sees in eval mode: the validation pass
    model, scores = trainer.model, trainer.model.forward_logits

    def watched(x):
        if not model.training:
            seen.append(x.clone())
        return scores(x)
    monkeypatch.setattr(model, "forward_logits", watched)
    result = trainer.fit()
    assert result.stopped == "completed" and len(result.history) == 2
    assert all(torch.isfinite(torch.tensor(m["loss"])) for m in result.history)
    train = trainer.splits["train"]
    assert sum(made) == 2 * len(train.x)  # every training sample once an epoch, nothing else
    val = trainer.preprocessor(trainer.splits["val"].x)
    first_pass = torch.cat(seen)[:len(val)]
    assert torch.equal(first_pass, val)  # validation untouched
    test_seen = len(seen)
    trainer.evaluate("test")
    assert sum(made) == 2 * len(train.x) and len(seen) > test_seen  # the test split: evaluated, not augmented


def test_the_script_copies_the_augmentation_and_trains_like_netbuilder(data_dir, tmp_path, capsys):
    design = mnist_design(EVERY_STEP)
    source = export_design(design)
    for function in (aug.make_augment, aug.flip, aug.rotation, aug.crop, aug.color, aug.noise, aug.warp, aug.base_grid,
                     aug.then, aug.geometry, aug.pixel_stats):
        assert inspect.getsource(function) in source, function.__name__
    assert "AUGMENT = [{" in source and "augment=settings.get(\"augment\")" in source
    assert "make_augment" not in export_design(mnist_design([]))  # no list: nothing copied
    path = tmp_path / "augmented.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(["--data-dir", str(data_dir)])
    printed = capsys.readouterr().out
    history = Trainer(design, device="cpu", data_dir=data_dir, download=False).fit().history
    epochs = [dict(re.findall(r"(\w+) (-?\d+\.\d+)", line)) for line in printed.splitlines()
              if line.startswith("epoch ")]
    assert len(epochs) == len(history) == 2
    for ours, theirs in zip(epochs, history):
        for key, value in ours.items():
            assert float(value) == pytest.approx(theirs[key], abs=1.5e-4), (key, printed)


def test_the_loop_augments_several_batches_a_call_each_sample_once_in_order():
    """Small batches are augmented several at a time (the calls, not the pixels, are what cost); each batch comes
    back whole, in order, from its own samples; a batch larger than the chunk still goes alone."""
    from netbuilder.core.training.loop import augmented_inputs
    data = torch.arange(100.0).view(100, 1, 1, 1).repeat(1, 1, 2, 2)
    batches = list(torch.randperm(100, generator=torch.Generator().manual_seed(3)).split(8))
    calls = []

    def marking(x):
        calls.append(len(x))
        return x + 1000  # what each sample became, still naming it

    out = list(augmented_inputs(batches, lambda idx: data.index_select(0, idx), marking, values=8 * 4 * 5))
    assert calls == [40, 40, 20]  # five batches of 8 samples of 4 values a call; the last call the remainder
    assert [len(x) for x in out] == [len(b) for b in batches]
    for x, idx in zip(out, batches):
        assert torch.equal(x[:, 0, 0, 0], idx.float() + 1000)
    calls.clear()
    assert len(list(augmented_inputs(batches, lambda idx: data.index_select(0, idx), marking, values=10))) == 13
    assert calls == [8] * 12 + [4]  # a batch over the limit: one a call
