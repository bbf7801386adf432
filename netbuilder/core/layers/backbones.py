"""The torch side of the ``Pretrained`` layer (:mod:`.pretrained`): build a torchvision backbone without its
classifier, load its weights and freeze its first stages. Imports torch and torchvision.

Weights are never downloaded here: ``"imagenet"`` reads the file that torchvision's ``weights=`` API keeps in
torch's cache (``torch.hub.get_dir()/checkpoints``, which honours ``TORCH_HOME``), and a missing file is a
one-line error naming it and the command that fetches it (:func:`fetch`, ``netbuilder weights fetch MODEL``).
Every file loads with ``torch.load(weights_only=True)`` (no code runs) and is checked, names and shapes, before
it is used.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
from pathlib import Path
from urllib.parse import urlparse

import torch
from torch import nn

from typing import TYPE_CHECKING

from ..errors import Cause, DataError, one_line, quote

if TYPE_CHECKING:  # the table lives in .pretrained, which imports this module when it builds one
    from .pretrained import Backbone

_WEIGHTS_GIVEN = contextvars.ContextVar("netbuilder_pretrained_weights_given", default=False)


@contextlib.contextmanager
def weights_given():
    """While active, Pretrained layers do not read their weights file: the caller loads every weight next (from a
    checkpoint or a run's snapshot), so a trained model opens where the backbone's file is not."""
    token = _WEIGHTS_GIVEN.set(True)
    try:
        yield
    finally:
        _WEIGHTS_GIVEN.reset(token)


#: the keys of a torchvision model's classifier, which a full model's state_dict holds and the backbone drops
_CLASSIFIER_PREFIXES = ("fc.", "classifier.")


def _weights_enum(backbone: "Backbone"):
    import torchvision.models as models
    return getattr(models, backbone.weights_enum).IMAGENET1K_V1


def imagenet_file(found: "Backbone") -> Path:
    """Where torchvision keeps a backbone's ImageNet weights: torch's hub cache (``TORCH_HOME`` honoured)."""
    url = _weights_enum(found).url
    return Path(torch.hub.get_dir()) / "checkpoints" / os.path.basename(urlparse(url).path)


def build(found: "Backbone") -> nn.Module:
    """A randomly initialised torchvision backbone whose classifier is ``nn.Identity``: it gives the pooled,
    flattened features."""
    import torchvision.models as models
    net = getattr(models, found.name)(weights=None)
    setattr(net, found.classifier, nn.Identity())
    return net


def _refuse(model: str, where: str, why: str, cause: Cause = Cause.DATA_INVALID) -> DataError:
    return DataError(f"Pretrained {model}: the weights file {where} {why}", cause=cause)


def _names(names) -> str:
    names = sorted(names)
    return quote(names[0], 60) + (f" and {len(names) - 1:,} more" if len(names) > 1 else "")


def read_weights(model: str, path: str | os.PathLike, net: nn.Module) -> dict:
    """The state_dict in ``path`` for ``net`` (a :func:`build` of ``model``), checked: a dict of tensors with
    exactly the backbone's names and shapes (a full torchvision model's classifier is dropped). Raises a
    one-line DataError otherwise."""
    where = quote(str(path), 120)
    if not Path(path).is_file():
        raise _refuse(model, where, "is not there", Cause.DATA_MISSING)
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the same refusal
        raise _refuse(model, where, f"cannot be read as a state_dict ({one_line(exc, 120)})") from None
    if not isinstance(state, dict) or not all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                              for k, v in state.items()):
        raise _refuse(model, where, "does not hold a state_dict (named tensors)")
    state = {k: v for k, v in state.items() if not k.startswith(_CLASSIFIER_PREFIXES)}
    expected = {k: tuple(v.shape) for k, v in net.state_dict().items()}
    missing, unexpected = expected.keys() - state.keys(), state.keys() - expected.keys()
    if missing:
        raise _refuse(model, where, f"does not fit {model}: it lacks the weight {_names(missing)}")
    if unexpected:
        raise _refuse(model, where, f"does not fit {model}: it holds the weight {_names(unexpected)}, which "
                                    f"{model} does not have")
    for name, shape in expected.items():
        if tuple(state[name].shape) != shape:
            raise _refuse(model, where, f"does not fit {model}: its {quote(name, 60)} has shape "
                                        f"{list(state[name].shape)}, {model}'s {list(shape)}")
    return state


def imagenet_path(found: "Backbone") -> Path:
    """The cached ImageNet weights of a backbone; a one-line DataError naming the file and the command to fetch
    them when they are not there."""
    model, path = found.name, imagenet_file(found)
    if not path.is_file():
        raise DataError(f"Pretrained {model}: its ImageNet weights are not in torch's cache ({path}). Fetch them "
                        f"with `netbuilder weights fetch {model}` on a computer with internet (or copy the file "
                        "there), or set weights to the path of a state_dict file.", cause=Cause.DATA_MISSING)
    return path


class Pretrained(nn.Module):
    """A torchvision backbone (``self.backbone``, torchvision's own module names) giving its feature vector.
    Stages before ``trainable`` do not learn (``requires_grad`` False) and stay in evaluation mode, so that
    their batch norms keep the statistics the weights were trained with."""

    def __init__(self, found: "Backbone", weights: str | None = None, trainable: str = "all"):
        super().__init__()
        self.model = found.name
        self.backbone = build(found)
        given = _WEIGHTS_GIVEN.get() or any(p.is_meta for p in self.backbone.parameters())
        if weights is not None and not given:
            path = imagenet_path(found) if weights == "imagenet" else Path(weights).expanduser()
            self.backbone.load_state_dict(read_weights(found.name, path, self.backbone), strict=True)
        first = found.first_trained(trainable)
        self.frozen: list[str] = []
        for stage in found.stages[:first]:
            for name in _modules_of(found, stage.name):
                self.backbone.get_submodule(name).requires_grad_(False)
                self.frozen.append(name)
        self.train(self.training)

    def train(self, mode: bool = True):
        super().train(mode)
        for name in self.frozen:
            self.backbone.get_submodule(name).eval()
        return self

    def forward(self, x):
        return self.backbone(x)


def _modules_of(found: Backbone, stage: str) -> tuple[str, ...]:
    """The backbone's submodules in a stage: resnet's stem is conv1 with bn1."""
    return ("conv1", "bn1") if (found.name, stage) == ("resnet18", "conv1") else (stage,)


def fetch(found: "Backbone", progress: bool = True) -> Path:
    """Download a backbone's ImageNet weights into torch's cache with torchvision's own download (a progress bar
    on stderr), check them and return their path. A one-line DataError when it cannot (offline, say)."""
    from urllib.error import URLError

    model, weights, target = found.name, _weights_enum(found), imagenet_file(found)
    try:
        weights.get_state_dict(progress=progress)
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise DataError(f"cannot download {model}'s ImageNet weights from {weights.url} ({one_line(reason, 120)}). "
                        f"Connect to the internet and try again, or copy the file to {target}.",
                        cause=Cause.DATA_MISSING) from None
    read_weights(model, target, build(found))
    return target
