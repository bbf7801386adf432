"""Data augmentation: random flips, rotations, resized crops, colour jitter and noise, applied to each training batch
on the training device (never to validation or test), and copied by source into the exported script.

:func:`make_augment` turns the design's ``augment`` list (checked by the settings schema,
:func:`netbuilder.core.design.settings.augment_steps`) into one function of a batch, which the one epoch loop
(:func:`netbuilder.core.training.loop.train_epoch`) runs on the training batches, several at a call
(:func:`~netbuilder.core.training.loop.augmented_inputs`); an empty list gives None, so a run
without augmentation does no work for it. Each sample of a batch gets its own random draw (a flip, an angle, a
crop), all drawn at once from the run's own generator seeded by the run's seed: the same seed, the same
augmented batches, in netbuilder and in the script. The steps work on pixels from 0 to 1 (the batch ready for the
model is turned back with the dataset's mean and std, and normalised again after). Flips use
torchvision.transforms.v2's kernels (``horizontal_flip``, ``vertical_flip``), colour its ``rgb_to_grayscale``; the
rest is written here, because v2's functional kernels take one parameter per call (one angle, one brightness
factor) where each sample here has its own, and this takes a whole batch's in one call, on the training device.
Colour jitter blends with black, the grey mean and the grey image as v2's ``adjust_brightness``,
``adjust_contrast`` and ``adjust_saturation`` do; rotations and crops are affine matrices, and a rotation or crop
with the crops right after it is ONE ``grid_sample`` of the batch (:func:`geometry`), resampled as v2's ``rotate``
and ``resized_crop`` do (bilinear, black outside the image).
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


_BASE_GRIDS = {}  # (height, width, device, dtype) -> the pixel centres [3, H * W], made once per image size


def base_grid(height, width, device, dtype):
    """Each output pixel's centre as a column ``(x, y, 1)`` in [-1, 1] coordinates (``align_corners=False``),
    ``[3, H * W]``: what ``F.affine_grid`` builds on each call, kept here for the next batch of the same size."""
    key = (height, width, str(device), dtype)
    grid = _BASE_GRIDS.get(key)
    if grid is None:
        xs = (torch.arange(width, device=device, dtype=dtype) * 2 + 1) / width - 1
        ys = (torch.arange(height, device=device, dtype=dtype) * 2 + 1) / height - 1
        grid = torch.stack([xs.expand(height, width), ys.view(height, 1).expand(height, width),
                            torch.ones(height, width, device=device, dtype=dtype)]).view(3, height * width)
        _BASE_GRIDS[key] = grid
    return grid


def warp(x, theta):
    """Each image resampled through its own 2x3 affine ``theta`` (output -> input, in [-1, 1] coordinates): the
    grid ``F.affine_grid`` makes, as ONE matrix product of all the batch's rows with the pixel centres kept from
    the last batch of this size (:func:`base_grid`; several times faster on small images), then one
    ``grid_sample``."""
    n, height, width = x.shape[0], x.shape[-2], x.shape[-1]
    grid = theta.to(x.dtype).reshape(2 * n, 3) @ base_grid(height, width, x.device, x.dtype)  # [2n, H * W]
    return F.grid_sample(x, grid.view(n, 2, height, width).permute(0, 2, 3, 1), mode="bilinear",
                         padding_mode="zeros", align_corners=False)


def rotation(x, g, degrees):
    """Each image turned by its own angle in [-degrees, degrees] about its centre (in pixels, whatever its
    aspect), the corners filled with black: its ``theta`` for :func:`warp`, ``[B, 2, 3]``."""
    n, aspect, turn = x.shape[0], x.shape[-2] / x.shape[-1], math.radians(degrees)
    angle = torch.rand(n, generator=g, device=x.device).mul_(2 * turn).sub_(turn)
    cos, sin, zero = angle.cos(), angle.sin(), torch.zeros_like(angle)
    return torch.stack([cos, sin * -aspect, zero, sin / aspect, cos, zero], 1).view(n, 2, 3)


def crop(x, g, scale):
    """Random resized crop: each image keeps a random part of a random area in [scale, 1] of it, of aspect ratio
    in [3/4, 4/3], stretched back to the full size: its ``theta`` for :func:`warp`, ``[B, 2, 3]``."""
    n, low, high = x.shape[0], math.log(3 / 4), math.log(4 / 3)
    u = torch.rand(4, n, generator=g, device=x.device)
    area, ratio = u[0].mul(1 - scale).add_(scale), u[1].mul(high - low).add_(low).exp_()
    w, h = torch.stack([area * ratio, area / ratio]).sqrt_().clamp_(max=1.0)  # the kept part's width and height
    cx, cy = u[2:].mul(2).sub_(1).mul_(torch.stack([1 - w, 1 - h]))  # its centre, anywhere it fits
    zero = torch.zeros_like(w)
    return torch.stack([w, zero, cx, zero, h, cy], 1).view(n, 2, 3)


def then(first, second):
    """The ``theta`` that samples as ``first``'s warp followed by ``second``'s: an output point goes through
    ``second`` into ``first``'s output, then through ``first`` into the image (the 3x3 product, ``[B, 2, 3]``)."""
    theta = first[:, :, :2] @ second
    theta[:, :, 2] += first[:, :, 2]
    return theta


