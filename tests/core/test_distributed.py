"""Beyond one machine (issue 10): ``torchrun`` runs ``netbuilder train`` and the exported script with PyTorch's
DistributedDataParallel (gloo on CPU), and launched without torchrun nothing changes.

Two processes on CPU, one epoch of mnist_mlp with the same global batch: each process trains on its half of every
batch and DDP averages the gradients, so the run reaches the single-process test accuracy (the issue's bar is
within 0.5 points; on this machine the two are equal to four decimals). Only process 0 prints and saves, and its
checkpoint is a normal one: ``netbuilder predict`` reads it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.core.exchange.codegen import export_design
from netbuilder.core.design.design_io import load_design

TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2"]


def environment(data_dir: Path) -> dict:
    env = {**os.environ, "NETBUILDER_DATA_DIR": str(data_dir), "OMP_NUM_THREADS": "1"}
    env.pop("WORLD_SIZE", None)
    return env


def run(args, data_dir, cwd, timeout=600):
    done = subprocess.run(args, capture_output=True, text=True, env=environment(data_dir), cwd=cwd, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def final(stdout: str) -> dict:
    events = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    assert sum(e["event"] == "done" for e in events) == 1, stdout  # one process reports
    return next(e for e in events if e["event"] == "done")


@pytest.mark.slow
def test_cli_under_torchrun_reaches_the_single_process_accuracy(tmp_path, data_dir):
    train = ["-m", "netbuilder", "train", "mnist_mlp", "--epochs", "1", "--json"]
    one_run = run([sys.executable, *train, "--save", "one.pt"], data_dir, tmp_path)
    two_run = run([*TORCHRUN, *train, "--save", "two.pt"], data_dir, tmp_path)
    one, two = final(one_run.stdout), final(two_run.stdout)
    assert abs(two["test_accuracy"] - one["test_accuracy"]) <= 0.005, (one, two)
    assert two["test_accuracy"] > 0.9
    epochs = [[json.loads(line) for line in r.stdout.splitlines() if '"event": "epoch"' in line]
              for r in (one_run, two_run)]
    assert len(epochs[1]) == 1  # only rank 0 reports
    # the gradients are averaged over the processes: the same steps as one process, so the same training loss
    # (two processes that each trained alone on their half would not agree to this)
    assert epochs[1][0]["loss"] == pytest.approx(epochs[0][0]["loss"], abs=1e-3)
    # the checkpoint rank 0 wrote is a netbuilder checkpoint: predict reads it
    from torchvision.datasets import MNIST
    image = MNIST(str(data_dir), train=False).data[0].float().tolist()
    label = int(MNIST(str(data_dir), train=False).targets[0])
    predicted = run([sys.executable, "-m", "netbuilder", "predict", "two.pt", "--input", json.dumps([image])],
                    data_dir, tmp_path)
    probabilities = json.loads(predicted.stdout)[0]
    assert max(range(10), key=probabilities.__getitem__) == label
    assert not (tmp_path / "one.pt.tmp").exists() and sorted(p.name for p in tmp_path.glob("*.pt")) == \
        ["one.pt", "two.pt"]


@pytest.mark.slow
def test_exported_script_under_torchrun_reaches_the_single_process_accuracy(tmp_path, data_dir):
    script = tmp_path / "mnist_mlp.py"
    script.write_text(export_design(load_design("mnist_mlp")), encoding="utf-8")
    args = [str(script), "--epochs", "1"]
    one = run([sys.executable, *args, "--save", "one.pt"], data_dir, tmp_path).stdout
    two = run([*TORCHRUN, *args, "--save", "two.pt"], data_dir, tmp_path).stdout

    def accuracy(text):
        line = next(line for line in text.splitlines() if line.startswith("test loss"))
        return float(line.rsplit(" ", 1)[1])

    assert abs(accuracy(two) - accuracy(one)) <= 0.005, (one, two)
    assert accuracy(two) > 0.9
    assert sum(line.startswith("epoch 1/1") for line in two.splitlines()) == 1  # only rank 0 prints
    import torch
    weights = torch.load(tmp_path / "two.pt", weights_only=True)
    assert set(weights) == set(torch.load(tmp_path / "one.pt", weights_only=True))


def test_without_torchrun_nothing_is_distributed(data_dir, monkeypatch):
    """No WORLD_SIZE: one process, no process group, no DDP wrapper, the whole batch."""
    from netbuilder.core.training import recipe
    from netbuilder.core.training.trainer import Trainer
    import torch

    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert recipe.start_distributed(torch.device("cpu")) == (0, 1)
    trainer = Trainer(load_design("xor"), device="cpu", distributed=True)
    assert (trainer.rank, trainer.world, trainer._ddp) == (0, 1, None)
    assert not torch.distributed.is_initialized()
    batch = torch.arange(10)
    assert torch.equal(recipe.shard(batch, 0, 1), batch)
    assert recipe.shard(batch, 1, 2).tolist() == [1, 3, 5, 7, 9]
    assert recipe.shard(torch.arange(1), 1, 2).tolist() == [0]  # a batch smaller than the world: trained whole


def test_on_cuda_each_process_takes_its_local_gpu(monkeypatch):
    """The selection logic, without a GPU: under torchrun a CUDA run uses cuda:LOCAL_RANK, a CPU run the CPU."""
    from netbuilder.core.training import recipe
    import torch

    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("LOCAL_RANK", "3")
    assert recipe.distributed_device(torch.device("cuda")) == torch.device("cuda", 3)
    assert recipe.distributed_device(torch.device("cpu")) == torch.device("cpu")
    monkeypatch.setenv("WORLD_SIZE", "1")
    assert recipe.distributed_device(torch.device("cuda")) == torch.device("cuda")


@pytest.mark.skipif(not __import__("torch").cuda.is_available(), reason="needs a CUDA device")
def test_cuda_training_of_the_exported_script(tmp_path, data_dir):
    script = tmp_path / "xor.py"
    script.write_text(export_design(load_design("xor")), encoding="utf-8")
    out = run([sys.executable, str(script), "--device", "cuda", "--epochs", "50"], data_dir, tmp_path).stdout
    assert "epoch 50/50" in out and "test accuracy" in out


@pytest.mark.slow
def test_batch_norm_early_stopping_and_plateau_decide_alike_in_every_process(tmp_path, data_dir):
    """Each process updates batch norm's running statistics on its own shard; every process must still validate
    the same model and take the same early-stopping and learning-rate decisions, or one would leave while the
    other waits for it forever. Rank 0's statistics and numbers are shared, so both runs end, in agreement."""
    data = json.loads((Path(__file__).resolve().parents[2] / "presets" / "mnist_resnet.json").read_text())
    data["training"].update(epochs=4, early_stopping={"patience": 1, "monitor": "val_loss"},
                            scheduler={"name": "plateau", "patience": 0, "factor": 0.5, "monitor": "val_loss"})
    data["training"]["dataset"] = {"name": "mnist", "limit": 640, "validation": 0.25}
    design = tmp_path / "bn.json"
    design.write_text(json.dumps(data), encoding="utf-8")
    done = final(run([*TORCHRUN, "-m", "netbuilder", "train", str(design), "--json"], data_dir, tmp_path,
                     timeout=300).stdout)
    assert done["stopped"] in ("completed", "early_stopping")
    script = tmp_path / "bn.py"
    script.write_text(export_design(load_design(design)), encoding="utf-8")
    out = run([*TORCHRUN, str(script)], data_dir, tmp_path, timeout=300).stdout
    assert "test accuracy" in out and "Kept the weights of epoch" in out


