"""A person's own images: torchvision's ``ImageFolder`` layout (one folder per class), each image resized to the
design's Input and kept as uint8.

Preloaded into one uint8 tensor when that fits comfortably in memory (batches then come by indexing, like every
other dataset); otherwise **streamed**: the split holds a :class:`StreamedImages` (the files, not the pixels) and
a ``torch.utils.data.DataLoader`` decodes each batch in worker processes while the model trains on the last one.
The choice is made here, from the number of images and their size at the Input, and said in the dataset's
description (and the summary, :func:`plan_line`).

The reading of one image (:func:`read_image`) is the one truth: preloading, streaming and the exported script all
do what it does.
"""
from __future__ import annotations

import math
import os
import warnings
from pathlib import Path
from typing import NamedTuple

import torch

from .. import system
from ..errors import Cause, DataError, one_line
from . import bundled
from .base import Dataset
from .listing import scan_folder
from ..text import msg

#: the share of the memory the system can still give that a preloaded image set may take
PRELOAD_SHARE = 0.25
#: images decoded per step while preloading, and the largest batch the validation and test passes stream at once
CHUNK = 256
PRELOAD_CHOICES = ("auto", True, False)
#: the most pixels an image may have (8192x8192): a larger one is refused before it is decoded
MAX_PIXELS = 8192 * 8192


# the layout ----------------------------------------------------------------------------------------------------
def _folder(raw, data_dir: Path, what: str) -> Path:
    if not isinstance(raw, str) or not raw.strip():
        raise DataError(msg("dataset 'image_folder' needs a '{what}': the folder holding one sub-folder of images "
                            "per class", what=what))
    path = Path(raw).expanduser()
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, data_dir / path]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise DataError(msg("image folder {raw} not found (looked for {candidates})", raw=raw,
                        candidates=' and '.join(str(c) for c in candidates)),
                    cause=Cause.DATA_MISSING)


def spec_folder(spec: dict, key: str, data_dir: Path) -> Path:
    """The folder a spec's ``path`` or ``test_path`` names: a bundled one (``bundled:own_pictures``,
    :func:`.bundled.resolve`), else as :func:`_folder` finds it."""
    return _folder(bundled.resolve(spec.get(key)), data_dir, key)


_LISTED: dict = {}  # (folder, classes, its class folders' modification times) -> what list_images found


def list_images(root: Path, classes: list[str] | None = None) -> tuple[list[str], list[str], list[int]]:
    """(class names, image paths, labels) of an ImageFolder layout, by torchvision's own rules (its class folders,
    sorted; its image extensions). ``classes``: the training set's, which a test folder must use. Remembered until
    a class folder changes (an image added or taken out), so the summary can say it on every edit."""
    try:
        stamp = tuple(sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(root) if e.is_dir()))
    except OSError:
        stamp = None
    key = (str(root), tuple(classes) if classes is not None else None, stamp)
    if stamp is not None and key in _LISTED:
        return _LISTED[key]
    found = scan_folder(root, classes)
    if stamp is not None:
        if len(_LISTED) > 8:
            _LISTED.clear()
        _LISTED[key] = found
    return found


class Layout(NamedTuple):
    """What every image becomes: ``channels`` (1 grey, 3 RGB) x ``size`` (height, width); ``resize`` False: an
    image of another size is refused instead of resized. ``resize_ratio`` above 0: a pretrained backbone's way
    (torchvision's ``weights.transforms()``): the image is resized, its shape kept, until it covers ``size`` times
    the ratio (256/224), then its centre is cropped to ``size``; ``interpolation``: ``bilinear`` or ``bicubic``.
    (A NamedTuple, not a dataclass: the exported script copies it, and a dataclass needs its module registered to
    be created.)"""
    channels: int
    size: tuple[int, int]
    resize: bool = True
    resize_ratio: float = 0.0
    interpolation: str = "bilinear"

    @property
    def shape(self) -> tuple[int, int, int]:
        return (self.channels, *self.size)

    @property
    def bytes_per_image(self) -> int:
        return math.prod(self.shape)


