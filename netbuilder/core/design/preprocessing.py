"""What a design's data must look like before its first layer sees it, decided from the design alone: the one
place that says a pretrained backbone's images are resized, centre-cropped and normalised as its ImageNet weights
expect. The trainer (and so the CLI and the window) passes it to the dataset loader, the summary says it, and
the exported script reads it here. Torch-free.

The Input's shape stays what the model gets (the summary's shapes and FLOPs are the truth): an image is resized so
that its shorter side is the Input's side times 256/224, then its centre is cropped to the Input's height and
width, as torchvision's ``weights.transforms()`` does at 224x224 (the size the weights were trained at, and the
one the "Your own pictures" preset uses); ImageNet's mean and std replace the dataset's own statistics.
"""
from __future__ import annotations

from .graph import Design


def pretrained_node(design: Design):
    """The first Pretrained node with trained weights (ImageNet or a file), in the design's order; None without."""
    for node in design.nodes.values():
        if node.type == "Pretrained":
            params = node.spec.resolve(node.params)
            if params.get("weights") is not None:
                return node
    return None


def image_preprocessing(design: Design) -> dict | None:
    """The backbone's preprocessing for the design's images (``model``, ``mean``, ``std``, ``resize_ratio``,
    ``interpolation``: :func:`netbuilder.core.layers.pretrained.input_preprocessing`), None when the dataset's own
    preprocessing applies."""
    from ..layers.pretrained import input_preprocessing

    node = pretrained_node(design)
    return None if node is None else input_preprocessing(node.spec.resolve(node.params))

