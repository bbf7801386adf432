"""The layered auto-layout: layers by longest path, side-by-side branches, centred merges, no overlaps."""

import pytest

from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.graph import Design, Edge
from helpers import residual_chain
from netbuilder.core.design.layout import layered_layout

X_GAP, Y_GAP = 240.0, 100.0


def overlapping(pos, width=X_GAP - 1, height=Y_GAP - 1):
    items = list(pos.items())
    return [(a, b) for i, (a, (ax, ay)) in enumerate(items) for b, (bx, by) in items[i + 1:]
            if abs(ax - bx) < width and abs(ay - by) < height]


def test_empty_design_gives_no_positions():
    assert layered_layout(Design()) == {}


def test_chain_is_one_straight_column_top_to_bottom():
    d = load_design("mnist_cnn")
    pos = layered_layout(d, X_GAP, Y_GAP)
    assert list(pos) == list(d.nodes)
    xs = {x for x, _y in pos.values()}
    assert len(xs) == 1
    order = d.topological_order()
    assert [pos[n][1] for n in order] == [i * Y_GAP for i in range(len(order))]


def test_residual_block_puts_branch_beside_skip_and_centres_the_merge():
    d = load_design("mnist_resnet")
    pos = layered_layout(d, X_GAP, Y_GAP)
    assert not overlapping(pos)
    # layers follow the longest path: the Add comes after the whole branch
    assert pos["skip"][1] == pos["bn_b"][1] + Y_GAP
    assert pos["conv_a"][1] == pos["pool1"][1] + Y_GAP
    # the branch is one straight column, off to the side of the trunk
    branch = ["conv_a", "bn_a", "relu_a", "conv_b", "bn_b"]
    assert len({pos[n][0] for n in branch}) == 1
    assert pos["conv_a"][0] != pos["pool1"][0]
    # the merge sits between the branch and the skip lane; the trunk continues straight below it
    assert pos["skip"][0] == pytest.approx(pos["pool1"][0])
    assert pos["block_relu"][0] == pytest.approx(pos["skip"][0])


def test_two_real_branches_sit_side_by_side_and_the_merge_is_centred_under_them():
    d = Design()
    d.add_node("Input", {"shape": [4]}, id="x")
    for n in ("a", "b"):
        d.add_node("Linear", {"out_features": 3}, id=n)
        d.connect("x", n)
    d.add_node("Concat", id="cat")
    d.connect("a", "cat")
    d.connect("b", "cat")
    pos = layered_layout(d, X_GAP, Y_GAP)
    assert pos["a"][1] == pos["b"][1] == Y_GAP
    assert abs(pos["a"][0] - pos["b"][0]) >= X_GAP
    assert pos["cat"][0] == pytest.approx((pos["a"][0] + pos["b"][0]) / 2)
    assert pos["x"][0] == pytest.approx(pos["cat"][0])


def test_port_order_decides_left_and_right_to_avoid_crossings():
    d = Design()
    d.add_node("Input", {"shape": [4]}, id="x")
    d.add_node("Linear", id="left")
    d.add_node("Linear", id="right")
    d.add_node("Add", id="add")
    d.connect("x", "left")
    d.connect("x", "right")
    d.add_edge(Edge("right", "add", 1))
    d.add_edge(Edge("left", "add", 0))
    pos = layered_layout(d)
    assert pos["left"][0] < pos["right"][0]
    d.disconnect(Edge("right", "add", 1))
    d.disconnect(Edge("left", "add", 0))
    d.add_edge(Edge("right", "add", 0))
    d.add_edge(Edge("left", "add", 1))
    pos = layered_layout(d)
    assert pos["right"][0] < pos["left"][0]


def test_layout_is_deterministic():
    d = load_design("mnist_resnet")
    assert layered_layout(d) == layered_layout(d.copy())


def test_cycles_and_loose_nodes_do_not_raise_and_do_not_overlap():
    d = Design()
    for n in ("a", "b", "c"):
        d.add_node("Linear", id=n)
    d.add_edge(Edge("a", "b"))
    d.add_edge(Edge("b", "c"))
    d.add_edge(Edge("c", "a"))  # a cycle: add_edge does not check
    d.add_node("ReLU", id="lonely")
    d.add_node("Input", {"shape": [2]}, id="x")
    d.add_edge(Edge("x", "x"))  # a self-loop
    pos = layered_layout(d, X_GAP, Y_GAP)
    assert set(pos) == set(d.nodes)
    assert not overlapping(pos)
    # the loose pieces stand beside the main one
    assert pos["lonely"][0] > max(pos[n][0] for n in ("a", "b", "c"))


def test_widths_widen_the_gaps():
    d = Design()
    d.add_node("Input", {"shape": [4]}, id="x")
    for n in ("a", "b"):
        d.add_node("Linear", id=n)
        d.connect("x", n)
    pos = layered_layout(d, X_GAP, Y_GAP, widths={"a": 600, "b": 600})
    assert abs(pos["a"][0] - pos["b"][0]) >= 600


def test_three_hundred_nodes_are_laid_out():
    d = residual_chain(100)
    pos = layered_layout(d)
    assert len(pos) == 301
    assert not overlapping(pos, width=100, height=50)