def layout_for(spec: dict, input_shape, preprocessing: dict | None = None) -> Layout:
    """The spec's ``channels`` and ``size``, else the design's Input: [channels, height, width] or [height, width];
    ``preprocessing``: a pretrained backbone's (:func:`netbuilder.core.design.preprocessing.image_preprocessing`),
    whose resize and crop it takes."""
    channels, size, resize = spec.get("channels"), spec.get("size"), spec.get("resize", True)
    if not isinstance(resize, bool):
        raise DataError(msg("dataset 'image_folder': resize must be true or false, not {resize!r}", resize=resize))
    shape = tuple(input_shape) if input_shape is not None else None
    if size is None and shape is not None and len(shape) in (2, 3):
        size = list(shape[-2:])
    if channels is None:
        channels = shape[0] if shape is not None and len(shape) == 3 else 1
    if size is None:
        raise DataError(msg("dataset 'image_folder' needs the image size: give the Input the shape [channels, height, "
                        "width] (like [3, 64, 64]), or set the dataset's 'size' to [height, width]"))
    if (not isinstance(size, (list, tuple)) or len(size) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4096 for v in size)):
        raise DataError(msg("dataset 'image_folder': size must be [height, width], whole numbers from 1 to 4096, "
                            "not {size!r}", size=size))
    if channels not in (1, 3) or isinstance(channels, bool):
        raise DataError(msg("dataset 'image_folder' reads images as 1 channel (grey) or 3 (colour), not "
                            "{channels!r}: make the Input's first number 1 or 3, or set the dataset's 'channels'",
                            channels=channels))
    if preprocessing:
        return Layout(int(channels), (int(size[0]), int(size[1])), resize, float(preprocessing["resize_ratio"]),
                      preprocessing["interpolation"])
    return Layout(int(channels), (int(size[0]), int(size[1])), resize)


def preprocessing_words(preprocessing: dict | None) -> str:
    """What a backbone's preprocessing does, for the dataset's description and the summary ('' without one)."""
    if not preprocessing:
        return ""
    if preprocessing["mean"] is not None:
        return msg("; resized and centre-cropped as {model}'s ImageNet weights expect, normalised with ImageNet's "
                   "mean and std", model=preprocessing['model'])
    return msg("; resized and centre-cropped as {model}'s ImageNet weights expect", model=preprocessing['model'])


# one image --------------------------------------------------------------------------------------------------------
def read_image(path: str, layout: Layout) -> torch.Tensor:
    """One image as uint8 [channels, height, width]: opened with PIL, made grey or RGB, resized with torchvision
    (bilinear, antialiased) when its size differs. A DataError naming the file when it cannot be read, or (with
    ``resize`` off) when its size is not the Input's."""
    from PIL import Image
    from torchvision.transforms.functional import pil_to_tensor, resize

    if os.path.exists(path) and not os.path.isfile(path):  # a FIFO would hang the read, a device never end it
        raise DataError(msg("image {path} is not a regular file: take it out of the folder", path=path))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # said below in one line
            with Image.open(path) as img:
                if img.width * img.height > MAX_PIXELS:
                    raise DataError(msg("image {path} is {height}x{width} (height x width), more than the "
                                        "{max_pixels:,} pixels netbuilder decodes: make it smaller, or take it out "
                                        "of the folder", path=path, height=img.height, width=img.width,
                                        max_pixels=MAX_PIXELS))
                img = img.convert("L" if layout.channels == 1 else "RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        reason = one_line(exc, 160).replace(f" '{path}'", "").replace(str(path), "the file")  # named once is enough
        raise DataError(msg("image {path} cannot be read ({reason}): replace it with a JPEG or PNG image, or take "
                            "it out of the folder", path=path, reason=reason)) from exc
    return fit_image(img, layout, path)


def fit_image(img, layout: Layout, path: str = "(a camera frame)") -> torch.Tensor:
    """A PIL image made what the Input takes, uint8 [channels, height, width]: grey or RGB, resized as
    :func:`read_image` does every file (the one truth: Try it's live camera makes its frames inputs with it too).
    A DataError naming ``path`` when its size is not the Input's and ``resize`` is off."""
    from torchvision.transforms.functional import pil_to_tensor, resize

    mode = "L" if layout.channels == 1 else "RGB"
    img = img if img.mode == mode else img.convert(mode)
    height, width = layout.size
    if layout.resize_ratio > 0 and layout.resize:
        from torchvision.transforms.functional import InterpolationMode, center_crop
        mode = InterpolationMode(layout.interpolation)
        short = round(max(height * layout.resize_ratio / img.height, width * layout.resize_ratio / img.width)
                      * min(img.height, img.width))
        img = center_crop(resize(img, [short], interpolation=mode), [height, width])
    if img.size != (width, height):
        if not layout.resize:
            raise DataError(msg("image {path} is {img_height}x{img_width} (height x width) but the Input takes "
                                "{height}x{width} and resize is off: resize the image, or set the dataset's resize "
                                "to true", path=path, img_height=img.size[1], img_width=img.size[0], height=height,
                                width=width))
        img = resize(img, [height, width])
    return pil_to_tensor(img)


def read_folder(root, layout, classes=None):
    """(class names, images uint8 [N, channels, height, width], labels) of a folder in torchvision's ImageFolder
    layout, every image read with :func:`read_image`, one after another. The exported script reads a person's
    images so (netbuilder reads the same files with the same function in a DataLoader's worker processes)."""
    classes, paths, labels = scan_folder(root, classes)
    return classes, torch.stack([read_image(p, layout) for p in paths]), torch.tensor(labels, dtype=torch.int64)


class ImageFiles(torch.utils.data.Dataset):
    """The files, read one by one (a DataLoader's workers call this); ``(image, None)`` or ``(None, message)``:
    a failure comes back as its one-line message rather than as a worker's traceback."""

    def __init__(self, paths: list[str], layout: Layout):
        self.paths, self.layout = paths, layout

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, i: int):
        try:
            return read_image(self.paths[i], self.layout), None
        except DataError as exc:
            return None, exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def _collate(items):
    images, errors = zip(*items) if items else ((), ())
    problem = next((e for e in errors if e is not None), None)
    return (None, problem) if problem else (torch.stack(images), None)


