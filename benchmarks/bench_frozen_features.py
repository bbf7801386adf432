"""Frozen features computed once (core/training/features_cache.py): a frozen mobilenet_v3_small and a Linear head
trained on a generated 2,000-image folder; the first epoch runs the backbone on every image, later epochs only the
head (issue 21: goal, epochs 2.. at least 10x faster than the first).

    python benchmarks/bench_frozen_features.py [--images 2000] [--size 224] [--epochs 4] [--device cpu] [--quick]

The folder (2 classes, JPEG photos of coloured noise at 256x256, resized and centre-cropped to ``--size`` as the
backbone's ImageNet weights expect) and the weights (a randomly initialised mobilenet_v3_small's state_dict: no
download) are written under a temporary folder and removed after. The design: Input [3, size, size] ->
Pretrained mobilenet_v3_small (trainable none) -> Linear 2; batch 32, Adam, the default validation split (10% of
2,000). Times are each epoch's ``seconds`` as the Trainer measures them (the training batches and the validation
pass). Beside it, in the same process: the same design trained with the cache off (``cache_features`` False)
for one epoch, as every epoch costs without it; and the hand-written PyTorch reference (ARCHITECTURE's
performance rule): a plain torch loop over the same images, decoded once (resized and centre-cropped as netbuilder
does), each epoch a frozen backbone's forward and the head's step on the same 90% and a pass over the other 10%.
Printed: epoch 1, epochs 2.. (the slowest), the ratio, the uncached epoch, the reference's epoch and netbuilder's
epochs against it. ``--quick``: 400 images at 128x128. Timings on a shared machine are noisy: read the load.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402
import torchvision  # noqa: E402
from PIL import Image  # noqa: E402
from torchvision.transforms.v2 import functional as TF  # noqa: E402

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


def reference_epochs(folder: Path, weights: Path, size: int, epochs: int, device: str) -> list[float]:
    """The hand-written loop: every image decoded once into uint8 (not timed, as netbuilder preloads), then per
    epoch a shuffled pass in batches of 32 over 90% (ImageNet-normalised, the frozen backbone in eval mode under
    no_grad, the Linear head's Adam step) and a pass over the other 10%; each epoch's seconds."""
    paths = sorted(folder.glob("*/*.jpg"))
    images = torch.stack([TF.center_crop(TF.resize(TF.pil_to_tensor(Image.open(p).convert("RGB")),
                                                   size * 256 // 224, antialias=True), [size, size]) for p in paths])
    labels = torch.tensor([0 if p.parent.name == "class0" else 1 for p in paths])
    order = torch.randperm(len(paths), generator=torch.Generator().manual_seed(0))
    val, train = order[:len(paths) // 10], order[len(paths) // 10:]
    backbone = torchvision.models.mobilenet_v3_small(weights=None)
    backbone.load_state_dict(torch.load(weights, weights_only=True))
    backbone.classifier = torch.nn.Identity()
    backbone = backbone.requires_grad_(False).eval().to(device)
    head = torch.nn.Linear(576, 2).to(device)
    optimizer = torch.optim.Adam(head.parameters(), lr=0.001)
    mean = torch.tensor([0.485, 0.456, 0.406], device=device).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225], device=device).view(1, 3, 1, 1)

    def batch(idx):
        return (images[idx].to(device).float() / 255 - mean) / std, labels[idx].to(device)
    times = []
    for _ in range(epochs):
        start = time.perf_counter()
        for idx in train[torch.randperm(len(train))].split(32):
            x, y = batch(idx)
            with torch.no_grad():
                features = backbone(x)
            loss = torch.nn.functional.cross_entropy(head(features), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            for idx in val.split(32):
                x, y = batch(idx)
                torch.nn.functional.cross_entropy(head(backbone(x)), y)
        times.append(time.perf_counter() - start)
    return times


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
        references = reference_epochs(folder, weights, size, 2, args.device)
    reference = min(references)
    later = max(cached[1:])
    print(f"mobilenet_v3_small frozen + Linear, {images} images at {size}x{size}, batch 32, {args.device}, "
          f"{torch.get_num_threads()} threads, load {os.getloadavg()[0]:.2f}")
    print("epochs with the cache: " + ", ".join(f"{s:.3f}" for s in cached) + " s")
    print(f"epoch 1: {cached[0]:.3f} s; epochs 2..{len(cached)}: at most {later:.3f} s")
    print(f"ratio epoch 1 / later epochs: {cached[0] / later:.1f}x (goal >= 10x)")
    print(f"without the cache, an epoch: {plain[0]:.3f} s ({plain[0] / later:.1f}x a cached later epoch)")
    print("hand-written PyTorch loop (the backbone every epoch): " + ", ".join(f"{s:.3f}" for s in references)
          + " s")
    print(f"netbuilder / the reference's faster epoch ({reference:.3f} s): "
          f"epoch 1 {cached[0] / reference:.2f}x, uncached {plain[0] / reference:.2f}x, cached later epochs "
          f"{later / reference:.2f}x")


if __name__ == "__main__":
    main()
