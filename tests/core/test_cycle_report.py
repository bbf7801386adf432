"""A cycle is reported as one actual cycle (issue 19, point 12): two two-cycles were shown as
"p0 -> q0 -> p1 -> q1", which is not a cycle."""
from __future__ import annotations

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.validate import validate


def two_cycles() -> dict:
    nodes = [{"id": "x", "type": "Input", "params": {"shape": [4]}}]
    nodes += [{"id": f"{k}{i}", "type": "Add"} for i in range(2) for k in "pq"]
    edges = []
    for i in range(2):
        edges += [{"source": "x", "target": f"p{i}"}, {"source": f"q{i}", "target": f"p{i}", "port": 1},
                  {"source": f"p{i}", "target": f"q{i}"}, {"source": "x", "target": f"q{i}", "port": 1}]
    return {"format": "netbuilder-design", "version": 1, "nodes": nodes, "edges": edges}


def test_two_cycles_are_reported_as_one_actual_cycle():
    design = design_from_dict(two_cycles())
    assert design.cycle_nodes() == ["p0", "q0", "p1", "q1"]
    cycle = design.one_cycle()
    assert cycle == ["p0", "q0"]
    edges = {(e.source, e.target) for e in design.edges}
    assert all((a, b) in edges for a, b in zip(cycle, cycle[1:] + cycle[:1]))  # each feeds the next, the last the first
    messages = {d.node_id: d.message for d in validate(design) if "cycle" in d.message}
    assert set(messages) == {"p0", "q0", "p1", "q1"}
    assert "p0 is part of a cycle (p0 -> q0 -> p0)" in messages["p0"]
    assert "p1 is on or between cycles (p0 -> q0 -> p0 is one)" in messages["p1"]
    assert not any("p0 -> q0 -> p1" in m for m in messages.values())


def test_a_graph_that_flows_one_way_has_no_cycle():
    d = two_cycles()
    d["edges"] = [e for e in d["edges"] if e["source"][0] != "q"]
    assert design_from_dict(d).one_cycle() == []