def _workers() -> int:
    """Worker processes to decode images: every core but one for the training, at most 4; 0 (decode in this
    process) on a single core."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


def _loader(files: ImageFiles, batches, pin: bool = False):
    from torch.utils.data import DataLoader

    workers = _workers() if len(files) > CHUNK else 0
    return DataLoader(files, batch_sampler=batches, num_workers=workers, collate_fn=_collate, pin_memory=pin,
                      prefetch_factor=4 if workers else None)


def _decoded(loader):
    """The loader's batches, raising the first unreadable image's DataError; its workers stop however it ends."""
    it = iter(loader)
    try:
        for images, problem in it:
            if problem:
                raise DataError(problem)
            yield images
    finally:
        shutdown = getattr(it, "_shutdown_workers", None)
        if shutdown is not None:
            shutdown()


# a streamed split -------------------------------------------------------------------------------------------------
class StreamedImages:
    """A split's images left on disk: what the trainer and the panels need of a uint8 tensor [N, C, H, W]
    (``len``, ``shape``, ``dtype``, indexing, which decodes) plus :meth:`batches`, which decodes a whole epoch's
    batches ahead in a DataLoader's workers, and :meth:`subset` for the dataset's limit and validation split."""

    dtype = torch.uint8
    device = torch.device("cpu")
    streamed = True

    def __init__(self, paths: list[str], layout: Layout):
        self.paths, self.layout = list(paths), layout

    def __len__(self) -> int:
        return len(self.paths)

    @property
    def shape(self) -> torch.Size:
        return torch.Size((len(self.paths), *self.layout.shape))

    def dim(self) -> int:
        return 4

    def __repr__(self) -> str:
        return f"StreamedImages({len(self.paths)} images of {list(self.layout.shape)})"

    def subset(self, index) -> "StreamedImages":
        if isinstance(index, torch.Tensor):
            rows = (index.nonzero().flatten() if index.dtype == torch.bool else index).tolist()
        else:
            rows = list(range(len(self.paths)))[index]
        return StreamedImages([self.paths[i] for i in rows], self.layout)

    def __getitem__(self, index) -> torch.Tensor:
        """Decoded now, in this thread: one image (an int) or a few (a slice, a list or tensor of indices)."""
        if isinstance(index, int) or (isinstance(index, torch.Tensor) and index.dim() == 0):
            return read_image(self.paths[int(index)], self.layout)
        rows = self.subset(index)
        if not len(rows):
            return torch.empty((0, *self.layout.shape), dtype=torch.uint8)
        return torch.stack([read_image(p, self.layout) for p in rows.paths])

    def batches(self, index_batches, pin: bool = False):
        """The images of each batch of indices in turn (uint8 on the CPU, pinned with ``pin``), decoded ahead by
        the DataLoader's worker processes."""
        batches = [b.tolist() if isinstance(b, torch.Tensor) else list(b) for b in index_batches]
        return _decoded(_loader(ImageFiles(self.paths, self.layout), batches, pin))

    def chunks(self, size: int = CHUNK):
        """The images in order, ``size`` at a time."""
        return self.batches([range(s, min(s + size, len(self))) for s in range(0, len(self), size)])

    def to(self, device, non_blocking: bool = False) -> "StreamedImages":
        return self  # stays on disk; each batch goes to the device as it is used

    def clone(self) -> "StreamedImages":
        return StreamedImages(self.paths, self.layout)

    def equal(self, other) -> bool:
        return isinstance(other, StreamedImages) and self.paths == other.paths and self.layout == other.layout


