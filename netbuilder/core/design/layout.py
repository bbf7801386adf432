"""A layered (Sugiyama-style) auto-layout for designs: top to bottom, Qt-free and deterministic.

Steps: break cycles (edges that lead back are ignored), put every node on the layer of its longest path from a
source, add invisible "dummy" points where an edge skips layers (so a skip connection gets its own lane beside the
branch it bypasses), order each layer by a few barycenter sweeps to reduce crossings, then give x positions that
pull every node towards its neighbours (a merge sits centred under its inputs) while keeping a minimum gap.
Separate pieces of the graph (e.g. a lone node not connected yet) are laid out side by side.
"""
from __future__ import annotations

import math
from typing import Hashable, Mapping

from .graph import Design, flow_order

Point = tuple[float, float]


def layered_layout(design: Design, x_gap: float = 240.0, y_gap: float = 100.0,
                   widths: Mapping[str, float] | None = None) -> dict[str, Point]:
    """Positions (centre of each node) for every node of ``design``.

    ``x_gap`` is the distance between the centres of two neighbours on a layer and ``y_gap`` between layers.
    ``widths`` (optional, node id -> width) widens the gap next to nodes wider than ``x_gap`` allows.
    """
    nodes = list(design.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    ordered = sorted(design.edges, key=lambda e: (index.get(e.target, 0), e.port))
    edges = [(e.source, e.target, e.port) for e in ordered
             if e.source in index and e.target in index and e.source != e.target]
    edges = _acyclic(nodes, edges)
    positions: dict[str, Point] = {}
    x_offset = 0.0
    for component in _components(nodes, edges):
        comp_set = set(component)
        comp_edges = [e for e in edges if e[0] in comp_set]
        placed = _layout_component(component, comp_edges, design, x_gap, y_gap, widths or {})
        left = min(x - _half(n, widths, x_gap) for n, (x, _y) in placed.items())
        right = max(x + _half(n, widths, x_gap) for n, (x, _y) in placed.items())
        shift = x_offset - left
        for n, (x, y) in placed.items():
            positions[n] = (round(x + shift, 2), round(y, 2))
        x_offset += right - left + x_gap * 0.25
    return {n: positions[n] for n in nodes}


def _half(node: str, widths: Mapping[str, float] | None, x_gap: float) -> float:
    return max(x_gap * 0.5, (widths or {}).get(node, 0.0) * 0.5)


def _acyclic(nodes: list[str], edges: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """Drop the edges that close a cycle (found by a depth-first search in design order)."""
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    for s, t, _p in edges:
        succ[s].append(t)
    has_pred = {t for _s, t, _p in edges}
    roots = [n for n in nodes if n not in has_pred] + nodes
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    back: set[tuple[str, str]] = set()
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(succ[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((node, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(succ[child])))
    return [e for e in edges if (e[0], e[1]) not in back]


def _components(nodes: list[str], edges: list[tuple[str, str, int]]) -> list[list[str]]:
    parent = {n: n for n in nodes}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    rank = {n: i for i, n in enumerate(nodes)}
    for s, t, _p in edges:
        a, b = sorted((find(s), find(t)), key=rank.get)
        if a != b:
            parent[b] = a
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    # the piece holding the first node (usually the Input) comes first, then in design order
    return list(groups.values())


def _layout_component(nodes: list[str], edges: list[tuple[str, str, int]], design: Design, x_gap: float,
                      y_gap: float, widths: Mapping[str, float]) -> dict[str, Point]:
    preds: dict[str, list[str]] = {n: [] for n in nodes}
    succs: dict[str, list[str]] = {n: [] for n in nodes}
    for s, t, _p in edges:
        preds[t].append(s)
        succs[s].append(t)
    layer = _layers(nodes, preds, succs, design)

    # split long edges into chains through dummy points, one per skipped layer; a chain keeps its target port
    up: dict[Hashable, list[Hashable]] = {n: [] for n in nodes}
    down: dict[Hashable, list[tuple[Hashable, float]]] = {n: [] for n in nodes}
    layer_of: dict[Hashable, int] = dict(layer)
    n_in = {n: len(preds[n]) for n in nodes}
    for s, t, port in edges:
        bias = (port - (n_in[t] - 1) / 2) * 0.01  # feeds of port 0 go left of feeds of port 1
        prev: Hashable = s
        for k in range(layer[s] + 1, layer[t]):
            dummy = ("dummy", s, t, k)
            layer_of[dummy] = k
            up[dummy], down[dummy] = [prev], []
            down[prev].append((dummy, bias))
            prev = dummy
        down[prev].append((t, bias))
        up[t].append(prev)

    depth = max(layer_of.values()) + 1
    layers: list[list[Hashable]] = [[] for _ in range(depth)]
    for v in nodes:
        layers[layer_of[v]].append(v)
    rank = {n: i for i, n in enumerate(nodes)}
    dummies = sorted((v for v in layer_of if isinstance(v, tuple)), key=lambda d: (d[3], rank[d[1]], rank[d[2]]))
    for d in dummies:
        layers[layer_of[d]].append(d)
    _order(layers, up, down)

    def half(v: Hashable) -> float:
        return x_gap * 0.15 if isinstance(v, tuple) else _half(v, widths, x_gap)

    xs = _coordinates(layers, up, {v: [w for w, _b in ws] for v, ws in down.items()},
                      lambda a, b: half(a) + half(b))
    return {v: (xs[v], layer_of[v] * y_gap) for v in nodes}


def _layers(nodes, preds, succs, design: Design) -> dict[str, int]:
    """Longest path from a source; a source that is not an Input sits just above its first consumer."""
    layer: dict[str, int] = {}
    order = flow_order(nodes, [(p, n) for n in nodes for p in preds[n]])  # the cycles are broken already
    for n in order:
        layer[n] = max((layer[p] + 1 for p in preds[n]), default=0)
    for n in reversed(order):
        if not preds[n] and succs[n] and design.nodes[n].type != "Input":
            layer[n] = max(layer[n], min(layer[t] for t in succs[n]) - 1)
    return layer


def _order(layers: list[list[Hashable]], up, down, sweeps: int = 4) -> None:
    """Reorder layers in place by barycenter sweeps, keeping the ordering with the fewest crossings."""
    def crossings() -> int:
        total = 0
        for k in range(len(layers) - 1):
            pos = {v: i for i, v in enumerate(layers[k + 1])}
            pairs = sorted((i, pos[w] + b) for i, v in enumerate(layers[k]) for w, b in down[v])
            for a in range(len(pairs)):
                for c in range(a + 1, len(pairs)):
                    if pairs[a][0] < pairs[c][0] and pairs[a][1] > pairs[c][1]:
                        total += 1
        return total

    best, best_count = [list(l) for l in layers], crossings()
    for sweep in range(sweeps):
        downward = sweep % 2 == 0
        rng = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
        for k in rng:
            ref = layers[k - 1] if downward else layers[k + 1]
            pos = {v: i for i, v in enumerate(ref)}
            current = {v: i for i, v in enumerate(layers[k])}

            def key(v):
                if downward:
                    around = [pos[w] for w in up[v] if w in pos]
                else:
                    around = [pos[w] + b for w, b in down[v] if w in pos]
                return (sum(around) / len(around) if around else current[v], current[v])
            layers[k].sort(key=key)
        count = crossings()
        if count < best_count:
            best, best_count = [list(l) for l in layers], count
    layers[:] = best


def _coordinates(layers, up, down, sep, passes: int = 8) -> dict[Hashable, float]:
    """x of every point: packed at first, then pulled towards the mean of its neighbours, down and up in turn
    (so a merge sits centred under its inputs and a split centred over its outputs)."""
    xs: dict[Hashable, float] = {}
    for layer in layers:
        x = 0.0
        for i, v in enumerate(layer):
            if i:
                x += sep(layer[i - 1], v)
            xs[v] = x
        for v in layer:
            xs[v] -= x / 2
    for p in range(passes):
        downward = p % 2 == 0
        rng = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
        for k in rng:
            layer = layers[k]
            neigh = up if downward else down
            wanted = [sum(xs[w] for w in neigh[v]) / len(neigh[v]) if neigh[v] else xs[v] for v in layer]
            placed = _pack(wanted, [sep(a, b) for a, b in zip(layer, layer[1:])])
            for v, x in zip(layer, placed):
                xs[v] = x
    # last, straighten chains (a node fed by a node that feeds only it) and re-centre merges, downward then up
    for downward in (True, False):
        rng = range(1, len(layers)) if downward else range(len(layers) - 2, -1, -1)
        before, after = (up, down) if downward else (down, up)
        for k in rng:
            layer = layers[k]
            wanted = []
            for v in layer:
                around = before[v]
                chain = len(around) == 1 and len(after[around[0]]) == 1
                merge = downward and len(around) > 1
                wanted.append(sum(xs[w] for w in around) / len(around) if chain or merge else xs[v])
            for v, x in zip(layer, _pack(wanted, [sep(a, b) for a, b in zip(layer, layer[1:])])):
                xs[v] = x
    return xs


def _pack(wanted: list[float], gaps: list[float]) -> list[float]:
    """The positions closest (least squares) to ``wanted`` that keep the order and at least ``gaps`` apart.

    Subtracting the cumulative gaps turns it into isotonic regression, solved by pooling adjacent violators.
    """
    offsets = [0.0]
    for g in gaps:
        offsets.append(offsets[-1] + g)
    blocks: list[list[float]] = []  # [mean, count]
    for w_x, off in zip(wanted, offsets):
        blocks.append([w_x - off, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, c2 = blocks.pop()
            m1, c1 = blocks.pop()
            blocks.append([(m1 * c1 + m2 * c2) / (c1 + c2), c1 + c2])
    out = []
    for mean, count in blocks:
        out.extend([mean] * int(count))
    return [v + o for v, o in zip(out, offsets)]


def fold_layers(positions: Mapping[str, Point], y_gap: float, column_gap: float, *, aspect: float | None = None,
                rows: int | None = None) -> dict[str, Point]:
    """``positions`` from :func:`layered_layout` folded into side-by-side columns of layers (the first layers in
    the left column, top to bottom, then the next column): ``rows`` layers a column, or the number of rows whose
    drawing's width / height comes closest to ``aspect`` (a wide screen's 16:9 instead of a long narrow strip).
    ``column_gap``: the space a column takes beyond its layers' spread (a card's width and a margin). Unchanged
    when one column is the answer."""
    if not positions:
        return {}
    top = min(y for _x, y in positions.values())
    layer = {n: round((y - top) / y_gap) for n, (_x, y) in positions.items()}
    count = max(layer.values()) + 1
    left = min(x for x, _y in positions.values())
    width = max(x for x, _y in positions.values()) - left

    def shape(r: int) -> tuple[float, float]:
        columns = -(-count // r)
        return columns * (width + column_gap), r * y_gap

    if rows is None:
        if aspect is None:
            raise ValueError("fold_layers needs rows or aspect")
        rows = min(range(1, count + 1), key=lambda r: (abs(math.log(shape(r)[0] / shape(r)[1] / aspect)), -r))
    rows = max(1, int(rows))
    if rows >= count:
        return dict(positions)
    step = width + column_gap
    return {n: (round(x + (layer[n] // rows) * step, 2), round(top + (layer[n] % rows) * y_gap, 2))
            for n, (x, _y) in positions.items()}
