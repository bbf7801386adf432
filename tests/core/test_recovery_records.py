"""Recovery records read without trusting them (issue 19, point 4): a bad record is set aside (moved into
set-aside/, never deleted) with one line naming it, and the others are still offered; a FIFO or a link named like a
record is never opened; a weights name must be a file in the recovery folder."""
from __future__ import annotations

import json
import os
import threading

import pytest

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.files.recovery import SET_ASIDE, RecoveryError, read_regular, scan, weights_file

DEAD = 424242  # every pid in these tests is "not running" unless alive() says so


def record(**changes):
    data = {"format": "netbuilder-recovery", "version": 1, "pid": DEAD, "saved_at": 1_700_000_000.0,
            "path": None, "weights": None, "design": design_to_dict(load_design("xor"))}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def write(folder, name, data):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def scan_soon(folder, alive=lambda pid: False):
    """scan(), in a thread that must end within 20 s (a FIFO opened for reading would block it for ever)."""
    out = {}
    thread = threading.Thread(target=lambda: out.update(result=scan(folder, alive)), daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive(), "scanning the recovery folder hung"
    return out["result"]


@pytest.mark.parametrize("bad, words", [
    (record(saved_at="yesterday"), "'saved_at' is 'yesterday', not a time"),
    (record(saved_at=1e300), "'saved_at' is 1e+300, not a time"),
    (record(saved_at=-5), "not a time"),
    (record(pid=10**30), "'pid' is 1000000000000000000000000000000, not a process id"),
    (record(pid="12"), "not a process id"),
    (record(design=[]), "its 'design' is a list, not a design"),
    (record(design=...), "its 'design' is missing, not a design"),
    (record(version=7), "version 7 is not one this netbuilder reads"),
    ("{not json", "not valid JSON"),
    ('{"format": "netbuilder-recovery", "pid": 1, "saved_at": NaN}', "not valid JSON: NaN"),
    ("[1, 2]", "not a netbuilder recovery record"),
])
def test_a_bad_record_is_set_aside_with_one_line_and_the_good_one_is_offered(tmp_path, bad, words):
    folder = tmp_path / "recovery"
    path = write(folder, "1.json", bad)
    before = path.read_bytes()
    write(folder, "2.json", record(pid=DEAD + 1))
    records, lines = scan_soon(folder)
    assert [r["pid"] for r in records] == [DEAD + 1]
    assert len(lines) == 1 and lines[0].startswith(f"{path}: ") and words in lines[0] and "\n" not in lines[0]
    assert not path.exists() and (folder / SET_ASIDE / "1.json").read_bytes() == before  # moved, not deleted
    assert f"set aside as {folder / SET_ASIDE / '1.json'}" in lines[0]
    assert scan_soon(folder)[1] == []  # said once: the next start finds it no more


def test_a_fifo_or_a_link_named_like_a_record_is_never_opened(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    os.mkfifo(folder / "1.json")
    secret = write(tmp_path, "secret.json", record())
    os.symlink(secret, folder / "3.json")
    os.mkdir(folder / "4.json")
    write(folder, "2.json", record(pid=DEAD + 1))
    records, lines = scan_soon(folder)
    assert [r["pid"] for r in records] == [DEAD + 1]
    assert [line.split(":")[0] for line in lines] == [str(folder / n) for n in ("1.json", "3.json", "4.json")]
    assert "a FIFO" in lines[0] and "a link" in lines[1] and "a folder" in lines[2]
    assert sorted(p.name for p in (folder / SET_ASIDE).iterdir()) == ["1.json", "3.json", "4.json"]
    assert secret.exists() and json.loads(secret.read_text())["pid"] == DEAD  # the link's target untouched


def test_a_running_processs_record_is_left_alone(tmp_path):
    folder = tmp_path / "recovery"
    path = write(folder, "9.json", record(pid=os.getpid(), saved_at="yesterday"))
    assert scan_soon(folder, alive=lambda pid: pid == os.getpid()) == ([], [])
    assert path.exists() and not (folder / SET_ASIDE).exists()


@pytest.mark.parametrize("weights", ["../../etc/passwd", 5, "/etc/passwd", "..", "sub/x.nbckpt", ""])
def test_a_weights_name_outside_the_folder_is_dropped_and_the_design_kept(tmp_path, weights):
    folder = tmp_path / "recovery"
    write(folder, "1.json", record(weights=weights))
    records, lines = scan_soon(folder)
    assert lines == [] and len(records) == 1 and records[0]["design"]["name"] == "XOR"
    assert records[0]["weights"] is None and len(records[0]["notes"]) == 1
    assert records[0]["notes"][0].startswith(str(folder / "1.json"))
    assert "is not a file in the recovery folder" in records[0]["notes"][0]
    assert weights_file(records[0]) is None


def test_the_weights_must_be_a_regular_file_beside_the_record(tmp_path):
    folder = tmp_path / "recovery"
    write(folder, "1.json", record(weights="1.nbckpt"))
    os.mkfifo(folder / "1.nbckpt")
    (rec,), _ = scan_soon(folder)
    with pytest.raises(RecoveryError, match=r"1\.nbckpt: not a regular file \(a FIFO\)"):
        weights_file(rec)
    os.unlink(folder / "1.nbckpt")
    (folder / "1.nbckpt").write_bytes(b"x")
    assert weights_file(rec) == folder / "1.nbckpt"
    rec["weights"] = "../1.nbckpt"  # changed after the check: refused all the same
    with pytest.raises(RecoveryError, match="not a file in the recovery folder"):
        weights_file(rec)


def test_a_record_larger_than_the_limit_is_not_read(tmp_path):
    path = write(tmp_path, "big.json", "x" * 100)
    with pytest.raises(RecoveryError, match="more than a recovery file can be"):
        read_regular(path, 99)
    assert read_regular(path, 100) == b"x" * 100
