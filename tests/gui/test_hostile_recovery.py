"""Hostile recovery records in the window (issue 19, point 4): a bad record never stops start-up (it is set aside
with one line, the good one is still offered); after choosing to restore, weights that are not a file in the
recovery folder, or a truncated weights file, give back the intact design with a message."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.files.recovery import SET_ASIDE
from netbuilder.core.training import TrainConfig, Trainer, save_checkpoint
from netbuilder.gui.window import autosave


@pytest.fixture
def dead_pid(monkeypatch):
    """A pid no longer running; the ones after it are taken as not running too (only this process runs)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    monkeypatch.setattr(autosave, "_alive", lambda pid: pid == os.getpid())
    return proc.pid


def record(pid, **changes):
    design = design_to_dict(load_design("xor"))
    design["training"]["epochs"] = 7  # the unsaved edit that must come back
    data = {"format": "netbuilder-recovery", "version": 1, "pid": pid, "saved_at": 1_700_000_000.0,
            "path": None, "weights": None, "design": design}
    data.update(changes)
    return data


def put(folder, pid, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pid}.json").write_text(json.dumps(data))
    return folder / f"{pid}.json"


def test_bad_records_do_not_stop_start_up(window, tmp_path, dead_pid, capsys):
    folder = window.autosave.folder
    put(folder, dead_pid, record(dead_pid, saved_at="yesterday"))
    (folder / "7.json").write_text(json.dumps(record(10**30)))
    put(folder, dead_pid + 1, record(dead_pid + 1, design=[]))
    good = put(folder, "good", record(dead_pid + 2))
    offered = []
    window.ask_restore = lambda r: offered.append(r["pid"]) or True
    assert window.offer_recovery() is True
    assert offered == [dead_pid + 2] and window.document.design.training["epochs"] == 7 and window.document.dirty
    assert window.errors == [] and not good.exists()  # taken in, then removed as before
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("netbuilder: damaged recovery file: ") for line in err)
    assert sorted(p.name for p in (folder / SET_ASIDE).iterdir()) == sorted(
        ["7.json", f"{dead_pid + 1}.json", f"{dead_pid}.json"])


@pytest.mark.parametrize("weights", ["../../etc/passwd", 5])
def test_weights_outside_the_folder_give_the_design_back_with_a_message(window, dead_pid, weights):
    put(window.autosave.folder, dead_pid, record(dead_pid, weights=weights))
    window.ask_restore = lambda r: True
    assert window.offer_recovery() is True
    assert window.document.design.training["epochs"] == 7 and window.training.session is None
    assert len(window.errors) == 1 and "not a file in the recovery folder" in window.errors[0][1]


def test_a_truncated_weights_file_gives_the_design_back(window, tmp_path, dead_pid):
    design = load_design("xor")
    design.training["epochs"] = 1
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    folder = window.autosave.folder
    folder.mkdir(parents=True, exist_ok=True)
    weights = folder / f"{dead_pid}.nbckpt"
    save_checkpoint(weights, trainer, trainer.fit())
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])  # killed, or a full disk
    put(folder, dead_pid, record(dead_pid, weights=weights.name))
    window.ask_restore = lambda r: True
    assert window.offer_recovery() is True
    assert window.document.design.training["epochs"] == 7 and sorted(window.document.design.nodes) == [
        "act", "hidden", "out", "prob", "x"]
    (title, message), = window.errors
    assert message.startswith(str(weights)) and "restored without its trained weights" in message
    assert "\n" not in message


def test_autosave_writes_only_what_reads_back(window):
    assert window.open_design("xor")
    window.set_training_options(epochs=3)  # unsaved: there is something to autosave
    window.document.design.name = "XOR \ud800"  # got in by a path no loader guards
    assert window.autosave.save_now() is False and not window.autosave.design_path.exists()
    assert "invalid character" in window.statusBar().currentMessage()
    window.document.design.name = "XOR"
    assert window.autosave.save_now() is True and window.autosave.design_path.exists()
