"""The window's summary names a process limit (ulimit -v, a container's cgroup) when that is what bounds the memory
to train (issue 19, point 11): the row says "under its limit", its tooltip which limit."""
from __future__ import annotations

from netbuilder.core.design import memory
from netbuilder.core import system


def test_the_summary_row_says_when_a_limit_bounds_the_memory(window, monkeypatch):
    room = system.Room(free=3 << 30, where="this process (its address-space limit, ulimit -v, of 4.0 GB)",
                       limit=4 << 30)
    monkeypatch.setattr(system, "available", lambda cgroup_root=None: room)
    assert window.open_design("mnist_mlp")
    summary = window.summary
    assert "of 3.0 GB free under its limit" in summary.totals_text()
    assert "ulimit -v" in summary.totals.toolTip()
    monkeypatch.setattr(system, "available", lambda cgroup_root=None: system.Room(free=3 << 30))
    assert window.open_design("xor")
    assert "free" in summary.totals_text() and "under its limit" not in summary.totals_text()
