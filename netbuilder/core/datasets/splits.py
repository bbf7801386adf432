"""How a dataset's training samples are split for validation, and the statistics its preprocessing normalises
with: rules the loader (:mod:`.loading`) applies and the exported script copies by source, so that a script's
run holds out the same samples netbuilder does."""
from __future__ import annotations

import math

import torch

DEFAULT_VALIDATION = 0.1
DEFAULT_VALIDATION_MIN_SAMPLES = 1000


def validation_fraction(fraction, n, tiny):
    """The share of the training samples held out for validation. ``None`` asks for the default: a tiny set
    (xor and friends) is validated on itself (returns None), 1000+ samples hold out 10%, fewer none."""
    if fraction is None:
        if tiny:
            return None
        return DEFAULT_VALIDATION if n >= DEFAULT_VALIDATION_MIN_SAMPLES else 0.0
    return fraction


def split_indices(n, fraction, seed):
    """(validation, training) sample numbers: ``fraction`` of ``n`` drawn with ``seed``, each part sorted, so both
    keep the source order (and a limit keeps meaning "the first N")."""
    n_val = max(1, round(n * fraction))
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    return perm[:n_val].sort().values, perm[n_val:].sort().values


def feature_stats(x, scale, chunks=None):
    """Mean and std of ``x * scale`` per feature (1-D samples) or per channel (the first dim of a sample), in
    float64 over chunks, so a uint8 image set never turns into one huge float copy; a constant one gets std 1.
    ``chunks(x, step)``: how to read ``x`` a part at a time (slices unless given)."""
    channels = x.shape[1] if len(x.shape) > 1 else 1
    per_channel = math.prod(x.shape[1:]) // channels if len(x) else 1
    total = torch.zeros(channels, dtype=torch.float64)
    squares = torch.zeros(channels, dtype=torch.float64)
    step = max(1, (1 << 22) // max(1, channels * per_channel))
    parts = chunks(x, step) if chunks else (x[start:start + step] for start in range(0, len(x), step))
    for part in parts:
        chunk = part.reshape(-1, channels, per_channel).to(torch.float64) * scale
        total += chunk.sum(dim=(0, 2))
        squares += (chunk * chunk).sum(dim=(0, 2))
    count = len(x) * per_channel
    mean = total / count
    std = (squares / count - mean * mean).clamp_min(0).sqrt()
    return [float(m) for m in mean], [float(s) if s > 1e-12 else 1.0 for s in std]