def test_a_batch_that_does_not_split_evenly_steps_as_in_one_process(tmp_path, data_dir):
    """xor with batches of 3 on two processes: shares of 2 and 1 sample, then a last batch of one sample (trained
    whole by both, counted once). Each share's loss counts by its size, so the run follows the one-process run."""
    data = json.loads((Path(__file__).resolve().parents[2] / "presets" / "xor.json").read_text())
    data["training"].update(epochs=30, batch_size=3)
    design = tmp_path / "xor3.json"
    design.write_text(json.dumps(data), encoding="utf-8")
    train = ["-m", "netbuilder", "train", str(design), "--json"]

    def epochs(args):
        out = run(args, data_dir, tmp_path, timeout=300).stdout
        return [json.loads(line) for line in out.splitlines() if '"event": "epoch"' in line]

    one, two = epochs([sys.executable, *train]), epochs([*TORCHRUN, *train])
    assert len(one) == len(two) == 30
    for a, b in zip(one, two):
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            assert b[key] == pytest.approx(a[key], abs=1e-5), (a["epoch"], key)


@pytest.mark.slow
def test_two_nodes_meet_through_torchruns_rendezvous(tmp_path, data_dir):
    """Several machines: two torchrun launchers (here on one machine) that find each other through torchrun's c10d
    rendezvous, one process each. The node that gets rank 0 reports, and the run follows the one-process run."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    node = [sys.executable, "-m", "torch.distributed.run", "--nnodes", "2", "--nproc_per_node", "1",
            "--rdzv_backend", "c10d", "--rdzv_endpoint", f"127.0.0.1:{port}", "--rdzv_id", "netbuilder-test",
            "-m", "netbuilder", "train", "xor", "--epochs", "20", "--json"]
    env = environment(data_dir)
    first = subprocess.Popen(node, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        second = subprocess.run(node, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
        out, err = first.communicate(timeout=300)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0 and second.returncode == 0, err[-2000:] + second.stderr[-2000:]
    reports = [text for text in (out, second.stdout) if '"event": "done"' in text]
    assert len(reports) == 1  # rank 0 only, on whichever node got it
    alone = run([sys.executable, "-m", "netbuilder", "train", "xor", "--epochs", "20", "--json"], data_dir, tmp_path)
    assert final(reports[0])["test_loss"] == pytest.approx(final(alone.stdout)["test_loss"], abs=1e-5)
