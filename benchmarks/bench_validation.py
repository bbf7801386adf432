"""Live validation cost: shape inference + validation of designs of 50 and 300 nodes, in the core alone and as the
editor pays it (an inspector edit pushed on the undo stack, validated, and the canvas items updated).

Target: <= 50 ms for a 50-node design (the editor re-validates after every edit).
"""
from __future__ import annotations

import statistics
import time

from netbuilder.core.design.graph import Design
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.validate import validate


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
    d.training = {"dataset": {"name": "cifar10"}, "loss": "cross_entropy", "optimizer": {"name": "adam"},
                  "epochs": 1, "batch_size": 64}
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


def measure_editor(n: int, repeat: int = 20) -> float:
    """An edit as the editor makes it: SetParamCommand -> graph event -> validation -> canvas items updated."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from netbuilder.gui.canvas.scene import DesignScene
    from netbuilder.gui.canvas.commands import SetParamCommand
    from netbuilder.gui.window.document import DesignDocument

    app = QApplication.instance() or QApplication([])
    document = DesignDocument()
    document.design.replace_with(make_design(n))
    scene = DesignScene(document)
    app.processEvents()
    conv = next(k for k, v in document.design.nodes.items() if v.type == "Conv2d")
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        document.push(SetParamCommand(document.design, conv, "bias", i % 2 == 0))
        app.processEvents()  # the queued analysis runs and the items update
        times.append(time.perf_counter() - start)
    assert document.analysis.diagnostics == []
    scene.clear()
    return statistics.median(times)


def main() -> None:
    for n in (50, 300):
        print(f"{n:4d} nodes: shapes + validation {measure(n) * 1000:.2f} ms (median of 30)"
              + ("  (target <= 50 ms)" if n == 50 else ""))
    for n in (50, 300):
        print(f"{n:4d} nodes: an inspector edit in the editor, validated and shown {measure_editor(n) * 1000:.2f} ms "
              "(median of 20)" + ("  (target <= 50 ms)" if n == 50 else ""))


if __name__ == "__main__":
    main()
