"""Advice for learners while a network trains: what the numbers of a run show, in plain words, with the number
behind each warning and what to try. Qt-free; the window shows the result in its problems list.

:func:`advise` looks at the run's training loss per batch, its epochs' metrics and the last ``health`` probe
(``inspection.probe_health``: dead ReLU units, saturated sigmoid / tanh outputs, each layer's gradient norm) and
returns the warnings that hold now, most important first:

- ``dead_relu``: more than ``DEAD_SHARE`` of a ReLU layer's units output 0 for every input probed. A dead unit
  gets no gradient and never comes back. Some are normal: with 2 inputs and PyTorch's default initialisation
  about a third of a layer's units start dead (37.5% of 16 on spirals, measured over the whole split); most of
  them is a layer that lost its capacity (too high a learning rate: SGD at 2-5 killed 80-100% on moons and spirals).
- ``saturated``: at least ``SATURATED_SHARE`` of a sigmoid / tanh layer's outputs sit in the flat tails, where the
  gradient is nearly zero, while the network does not yet predict well. Saturation matters only while there is
  something left to learn: a network whose latest accuracy (validation if scored, else training; R² for
  regression) is at least ``PREDICTS_WELL`` gets no such warning. A confident classifier's output sigmoid is
  meant to saturate (solved XOR: 100%), and a solved problem's hidden tanh units may act as steps (spirals at 100%
  accuracy: 68% of a layer saturated).
- ``vanishing_gradients``: the first layer with weights gets less than ``VANISHING_RATIO`` of the gradient norm of
  the layer that gets most, and a sigmoid or tanh lies between them (the classic vanishing gradient: each of them
  multiplies the gradient by at most 0.25 or 1). Measured on a chain of 8 Linear layers on spirals: with Sigmoid
  between them the first layer's norm was about 1e-7 of the largest, with Tanh 0.4, with ReLU 1
  (``tests/core/test_advice.py`` checks Sigmoid and ReLU on real runs).
- ``loss_flat``: after at least ``MIN_BATCHES`` batches, the mean loss of the last ``WINDOW`` of the run is less
  than ``FLAT_DROP`` below that of its first: the loss is not going down (a run that dropped and then levelled off
  dropped more than that from its start, so it is not flagged).
- ``loss_jumping``: over the last ``WINDOW`` of batches the loss swings from batch to batch by more than
  ``JUMP_SWING`` times its level (the mean absolute change over the mean loss; measured: healthy runs 0.01-0.63,
  the highest a converged moons run near a loss of 0.05; Adam at lr 0.5 on moons 1.37) and it is not going down; or its recent mean rose above its first window's (by
  ``FLAT_DROP``) or to more than ``JUMP_RISE`` times the best mean of an earlier window (SGD at lr 2 on moons: 2.4).
- ``overfitting``: with at least ``MIN_EPOCHS`` full epochs scored on a validation split, the validation loss rose
  in each of the last ``RISING_EPOCHS`` epochs, to at least ``OVERFIT_RISE`` above its lowest, while the training
  loss fell in each of them (a deep sigmoid chain's validation loss wandering 0.656 -> 0.674 is noise, not this).

What the run was meant to show (``advise``'s ``met`` and ``expected``): a run that reached its expected result (a
preset's ``expected``, a lesson step's ``expect``, checked by ``core.expectations``) earns no warning; a lesson step
that makes a point of a failure names the warnings it expects (its ``expect_advice``), and those are left out, so
the advice never argues with the lesson (one neuron on XOR: the loss is flat because one line cannot do it, not
because the learning rate is too low).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from ..text import msg

CODES = ("dead_relu", "saturated", "vanishing_gradients", "loss_flat", "loss_jumping", "overfitting")
DEAD_SHARE = 0.5
SATURATED_SHARE = 0.5
VANISHING_RATIO = 1e-3
MIN_BATCHES = 100
WINDOW = 0.1          # a tenth of the run's batches ...
MIN_WINDOW = 20       # ... but at least this many
FLAT_DROP = 0.02
JUMP_SWING = 1.0
JUMP_RISE = 1.5
MIN_EPOCHS = 3
RISING_EPOCHS = 2
OVERFIT_RISE = 0.05
PREDICTS_WELL = 0.9   # an accuracy (or R²) from which saturation is no longer worth a warning
_SCORES = ("val_accuracy", "accuracy", "val_r2", "r2")  # how well the network predicts, best evidence first
SQUASHING = ("Sigmoid", "Tanh")
_ORDER = {code: i for i, code in enumerate(("dead_relu", "vanishing_gradients", "saturated", "loss_jumping",
                                             "loss_flat", "overfitting"))}


@dataclass(frozen=True)
class Advice:
    code: str            # one of CODES
    message: str         # what is seen, with the number, and what to try
    node_id: str | None  # the layer it is about, or None for the whole run
    value: float         # the number behind it (a share, a ratio, a loss)


def _times(ratio: float) -> str:
    """1e-4 -> "10,000 times"."""
    return msg("{n:,} times", n=round(1 / ratio)) if ratio > 0 else msg("infinitely")


def network_layers(model, design) -> list[tuple[str, str]]:
    """(node id, layer type) in network order, for :func:`advise`'s ``layers``: a compiled model's input, then its
    modules in order (``model`` a ``compiler.NetModule``, ``design`` the design it was built from)."""
    ids = [model.input_id] + [node_id for node_id, _ in model.order if node_id != model.input_id]
    return [(node_id, design.nodes[node_id].type if node_id in design.nodes else "") for node_id in ids]


def prediction_score(epochs: Sequence[dict]) -> float | None:
    """How well the network predicts now: the latest full epoch's first score of ``_SCORES`` (None: not known)."""
    for epoch in reversed(epochs):
        if epoch.get("partial"):
            continue
        for key in _SCORES:
            value = epoch.get(key)
            if isinstance(value, (int, float)) and math.isfinite(value):
                return float(value)
    return None