def is_streamed(x) -> bool:
    return isinstance(x, StreamedImages)


def chunks_of(x, size: int):
    """A split's samples in order, ``size`` at a time, whether in memory (slices) or on disk (decoded ahead)."""
    if is_streamed(x):
        yield from x.chunks(size)
    else:
        for start in range(0, len(x), size):
            yield x[start:start + size]


# the dataset ------------------------------------------------------------------------------------------------------
def _preload(paths: list[str], layout: Layout) -> torch.Tensor:
    out = torch.empty((len(paths), *layout.shape), dtype=torch.uint8)
    start = 0
    for images in StreamedImages(paths, layout).chunks(CHUNK):
        out[start:start + len(images)] = images
        start += len(images)
    return out


def decide(count: int, layout: Layout, preload="auto", free: int | None = None) -> tuple[bool, str]:
    """(preload, why): preloaded when ``count`` images at the Input's size take at most PRELOAD_SHARE of the memory
    the system can still give (``free``; unknown: preloaded), or when the spec says so."""
    needed = count * layout.bytes_per_image
    from ..system import human_bytes
    size = msg("{count:,} images of {shape} as uint8: {size}", count=count, shape='x'.join(map(str, layout.shape)),
               size=human_bytes(needed))
    if preload is True:
        return True, msg("{size}, preloaded (the dataset's preload is true)", size=size)
    if preload is False:
        return False, msg("{size}, streamed from disk (the dataset's preload is false)", size=size)
    free = system.free_ram() if free is None else free
    if free is None:
        return True, msg("{size}, preloaded in memory", size=size)
    if needed <= PRELOAD_SHARE * free:
        return True, msg("{size}, preloaded in memory ({free} free)", size=size, free=human_bytes(free))
    workers = _workers()
    values = {"size": size, "share": PRELOAD_SHARE, "free": human_bytes(free), "workers": workers or msg("no")}
    if workers == 1:
        return False, msg("{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by "
                          "{workers} worker process as it trains", **values)
    return False, msg("{size}, more than {share:.0%} of the {free} free: streamed from disk, decoded by {workers} "
                      "worker processes as it trains", **values)


def load_image_folder(spec: dict, *, data_dir: Path, input_shape=None, preprocessing=None, **_) -> Dataset:
    preload = spec.get("preload", "auto")
    if preload not in PRELOAD_CHOICES or (preload in (0, 1) and not isinstance(preload, bool)):
        raise DataError(msg('dataset \'image_folder\': preload must be "auto", true or false, not {preload!r}',
                            preload=preload))
    layout = layout_for(spec, input_shape, preprocessing)
    root = spec_folder(spec, "path", data_dir)
    classes, train_paths, train_labels = list_images(root)
    test_paths, test_labels = [], []
    if spec.get("test_path") is not None:
        _, test_paths, test_labels = list_images(spec_folder(spec, "test_path", data_dir), classes)
    keep, why = decide(len(train_paths) + len(test_paths), layout, preload)
    make = _preload if keep else StreamedImages
    x_train = make(train_paths, layout)
    x_test = make(test_paths, layout) if test_paths else None
    return Dataset(name="image_folder", task="classification", input_shape=layout.shape, num_classes=len(classes),
                   class_names=classes, x_train=x_train, y_train=torch.tensor(train_labels, dtype=torch.int64),
                   x_val=None, y_val=None, x_test=x_test,
                   y_test=torch.tensor(test_labels, dtype=torch.int64) if test_paths else None,
                   preprocess={"scale": 1.0 / 255.0, "mean": 0.0, "std": 1.0},
                   description=msg("{name}: {classes} classes; {why}{preprocessing}", name=root.name,
                                   classes=len(classes), why=why, preprocessing=preprocessing_words(preprocessing)))


def plan_line(spec: dict, input_shape, data_dir: Path, preprocessing: dict | None = None) -> str:
    """What loading would do, without decoding an image (the summary's line): the count, the size, the choice,
    a backbone's preprocessing."""
    layout = layout_for(spec, input_shape, preprocessing)
    root = spec_folder(spec, "path", data_dir)
    classes, paths, _ = list_images(root)
    count = len(paths)
    if spec.get("test_path") is not None:
        count += len(list_images(spec_folder(spec, "test_path", data_dir), classes)[1])
    return msg("data: {name}, {classes} classes; {plan}{preprocessing}", name=root.name, classes=len(classes),
               plan=decide(count, layout, spec.get("preload", "auto"))[1],
               preprocessing=preprocessing_words(preprocessing))
