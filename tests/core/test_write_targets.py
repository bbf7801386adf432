"""Issue 19, point 10: the one writer (core.atomic) refuses a target that is not a regular file before writing
anything, follows a symbolic link, names the file on a full disk, cleans the temporaries of killed saves, and the
CLI keeps a trained run whose save failed and prints a file name that is not UTF-8."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netbuilder.cli import main
from netbuilder.core.files import atomic
from netbuilder.core.files.atomic import clean_stale, replacing, shown, write_atomic

ROOT = Path(__file__).resolve().parents[2]


def test_a_fifo_is_refused_before_anything_is_written(tmp_path):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as info:
        write_atomic(fifo, "{}")  # writing to a FIFO nobody reads would hang; replacing it would destroy it
    assert info.value.filename == str(fifo) and "FIFO" in info.value.strerror and "\n" not in info.value.strerror
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"] and fifo.is_fifo()


def test_a_device_is_refused_before_anything_is_written(tmp_path):
    before = os.stat("/dev/null")
    with pytest.raises(OSError, match="a device is there, not a regular file") as info:
        with replacing("/dev/null"):
            raise AssertionError("the block ran: a temporary file was made in /dev")
    assert info.value.filename == "/dev/null"
    after = os.stat("/dev/null")
    assert (after.st_ino, after.st_rdev, after.st_mode) == (before.st_ino, before.st_rdev, before.st_mode)


def test_the_cli_refuses_a_device_in_one_line_before_training(capsys):
    assert main(["train", "xor", "--epochs", "1", "--save", "/dev/null"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: --save /dev/null: a device is there")


def test_a_symlink_is_followed_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "design.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o640
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "real" / "new.json")
    write_atomic(dangling, "made")
    assert dangling.is_symlink() and (tmp_path / "real" / "new.json").read_text() == "made"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["design.json", "new.json"]


def test_a_link_to_a_fifo_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to(tmp_path / "pipe")
    with pytest.raises(OSError, match="FIFO"):
        write_atomic(tmp_path / "link", "x")


def full_disk(monkeypatch, failing: set):
    """os.replace raises ENOSPC for the targets in ``failing`` (the last step of every save)."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name in failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)
    monkeypatch.setattr(atomic.os, "replace", replace)


def test_a_full_disk_names_the_file_and_leaves_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "design.json"
    target.write_text("old")
    full_disk(monkeypatch, {"design.json"})
    with pytest.raises(OSError) as info:
        write_atomic(target, "new")
    assert info.value.errno == errno.ENOSPC and info.value.filename == str(target)
    assert "disk is full" in info.value.strerror and "save elsewhere" in info.value.strerror
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["design.json"]


def test_a_write_that_fills_the_disk_names_the_file(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="disk is full") as info:
        write_atomic(tmp_path / "x.nbckpt", b"weights")
    assert info.value.filename == str(tmp_path / "x.nbckpt") and list(tmp_path.iterdir()) == []