def _units_advice(health: dict, predicts_well: bool) -> list[Advice]:
    out = []
    for node_id, unit in (health.get("units") or {}).items():
        share, units = float(unit.get("share", 0.0)), int(unit.get("units", 0))
        if unit.get("kind") == "dead" and share > DEAD_SHARE and units >= 2:
            out.append(Advice("dead_relu", msg(
                "{share:.0%} of {node_id}'s {units:,} units are dead: they output 0 for every input and no longer "
                "learn. Try a lower learning rate, LeakyReLU instead of ReLU, or BatchNorm before it.",
                share=share, node_id=node_id, units=units), node_id, share))
        elif unit.get("kind") == "saturated" and share >= SATURATED_SHARE and not predicts_well:
            out.append(Advice("saturated", msg(
                "{share:.0%} of {node_id}'s outputs are saturated (stuck near their limits, where they barely "
                "learn). Try a lower learning rate, normalised inputs, BatchNorm before it, or ReLU instead.",
                share=share, node_id=node_id), node_id, share))
    return out


def _vanishing(health: dict, layers: Sequence[tuple[str, str]]) -> list[Advice]:
    norms = health.get("gradients") or {}
    ordered = [(node_id, float(norms[node_id])) for node_id, _ in layers
               if node_id in norms and math.isfinite(float(norms[node_id]))]
    if len(ordered) < 2:
        return []
    first_id, first = ordered[0]
    best_at = max(range(1, len(ordered)), key=lambda i: ordered[i][1])
    best_id, best = ordered[best_at]
    if best <= 0 or first >= VANISHING_RATIO * best:
        return []
    types = [t for _, t in layers]
    ids = [n for n, _ in layers]
    between = types[ids.index(first_id) + 1: ids.index(best_id)]
    squash = [t for t in between if t in SQUASHING]
    if not squash:
        return []
    ratio = first / best
    return [Advice("vanishing_gradients", msg(
        "Gradients vanish on the way back through the {kind} layers: {first_id} gets a gradient {times} smaller "
        "than {best_id}'s ({first:.2g} against {best:.2g}), so the first layers barely learn. Try ReLU instead of "
        "{squashing}, or BatchNorm between the layers.", kind=squash[0].lower(), first_id=first_id,
        times=_times(ratio), best_id=best_id, first=first, best=best, squashing=" / ".join(sorted(set(squash)))),
        first_id, ratio)]


def _window(n: int) -> int:
    return max(MIN_WINDOW, int(n * WINDOW))


