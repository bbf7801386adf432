"""What did the network look at: attributions of one class score to each input value, computed with Captum
(PyTorch's attribution library) on a compiled network (or any ``nn.Module``).

``explain(model, x, target, method, **options)`` answers a numpy array of ``x``'s shape (float32), one number per
input value (per pixel and channel of an image, per feature of a table row), for ``method`` in :data:`METHODS`:

- ``saliency``: the absolute gradient of the class score with respect to the input;
- ``integrated_gradients``: the gradients averaged along the straight path from a baseline (zeros unless
  ``baseline`` is given) to the input, times the input's difference from it (``steps``: points on the path);
- ``gradcam``: Grad-CAM on a convolution's output (``node``: its node id, or ``node id.path`` for one inside a
  node, such as a pretrained backbone's; default the network's last Conv2d, or its last Conv1d), upsampled to the
  input's size and shared by every channel;
- ``occlusion``: how much the score drops when a patch of ``window`` values (per spatial axis; 1 for a table row)
  is replaced by zero, moved ``stride`` at a time.

The score is the network's logits where the loss folds the final activation in (``forward_logits``), else its
output. ``target`` is the class (output column) explained; None explains the class the network predicts. The
model's training/eval mode comes back as it was, and its parameters' gradients are left alone (Captum takes
gradients with ``torch.autograd.grad``). Torch and Captum load when a method runs: importing this module needs
neither (the panels name :data:`METHODS` before torch loads).
"""
from __future__ import annotations

from typing import Any
from ..text import msg

SALIENCY = "saliency"
INTEGRATED_GRADIENTS = "integrated_gradients"
GRADCAM = "gradcam"
OCCLUSION = "occlusion"
#: the attribution methods, in the order a panel offers them
METHODS = (SALIENCY, INTEGRATED_GRADIENTS, GRADCAM, OCCLUSION)
#: the options each method takes (besides model, x, target, method)
OPTIONS = {SALIENCY: (), INTEGRATED_GRADIENTS: ("baseline", "steps"), GRADCAM: ("node",),
           OCCLUSION: ("window", "stride")}
MAX_STEPS = 512


class ExplainError(ValueError):
    """An explanation that cannot be computed: the message is one line a person can act on."""


def conv_nodes(model) -> list[str]:
    """The names (node ids for a compiled network) of the convolutions Grad-CAM may look at, in network order."""
    return list(conv_modules(model))


def conv_modules(model) -> dict:
    """``{name: module}`` of ``model``'s Conv1d / Conv2d submodules, in network order, less those inside
    torchvision's SqueezeExcitation (their 1x1 maps give one uniform value, not a map): one walk of the model, to
    hand to :func:`explain` as ``convs``."""
    import sys
    from torch import nn
    misc = sys.modules.get("torchvision.ops.misc")  # no torchvision loaded: no squeeze-and-excitation block either
    squeeze = getattr(misc, "SqueezeExcitation", None)
    convs, inside = {}, ()
    for name, module in _named(model):
        if squeeze is not None and isinstance(module, squeeze):
            inside += (name + ".",)
        elif isinstance(module, (nn.Conv1d, nn.Conv2d)) and not name.startswith(inside):
            convs[name] = module
    return convs


def default_conv(model, convs: dict | None = None) -> str | None:
    """The convolution Grad-CAM looks at unless told: the last Conv2d, else the last Conv1d, else None
    (``convs``: :func:`conv_modules`' answer, when the caller has it)."""
    from torch import nn
    convs = conv_modules(model) if convs is None else convs
    for kind in (nn.Conv2d, nn.Conv1d):
        found = [name for name, module in convs.items() if isinstance(module, kind)]
        if found:
            return found[-1]
    return None


def _named(model):
    order = getattr(model, "order", None)
    if order is not None:  # a compiled network: its nodes, in the one forward walk's order, each followed by the
        named = []         # modules inside it as "node.path" (a pretrained backbone's convolutions)
        for node_id, _ in order:
            module = model._modules[node_id]
            named.append((node_id, module))
            named += [(f"{node_id}.{name}", sub) for name, sub in module.named_modules() if name]
        return named
    return [(name, module) for name, module in model.named_modules() if name]


def explain(model, x, target: int | None = None, method: str = SALIENCY, *, convs: dict | None = None,
            **options: Any):
    """The attributions of class ``target``'s score to each value of ``x`` (one sample, or a batch when ``x`` has
    one more axis than the network's input), as a float32 numpy array of ``x``'s shape (``convs``: the model's
    :func:`conv_modules`, when the caller has them)."""
    if method not in METHODS:
        raise ExplainError(msg("unknown explanation method {method!r}; one of {methods}", method=method,
                               methods=', '.join(METHODS)))
    unknown = sorted(set(options) - set(OPTIONS[method]))
    if unknown:
        if OPTIONS[method]:
            raise ExplainError(msg("{method} takes no option {option!r} (only {options})", method=method,
                                   option=unknown[0], options=', '.join(OPTIONS[method])))
        raise ExplainError(msg("{method} takes no option {option!r}", method=method, option=unknown[0]))
    import torch

    x = torch.as_tensor(x, dtype=torch.float32, device=_device(model))
    input_shape = getattr(model, "input_shape", None)
    single = input_shape is not None and tuple(x.shape) == tuple(input_shape)
    batch = x.unsqueeze(0) if single else x
    if batch.dim() < 2:
        raise ExplainError(msg("an input of shape {x_shape} is not a sample of this network's input",
                               x_shape=tuple(x.shape)))
    batch = batch.detach().clone().requires_grad_(True)  # a leaf of its own: the caller's tensor stays as it was
    forward = getattr(model, "forward_logits", model)
    was_training = model.training
    model.eval()
    try:
        with torch.enable_grad():
            chosen = _target(forward, batch, target)
            attributions = _METHODS[method](model, forward, batch, chosen, dict(options, convs=convs))
    finally:
        model.train(was_training)
    out = attributions.detach().to("cpu", torch.float32).reshape(batch.shape)
    return (out[0] if single else out).numpy()


