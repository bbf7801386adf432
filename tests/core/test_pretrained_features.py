"""A Pretrained backbone's data: its preprocessing set for the dataset (torchvision's weights.transforms()), and its
frozen features computed once (core/training/features_cache.py). Nothing downloads: weights are random."""
from __future__ import annotations

import pytest
import torch
import torchvision
from PIL import Image

from netbuilder.core.datasets import load_dataset
from netbuilder.core.datasets.images import layout_for, read_image
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.preprocessing import image_preprocessing
from netbuilder.core.design.summary import data_line
from netbuilder.core.layers.pretrained import BACKBONES, CROP_SIZE, IMAGENET_MEAN, IMAGENET_STD, RESIZE_SIZE
from netbuilder.core.training.callbacks import Callback
from netbuilder.core.training.data import Preprocessor
from helpers import chain
from trainer_helpers import make_trainer, small_set


def _backbone_design(shape=(3, 32, 32), weights=None, head=(("Linear", {"out_features": 2}),), **training):
    layers = [("Pretrained", {"model": "mobilenet_v3_small", "weights": weights, "trainable": "none"}), *head]
    return chain(shape, layers, **{"dataset": {"name": "tiny"}, "loss": "cross_entropy", "epochs": 3,
                                   "batch_size": 8, "optimizer": {"name": "adam", "lr": 0.01}, "seed": 0,
                                   **training})


# the backbone's preprocessing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("model", sorted(BACKBONES))
def test_the_table_is_torchvisions_transforms(model):
    t = getattr(torchvision.models, BACKBONES[model].weights_enum).IMAGENET1K_V1.transforms()
    assert (t.resize_size, t.crop_size) == ([RESIZE_SIZE], [CROP_SIZE])
    assert tuple(t.mean) == IMAGENET_MEAN and tuple(t.std) == IMAGENET_STD
    assert t.interpolation.value == BACKBONES[model].interpolation


def test_one_function_decides_it_from_the_design(tmp_path):
    assert image_preprocessing(design_from_dict(_backbone_design())) is None  # random weights: the data's own
    prep = image_preprocessing(design_from_dict(_backbone_design(weights="imagenet")))
    assert prep == {"model": "mobilenet_v3_small", "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD),
                    "resize_ratio": RESIZE_SIZE / CROP_SIZE, "interpolation": "bilinear"}
    assert image_preprocessing(design_from_dict(_backbone_design(weights=str(tmp_path / "w.pth")))) == prep
    assert image_preprocessing(design_from_dict(chain((4,), [("Linear", {"out_features": 2})]))) is None


@pytest.mark.parametrize("model,size", [("mobilenet_v3_small", (300, 451)), ("efficientnet_b0", (260, 233))])
def test_an_image_reads_as_the_weights_transforms_make_it(tmp_path, model, size):
    gen = torch.Generator().manual_seed(0)
    pixels = torch.randint(0, 256, (*size, 3), dtype=torch.uint8, generator=gen).numpy()
    Image.fromarray(pixels).save(tmp_path / "photo.png")
    prep = image_preprocessing(design_from_dict(_backbone_design(weights="imagenet")))
    prep["interpolation"] = BACKBONES[model].interpolation
    layout = layout_for({}, [3, 224, 224], prep)
    got = Preprocessor({"scale": 1 / 255, "mean": prep["mean"], "std": prep["std"]}, (3, 224, 224),
                       (3, 224, 224))(read_image(str(tmp_path / "photo.png"), layout)[None])[0]
    with Image.open(tmp_path / "photo.png") as img:
        want = getattr(torchvision.models, BACKBONES[model].weights_enum).IMAGENET1K_V1.transforms()(img)
    assert got.shape == want.shape == (3, 224, 224)
    assert torch.allclose(got, want, atol=1e-4)


def _folder(root, count=6, size=(40, 52)):
    for c, colour in enumerate(((200, 30, 30), (30, 30, 200))):
        (root / f"class{c}").mkdir(parents=True)
        for i in range(count):
            Image.new("RGB", (size[1] + i, size[0]), colour).save(root / f"class{c}" / f"{i}.png")
    return root


