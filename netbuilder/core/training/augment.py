"""Data augmentation: random flips, rotations, resized crops, colour jitter and noise, applied to each training batch
on the training device (never to validation or test), and copied by source into the exported script.

:func:`make_augment` turns the design's ``augment`` list (checked by the settings schema,
:func:`netbuilder.core.design.settings.augment_steps`) into one function of a batch, which the one epoch loop
(:func:`netbuilder.core.training.loop.train_epoch`) runs on each training batch; an empty list gives None, so a run
without augmentation does no work for it. Each sample of a batch gets its own random draw (a flip, an angle, a
crop), all drawn at once from the run's own generator seeded by the run's seed: the same seed, the same
augmented batches, in netbuilder and in the script. The steps work on pixels from 0 to 1 (the batch ready for the
model is turned back with the dataset's mean and std, and normalised again after): flips and colour use
torchvision.transforms.v2's kernels, the rotations and crops of a whole batch are one affine ``grid_sample``, as
torchvision's ``rotate`` and ``resized_crop`` resample (bilinear, black outside the image).
"""
from __future__ import annotations

import math

import torch
from torch.nn import functional as F
from torchvision.transforms.v2 import functional as TF

AUGMENT_SEED = 0x5EED  # added to the run's seed: augmentation draws apart from the batch order's


def flip(x, g, p, direction):
    """Each image flipped (left-right, or upside down) with probability ``p``."""
    chosen = torch.rand(x.shape[0], generator=g, device=x.device) < p
    flipped = TF.horizontal_flip(x) if direction == "horizontal" else TF.vertical_flip(x)
    return torch.where(chosen.view(-1, 1, 1, 1), flipped, x)


def warp(x, theta):
    """Each image resampled through its own 2x3 affine ``theta`` (output -> input, in [-1, 1] coordinates): the
    grid ``F.affine_grid`` makes, written out (several times faster on small images)."""
    height, width = x.shape[-2], x.shape[-1]
    xs = ((torch.arange(width, device=x.device, dtype=x.dtype) * 2 + 1) / width - 1).view(1, 1, width)
    ys = ((torch.arange(height, device=x.device, dtype=x.dtype) * 2 + 1) / height - 1).view(1, height, 1)
    t = theta.to(x.dtype).view(-1, 6, 1, 1).unbind(1)
    grid = torch.stack([t[0] * xs + t[1] * ys + t[2], t[3] * xs + t[4] * ys + t[5]], -1)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def rotation(x, g, degrees):
    """Each image turned by its own angle in [-degrees, degrees] about its centre (in pixels, whatever its
    aspect), the corners filled with black."""
    n, height, width = x.shape[0], x.shape[-2], x.shape[-1]
    angle = (torch.rand(n, generator=g, device=x.device) * 2 - 1) * math.radians(degrees)
    cos, sin, zero = angle.cos(), angle.sin(), torch.zeros_like(angle)
    theta = torch.stack([torch.stack([cos, -sin * height / width, zero], 1),
                         torch.stack([sin * width / height, cos, zero], 1)], 1)
    return warp(x, theta)


def crop(x, g, scale):
    """Random resized crop: each image keeps a random part of a random area in [scale, 1] of it, of aspect ratio
    in [3/4, 4/3], stretched back to the full size."""
    n = x.shape[0]
    u = torch.rand(4, n, generator=g, device=x.device)
    area = scale + (1 - scale) * u[0]
    ratio = torch.exp(math.log(3 / 4) + (math.log(4 / 3) - math.log(3 / 4)) * u[1])
    w = (area * ratio).sqrt().clamp(max=1.0)
    h = (area / ratio).sqrt().clamp(max=1.0)
    cx, cy = (u[2] * 2 - 1) * (1 - w), (u[3] * 2 - 1) * (1 - h)
    zero = torch.zeros_like(w)
    theta = torch.stack([torch.stack([w, zero, cx], 1), torch.stack([zero, h, cy], 1)], 1)
    return warp(x, theta)