def _loss_advice(batch_loss, lr: float | None) -> list[Advice]:
    loss = np.asarray(batch_loss, dtype=np.float64).ravel()
    loss = loss[np.isfinite(loss)]
    if loss.size < MIN_BATCHES:
        return []
    w = _window(loss.size)
    start, recent = float(loss[:w].mean()), float(loss[-w:].mean())
    level = float(np.mean(np.abs(loss[-w:])))
    swing = float(np.mean(np.abs(np.diff(loss[-w:])))) / level if level > 0 else 0.0
    # the best mean of a window before the recent one (a moving mean; its minimum)
    earlier = loss[:-w]
    if earlier.size >= w:  # moving means of w batches from cumulative sums: O(n), a millisecond for 100k points
        sums = np.cumsum(np.concatenate([[0.0], earlier]))
        best = float(((sums[w:] - sums[:-w]) / w).min())
    else:
        best = start
    going_down = recent < start * (1 - FLAT_DROP)
    out = []
    rose = recent > start * (1 + FLAT_DROP) or (best > 0 and recent > JUMP_RISE * best)
    if (swing > JUMP_SWING and not going_down) or rose:
        if swing > JUMP_SWING:
            what, value = msg("swings by {swing:.0%} of its level from batch to batch", swing=swing), swing
        else:
            low = min(best, start)
            what = msg("rose to {recent:.3g} from {low:.3g}", recent=recent, low=low)
            value = recent / low if low > 0 else math.inf
        if lr is None:
            text = msg("The loss is jumping: it {what} over the last {batches:,} batches. The learning rate may be "
                       "too high: try 10 times lower.", what=what, batches=w)
        else:
            text = msg("The loss is jumping: it {what} over the last {batches:,} batches. The learning rate ({lr:g}) "
                       "may be too high: try 10 times lower.", what=what, batches=w, lr=lr)
        out.append(Advice("loss_jumping", text, None, value))
    elif not going_down and start > 0:
        drop = 1 - recent / start
        values = {"start": start, "recent": recent, "batches": w, "drop": max(drop, 0)}
        if lr is None:
            text = msg("The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over "
                       "the last {batches:,} ({drop:.1%} lower). The learning rate may be too low: try 10 times "
                       "higher, or check that the labels fit the loss.", **values)
        else:
            text = msg("The loss is not going down: {start:.3g} over the first {batches:,} batches, {recent:.3g} over "
                       "the last {batches:,} ({drop:.1%} lower). The learning rate ({lr:g}) may be too low: try 10 "
                       "times higher, or check that the labels fit the loss.", lr=lr, **values)
        out.append(Advice("loss_flat", text, None, drop))
    return out


def _overfitting(epochs: Iterable[dict]) -> list[Advice]:
    scored = [e for e in epochs if not e.get("partial") and "val_loss" in e and "loss" in e
              and math.isfinite(float(e["val_loss"])) and math.isfinite(float(e["loss"]))]
    if len(scored) < MIN_EPOCHS or len(scored) < RISING_EPOCHS + 1:
        return []
    tail = scored[-(RISING_EPOCHS + 1):]
    val = [float(e["val_loss"]) for e in tail]
    train = [float(e["loss"]) for e in tail]
    low = min(scored, key=lambda e: float(e["val_loss"]))
    risen = val[-1] >= float(low["val_loss"]) * (1 + OVERFIT_RISE)
    if risen and all(b > a for a, b in zip(val, val[1:])) and all(b < a for a, b in zip(train, train[1:])):
        first, last = low, tail[-1]
        return [Advice("overfitting", msg(
            "Validation loss rose from {low:.3g} (epoch {low_epoch}) to {last:.3g} (epoch {last_epoch}) while the "
            "training loss fell: the network is memorising the training set. Try more data, Dropout, or early "
            "stopping.", low=float(first["val_loss"]), low_epoch=first.get("epoch", "?"),
            last=float(last["val_loss"]), last_epoch=last.get("epoch", "?")),
            None, float(last["val_loss"]) - float(first["val_loss"]))]
    return []


def advise(*, batch_loss=(), epochs: Sequence[dict] = (), health: dict | None = None,
           layers: Sequence[tuple[str, str]] = (), lr: float | None = None, met: bool | None = None,
           expected: Iterable[str] = ()) -> list[Advice]:
    """The warnings that hold now (see the module docstring), most important first; at most one per code and
    layer. ``batch_loss``: the run's training loss per batch, in order (non-finite values are left out);
    ``epochs``: the run's epochs' metrics (``loss``, ``val_loss``, ``epoch``, ``partial``, the scores); ``health``:
    the last health probe's answer; ``layers``: (node id, layer type) in network order; ``lr``: the learning rate
    now; ``met``: whether the run reached its expected result (``core.expectations.check``; True: no warnings);
    ``expected``: codes the lesson step expects (a lesson's ``expect_advice``), left out."""
    if met:
        return []
    expected = set(expected)
    unknown = expected - set(CODES)
    if unknown:
        raise ValueError(f"unknown advice code {sorted(unknown)[0]!r}; the codes are {', '.join(CODES)}")
    epochs = list(epochs)
    well = prediction_score(epochs)
    out: list[Advice] = []
    if health:
        out += _units_advice(health, well is not None and well >= PREDICTS_WELL)
        out += _vanishing(health, layers)
    out += _loss_advice(batch_loss, lr)
    out += _overfitting(epochs)
    seen, unique = set(), []
    for advice in sorted(out, key=lambda a: (_ORDER[a.code], -a.value if a.code != "vanishing_gradients"
                                             else a.value)):
        if advice.code not in expected and (advice.code, advice.node_id) not in seen:
            seen.add((advice.code, advice.node_id))
            unique.append(advice)
    return unique