def test_the_loader_the_summary_and_the_trainer_use_it(tmp_path):
    root = _folder(tmp_path / "pictures")
    design = _backbone_design((3, 32, 32), weights="imagenet", dataset={"name": "image_folder", "path": str(root),
                                                                        "normalize": True})
    prep = image_preprocessing(design_from_dict(design))
    ds = load_dataset(design["training"]["dataset"], input_shape=[3, 32, 32], preprocessing=prep)
    assert tuple(ds.x_train.shape[1:]) == ds.input_shape == (3, 32, 32)  # the Input's shape is what the model gets
    assert ds.preprocess == {"scale": 1 / 255, "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD)}
    assert "ImageNet's mean and std" in ds.description
    assert "resized and centre-cropped as mobilenet_v3_small's ImageNet weights expect" in \
        data_line(design_from_dict(design))
    plain = load_dataset(design["training"]["dataset"], input_shape=[3, 32, 32])
    assert plain.preprocess["mean"] != list(IMAGENET_MEAN)  # without a backbone: the dataset's own statistics
    weights = tmp_path / "mobile.pth"
    torch.save(torchvision.models.mobilenet_v3_small(weights=None).state_dict(), weights)
    design["nodes"][1]["params"]["weights"] = str(weights)
    trainer = make_trainer(design, tmp_path)
    assert trainer.preprocessor.preprocess["mean"] == list(IMAGENET_MEAN)
    assert tuple(trainer.dataset.x_train.shape[1:]) == trainer.model.input_shape == (3, 32, 32)


# frozen features computed once ----------------------------------------------------------------------------------

class _Calls(Callback):
    """How many images the backbone saw in each epoch (its training and validation passes)."""

    def __init__(self):
        self.per_epoch, self.seen = [], 0

    def on_train_epoch_end(self, trainer, epoch, metrics):
        self.per_epoch.append(self.seen)
        self.seen = 0


def _run(design, tmp_path, cache=True, epochs=None, trainer=None):
    gen = torch.Generator().manual_seed(1)
    x, y = torch.rand(20, 3, 32, 32, generator=gen), torch.randint(0, 2, (20,), generator=gen)
    xv, yv = torch.rand(6, 3, 32, 32, generator=gen), torch.randint(0, 2, (6,), generator=gen)
    calls = _Calls()
    if trainer is None:
        trainer = make_trainer(design, tmp_path, dataset=small_set(x, y, x_val=xv, y_val=yv))
    trainer.callbacks = [calls]
    hook = trainer.model.n0.register_forward_hook(lambda m, args, out: setattr(calls, "seen", calls.seen + len(out)))
    trainer.cache_features = cache
    try:
        result = trainer.fit()
    finally:
        hook.remove()
    assert result.stopped == "completed", result
    return trainer, result, calls.per_epoch


def test_later_epochs_run_only_the_head_and_train_the_same(tmp_path):
    design = _backbone_design(head=(("Linear", {"out_features": 8}), ("Dropout", {"p": 0.3}), ("ReLU", {}),
                                    ("Linear", {"out_features": 2})))
    cached, with_cache, calls = _run(design, tmp_path)
    assert calls == [20 + 6, 0, 0]  # the backbone ran in the first epoch only (training and validation)
    _, without, plain_calls = _run(design, tmp_path, cache=False)
    assert plain_calls == [26, 26, 26]
    for a, b in zip(with_cache.history, without.history):
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            assert a[key] == pytest.approx(b[key], rel=1e-5, abs=1e-6), (key, a, b)
    _, more, calls = _run(design, tmp_path, trainer=cached)  # a run that continues keeps them
    assert calls == [0, 0, 0] and len(more.history) == 6


def test_no_cache_with_augmentation_a_trained_backbone_or_changed_weights(tmp_path):
    design = _backbone_design(epochs=2, augment=[{"type": "flip"}])
    assert _run(design, tmp_path)[2] == [26, 26]
    trainable = _backbone_design(epochs=2)
    trainable["nodes"][1]["params"]["trainable"] = "features.12"
    assert _run(trainable, tmp_path)[2] == [26, 26]
    trainer, _, calls = _run(_backbone_design(epochs=2), tmp_path)
    assert calls == [26, 0]
    trainer.model.load_state_dict(trainer.model.state_dict())  # the same weights written again: still valid
    assert _run(None, tmp_path, trainer=trainer)[2] == [0, 0]
    state = trainer.model.state_dict()
    state["n0.backbone.features.0.0.weight"] = state["n0.backbone.features.0.0.weight"] * 2
    trainer.model.load_state_dict(state)  # other backbone weights (a checkpoint, a rewind): computed again
    assert _run(None, tmp_path, trainer=trainer)[2] == [26, 0]


def test_without_validation_the_end_of_epoch_check_reads_the_kept_features(tmp_path):
    design = _backbone_design(epochs=3)
    gen = torch.Generator().manual_seed(2)
    x, y = torch.rand(12, 3, 32, 32, generator=gen), torch.randint(0, 2, (12,), generator=gen)
    ds = small_set(x, y)
    ds.x_test = ds.y_test = None
    trainer = make_trainer(design, tmp_path, dataset=ds)
    seen = []
    trainer.model.n0.register_forward_hook(lambda m, args, out: seen.append(len(out)))
    trainer.fit()
    assert sum(seen) == 12  # the first epoch's batches; every end-of-epoch probe reads the kept features


def test_the_exported_script_reads_the_images_the_same_way(tmp_path):
    from netbuilder.core.design.shapes import infer_shapes
    from netbuilder.core.exchange.codegen_data import load_data, plan

    root = _folder(tmp_path / "pictures")
    design = design_from_dict(_backbone_design((3, 32, 32), weights="imagenet",
                                               dataset={"name": "image_folder", "path": str(root)}))
    text = load_data(plan(design, infer_shapes(design)))
    assert 'resize=True, resize_ratio=1.1428571428571428, interpolation="bilinear"' in text
    assert "mean, std = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]  # ImageNet's" in text
    design = design_from_dict(_backbone_design((3, 32, 32), dataset={"name": "image_folder", "path": str(root)}))
    text = load_data(plan(design, infer_shapes(design)))  # random weights: the dataset's own way
    assert "resize_ratio" not in text and "ImageNet" not in text


def test_images_streamed_from_disk_are_decoded_in_the_first_epoch_only(tmp_path, monkeypatch):
    from netbuilder.core.datasets import images

    root = _folder(tmp_path / "pictures", count=5)
    design = _backbone_design((3, 32, 32), dataset={"name": "image_folder", "path": str(root), "preload": False,
                                                    "validation": 0.2})
    trainer = make_trainer(design, tmp_path)
    assert images.is_streamed(trainer.splits["train"].x)
    decoded, read = [], images.read_image
    monkeypatch.setattr(images, "read_image", lambda path, layout: decoded.append(path) or read(path, layout))
    calls = _Calls()
    trainer.callbacks = [calls]
    trainer.model.n0.register_forward_hook(lambda m, args, out: setattr(calls, "seen", calls.seen + len(out)))
    assert trainer.fit().stopped == "completed"
    assert calls.per_epoch == [10, 0, 0] and len(decoded) == 10  # 8 to train, 2 to validate: read once each
