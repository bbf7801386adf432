"""Tampered checkpoints (issue 19, points 1, 2 and 9): the loader checks the whole file, sizes before anything is
allocated, and refuses in one line naming the file; predict, export and the CLI get the same one line."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile

import pytest
import torch

from hostile_checkpoints import (NUMBER_CASES, WHOLE_CASES, claims_inflating_to, claims_stored_size, encrypted,
                                 rezipped, shared_storage, stride_zero_curves, tampered)
from netbuilder.core.files import safe_zip
from netbuilder.core.errors import TrainingError
from netbuilder.core.training import load_checkpoint

ROWS = [[0, 0], [0, 1], [1, 0], [1, 1]]


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A real checkpoint: `netbuilder train xor --epochs 2 --save`."""
    from netbuilder.cli import main
    path = tmp_path_factory.mktemp("good") / "xor.nbckpt"
    assert main(["train", "xor", "--epochs", "2", "--save", str(path)]) == 0
    return path


def refused(path, says: str, **kwargs) -> str:
    """load_checkpoint(path) refuses in one line that names the file, says ``says`` and what to do."""
    with pytest.raises(TrainingError) as caught:
        load_checkpoint(path, **kwargs)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and "\n" not in text, text
    assert says in text, text
    return text


@pytest.mark.parametrize("case", list(NUMBER_CASES))
def test_numbers_beyond_bounds_are_refused_by_the_loader(good, tmp_path, case):
    edit, says = NUMBER_CASES[case]
    refused(tampered(good, tmp_path / "t.nbckpt", edit), says)


@pytest.mark.parametrize("case", list(WHOLE_CASES))
def test_every_part_the_window_uses_is_checked_by_the_loader(good, tmp_path, case):
    edit, says = WHOLE_CASES[case]
    refused(tampered(good, tmp_path / "t.nbckpt", edit), says)


def test_the_untampered_file_passes_every_check(good):
    ckpt = load_checkpoint(good)
    assert [m["epoch"] for m in ckpt.history] == [1, 2] and ckpt.task == "classification"
    assert ckpt.predict(ROWS).shape == (4, 1)


@pytest.mark.parametrize("command", ["predict", "export"])
def test_cli_predict_and_export_refuse_a_huge_threshold_in_one_line(good, tmp_path, capsys, command):
    from netbuilder.cli import main
    bad = tampered(good, tmp_path / "t.nbckpt", NUMBER_CASES["threshold 2**2000"][0])
    args = ["predict", str(bad), "--input", "[[0, 1]]"] if command == "predict" else \
        ["export", str(bad), "--to", str(tmp_path / "m.onnx")]
    code = main(args)
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and str(bad) in err and "problem.threshold is too large" in err, err
    assert not (tmp_path / "m.onnx").exists()


