"""The benchmark scripts still run (their numbers are read by people, not asserted here: machines are noisy)."""
import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def load(name):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_validation_benchmark_builds_valid_designs(qapp):
    bench = load("bench_validation")
    assert len(bench.make_design(300).nodes) == 300
    assert bench.measure(50, repeat=1) > 0
    assert bench.measure_editor(50, repeat=2) > 0


def test_launch_benchmark_sees_the_window_before_torch():
    seconds, torch_loaded = load("bench_launch").launch_once()
    assert seconds > 0 and not torch_loaded
