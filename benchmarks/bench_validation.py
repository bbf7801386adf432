"""Live validation cost: shape inference + validation of designs of 50 and 300 nodes.

Target: <= 50 ms for a 50-node design (the editor re-validates after every edit).
"""
from __future__ import annotations

import statistics
import time

from netbuilder.core.graph import Design
from netbuilder.core.shapes import infer_shapes
from netbuilder.core.validate import validate


def make_design(n_nodes: int) -> Design:
    """A CNN-like chain with residual blocks: Conv2d/BatchNorm2d/ReLU triples, an Add every block."""
    d = Design()
    prev = d.add_node("Input", {"shape": [3, 32, 32]}, id="x").id
    block_in = prev
    while len(d.nodes) + 4 + 2 <= n_nodes:
        conv = d.add_node("Conv2d", {"out_channels": 3, "kernel_size": 3, "padding": 1}).id
        d.connect(prev, conv)
        bn = d.add_node("BatchNorm2d").id
        d.connect(conv, bn)
        add = d.add_node("Add").id
        d.connect(bn, add)
        d.connect(block_in, add)
        act = d.add_node("ReLU").id
        d.connect(add, act)
        prev = block_in = act
    flat = d.add_node("Flatten").id
    d.connect(prev, flat)
    out = d.add_node("Linear", {"out_features": 10}).id
    d.connect(flat, out)
    while len(d.nodes) < n_nodes:
        nxt = d.add_node("Identity").id
        d.connect(out, nxt)
        out = nxt
    return d


def measure(n: int, repeat: int = 30) -> float:
    design = make_design(n)
    assert len(design.nodes) == n
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        report = infer_shapes(design)
        problems = validate(design, report)
        times.append(time.perf_counter() - start)
    assert not problems, problems[:3]
    return statistics.median(times)


def main() -> None:
    for n in (50, 300):
        print(f"{n:4d} nodes: shapes + validation {measure(n) * 1000:.2f} ms (median of 30)"
              + ("  (target <= 50 ms)" if n == 50 else ""))


if __name__ == "__main__":
    main()
