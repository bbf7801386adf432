"""A torchvision backbone inside an imported model, for :mod:`netbuilder.core.exchange.importer`: which modules are
a ``Pretrained`` node, and that node's parameters. A mixin of the importer, as :mod:`.importer_steps` is.

Two kinds of module are a Pretrained node, each recognised by its type (never by running code from a file):

* torchvision's own model of a backbone netbuilder knows (``ResNet``, ``MobileNetV3``, ``EfficientNet``: the
  classes torchvision's ``resnet18``, ``mobilenet_v3_small`` and ``efficientnet_b0`` return). With its classifier
  replaced by ``nn.Identity`` it gives the feature vector, as the node does; with its classifier (the whole model
  used as a feature extractor of ImageNet's 1000 scores) the classifier's layers follow the node in the design;
* netbuilder's ``Pretrained`` module, or its copy in an exported script (the same name and source).

Its parameters are read, then checked: ``model`` is the backbone of that class whose weights have the module's names
and shapes; ``trainable`` follows from which parameters have ``requires_grad`` (``all``, ``none``, or the first
stage that learns, when the stages after it learn too); ``weights`` is what a Pretrained module was built from
(an exported script's round trip), else null: the module's own weights are the design's, as for every imported
layer (a torchvision model's under the node's id followed by ``backbone.``). The
node's module, given those weights, must compute what the module computes (in evaluation mode, as the traced run
does: a frozen stage's batch norms keep their statistics in netbuilder).
"""
from __future__ import annotations

import functools
import inspect
import typing

import torch
import torch.fx as fx
from torch import nn

from ..errors import NetbuilderError, one_line
from ..layers import REGISTRY
from ..layers import backbones as backbone_modules
from ..layers.pretrained import BACKBONES, Backbone
from .importer_match import NoMatch, Step, fit, layers_for
from .importer_names import class_label
from ..text import msg


class NotBackbone(Exception):
    """The module is of a backbone's type but is not that backbone as netbuilder builds it (why, in words)."""


@functools.lru_cache(maxsize=None)
def torchvision_classes() -> dict[type, tuple[str, ...]]:
    """torchvision's model class -> the backbones of that class (``ResNet`` -> ``("resnet18",)``), from the return
    annotations of torchvision's builders (nothing is built)."""
    import torchvision.models as models

    out: dict[type, tuple[str, ...]] = {}
    for name in BACKBONES:
        cls = typing.get_type_hints(getattr(models, name)).get("return")
        if inspect.isclass(cls):
            out[cls] = out.get(cls, ()) + (name,)
    return out


def _is_pretrained_copy(cls: type) -> bool:
    """netbuilder's Pretrained class, or the copy an exported script holds (its name and source)."""
    ours = backbone_modules.Pretrained
    if cls is ours:
        return True
    if cls.__name__ != ours.__name__ or not issubclass(cls, nn.Module):
        return False
    try:
        return inspect.getsource(cls) == inspect.getsource(ours)
    except (OSError, TypeError):
        return False


def backbone_of(module: nn.Module) -> nn.Module | None:
    """The torchvision model a module is (or holds, for a Pretrained module) when it is a Pretrained node (with
    the layers of its classifier after it), else None: another model of the same class (resnet34 is a ResNet too)
    is traced through as any module."""
    if _is_pretrained_copy(type(module)) and isinstance(getattr(module, "backbone", None), nn.Module):
        return module.backbone
    if isinstance(module, tuple(torchvision_classes())) and _known(module) is not None:
        return module
    return None