def geometry(x, g, warps):
    """A rotation or crop and the crops right after it (``warps``: their matrix functions and parameters) as ONE
    resampling: each draws its matrices in the list's order, they are composed (:func:`then`), and the batch is
    sampled once. A crop samples only inside the image before it, so this is exactly the steps one after the
    other, less one bilinear blur (a rotation after a crop would show the black outside: it warps apart)."""
    theta = None
    for draw, params in warps:
        step = draw(x, g, **params)
        theta = step if theta is None else then(theta, step)
    return warp(x, theta)


def color(x, g, brightness, contrast, saturation):
    """Colour jitter: brightness, contrast and saturation each multiplied by a factor of each image's own, drawn
    in [1 - v, 1 + v], in this order, each blended as torchvision's kernels blend (with black, the grey mean, the
    grey image), for the whole batch at once."""
    u = torch.rand(3, x.shape[0], 1, 1, 1, generator=g, device=x.device).mul_(2).sub_(1)
    light, contrast, saturation = (u[i].mul_(v).add_(1) for i, v in enumerate((brightness, contrast, saturation)))
    x = (x * light).clamp_(0, 1)
    grey = TF.rgb_to_grayscale(x) if x.shape[1] == 3 else x
    x = torch.lerp(grey.mean(dim=(1, 2, 3), keepdim=True), x, contrast).clamp_(0, 1)
    if x.shape[1] == 3:
        x = torch.lerp(TF.rgb_to_grayscale(x), x, saturation).clamp_(0, 1)
    return x


def noise(x, g, std):
    """Gaussian noise of standard deviation ``std`` added to each pixel, kept within 0..1."""
    return torch.randn(x.shape, generator=g, device=x.device, dtype=x.dtype).mul_(std).add_(x).clamp_(0, 1)


AUGMENTATIONS = {"flip": flip, "color": color, "noise": noise}  # functions of a batch
WARPS = {"rotation": rotation, "crop": crop}  # functions of a batch's affine matrices, sampled by geometry()


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
    plan = []  # (function of x and g, its keyword arguments); a crop joins the warp before it (see geometry)
    for s in steps:
        kind, params = s["type"], {k: v for k, v in s.items() if k != "type"}
        if kind == "crop" and plan and plan[-1][0] is geometry:
            plan[-1][1]["warps"].append((crop, params))
        elif kind in WARPS:
            plan.append((geometry, {"warps": [(WARPS[kind], params)]}))
        else:
            plan.append((AUGMENTATIONS[kind], params))

    def augment(x):
        x = x.mul(std).add_(mean)  # pixels from 0 to 1, a new tensor: the steps after may work in place
        for step, params in plan:
            x = step(x, g, **params)
        return x.sub_(mean).div_(std)

    return augment


def preview(image, steps, seed, copies=16):
    """``copies`` augmented versions of one image (``[C, H, W]``, pixels from 0 to 1: a tensor or a numpy
    array), as a numpy array ``[copies, C, H, W]`` from 0 to 1: what the window's Augment panel shows. The
    same function as training (:func:`make_augment`), on a batch of copies of the image, with its draws
    seeded by ``seed``; the image itself for no steps. The draws are sized by the call, so a run with the same
    seed draws these very parameters for its first batches only when ``copies`` is the size of the loop's first
    call (:func:`netbuilder.core.training.loop.augmented_inputs`)."""
    x = torch.as_tensor(image, dtype=torch.float32).detach().cpu()
    if x.dim() != 3:
        raise ValueError(f"augmentation preview: an image is [channels, height, width], not {list(x.shape)}")
    batch = x.unsqueeze(0).repeat(copies, 1, 1, 1)
    augment = make_augment(steps, seed, 0.0, 1.0, x.shape[0], "cpu")
    with torch.no_grad():
        out = batch if augment is None else augment(batch)
    return out.clamp(0, 1).numpy()
