"""A student's work handed in as one file (core/session/handin.py): saved and loaded whole, a class folder opened
with its broken files named and skipped, and nothing in a file ever run. Short XOR runs on the CPU."""
from __future__ import annotations

import io
import json
import pickle
import zipfile

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.design.presets import preset_path
from netbuilder.core.errors import TrainingError
from netbuilder.core.session.handin import (Work, class_rows, class_runs, load_work, open_class_folder, save_work,
                                            work_payload)
from session_helpers import make_session


def xor_work(tmp_path, student: str, runs: int = 2, epochs: int = 5) -> Work:
    design = load_design(preset_path("xor"))
    design.set_meta("training", {**design.training, "epochs": epochs})
    session = make_session(design, tmp_path)
    records = [session.run() for _ in range(runs)]
    return Work(student=student, design=design_to_dict(session.design), weights=session.state_snapshot(),
                runs=records, lesson={"title": "XOR", "step": 3, "steps": 5, "step_title": "Train"},
                answers={2: f"{student} thinks one line is not enough"})


def test_save_then_load_round_trips_everything(tmp_path):
    work = xor_work(tmp_path, "Ana")
    path = save_work(tmp_path / "ana.nbwork", work)
    back = load_work(path)
    assert back.student == "Ana" and back.design == work.design
    assert back.weights.keys() == work.weights.keys()
    assert all(torch.equal(back.weights[k], work.weights[k]) for k in work.weights)
    assert [r.number for r in back.runs] == [1, 2]
    for mine, theirs in zip(work.runs, back.runs):
        assert theirs.history == mine.history and theirs.settings == mine.settings
        assert np.array_equal(theirs.batch_x, mine.batch_x) and np.array_equal(theirs.batch_loss, mine.batch_loss)
        assert theirs.final == mine.final and theirs.status == mine.status
        assert theirs.boundary["output"].shape == mine.boundary["output"].shape  # the runs view's thumbnail
        assert np.array_equal(theirs.boundary["output"], mine.boundary["output"])
        assert np.array_equal(theirs.boundary["labels"], mine.boundary["labels"])
    assert back.lesson == work.lesson and back.answers == {2: "Ana thinks one line is not enough"}


def test_a_class_folder_opens_every_students_runs_labelled(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("Ana", "Ben", "Chloé"):
        save_work(folder / f"{name}.nbwork", xor_work(tmp_path, name))
    works, problems = open_class_folder(folder)
    assert problems == [] and [w.student for w in works] == ["Ana", "Ben", "Chloé"]
    runs = class_runs(works)
    assert [r.label for r in runs] == ["Ana: Run 1", "Ana: Run 2", "Ben: Run 1", "Ben: Run 2", "Chloé: Run 1",
                                       "Chloé: Run 2"]
    assert [r.number for r in runs] == [1, 2, 3, 4, 5, 6]  # the runs view tells them apart by number
    assert works[0].runs[1].label == "Run 2"  # the loaded work is left as it was
    rows = class_rows(works)
    assert [r["student"] for r in rows] == ["Ana", "Ben", "Chloé"]
    assert rows[0]["lesson"] == "XOR: step 3 of 5" and rows[0]["answers"] == "step 2: Ana thinks one line is not enough"
    assert all(isinstance(r["loss"], float) for r in rows)


def test_broken_files_are_named_in_one_line_and_the_others_open(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    good = save_work(folder / "ana.nbwork", xor_work(tmp_path, "Ana", runs=1))
    data = good.read_bytes()
    (folder / "cut.nbwork").write_bytes(data[: len(data) // 2])  # truncated
    tampered = bytearray(data)
    at = data.find(b'"student"')
    tampered[at:at + 9] = b'"studenT"'  # the bytes change, so the zip's CRC no longer matches
    (folder / "tampered.nbwork").write_bytes(bytes(tampered))
    (folder / "notes.nbwork").write_text("not a work file")
    works, problems = open_class_folder(folder)
    assert [w.student for w in works] == ["Ana"]
    assert len(problems) == 3 and all("\n" not in p for p in problems)
    for name, line in zip(("cut", "notes", "tampered"), problems):
        assert line.startswith(str(folder / f"{name}.nbwork")), line


def test_loading_runs_no_code(tmp_path):
    class Boom:
        def __reduce__(self):
            return (exec, ("open(%r, 'w').write('ran')" % str(tmp_path / "ran.txt"),))

    payload = work_payload(xor_work(tmp_path, "Eve", runs=1))
    payload["weights"]["evil"] = Boom()
    path = _saved(payload, tmp_path / "eve.nbwork")
    with pytest.raises(TrainingError, match="never unpickles") as caught:
        load_work(path)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "ran.txt").exists()
    plain = tmp_path / "plain.nbwork"  # a bare pickle, not even a zip
    plain.write_bytes(pickle.dumps({"format": "netbuilder-work"}))
    with pytest.raises(TrainingError, match="not a readable work file"):
        load_work(plain)


def _saved(payload: dict, path):
    """``payload`` written as torch.save writes a work file (a zip), bypassing the writer's checks."""
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_a_file_whose_parts_do_not_hold_up_is_refused(tmp_path):
    payload = work_payload(xor_work(tmp_path, "Ana", runs=1))
    text = json.loads(payload["work"])
    text["runs"][0]["status"] = "brilliant"
    payload["work"] = json.dumps(text)
    path = _saved(payload, tmp_path / "odd.nbwork")
    with pytest.raises(TrainingError, match=r"odd.nbwork: the work file is damaged \(runs\[0\].status"):
        load_work(path)
    assert zipfile.is_zipfile(path)


def test_a_boundary_that_cannot_be_drawn_is_refused(tmp_path):
    payload = work_payload(xor_work(tmp_path, "Ana", runs=1))
    payload["boundaries"][0]["output"] = payload["boundaries"][0]["output"][:3]  # rows no longer the y axis
    path = _saved(payload, tmp_path / "odd.nbwork")
    with pytest.raises(TrainingError, match=r"runs\[0\].boundary has the wrong shapes"):
        load_work(path)


def test_a_folder_with_more_files_than_opened_says_so(tmp_path, monkeypatch):
    from netbuilder.core.session import handin
    folder = tmp_path / "class"
    folder.mkdir()
    work = xor_work(tmp_path, "Ana", runs=1)
    for name in ("a", "b", "c"):
        save_work(folder / f"{name}.nbwork", work)
    monkeypatch.setattr(handin, "MAX_FILES", 2)
    works, problems = open_class_folder(folder)
    assert len(works) == 2 and len(problems) == 1
    assert "holds 3 work files; the first 2 by name are opened" in problems[0]