@functools.lru_cache(maxsize=None)
def _weight_shapes(name: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """A backbone's state_dict names and shapes (built on the meta device: no memory, no initialisation)."""
    with torch.device("meta"):
        return tuple((k, tuple(v.shape)) for k, v in backbone_modules.build(BACKBONES[name]).state_dict().items())


def _known(net: nn.Module) -> str | None:
    """The backbone of a torchvision model's class whose weights have its names and shapes (its classifier's
    aside), else None."""
    names = next(n for cls, n in torchvision_classes().items() if isinstance(net, cls))
    classifier = classifier_of(net)[0] + "."
    shapes = tuple((k, tuple(v.shape)) for k, v in net.state_dict().items() if not k.startswith(classifier))
    return next((name for name in names if _weight_shapes(name) == shapes), None)


def classifier_of(net: nn.Module) -> tuple[str, nn.Module | None]:
    """A torchvision model's classifier attribute and the module there, None where it is nn.Identity."""
    name = next(BACKBONES[n[0]].classifier for cls, n in torchvision_classes().items() if isinstance(net, cls))
    found = getattr(net, name, None)
    return name, None if isinstance(found, nn.Identity) else found


def _trainable(found: Backbone, net: nn.Module) -> str:
    """``all``, ``none`` or the first stage that learns, from the parameters' ``requires_grad``."""
    learns = []
    for stage in found.stages:
        names = backbone_modules._modules_of(found, stage.name)
        flags = {p.requires_grad for name in names for p in net.get_submodule(name).parameters()}
        if len(flags) > 1:
            raise NotBackbone(msg("its stage {stage_name} freezes some parameters and trains others; netbuilder's "
                                  "Pretrained trains whole stages: set requires_grad alike for each stage",
                                  stage_name=stage.name))
        learns.append(flags.pop() if flags else False)
    if all(learns):
        return "all"
    if not any(learns):
        return "none"
    first = learns.index(True)
    if not all(learns[first:]):
        raise NotBackbone(msg("it trains {name} but freezes a stage after it; netbuilder's Pretrained trains a "
                              "stage and all the stages after it", name=found.stages[first].name))
    return found.stages[first].name


def fit_backbone(module: nn.Module, x: torch.Tensor) -> tuple[object, dict, torch.Tensor]:
    """The Pretrained spec and parameters of a module :func:`backbone_of` recognises (only the ones that differ
    from the defaults), and the node's output for ``x`` given the module's weights (in evaluation mode); raises
    NotBackbone saying why it is not one."""
    spec = REGISTRY["Pretrained"]
    net = backbone_of(module)
    name = _known(net)
    if name is None or (getattr(module, "model", name) != name):
        raise NotBackbone(msg("its weights do not have the names and shapes of the backbones netbuilder's "
                              "Pretrained knows ({backbones})", backbones=', '.join(BACKBONES)))
    classifier = classifier_of(net)[0] + "."
    weights = {k: v for k, v in net.state_dict().items() if not k.startswith(classifier)}
    weights_param = getattr(module, "weights", None) if net is not module else None
    weights_param = weights_param if isinstance(weights_param, str) else None
    params = {"model": name, "weights": None, "trainable": _trainable(BACKBONES[name], net)}
    try:
        rebuilt = spec.make([tuple(x.shape[1:])], params)
    except Exception as exc:  # noqa: BLE001 - a ShapeError: an image too small, not three channels
        shown = exc.args[0] if isinstance(exc, NetbuilderError) and len(exc.args) == 1 else (
            str(exc) if isinstance(exc, NetbuilderError) else one_line(exc))
        raise NotBackbone(shown) from None
    rebuilt.backbone.load_state_dict(weights)
    with torch.no_grad():
        features = rebuilt.eval()(x)
    params["weights"] = weights_param  # a script's Pretrained says what it was built from; a torchvision model: null
    return spec, {k: v for k, v in params.items() if v != spec.param(k).default}, features


def _classifier_layers(net: nn.Module, qualname: str) -> list[tuple[str, nn.Module]]:
    """The layers of a torchvision model's classifier, each with its qualified name (none where it is Identity)."""
    name, found = classifier_of(net)
    if found is None:
        return []
    if isinstance(found, nn.Sequential):
        return [(f"{qualname}.{name}.{i}", child) for i, child in found.named_children()]
    return [(f"{qualname}.{name}", found)]


class BackboneSteps:
    """The importer's handling of a module that is a Pretrained node (it provides ``env``, ``fail``, ``_use`` and
    ``_add``)."""

    def _backbone_step(self, node: fx.Node, module: nn.Module) -> None:
        where = msg("layer '{target}' ({kind})", target=node.target, kind=class_label(module))
        source = node.args[0] if len(node.args) == 1 and not node.kwargs else None
        if not (isinstance(source, fx.Node) and isinstance(self.env[source], torch.Tensor)):
            raise self.fail(msg("{where} is called with other arguments than one layer output; netbuilder's "
                                "Pretrained takes only its input image", where=where))
        x = self.env[source]
        try:
            spec, params, value = fit_backbone(module, x)
        except NotBackbone as exc:
            raise self.fail(msg("{where}: {exc}", where=where, exc=exc.args[0])) from None
        index = self._add(node, node.target, spec, params, [self._use(source, node)], module, node.target)
        model = params.get("model", spec.param("model").default)
        layers = _classifier_layers(backbone_of(module), node.target)
        for qualname, child in layers:  # the classifier of a whole torchvision model, layer by layer
            found = layers_for(child)
            if found is None:
                raise self.fail(msg("layer '{qualname}' is a {class_label}, and netbuilder's catalogue has no such "
                                    "layer; replace it with catalogue layers, or leave it out", qualname=qualname,
                                    class_label=class_label(child)))
            out = _evaluated(child, value)
            step = Step(msg("layer '{target}' ({kind})", target=qualname, kind=class_label(child)), child, [value],
                        lambda c=child, v=value: c(v),
                        out)
            try:
                spec, params = fit(found[0], step)
            except NoMatch as exc:
                raise self.fail(msg("{where}: {exc}", where=step.where, exc=exc.args[0])) from None
            index, value = self._add(node, qualname, spec, params, [index], child, qualname), out
        output = self.env[node]
        if value.shape != output.shape or not torch.allclose(value, output, rtol=1e-4, atol=1e-5):
            if layers:
                raise self.fail(msg("{where}: netbuilder's Pretrained {model} and the layers after it compute other "
                                    "values from the same weights", where=where, model=model))
            raise self.fail(msg("{where}: netbuilder's Pretrained {model} compute other values from the same "
                                "weights", where=where, model=model))


def _evaluated(module: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """``module(x)`` in evaluation mode, as the traced run was; its modes are put back."""
    modes = {m: m.training for m in module.modules()}
    try:
        with torch.no_grad():
            return module.eval()(x)
    finally:
        for m, mode in modes.items():
            m.training = mode