def test_the_cli_keeps_a_trained_run_whose_save_failed(tmp_path, monkeypatch, capsys):
    from netbuilder.core.training import load_checkpoint
    (tmp_path / "full").mkdir()
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    full_disk(monkeypatch, {"model.nbckpt"})
    code = main(["train", "xor", "--epochs", "2", "--seed", "0", "--save", str(tmp_path / "full" / "model.nbckpt"),
                 "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert code == 2 and "saved" not in out and err.count("\n") == 1
    assert err.startswith(f"error: --save {tmp_path / 'full' / 'model.nbckpt'}: the disk is full")
    kept = list((tmp_path / "here").iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".nbckpt" and f"kept in {kept[0]} instead" in err
    assert list((tmp_path / "full").iterdir()) == []
    assert load_checkpoint(kept[0]).predict([[0, 1]]).shape == (1, 1)


def test_the_next_save_cleans_the_temporaries_of_killed_saves(tmp_path):
    target = tmp_path / "design.json"
    stale = [tmp_path / ".design.json.abc123_x.tmp", tmp_path / ".design.json.def456gh.tmp"]
    for path in stale:
        path.write_text("half a file")
        os.utime(path, (atomic.STARTED - 60, atomic.STARTED - 60))
    fresh = tmp_path / ".design.json.new999xy.tmp"  # made after this process started: maybe another save's
    fresh.write_text("being written")
    other = tmp_path / ".other.json.abc123_x.tmp"  # another target's
    other.write_text("x")
    os.utime(other, (atomic.STARTED - 60, atomic.STARTED - 60))
    write_atomic(target, "whole")
    assert target.read_text() == "whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["design.json", fresh.name, other.name])


def test_the_fake_temporaries_have_the_shape_of_the_writers_own(tmp_path, monkeypatch):
    """The names the tests above fake are those replacing() really makes (mkstemp: 8 of [a-z0-9_])."""
    seen = []
    real = atomic.tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        seen.append(Path(name).name)
        return fd, name
    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    for _ in range(20):
        write_atomic(tmp_path / "design.json", "x")
    assert len(seen) == 20 and all(atomic.is_own_temporary(name, tmp_path / "design.json") for name in seen)
    assert atomic.is_own_temporary(".design.json.abc123_x.tmp", tmp_path / "design.json")


@pytest.mark.parametrize("name", [".design.json.my-backup.tmp", ".design.json.abc123.tmp",
                                  ".design.json.abc123_xy.tmp", ".design.json.ABC123_X.tmp",
                                  ".design.json.abc.1234.tmp", ".design.json.abc123_x.tmp.tmp"])
def test_a_look_alike_file_of_the_person_survives(tmp_path, name):
    """Only names of the writer's exact shape are taken for its stale temporaries: a person's
    ``.design.json.my-backup.tmp``, however old and unlocked, is theirs."""
    target = tmp_path / "design.json"
    theirs = tmp_path / name
    theirs.write_text("my backup")
    os.utime(theirs, (1577836800, 1577836800))  # 2020
    write_atomic(target, "whole")
    assert target.read_text() == "whole" and theirs.read_text() == "my backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["design.json", name])


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS])
def test_a_file_system_without_locks_still_saves(tmp_path, monkeypatch, code):
    """Some NFS or CIFS mounts answer flock with ENOLCK, EOPNOTSUPP or ENOSYS: the save goes on without its lock."""
    def flock(fd, operation):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(atomic.fcntl, "flock", flock)
    target = tmp_path / "design.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["design.json"]


def test_another_lock_failure_still_names_the_file_and_writes_nothing(tmp_path, monkeypatch):
    def flock(fd, operation):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(atomic.fcntl, "flock", flock)
    target = tmp_path / "design.json"
    target.write_text("old")
    with pytest.raises(OSError) as info:
        write_atomic(target, "new")
    assert info.value.errno == errno.EIO and info.value.filename == str(target)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["design.json"]


def test_the_cli_keeps_a_trained_run_when_the_current_folder_is_gone(tmp_path, monkeypatch, capsys):
    """The save fails and the current folder was removed: Path.cwd() raises, and the run goes to the temp folder."""
    import tempfile
    from netbuilder.core.training import load_checkpoint
    (tmp_path / "full").mkdir()
    (tmp_path / "tmp").mkdir()
    (tmp_path / "gone").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path / "gone")
    (tmp_path / "gone").rmdir()
    full_disk(monkeypatch, {"model.nbckpt"})
    code = main(["train", "xor", "--epochs", "2", "--seed", "0", "--save", str(tmp_path / "full" / "model.nbckpt"),
                 "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert code == 2 and "saved" not in out and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"error: --save {tmp_path / 'full' / 'model.nbckpt'}: the disk is full")
    kept = list((tmp_path / "tmp").iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".nbckpt" and f"kept in {kept[0]} instead" in err
    assert list((tmp_path / "full").iterdir()) == [] and not (tmp_path / "home").exists()
    assert load_checkpoint(kept[0]).predict([[0, 1]]).shape == (1, 1)


def test_a_temporary_that_a_live_writer_holds_is_left(tmp_path):
    target = tmp_path / "design.json"
    held = tmp_path / ".design.json.live0000.tmp"
    held.write_text("being written")
    os.utime(held, (atomic.STARTED - 60, atomic.STARTED - 60))
    code = ("import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX); "
            "print('held', flush=True); time.sleep(30)")
    writer = subprocess.Popen([sys.executable, "-c", code, str(held)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline() == "held\n"
        assert clean_stale(target) == [] and held.exists()
    finally:
        writer.kill()
        writer.wait()
    assert clean_stale(target) == [held] and not held.exists()  # the lock gone: a killed save's


def test_a_file_name_that_is_not_utf8_is_written_and_printed(tmp_path):
    name = os.fsdecode(b"caf\xe9.nbckpt")
    assert shown(name) == "caf\\xe9.nbckpt"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "netbuilder", "train", "xor", "--epochs", "1", "--save",
                          name, "--data-dir", str(tmp_path / "data")], cwd=tmp_path, env=env,
                         capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    assert b"saved caf\\xe9.nbckpt" in run.stdout and b"Traceback" not in run.stderr
    assert (tmp_path / name).is_file() and os.fsencode(tmp_path / name).endswith(b"caf\xe9.nbckpt")
    export = subprocess.run([sys.executable, "-m", "netbuilder", "export", "xor", "--to",
                             os.fsdecode(b"s\xff.py")], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert export.returncode == 0 and export.stdout == b"wrote s\\xff.py\n"


def test_stale_only_means_older_than_this_process(tmp_path):
    """A temporary modified now (another save in progress that has not locked yet) is never removed."""
    fresh = tmp_path / ".x.json.aaaaaa.tmp"
    fresh.write_text("")
    assert clean_stale(tmp_path / "x.json") == [] and fresh.exists()
