"""Size before allocation (issue 9): the memory a run needs is estimated from the shapes, and a run or a checkpoint
that cannot fit is refused with the largest layers named, before any weight is allocated."""
from __future__ import annotations

import resource
import time

import pytest
import torch

from netbuilder.core.design import memory
from netbuilder.core import system
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.errors import DesignError, TrainingError
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.summary import memory_line, summarize
from netbuilder.core.training import TrainConfig, Trainer, load_checkpoint, save_checkpoint
from netbuilder.core.training import device as device_module

XOR = {"dataset": {"name": "xor"}, "loss": "bce", "optimizer": {"name": "adam", "lr": 0.05}, "epochs": 1,
       "batch_size": 4, "seed": 0}


def chain(layers, shape=(2,), training=XOR, name="big"):
    nodes = [{"id": "x", "type": "Input", "params": {"shape": list(shape)}}]
    nodes += [{"id": f"l{i}", "type": t, "params": p} for i, (t, p) in enumerate(layers)]
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    return design_from_dict({"name": name, "nodes": nodes, "edges": edges, "training": training})


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_the_estimate_adds_weights_gradients_optimizer_state_and_activations():
    design = load_design("mnist_mlp")
    report = infer_shapes(design)
    est = memory.estimate(design, report, batch_size=32, optimizer="adam", epochs=3)
    params = report.total_params
    assert est.parameters == params == 101_770
    # Adam's two values per parameter and its step's temporary
    assert (est.parameter_bytes, est.gradient_bytes, est.optimizer_bytes) == (4 * params, 4 * params, 12 * params)
    # a small network: the start, SMALL_PER_EPOCH + 1 an epoch for three epochs, and the new one before thinning out
    assert est.snapshot_bytes == 4 * params * (2 + 3 * (memory.SMALL_PER_EPOCH + 1))
    outputs = [4 * info.shape[0] for info in report.nodes.values() if info.type in ("Linear", "ReLU", "Softmax")]
    assert est.activation_bytes == 32 * (sum(outputs) + 2 * max(outputs))  # Flatten is a view: nothing of its own
    assert est.input_bytes == 2 * 4 * 32 * 784  # converted and normalised
    rows = memory.eval_batch_size(32, report.activation_bytes + 4 * 784)
    assert est.evaluation_bytes == int(rows * (sum(outputs) + 4 * 784) * memory.HEAP_SLACK)
    batch = max(est.activation_bytes + est.input_bytes, est.evaluation_bytes)
    assert est.total == 20 * params + est.snapshot_bytes + batch
    assert memory.estimate(design, report, optimizer="sgd").optimizer_bytes == 0
    assert est.largest[0][:3] == ("hidden", "Linear", 100_480)


def test_the_summary_shows_the_estimate_next_to_the_free_memory(monkeypatch):
    monkeypatch.setattr(system, "available", lambda: system.Room(8 << 30))
    table = summarize(load_design("mnist_mlp"))
    assert table["memory"]["free_bytes"] == 8 << 30 and table["memory"]["batch_size"] == 32
    total = memory.estimate(load_design("mnist_mlp"), epochs=load_design("mnist_mlp").training["epochs"]).total
    assert memory_line(table["memory"]) == (f"memory to train (batch 32, adam): about {total / 2**20:.1f} MB; this "
                                            "computer has 8.0 GB free")
    big = summarize(chain([("LSTM", {"hidden_size": 65536})], shape=(28, 28)))
    assert "too much: training would be refused" in memory_line(big["memory"])


def test_a_run_that_cannot_fit_is_refused_before_anything_is_allocated(tmp_path):
    """LSTM(hidden_size=65536) and Linear(1,000,000) x 2 ask for 256 GB and 14.6 TB: no machine here has it."""
    before = rss_mb()
    for layers, shape, words in [
            ([("LSTM", {"hidden_size": 65536}), ("Linear", {"out_features": 1})], (28, 2), "l0 (LSTM, 17,"),
            ([("Linear", {"out_features": 1_000_000}), ("Linear", {"out_features": 1_000_000}),
              ("Linear", {"out_features": 1}), ("Sigmoid", {})], (2,), "l1 (Linear, 1,000,001,000,000 parameters")]:
        design = chain(layers, shape)
        started = time.perf_counter()
        with pytest.raises(TrainingError) as caught:
            Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
        message = str(caught.value)
        assert time.perf_counter() - started < 5
        assert message.startswith("big: training needs about") and "this computer has" in message, message
        assert words in message and "Make them smaller" in message and "\n" not in message
    assert rss_mb() - before < 200  # nothing near the sizes asked for was allocated


