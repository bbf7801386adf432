"""Frozen features computed once (core/training/features_cache.py): a frozen mobilenet_v3_small and a Linear head
trained on a generated 2,000-image folder; the first epoch runs the backbone on every image, later epochs only the
head (issue 21: goal, epochs 2.. at least 10x faster than the first).

    python benchmarks/bench_frozen_features.py [--images 2000] [--size 224] [--epochs 4] [--device cpu] [--quick]

The folder (2 classes, JPEG photos of coloured noise at 256x256, resized and centre-cropped to ``--size`` as the
backbone's ImageNet weights expect) and the weights (a randomly initialised mobilenet_v3_small's state_dict: no
download) are written under a temporary folder and removed after. The design: Input [3, size, size] ->
Pretrained mobilenet_v3_small (trainable none) -> Linear 2; batch 32, Adam, the default validation split (10% of
2,000). Times are each epoch's ``seconds`` as the Trainer measures them (the training batches and the validation
pass). The reference, in the same process: the same design trained with the cache off (``cache_features``
False) for one epoch, as every epoch costs without it. Printed: epoch 1, epochs 2.. (the slowest), the ratio,
and the uncached epoch. ``--quick``: 400 images at 128x128. Timings on a shared machine are noisy: read the load.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402
import torchvision  # noqa: E402
from PIL import Image  # noqa: E402

from netbuilder.core.design.design_io import design_from_dict  # noqa: E402
from netbuilder.core.training.trainer import Trainer  # noqa: E402


def write_folder(root: Path, images: int, seed: int = 0) -> Path:
    """``images`` JPEGs in two class folders: reddish and bluish noise."""
    gen = torch.Generator().manual_seed(seed)
    for i in range(images):
        label = i % 2
        noise = torch.randint(0, 160, (256, 256, 3), dtype=torch.uint8, generator=gen)
        noise[..., 0 if label == 0 else 2] += 90
        folder = root / f"class{label}"
        folder.mkdir(parents=True, exist_ok=True)
        Image.fromarray(noise.numpy()).save(folder / f"{i:05d}.jpg", quality=90)
    return root


def design(folder: Path, weights: Path, size: int, epochs: int):
    return design_from_dict({
        "name": "frozen features", "description": "bench_frozen_features",
        "nodes": [{"id": "image", "type": "Input", "params": {"shape": [3, size, size]}},
                  {"id": "backbone", "type": "Pretrained", "params": {"model": "mobilenet_v3_small",
                                                                      "weights": str(weights), "trainable": "none"}},
                  {"id": "head", "type": "Linear", "params": {"out_features": 2}}],
        "edges": [{"source": "image", "target": "backbone"}, {"source": "backbone", "target": "head"}],
        "training": {"dataset": {"name": "image_folder", "path": str(folder)}, "loss": "cross_entropy",
                     "optimizer": {"name": "adam", "lr": 0.001}, "epochs": epochs, "batch_size": 32, "seed": 0},
    })


def epoch_times(trainer: Trainer, cache: bool) -> list[float]:
    trainer.cache_features = cache
    return [m["seconds"] for m in trainer.fit().history]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=2000)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quick", action="store_true", help="400 images at 128x128")
    args = parser.parse_args(argv)
    images, size = (400, 128) if args.quick else (args.images, args.size)
    with tempfile.TemporaryDirectory(prefix="netbuilder-bench-") as tmp:
        root = Path(tmp)
        folder = write_folder(root / "pictures", images)
        torch.manual_seed(0)
        weights = root / "mobilenet_v3_small.pth"
        torch.save(torchvision.models.mobilenet_v3_small(weights=None).state_dict(), weights)
        cached = epoch_times(Trainer(design(folder, weights, size, args.epochs), device=args.device), True)
        plain = epoch_times(Trainer(design(folder, weights, size, 1), device=args.device), False)
    later = max(cached[1:])
    print(f"mobilenet_v3_small frozen + Linear, {images} images at {size}x{size}, batch 32, {args.device}, "
          f"{torch.get_num_threads()} threads, load {os.getloadavg()[0]:.2f}")
    print("epochs with the cache: " + ", ".join(f"{s:.3f}" for s in cached) + " s")
    print(f"epoch 1: {cached[0]:.3f} s; epochs 2..{len(cached)}: at most {later:.3f} s")
    print(f"ratio epoch 1 / later epochs: {cached[0] / later:.1f}x (goal >= 10x)")
    print(f"without the cache, an epoch: {plain[0]:.3f} s ({plain[0] / later:.1f}x a cached later epoch)")


if __name__ == "__main__":
    main()