def explained_class(model, x, target: int | None = None) -> int | None:
    """The output column that :func:`explain` explains for one sample ``x`` (a batch of one): ``target`` checked,
    or the class the network predicts (0 for a one-column output; None for an output with no columns)."""
    import torch
    batch = torch.as_tensor(x, dtype=torch.float32, device=_device(model))
    if tuple(batch.shape) == tuple(getattr(model, "input_shape", ())):
        batch = batch.unsqueeze(0)
    was_training = model.training
    model.eval()
    try:
        chosen = _target(getattr(model, "forward_logits", model), batch[:1], target)
    finally:
        model.train(was_training)
    return chosen[0] if isinstance(chosen, list) else chosen


def _device(model):
    import torch
    param = next(model.parameters(), None)
    return param.device if param is not None else torch.device("cpu")


def _target(forward, batch, target):
    """Captum's target: the output column explained (per sample when the network picks it)."""
    import torch
    with torch.no_grad():
        scores = forward(batch)
    columns = 1 if scores.dim() == 1 else int(scores.reshape(len(batch), -1).shape[1])
    if target is None:
        if columns == 1:
            return 0 if scores.dim() > 1 else None
        return scores.reshape(len(batch), -1).argmax(1).tolist()
    target = int(target)
    if not 0 <= target < columns:
        raise ExplainError(msg("class {target} is not an output of this network (it has {columns})", target=target,
                               columns=columns))
    return target if scores.dim() > 1 else None


def _saliency(model, forward, batch, target, options):
    from captum.attr import Saliency
    return Saliency(forward).attribute(batch, target=target, abs=True)


def _integrated_gradients(model, forward, batch, target, options):
    import torch
    from captum.attr import IntegratedGradients
    steps = int(options.get("steps", 32))
    if not 2 <= steps <= MAX_STEPS:
        raise ExplainError(msg("integrated_gradients needs between 2 and {max_steps} steps, not {steps}",
                               max_steps=MAX_STEPS, steps=steps))
    baseline = options.get("baseline")
    baseline = torch.zeros_like(batch) if baseline is None else \
        torch.as_tensor(baseline, dtype=batch.dtype, device=batch.device).expand_as(batch)
    return IntegratedGradients(forward).attribute(batch, baselines=baseline, target=target, n_steps=steps,
                                                  internal_batch_size=steps)


def _gradcam(model, forward, batch, target, options):
    import torch.nn.functional as F
    from captum.attr import LayerGradCam
    node = options.get("node")
    convs = conv_modules(model) if options.get("convs") is None else options["convs"]
    if node is None:
        node = default_conv(model, convs)
        if node is None:
            raise ExplainError(msg("gradcam needs a convolution (Conv2d or Conv1d) in the network, and this one has "
                                   "none; use saliency, integrated_gradients or occlusion"))
    elif node not in convs:
        modules = dict(_named(model))  # only to say what the node is
        if node not in modules:
            raise ExplainError(msg("gradcam: there is no node {node!r} in this network", node=node))
        kind = type(modules[node]).__name__
        if kind in ("Conv1d", "Conv2d"):
            raise ExplainError(msg("gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d "
                                   "or Conv1d outside a squeeze-and-excitation block", node=node, kind=kind))
        raise ExplainError(msg("gradcam looks at a convolution's output; node {node!r} is a {kind}, not a Conv2d or "
                               "Conv1d", node=node, kind=kind))
    cam = LayerGradCam(forward, convs[node]).attribute(batch, target=target, relu_attributions=True)
    spatial = tuple(batch.shape[2:])
    if cam.dim() != batch.dim() or len(spatial) not in (1, 2):
        raise ExplainError(msg("gradcam explains image-like inputs (channels and 1 or 2 axes); this input has "
                               "shape {batch_shape}", batch_shape=tuple(batch.shape[1:])))
    mode = "bilinear" if len(spatial) == 2 else "linear"
    cam = F.interpolate(cam, size=spatial, mode=mode, align_corners=False)
    return cam.expand_as(batch)


def _occlusion(model, forward, batch, target, options):
    from captum.attr import Occlusion
    spatial = tuple(batch.shape[2:])
    default = max(1, min(spatial) // 4) if spatial else 1
    window = int(options.get("window", default))
    stride = int(options.get("stride", max(1, window // 2)))
    if window < 1 or stride < 1:
        raise ExplainError(msg("occlusion needs a window and a stride of at least 1, not {window} and {stride}",
                               window=window, stride=stride))
    if spatial:  # an image-like input: a patch through all channels
        shape = (int(batch.shape[1]),) + tuple(min(window, size) for size in spatial)
        strides = (int(batch.shape[1]),) + tuple(min(stride, size) for size in spatial)
    else:  # a table row: one feature at a time (a window of features along the row)
        shape, strides = (min(window, int(batch.shape[1])),), (min(stride, int(batch.shape[1])),)
    return Occlusion(forward).attribute(batch, sliding_window_shapes=shape, strides=strides, target=target,
                                        baselines=0.0, perturbations_per_eval=16)


_METHODS = {SALIENCY: _saliency, INTEGRATED_GRADIENTS: _integrated_gradients, GRADCAM: _gradcam,
            OCCLUSION: _occlusion}