def test_the_device_memory_decides(monkeypatch, tmp_path):
    """A run that fits 1 GB but not 100 MB: refused when the device has 100 MB free; the message names it."""
    design = chain([("Linear", {"out_features": 4096}), ("ReLU", {}), ("Linear", {"out_features": 4096}),
                    ("ReLU", {}), ("Linear", {"out_features": 1}), ("Sigmoid", {})])
    needed = memory.estimate(design, batch_size=4).total
    assert 100 << 20 < needed < 1 << 30
    monkeypatch.setattr(device_module, "free_memory", lambda device: 100 << 20)
    with pytest.raises(TrainingError, match=r"but this computer has 100.0 MB free. The largest layers: l2 \(Linear"):
        Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    monkeypatch.setattr(device_module, "free_memory", lambda device: 1 << 30)
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    assert trainer.memory.total == needed


def test_cuda_memory_is_asked_of_the_cuda_device(monkeypatch):
    """The CUDA path without a GPU: free_memory asks torch.cuda.mem_get_info for that device."""
    asked = []
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device: asked.append(device) or (123, 456))
    assert device_module.free_memory(torch.device("cuda", 1)) == 123 and asked == [torch.device("cuda", 1)]
    assert device_module.device_name(torch.device("cuda", 1)) == "the CUDA device cuda:1"


def test_a_checkpoint_whose_design_is_too_big_says_so(tmp_path):
    design = chain([("Linear", {"out_features": 3}), ("Linear", {"out_features": 1}), ("Sigmoid", {})])
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    path = tmp_path / "small.nbckpt"
    save_checkpoint(path, trainer, trainer.fit())
    data = torch.load(path, weights_only=True)
    data["design"]["nodes"][1]["params"]["out_features"] = 10 ** 6  # the largest a Linear may have
    data["design"]["nodes"][2]["params"]["out_features"] = 10 ** 6  # 10^12 parameters between them
    torch.save(data, tmp_path / "huge.nbckpt")
    with pytest.raises(TrainingError) as caught:
        load_checkpoint(tmp_path / "huge.nbckpt")
    # the file cannot hold what its design asks for: refused from the counts alone, before any model is built
    # (issue 19: sizes are checked against the file's own contents before anything is allocated)
    message = str(caught.value)
    assert "damaged or incomplete" in message and "1,000,004,000,000 weights but the file holds 13 values" in message
    assert "\n" not in message and message.startswith(str(tmp_path / "huge.nbckpt"))
    data = torch.load(path, weights_only=True)
    data["problem"]["loss"] = "telepathy"
    torch.save(data, tmp_path / "bogus.nbckpt")
    with pytest.raises(TrainingError, match="damaged or incomplete .*problem.loss is 'telepathy', not one of"):
        load_checkpoint(tmp_path / "bogus.nbckpt")


def test_compiling_refuses_weights_that_cannot_fit(monkeypatch):
    from netbuilder.core.design import compiler
    monkeypatch.setattr(compiler, "free_ram", lambda: 1 << 20)
    design = chain([("Linear", {"out_features": 100_000}), ("Linear", {"out_features": 1}), ("Sigmoid", {})])
    with pytest.raises(DesignError, match=r"its 400,001 parameters need 1.5 MB for the weights alone, but this "
                                          r"computer has 1.0 MB free. The largest layers: l0 \(Linear, 300,000"):
        compiler.compile_design(design)


def test_an_out_of_memory_error_in_a_run_ends_that_run_with_its_message(tmp_path):
    """An estimate can be too optimistic (or CUDA runs out): the error ends the run in plain words; the session,
    its earlier runs' weights and its design are intact, and the next run trains."""
    from netbuilder.core.session import TrainingSession
    design = chain([("Linear", {"out_features": 8}), ("ReLU", {}), ("Linear", {"out_features": 1}),
                    ("Sigmoid", {})], training=dict(XOR, epochs=3))
    session = TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)
    first = session.run()
    kept = {k: v.clone() for k, v in first.state.items()}
    calls = []

    def run_out(_module, _inputs):
        calls.append(1)
        if len(calls) == 3:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
    hook = session.trainer.model.get_submodule("l2").register_forward_pre_hook(run_out)
    failed = session.run()
    hook.remove()
    assert failed.status == "failed" and "ran out of memory during epoch" in failed.message
    assert "Lower the batch size or make the layers smaller" in failed.message and "\n" not in failed.message
    assert all(torch.equal(first.state[k], kept[k]) for k in kept)  # the earlier run's weights, untouched
    assert session.run().status == "completed"