# sizes before anything is allocated (point 9) -----------------------------------------------------------------
def test_compressed_or_encrypted_entries_are_refused_before_torch_reads_the_file(good, tmp_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("torch.load ran on a file whose sizes were not checked")
    monkeypatch.setattr(torch, "load", never)
    text = refused(rezipped(good, tmp_path / "deflated.nbckpt"), "is compressed")
    assert "save it again from netbuilder" in text
    refused(claims_inflating_to(good, tmp_path / "bomb.nbckpt", 4_000_000_000), "would inflate to 4,000,000,000")
    refused(encrypted(good, tmp_path / "locked.nbckpt"), "is encrypted")
    stored = rezipped(good, tmp_path / "stored.nbckpt", zipfile.ZIP_STORED)
    monkeypatch.undo()
    assert load_checkpoint(stored).predict(ROWS).shape == (4, 1)  # stored entries, in any order, are fine


def test_entries_declaring_other_sizes_than_they_store_are_refused(good, tmp_path, monkeypatch):
    """The checkpoint's zip rules are safe_zip's (stored only, declared size equal to stored size, no more than
    the file together), checked before torch reads the file."""
    def never(*args, **kwargs):
        raise AssertionError("torch.load ran on a file whose sizes were not checked")
    monkeypatch.setattr(torch, "load", never)
    size = zipfile.ZipFile(good).getinfo(next(n for n in zipfile.ZipFile(good).namelist()
                                              if n.endswith("data/0"))).file_size
    refused(claims_stored_size(good, tmp_path / "short.nbckpt", size + 1000, size), f"declares {size + 1000:,} "
            f"bytes but stores {size:,}")
    big = good.stat().st_size + 1
    refused(claims_stored_size(good, tmp_path / "big.nbckpt", big, big), "but the file has")


def test_safe_zip_carries_the_checkpoint_rules_as_options(good, tmp_path):
    deflated = rezipped(good, tmp_path / "deflated.zip")
    safe_zip.check_zip_file(deflated, TrainingError)  # deflate is fine for a lesson bundle
    with pytest.raises(TrainingError, match=r"^\S+deflated.zip: its entry .* is compressed"):
        safe_zip.check_zip_file(deflated, TrainingError, stored_only=True)
    big = good.stat().st_size + 1
    inflated = claims_stored_size(good, tmp_path / "big.zip", big, big)
    safe_zip.check_zip_file(inflated, TrainingError, stored_only=True)
    with pytest.raises(TrainingError, match="entries declare .* bytes together but the file has"):
        safe_zip.check_zip_file(inflated, TrainingError, stored_only=True, within_file=True)


def built_for_real(monkeypatch) -> list:
    """The devices compile_design builds on while a checkpoint loads ("meta" allocates nothing)."""
    from netbuilder.core.training import checkpoint
    devices, real = [], checkpoint.compile_design

    def spy(*args, **kwargs):
        devices.append(torch.empty(0).device.type)
        return real(*args, **kwargs)
    monkeypatch.setattr(checkpoint, "compile_design", spy)
    return devices


def _rename(payload):
    payload["state_dict"]["hidden.weightx"] = payload["state_dict"].pop("hidden.weight")


def _transpose(payload):
    payload["state_dict"]["hidden.weight"] = payload["state_dict"]["hidden.weight"].t().contiguous()


def _extra(payload):
    payload["state_dict"]["extra.bias"] = torch.zeros(3)


@pytest.mark.parametrize("edit, says", [
    (_rename, "the design's weight 'hidden.weight' is not in the file"),
    (_transpose, "the weight 'hidden.weight' has shape [2, 8] in the file but [8, 2] in the design"),
    (_extra, "the file holds the weight 'extra.bias', which the design does not have"),
    (NUMBER_CASES["std tiny"][0], "beyond float32's range"),
], ids=["renamed", "transposed", "extra", "std tiny"])
def test_weights_and_preprocessing_are_checked_before_the_model_is_built(good, tmp_path, monkeypatch, edit, says):
    """The names and shapes of the weights (from the design built on the meta device) and the preprocessing's
    range (the Preprocessor's own check) are refused before compile_design allocates a single weight."""
    devices = built_for_real(monkeypatch)
    refused(tampered(good, tmp_path / "t.nbckpt", edit), says)
    assert "cpu" not in devices, devices
    assert load_checkpoint(good) and devices[-2:] == ["meta", "cpu"]


def test_a_view_claiming_more_values_than_its_storage_is_refused(good, tmp_path):
    path = stride_zero_curves(good, tmp_path / "curves.nbckpt")
    assert path.stat().st_size < 10_000
    refused(path, "curves.batch_x claims 2,500,000,000 values")
    refused(path, "claims 2,500,000,000 values", curves=False)  # checked even when the curve is skipped


def grow(payload):
    """A design of 1.6 GB of weights (Input [400], 1,000,000 hidden units) beside the 33 values of xor's."""
    payload["design"]["nodes"][0]["params"]["shape"] = [400]
    payload["design"]["nodes"][1]["params"]["out_features"] = 1_000_000


def test_a_design_larger_than_the_weights_in_the_file_is_refused_before_it_is_built(good, tmp_path):
    refused(tampered(good, tmp_path / "grown.nbckpt", grow), "the design has 402,000,001 weights but the file "
                                                            "holds 33 values")


LIMITED = textwrap.dedent("""
    import re, resource, sys
    from netbuilder.core.errors import NetbuilderError
    from netbuilder.core.training import load_checkpoint
    from netbuilder.core.session.session import TrainingSession
    used = int(re.search(r"VmSize:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
    limit = used + (1 << 30)  # 1 GiB more address space than the imports took
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    for path in sys.argv[1:]:
        try:
            ckpt = load_checkpoint(path)
            ckpt.predict([[0, 1]])
            TrainingSession.from_checkpoint(ckpt).curves.points()  # what the window's open does with it
            print("loaded")
        except NetbuilderError as exc:
            print("refused:", exc)
""")


def test_files_asking_for_gigabytes_are_refused_under_an_address_space_limit(good, tmp_path):
    """In a subprocess allowed 1 GiB more than its imports: the files that ask for 4 GB (an entry's declared
    inflated size), 20 GB (a stride-0 curve, once the window's session copies it out) and 1.6 GB (a design bigger
    than its weights) are refused in one line each, without a MemoryError; the good file opens under the same
    limit."""
    grown = tampered(good, tmp_path / "grown.nbckpt", grow)
    files = [claims_inflating_to(good, tmp_path / "bomb.nbckpt", 4_000_000_000),
             stride_zero_curves(good, tmp_path / "curves.nbckpt"), grown, good]
    run = subprocess.run([sys.executable, "-c", LIMITED, *map(str, files)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 4, run.stdout
    for line, path, says in zip(lines, files, ("would inflate", "claims 2,500,000,000 values", "402,000,001")):
        assert line.startswith(f"refused: {path}: ") and says in line, line
    assert lines[3] == "loaded"


def test_views_of_one_storage_count_once_under_an_address_space_limit(good, tmp_path):
    """994 layers of a million weights each whose 1,990 tensors are views of one 4 MB storage: counted once, the
    file holds a million values, not the 995 million the design asks for; refused before any model is built
    (3.7 GB), under the same 1 GiB limit."""
    path = shared_storage(good, tmp_path / "shared.nbckpt")
    assert path.stat().st_size < 5_000_000
    run = subprocess.run([sys.executable, "-c", LIMITED, str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert run.stdout.startswith(f"refused: {path}: ") and run.stdout.count("\n") == 1, run.stdout
    assert "the design has 994,995,001 weights but the file holds 1,000,000 values" in run.stdout, run.stdout


def test_predict_skips_the_curve(good, tmp_path, capsys):
    """A curve that only drawing would trip over: the window's open refuses it, predict never reads it."""
    from netbuilder.cli import main
    path = tampered(good, tmp_path / "c.nbckpt", lambda p: p.update(curves={
        "batch_x": torch.arange(3, dtype=torch.float64), "batch_loss": torch.ones(2, dtype=torch.float64)}))
    refused(path, "different number of x values and losses")
    assert load_checkpoint(path, curves=False).curves == {}
    assert main(["predict", str(path), "--input", "[[0, 1]]"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("[[") and err == ""
