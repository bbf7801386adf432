"""The torch side of the ``Pretrained`` layer (:mod:`.pretrained`): build a torchvision backbone without its
classifier, load its weights and freeze its first stages. Imports torch and torchvision.

``"imagenet"`` reads the file that torchvision's ``weights=`` API keeps in torch's cache
(``torch.hub.get_dir()/checkpoints``, which honours ``TORCH_HOME``). A missing file is downloaded there on first
use (:func:`download`, with a progress bar: tqdm on stderr, or the callback a caller sets with
:func:`download_progress`, as the window's training worker does), unless ``NETBUILDER_OFFLINE`` is set (the
test suite sets it) or the download fails: then one line names the file and the command that fetches it
(:func:`fetch`, ``netbuilder weights fetch MODEL``). Every file loads with ``torch.load(weights_only=True)`` (no
code runs) and is checked, names and shapes, before it is used.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import uuid
from pathlib import Path
from urllib.parse import urlparse

import torch
from torch import nn
from torch.hub import HASH_REGEX  # a file name ``name-<hex>.ext`` carries the first hex digits of its SHA-256

from typing import TYPE_CHECKING

from ..errors import Cause, DataError, message, one_line, quote
from ..text import msg

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


#: set (to anything but "" or "0"), netbuilder downloads no weights: a missing file is the one-line error
OFFLINE_ENV = "NETBUILDER_OFFLINE"
_PROGRESS = contextvars.ContextVar("netbuilder_download_progress", default=None)
_CHUNK = 1 << 20


@contextlib.contextmanager
def download_progress(callback):
    """While active (in this thread), a weights download reports ``callback(done_bytes, total_bytes or None,
    file_name)`` after each chunk instead of drawing a tqdm bar on stderr."""
    token = _PROGRESS.set(callback)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def downloads_allowed() -> bool:
    return os.environ.get(OFFLINE_ENV, "") in ("", "0")


#: the keys of a torchvision model's classifier, which a full model's state_dict holds and the backbone drops
_CLASSIFIER_PREFIXES = ("fc.", "classifier.")


def _weights_enum(backbone: "Backbone"):
    import torchvision.models as models
    return getattr(models, backbone.weights_enum).IMAGENET1K_V1


def weights_url(found: "Backbone") -> str:
    """Where torchvision downloads a backbone's ImageNet weights from."""
    return _weights_enum(found).url


def imagenet_file(found: "Backbone") -> Path:
    """Where torchvision keeps a backbone's ImageNet weights: torch's hub cache (``TORCH_HOME`` honoured)."""
    url = weights_url(found)
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
    """The cached ImageNet weights of a backbone, downloaded there first when missing (see the module's
    docstring); a one-line DataError naming the file and the command to fetch them when they cannot be."""
    model, path = found.name, imagenet_file(found)
    if path.is_file():
        return path
    advice = msg("Fetch them with `netbuilder weights fetch {model}` on a computer with internet (or copy the file "
                 "there), or set weights to the path of a state_dict file.", model=model)
    if not downloads_allowed():
        raise DataError(msg("Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and "
                            "downloads are off ({variable} is set). {advice}", model=model, path=path,
                            variable=OFFLINE_ENV, advice=advice), cause=Cause.DATA_MISSING)
    try:
        return download(weights_url(found), path)
    except DataError as exc:
        raise DataError(msg("Pretrained {model}: its ImageNet weights are not in torch's cache ({path}) and {reason} "
                            "{advice}", model=model, path=path, reason=message(exc), advice=advice),
                        cause=Cause.DATA_MISSING) from None


def _tqdm_bar():
    """A progress callback that draws a tqdm bar on stderr (the CLI's), closed when the download reaches its
    end; none without tqdm (an exported script copies this, and tqdm is optional there)."""
    try:
        from tqdm import tqdm
    except ImportError:
        return lambda done, total, name: None
    bar = None

    def report(done: int, total: int | None, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=name, leave=True)
        bar.update(done - bar.n)
        if total is not None and done >= total:
            bar.close()
    return report


def download(url: str, target: Path, progress=None) -> Path:
    """``url`` into ``target`` as torch.hub does it (a temporary file beside it, moved in whole; the SHA-256
    checked against the hex digits the file name carries, torchvision's ``check_hash=True``), reporting to
    ``progress(done, total, name)``: the callback set by :func:`download_progress`, else a tqdm bar on stderr.
    Hand-written rather than ``torch.hub.download_url_to_file`` because that one reports only to its own bar.
    Raises a DataError whose message is the reason, in one short sentence."""
    from urllib.error import URLError
    from urllib.request import Request, urlopen

    progress = progress or _PROGRESS.get() or _tqdm_bar()
    name = os.path.basename(urlparse(url).path)
    expected = HASH_REGEX.search(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex}.partial")
    digest = hashlib.sha256()
    try:
        with urlopen(Request(url, headers={"User-Agent": "netbuilder"}), timeout=60) as answer, \
                open(partial, "wb") as out:
            length = answer.headers.get("Content-Length")
            total, done = (int(length) if length and length.isdigit() else None), 0
            progress(0, total, name)
            while chunk := answer.read(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                progress(done, total, name)
        if total is None:
            progress(done, done, name)
        if expected and not digest.hexdigest().startswith(expected.group(1)):
            raise DataError(msg("could not be downloaded from {url} (what came is damaged: its SHA-256 does not "
                                "start with {digest}, as its name says).", url=url, digest=expected.group(1)),
                            cause=Cause.DATA_INVALID)
        os.replace(partial, target)
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise DataError(msg("could not be downloaded from {url} ({reason}).", url=url,
                            reason=one_line(reason, 120)),
                        cause=Cause.DATA_MISSING) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


class Pretrained(nn.Module):
    """A torchvision backbone (``self.backbone``, torchvision's own module names) giving its feature vector.
    Stages before ``trainable`` do not learn (``requires_grad`` False) and stay in evaluation mode, so that
    their batch norms keep the statistics the weights were trained with."""

    def __init__(self, found: "Backbone", weights: str | None = None, trainable: str = "all"):
        super().__init__()
        self.model, self.weights = found.name, weights  # netbuilder import reads them back from a script's copy
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


def fetch(found: "Backbone") -> Path:
    """Download a backbone's ImageNet weights into torch's cache (:func:`imagenet_path`: a progress bar on
    stderr), check them and return their path; a file already there is checked, not fetched again. A one-line
    DataError when it cannot (offline, say)."""
    target = imagenet_path(found)
    read_weights(found.name, target, build(found))
    return target
