"""What a design's data must look like before its first layer sees it, decided from the design alone: the one
place that says a pretrained backbone's images are resized, centre-cropped and normalised as its ImageNet weights
expect. The trainer (and so the CLI and the window) passes it to the dataset loader, the loader's description and
the summary say it, and the exported script reads it here. Torch-free.

The Input's shape stays what the model gets (the summary's shapes and FLOPs are the truth): an image is resized so
that its shorter side is the Input's side times 256/224, then its centre is cropped to the Input's height and
width, as torchvision's ``weights.transforms()`` does at 224x224 (the size the weights were trained at, and the
one the "Your own pictures" preset uses). ImageNet's mean and std replace the dataset's own statistics only for a
3-channel pixel Input (:func:`imagenet_statistics`).
"""
from __future__ import annotations

from ..datasets.catalog import CATALOG
from .graph import Design


def pretrained_node(design: Design):
    """The first Pretrained node with trained weights (ImageNet or a file) in the flow's order (each node after
    all that feed it, as the compiler builds them: ``Design.topological_order``, nodes on a cycle left out); None
    without."""
    for node_id in design.topological_order(without=design.cycle_nodes()):
        node = design.nodes[node_id]
        if node.type == "Pretrained" and node.spec.resolve(node.params)["weights"] is not None:
            return node
    return None


def imagenet_statistics(design: Design) -> bool:
    """Whether ImageNet's mean and std replace the dataset's own: only for a 3-channel pixel Input, colour images
    ([3, H, W]) from a dataset of 0..255 pixels (an image folder, a torchvision set; with no dataset named, a
    camera's frames). A grey image ([1, H, W], made 3 channels by a layer before the backbone) or a CSV's numbers
    keep the dataset's own statistics."""
    inputs = design.input_nodes()
    shape = design.node(inputs[0]).params.get("shape") if len(inputs) == 1 else None
    if not isinstance(shape, (list, tuple)) or len(shape) != 3 or shape[0] != 3:
        return False
    spec = (design.training or {}).get("dataset")
    name = spec.get("name") if isinstance(spec, dict) else spec
    entry = CATALOG.get(name) if isinstance(name, str) else None
    return entry is None or entry.pixels


def image_preprocessing(design: Design) -> dict | None:
    """The backbone's preprocessing for the design's images (``model``, ``mean``, ``std``, ``resize_ratio``,
    ``interpolation``: :func:`netbuilder.core.layers.pretrained.input_preprocessing`), None when the dataset's own
    preprocessing applies. ``mean`` and ``std`` are None where :func:`imagenet_statistics` says the dataset keeps
    its own (the resize and crop still apply): the loader, its description, the summary and the exported script
    all read them here."""
    from ..layers.pretrained import input_preprocessing

    node = pretrained_node(design)
    if node is None:
        return None
    found = input_preprocessing(node.spec.resolve(node.params))
    return found if imagenet_statistics(design) else {**found, "mean": None, "std": None}