def color(x, g, brightness, contrast, saturation):
    """Colour jitter: brightness, contrast and saturation each multiplied by a factor of each image's own, drawn
    in [1 - v, 1 + v], in torchvision's order and way (blended with black, the grey mean, the grey image)."""
    u = torch.rand(3, x.shape[0], 1, 1, 1, generator=g, device=x.device) * 2 - 1
    light, contrast, saturation = 1 + u[0] * brightness, 1 + u[1] * contrast, 1 + u[2] * saturation
    x = (x * light).clamp(0, 1)
    grey = TF.rgb_to_grayscale(x) if x.shape[1] == 3 else x
    x = (contrast * x + (1 - contrast) * grey.mean(dim=(1, 2, 3), keepdim=True)).clamp(0, 1)
    if x.shape[1] == 3:
        x = (saturation * x + (1 - saturation) * TF.rgb_to_grayscale(x)).clamp(0, 1)
    return x


def noise(x, g, std):
    """Gaussian noise of standard deviation ``std`` added to each pixel, kept within 0..1."""
    return (x + torch.randn(x.shape, generator=g, device=x.device, dtype=x.dtype) * std).clamp(0, 1)


AUGMENTATIONS = {"flip": flip, "rotation": rotation, "crop": crop, "color": color, "noise": noise}


def pixel_stats(mean, std, channels, device):
    """The dataset's mean and std as numbers or ``[1, C, 1, 1]`` tensors, so that ``x * std + mean`` turns a batch
    ready for the model back into pixels from 0 to 1."""
    values = []
    for v in (mean, std):
        v = v.tolist() if isinstance(v, torch.Tensor) else v
        if isinstance(v, (list, tuple)) and len(v) == 1:
            v = v[0]
        if isinstance(v, (list, tuple)):
            if len(v) != channels:
                raise ValueError(f"augmentation: {len(v)} channel statistics for images of {channels} channels")
            v = torch.tensor([float(c) for c in v], dtype=torch.float32, device=device).view(1, channels, 1, 1)
        else:
            v = float(v)
        values.append(v)
    return values


def make_augment(steps, seed, mean, std, channels, device):
    """The function that augments a training batch ``[B, C, H, W]`` (ready for the model, normalised with the
    dataset's ``mean`` and ``std``) with ``steps`` (the checked ``augment`` list), in order, its random draws
    from a generator seeded by the run's ``seed``; None for an empty list."""
    if not steps:
        return None
    device = torch.device(device)
    g = torch.Generator(device=device).manual_seed((seed + AUGMENT_SEED) % 2**64)
    mean, std = pixel_stats(mean, std, channels, device)
    plan = [(AUGMENTATIONS[s["type"]], {k: v for k, v in s.items() if k != "type"}) for s in steps]

    def augment(x):
        x = x * std + mean
        for step, params in plan:
            x = step(x, g, **params)
        return (x - mean) / std

    return augment


def preview(image, steps, seed, copies=16):
    """``copies`` augmented versions of one image (``[C, H, W]``, pixels from 0 to 1: a tensor or a numpy
    array), as a numpy array ``[copies, C, H, W]`` from 0 to 1: what the window's Augment panel shows. The
    same function as training (:func:`make_augment`), on a batch of copies of the image, with its draws
    seeded by ``seed`` (a run's first batch draws alike with the same seed); the image itself for no steps."""
    x = torch.as_tensor(image, dtype=torch.float32).detach().cpu()
    if x.dim() != 3:
        raise ValueError(f"augmentation preview: an image is [channels, height, width], not {list(x.shape)}")
    batch = x.unsqueeze(0).repeat(copies, 1, 1, 1)
    augment = make_augment(steps, seed, 0.0, 1.0, x.shape[0], "cpu")
    with torch.no_grad():
        out = batch if augment is None else augment(batch)
    return out.clamp(0, 1).numpy()
