"""Pretrained backbones: one node that is a torchvision image model without its classifier.

The node takes an image [3, H, W] and gives the backbone's feature vector [C] (the features before the
classifier, global-pooled and flattened). ``weights``: ``"imagenet"`` (torchvision's ImageNet weights, read from
torch's cache, downloaded there on first use or by ``netbuilder weights fetch MODEL``: ``backbones``), ``None``
(random initialisation) or the path of a state_dict file. ``trainable``: ``"all"``, ``"none"`` or the name of a stage
(torchvision's own module names, ``layer3`` or ``features.9``): that stage and the ones after it train, the ones
before it are frozen (and their batch norms stay in evaluation mode).

Torch-free: the parameter counts and FLOPs come from the tables below, which ``tests/core/test_pretrained.py``
checks against torchvision's real models. Only :meth:`PretrainedSpec.make` imports torch (``backbones``).

FLOPs per sample (multiply-add = 2): each stage costs ``constant + per_position * positions``, where ``positions``
is the number of spatial positions of its output (``ceil(H / stride) * ceil(W / stride)``) and ``constant`` its
squeeze-and-excitation layers' work on pooled vectors; within a few percent of torch's FLOP counter.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from .base import LayerSpec, Param, fmt_shape
from .registry import register
from ..errors import ShapeError
from ..text import msg


class Stage(NamedTuple):  # not a dataclass: the exported script copies it (see images.Layout)
    name: str
    params: int
    flops_constant: int
    flops_per_position: int
    stride: int


class Backbone(NamedTuple):
    """What netbuilder knows of one torchvision model, without torch."""

    name: str
    features: int  # the length of the feature vector
    weights_enum: str  # torchvision's weights class, e.g. ResNet18_Weights
    classifier: str  # the attribute replaced by nn.Identity
    stages: tuple[Stage, ...]
    interpolation: str = "bilinear"  # how its weights' transforms() resize an image


    @property
    def total(self) -> int:
        return sum(s.params for s in self.stages)

    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def first_trained(self, trainable: str) -> int:
        """The index of the first stage that trains (``len(stages)`` for none)."""
        if trainable == "all":
            return 0
        if trainable == "none":
            return len(self.stages)
        return self.stage_names().index(trainable)


def _features(flops: list[tuple[int, int, int]], params: list[int]) -> tuple[Stage, ...]:
    pairs = enumerate(zip(params, flops))
    return tuple(Stage(f"features.{i}", p, c, per, st) for i, (p, (c, per, st)) in pairs)


BACKBONES: dict[str, Backbone] = {b.name: b for b in (
    Backbone("resnet18", 512, "ResNet18_Weights", "fc", (
        Stage("conv1", 9536, 0, 75264, 4),  # conv1 and bn1 (the stem, with its max pooling)
        Stage("layer1", 147968, 0, 294912, 4),
        Stage("layer2", 525568, 0, 1048576, 8),
        Stage("layer3", 2099712, 0, 4194304, 16),
        Stage("layer4", 8393728, 0, 16777216, 32),
    )),
    Backbone("mobilenet_v3_small", 576, "MobileNet_V3_Small_Weights", "classifier", _features(
        [(0, 864, 2), (512, 800, 4), (0, 13968, 8), (0, 10032, 8), (9216, 30912, 16), (61440, 50400, 16),
         (61440, 50400, 16), (15360, 27120, 16), (23040, 34848, 16), (82944, 180288, 32), (331776, 249984, 32),
         (331776, 249984, 32), (0, 110592, 32)],
        [464, 744, 3864, 5416, 13736, 57264, 57264, 21968, 29800, 91848, 294096, 294096, 56448])),
    Backbone("efficientnet_b0", 1280, "EfficientNet_B0_Weights", "classifier", _features(
        [(0, 1728, 2), (1024, 1600, 2), (4992, 35040, 4), (13056, 96768, 8), (86400, 444000, 16),
         (188928, 877632, 16), (738816, 3720768, 32), (221184, 1200384, 32), (0, 819200, 32)],
        [928, 1448, 16714, 46640, 242930, 543148, 2026348, 717232, 412160]), "bicubic"),
)}

#: what torchvision's ImageNet weights expect (``weights.transforms()``, checked by the tests): the image resized so
#: that its shorter side is RESIZE_SIZE, centre-cropped to CROP_SIZE, then normalised with ImageNet's mean and std
RESIZE_SIZE, CROP_SIZE = 256, 224
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)

#: every stage name of every backbone, in order (the choices of ``trainable`` beyond all and none)
STAGE_NAMES = tuple(dict.fromkeys(s.name for b in BACKBONES.values() for s in b.stages))
MIN_SIZE = 32  # every backbone halves the image five times


def backbone(params: dict) -> Backbone:
    """The backbone a node's (checked) parameters name; its trainable stage must be one of that backbone's."""
    found = BACKBONES[params["model"]]
    trainable = params["trainable"]
    if trainable not in ("all", "none") and trainable not in found.stage_names():
        raise ShapeError(msg("Pretrained {name} has no stage {trainable!r}; its stages are {stage_names}. Choose "
                             "one of them, all or none for trainable.", name=found.name, trainable=trainable,
                             stage_names=', '.join(found.stage_names())))
    return found


def input_preprocessing(params: dict) -> dict | None:
    """What a Pretrained node's images must look like, from its resolved parameters (``spec.resolve``): for
    trained weights (``imagenet`` or a file, which is a copy of them or a fine-tuned one), the preprocessing
    torchvision's ``weights.transforms()`` applies, scaled to the Input's size (``resize_ratio``: the shorter side is
    resized to the Input's side times 256/224, then the centre is cropped); None for random weights, which learn
    from the dataset's own statistics."""
    found = BACKBONES.get(params["model"])
    if found is None or params["weights"] is None:
        return None
    return {"model": found.name, "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD),
            "resize_ratio": RESIZE_SIZE / CROP_SIZE, "interpolation": found.interpolation}


def _shape(shapes, p):
    found = backbone(p)
    s = shapes[0]
    if len(s) != 3 or s[0] != 3:
        raise ShapeError(msg("Pretrained needs a colour image [3, H, W]; it gets {shape}. Set the Input to 3 "
                             "channels (an image folder with channels 3) or put it after a layer that gives 3.",
                             shape=fmt_shape(s)))
    if s[1] < MIN_SIZE or s[2] < MIN_SIZE:
        raise ShapeError(msg("Pretrained {name} needs an image of at least {MIN_SIZE}x{MIN_SIZE}; it gets {s}x{s2}. "
                             "Use larger images (224x224 is what it was trained on).", name=found.name,
                             MIN_SIZE=MIN_SIZE, s=s[1], s2=s[2]))
    return (found.features,)


def trainable_count(p: dict) -> int:
    found = backbone(p)
    return sum(s.params for s in found.stages[found.first_trained(p["trainable"]):])


def frozen_count(p: dict) -> int:
    return backbone(p).total - trainable_count(p)


def _flops(shapes, out, p):
    _, h, w = shapes[0]
    return sum(s.flops_constant + s.flops_per_position * math.ceil(h / s.stride) * math.ceil(w / s.stride)
               for s in backbone(p).stages)


def _label(p):
    # a frozen backbone says so in its parameter count ("0 + 927,008 frozen"): the title keeps to the model's name
    trained = "" if p["trainable"] in ("none", "all") else f" from {p['trainable']}"
    return f"Pretrained {p['model']}{trained}"


def _constructor(shapes, p: dict) -> tuple[str, dict]:
    return "Pretrained", {"model": p["model"], "weights": p["weights"], "trainable": p["trainable"]}


@dataclass(frozen=True)
class PretrainedSpec(LayerSpec):
    """A layer spec whose module is built by torchvision (``backbones.Pretrained``, which the exported script
    copies by source with the table ``BACKBONES``: ``Pretrained(BACKBONES[model], weights=..., trainable=...)``)."""

    def make(self, in_shapes, params):
        self.output_shape(in_shapes, params)  # the same checks as the editor's
        from .backbones import Pretrained  # imports torch and torchvision
        full = self.resolve(params)
        return Pretrained(backbone(full), full["weights"], full["trainable"])


register(PretrainedSpec(
    type="Pretrained", category="Convolution",
    explanation=msg("A network already trained on ImageNet's 1.2 million photos (torchvision's resnet18, "
                    "mobilenet_v3_small or efficientnet_b0) without its classifier: it turns an image into a "
                    "feature vector, and a small Linear head after it learns your own classes from a few pictures."),
    params=(
        Param("model", "choice", "mobilenet_v3_small", msg("Which torchvision backbone"), choices=tuple(BACKBONES)),
        Param("weights", "text", "imagenet", msg("imagenet (torch's cache, downloaded on first use; netbuilder "
                                                 "weights fetch MODEL gets them ahead), empty for random weights, "
                                                 "or the path of a state_dict file"), nullable=True),
        Param("trainable", "choice", "none", msg("Which stages learn: all, none (frozen features), or a stage name: "
                                                 "it and the stages after it learn"),
              choices=("all", "none", *STAGE_NAMES)),
    ),
    shape=_shape, count=lambda shapes, p: trainable_count(p), flops=_flops, module=_constructor,
    key_params=("model",), label=_label,
    extra={"example_inputs": [[(3, 32, 32)]], "example_params": {"weights": None},
           "frozen": lambda shapes, p: frozen_count(p)},
))
