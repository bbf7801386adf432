"""Errors carry a typed cause, set where they are raised, and the advice after a failure follows the cause (never
the message's words). Generated data only; CPU, one thread."""
from __future__ import annotations

import pytest
import torch

from netbuilder.core.datasets import load_dataset
from netbuilder.core.errors import (ADVICE, Cause, DataError, NetbuilderError, ShapeError, TrainingError, cause_of,
                                    failure_advice)
from netbuilder.core.training.device import resolve_device
from session_helpers import make_session, moons_dict


def test_a_missing_file_and_a_missing_dataset_say_data_missing(tmp_path):
    for spec in ({"name": "csv", "path": str(tmp_path / "nope.csv"), "target": "y"},
                 {"name": "image_folder", "path": str(tmp_path / "nope"), "size": [8, 8]},
                 {"name": "mnist"}):
        with pytest.raises(DataError) as err:
            load_dataset(spec, data_dir=tmp_path, download=False)
        assert err.value.cause is Cause.DATA_MISSING, spec
        assert "data available" in failure_advice(err.value.cause)


def test_data_that_is_there_but_unusable_says_data_invalid(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\n3\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_dataset({"name": "csv", "path": str(path), "target": "y"}, data_dir=tmp_path)
    assert err.value.cause is Cause.DATA_INVALID


def test_a_device_that_is_not_there_says_device():
    for spec in ("gpu", "cuda:99"):
        with pytest.raises(TrainingError) as err:
            resolve_device(spec)
        assert err.value.cause is Cause.DEVICE
        assert "CPU" in failure_advice(err.value.cause)


@pytest.mark.parametrize("error, cause", [(torch.OutOfMemoryError("CUDA out of memory"), Cause.OUT_OF_MEMORY),
                                          (RuntimeError("boom"), Cause.LAYER_CRASH)])
def test_a_run_that_fails_records_its_cause(tmp_path, monkeypatch, error, cause):
    session = make_session(moons_dict(), tmp_path)

    def fail(self, x):
        raise error

    monkeypatch.setattr(torch.nn.Tanh, "forward", fail)
    record = session.run()
    assert record.status == "failed" and record.cause is cause
    assert failure_advice(record.cause) == ADVICE[cause]


def test_a_run_whose_data_is_missing_records_data_missing(tmp_path):
    session = make_session(moons_dict(dataset={"name": "csv", "path": str(tmp_path / "no.csv"), "target": "y"}),
                           tmp_path)
    record = session.run()
    assert record.status == "failed" and record.cause is Cause.DATA_MISSING


def test_a_completed_run_has_no_cause(tmp_path):
    record = make_session(moons_dict(epochs=1), tmp_path).run()
    assert record.status == "completed" and record.cause is None


def test_the_cause_defaults_by_class_and_survives_the_raiser_choosing():
    assert ShapeError("x").cause is Cause.SHAPE and TrainingError("x").cause is Cause.SETTINGS
    assert NetbuilderError("x").cause is Cause.UNKNOWN
    assert DataError("x", cause="data_missing").cause is Cause.DATA_MISSING  # read back from a plain value
    assert cause_of(ValueError("x")) is Cause.LAYER_CRASH and cause_of(MemoryError()) is Cause.OUT_OF_MEMORY
    assert failure_advice(None) == failure_advice("no such cause") == ADVICE[Cause.UNKNOWN]
