"""Designs several test files build."""
from netbuilder.core.graph import Design


def residual_chain(blocks: int) -> Design:
    """Input [8] followed by ``blocks`` Linear/ReLU/Add residual blocks: 1 + 3 * blocks nodes."""
    d = Design()
    prev = d.add_node("Input", {"shape": [8]}, id="x").id
    for _ in range(blocks):
        a = d.add_node("Linear", {"out_features": 8}).id
        b = d.add_node("ReLU").id
        s = d.add_node("Add").id
        d.connect(prev, a)
        d.connect(a, b)
        d.connect(b, s)
        d.connect(prev, s)
        prev = s
    return d
