import pytest

from netbuilder.core.errors import DesignError, GraphError
from netbuilder.core.design.graph import Design, Edge


def chain(*types):
    d = Design()
    ids = [d.add_node(t, {"shape": [4]} if t == "Input" else None).id for t in types]
    for a, b in zip(ids, ids[1:]):
        d.connect(a, b)
    return d, ids


def test_add_assigns_readable_unique_ids():
    d = Design()
    assert d.add_node("Linear").id == "linear_1"
    assert d.add_node("Linear").id == "linear_2"
    assert d.add_node("LeakyReLU").id == "leaky_relu_1"


def test_unknown_type_and_bad_ids_are_refused():
    d = Design()
    with pytest.raises(DesignError, match="unknown layer type 'Dense'"):
        d.add_node("Dense")
    with pytest.raises(GraphError, match="not a valid node id"):
        d.add_node("Linear", id="1abc")
    with pytest.raises(GraphError, match="not a valid node id"):
        d.add_node("Linear", id="forward")
    d.add_node("Linear", id="a")
    with pytest.raises(GraphError, match="already exists"):
        d.add_node("Linear", id="a")


def test_connect_refuses_cycles_taken_ports_and_inputs():
    d, (x, a, b) = chain("Input", "Linear", "ReLU")
    assert "cycle" in d.can_connect(b, a)
    with pytest.raises(GraphError, match="cycle"):
        d.connect(b, a)
    c = d.add_node("Linear").id
    assert "already has one" in d.can_connect(c, a)
    assert "nothing can feed" in d.can_connect(a, x)
    assert "itself" in d.can_connect(a, a)
    assert d.can_connect(b, c) is None


def test_merge_ports_fill_in_order_and_topological_order_is_stable():
    d, (x, a, b) = chain("Input", "Linear", "ReLU")
    add = d.add_node("Add").id
    e1 = d.connect(b, add)
    e2 = d.connect(x, add)
    assert (e1.port, e2.port) == (0, 1)
    assert [e.source for e in d.inputs_of(add)] == [b, x]
    assert d.topological_order() == [x, a, b, add]
    assert d.output_nodes() == [add]


def test_remove_node_returns_edges_for_undo_and_emits_events():
    d, (x, a, b) = chain("Input", "Linear", "ReLU")
    events = []
    d.subscribe(lambda kind, data: events.append(kind))
    node, edges = d.remove_node(a)
    assert node.id == a and set(edges) == {Edge(x, a), Edge(a, b)}
    assert d.edges == [] and a not in d.nodes
    assert events == ["edge_removed", "edge_removed", "node_removed"]
    d.nodes[a] = node  # appended at the end of the node order
    for e in edges:
        d.add_edge(e)
    assert d.topological_order() == [x, a, b]


def test_set_param_position_meta_emit():
    d, (x, a) = chain("Input", "Linear")
    seen = []
    d.subscribe(lambda kind, data: seen.append((kind, data)))
    d.set_param(a, "out_features", 32)
    d.set_position(a, (10, 20))
    d.set_meta("name", "Net")
    assert d.nodes[a].params == {"out_features": 32}
    assert d.nodes[a].position == (10.0, 20.0)
    assert [k for k, _ in seen] == ["params_changed", "node_moved", "meta_changed"]
    with pytest.raises(KeyError):
        d.set_meta("bogus", 1)


def test_cycle_detection_names_nodes():
    d, (x, a, b, c) = chain("Input", "Linear", "ReLU", "Linear")
    d.add_edge(Edge(c, a, 0))  # bypass the check, as a broken file could
    with pytest.raises(GraphError, match="cycle"):
        d.topological_order()
    assert d.cycle_nodes() == [a, b, c]


def test_copy_is_deep_and_replace_keeps_listeners(xor_dict):
    from netbuilder.core.design.design_io import design_from_dict
    d = design_from_dict(xor_dict)
    twin = d.copy()
    twin.set_param("hidden", "out_features", 9)
    assert d.nodes["hidden"].params["out_features"] == 4
    seen = []
    d.subscribe(lambda kind, data: seen.append(kind))
    d.replace_with(twin)
    assert seen == ["reset"] and d.nodes["hidden"].params["out_features"] == 9


def test_restore_node_keeps_the_old_order():
    d, (x, a, b) = chain("Input", "Linear", "ReLU")
    index = d.index_of(a)
    node, edges = d.remove_node(a)
    d.restore_node(node, index)
    for e in edges:
        d.add_edge(e)
    assert list(d.nodes) == [x, a, b] and d.topological_order() == [x, a, b]
    with pytest.raises(GraphError):
        d.restore_node(node)
