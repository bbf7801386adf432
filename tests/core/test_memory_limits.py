"""Issue 19, point 11: the estimate counts what runs (the weight snapshots, the optimizer's step, an evaluation
pass), and the check honours the process's limits (ulimit -v, cgroup v1 and v2), naming the one that applies."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.core.design import memory
from netbuilder.core import system
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.design.summary import memory_line, summarize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_memory  # noqa: E402

WIDE = {"name": "wide", "nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}},
                                  {"id": "a", "type": "Linear", "params": {"out_features": 4096}},
                                  {"id": "b", "type": "Linear", "params": {"out_features": 4096}},
                                  {"id": "c", "type": "Linear", "params": {"out_features": 1}},
                                  {"id": "s", "type": "Sigmoid", "params": {}}],
        "edges": [{"source": "x", "target": "a"}, {"source": "a", "target": "b"}, {"source": "b", "target": "c"},
                  {"source": "c", "target": "s"}],
        "training": {"dataset": {"name": "xor"}, "loss": "bce", "optimizer": {"name": "adam", "lr": 0.01},
                     "epochs": 2, "batch_size": 4, "seed": 0}}


def test_the_weight_snapshots_and_the_optimizer_step_are_counted():
    design = design_from_dict(WIDE)
    est = memory.estimate(design, batch_size=4, optimizer="adam", epochs=2)
    weights = est.parameter_bytes
    assert weights > memory.SNAPSHOT_BUDGET / 2  # a large network: the first, the last and a new snapshot
    assert est.snapshot_bytes == 3 * weights
    assert est.optimizer_bytes == 3 * weights  # Adam's two values and its step's temporary
    assert est.total >= 8 * weights
    small = memory.estimate(load_design("xor"), batch_size=4, epochs=5)
    assert small.snapshot_bytes == (2 + 5 * (memory.SMALL_PER_EPOCH + 1)) * small.parameter_bytes
    assert memory.snapshot_bytes(10 << 20, epochs=1000) == memory.SNAPSHOT_BUDGET + (10 << 20)  # the budget holds


def test_the_timeline_keeps_within_what_the_estimate_counts():
    from netbuilder.core.session import timeline
    assert (timeline.BUDGET_BYTES, timeline.SMALL_BYTES, timeline.SMALL_PER_EPOCH) == \
        (memory.SNAPSHOT_BUDGET, memory.SMALL_WEIGHTS, memory.SMALL_PER_EPOCH)


@pytest.mark.parametrize("name", ["mnist_mlp", "mnist_resnet"])
def test_the_estimate_is_within_25_percent_of_the_peak(name):
    """A cheap run of benchmarks/bench_memory.py: a subprocess trains the preset for 2 epochs of 4 batches with
    the rewind timeline, and its peak resident memory above the start is measured."""
    [result] = bench_memory.run([name], data_dir=os.environ.get("NETBUILDER_DATA_DIR"), batches=4, timeout=600)
    assert result["peak"] > 10 << 20  # a run that measures something
    assert 0.75 <= result["ratio"] <= 1.25, result


def cgroup_folder(tmp_path, files: dict) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_a_cgroup_v2_limit_is_read_and_its_reclaimable_cache_left_out(tmp_path):
    root = cgroup_folder(tmp_path, {"box/memory.max": str(2 << 30), "box/memory.current": str(1 << 30),
                                    "box/memory.stat": f"anon 1\ninactive_file {256 << 20}\n",
                                    "memory.max": "max", "memory.current": str(5 << 30)})
    room = system.cgroup_room(root, "0::/box\n")
    assert room.free == (1 << 30) + (256 << 20) and room.limit == 2 << 30
    assert room.where == "this container (its memory limit, cgroup v2 memory.max, of 2.0 GB)"
    assert system.cgroup_room(root, "0::/\n") is None  # "max": no limit


def test_a_cgroup_v1_limit_and_a_parents_smaller_one(tmp_path):
    root = cgroup_folder(tmp_path, {"memory/memory.limit_in_bytes": str(1 << 30),
                                    "memory/memory.usage_in_bytes": str(900 << 20),
                                    "memory/a/memory.limit_in_bytes": str(9223372036854771712),
                                    "memory/a/memory.usage_in_bytes": str(100 << 20)})
    room = system.cgroup_room(root, "4:memory:/a\n1:cpu:/\n")
    assert room.free == 124 << 20 and "cgroup v1 memory.limit_in_bytes, of 1.0 GB" in room.where


def test_the_summary_names_the_limit_that_applies(tmp_path, monkeypatch):
    root = cgroup_folder(tmp_path, {"memory.max": str(512 << 20), "memory.current": str(256 << 20)})
    monkeypatch.setattr(system, "CGROUP_ROOT", root)  # this process's cgroup (or its parent, the root) is limited
    monkeypatch.setattr(system, "system_free", lambda: 8 << 30)
    monkeypatch.setattr(system, "address_space_room", lambda: None)
    table = summarize(design_from_dict(WIDE))
    assert table["memory"]["free_bytes"] == 256 << 20 and table["memory"]["limit_bytes"] == 512 << 20
    line = memory_line(table["memory"])
    assert "this container (its memory limit, cgroup v2 memory.max, of 512.0 MB) has 256.0 MB free" in line
    assert "too much: training would be refused" in line
    (root / "memory.max").write_text("max")
    table = summarize(load_design("xor"))
    assert table["memory"]["limit_bytes"] is None and "; this computer has 8.0 GB free" in memory_line(table["memory"])


def test_the_cli_summary_shows_the_address_space_limit(tmp_path):
    code = ("import resource, sys; from netbuilder.core import system; "
            "used = system.status_bytes('VmSize'); "
            "resource.setrlimit(resource.RLIMIT_AS, (used + (3 << 30), resource.RLIM_INFINITY)); "
            "from netbuilder.cli import main; sys.exit(main(['summary', 'xor']))")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    assert "this process (its address-space limit, ulimit -v, of " in run.stdout


def test_a_run_that_cannot_fit_under_ulimit_v_gets_the_one_line_refusal(tmp_path):
    """The design needs about 1.3 GB; the limit leaves 600 MB: one line naming the limit, no traceback."""
    design = tmp_path / "wide.json"
    import json
    design.write_text(json.dumps(WIDE))
    code = ("import resource, sys, torch; from netbuilder.core import system; from netbuilder.cli import main; "
            "used = system.status_bytes('VmSize'); "
            "resource.setrlimit(resource.RLIMIT_AS, (used + (600 << 20), resource.RLIM_INFINITY)); "
            f"sys.exit(main(['train', {str(design)!r}, '--data-dir', {str(tmp_path)!r}]))")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("error: wide: training needs about ")
    assert "but this process (its address-space limit, ulimit -v, of " in run.stderr
    assert run.stderr.rstrip().endswith("or raise the limit.")
