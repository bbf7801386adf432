"""The names of the probes a panel may ask of a trained network: the core's vocabulary, torch-free so that the GUI's
panel registry (``gui/panels/registry.py``) can name them at startup without importing torch. What each one
computes is :mod:`netbuilder.core.training.inspection`'s, which answers exactly these (a contract test checks)."""
from __future__ import annotations

#: one sample of a split, raw, with its label
SAMPLE = "sample"
#: every node's output for one input
ACTIVATIONS = "activations"
#: dead / saturated units and each node's gradient norm
HEALTH = "health"
#: the network's output over the plane of a 1- or 2-input network (the decision boundary)
GRID = "grid"
#: a split's true and predicted classes with their probabilities
PREDICTIONS = "predictions"
#: the samples of one confusion-matrix cell
EXAMPLES = "examples"
#: what one sample's class score owes to each input value (saliency, Integrated Gradients, Grad-CAM, occlusion)
EXPLAIN = "explain"

KINDS = (SAMPLE, ACTIVATIONS, HEALTH, GRID, PREDICTIONS, EXAMPLES, EXPLAIN)
