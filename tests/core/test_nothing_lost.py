"""Nothing lost, nothing run: a save killed half way leaves the old file whole, and a checkpoint or lesson carrying a
pickled payload is refused in one clear line without running it. Real processes, real files (all under tmp_path)."""
from __future__ import annotations

import hashlib
import io
import os
import pathlib
import pickle
import select
import shlex
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import torch

from netbuilder.cli import main
from netbuilder.core.design.design_io import load_design, save_design
from netbuilder.core.errors import NetbuilderError, TrainingError
from netbuilder.core.teaching.lessons import LessonError, bundle_checkpoint, lesson_from_dict, load_lesson, save_bundle
from netbuilder.core.training import Trainer, load_checkpoint, save_checkpoint

REPO = Path(__file__).resolve().parents[2]
ROWS = [[0, 0], [0, 1], [1, 0], [1, 1]]
LESSON = {"format": "netbuilder-lesson", "version": 1, "title": "XOR with weights", "design": "xor",
          "steps": [{"title": "Open", "text": "the trained network", "action": {"open": "lesson"}}]}


@pytest.fixture(scope="module")
def xor_trained(tmp_path_factory):
    """The xor preset trained for 1 epoch on the CPU, and its checkpoint file."""
    design = load_design("xor")
    design.training["epochs"] = 1
    trainer = Trainer(design, device="cpu", data_dir=tmp_path_factory.mktemp("data"))
    result = trainer.fit()
    path = tmp_path_factory.mktemp("ckpt") / "xor.nbckpt"
    save_checkpoint(path, trainer, result)
    return trainer, path


# 1. a save killed half way ----------------------------------------------------------------------------------------
# The child saves with the real save_design / save_checkpoint. Only os.fdopen (which write_atomic uses to open its
# temporary file) is wrapped, so that the content goes to disk in quarters and the child stops after each quarter:
# it says how many bytes are on disk and waits for a word from the test ("more": one more quarter, "go": the rest).
# The kill therefore lands while write() has not returned: before the fsync and the rename, provably.
CHILD = r'''
import hashlib, os, sys
from pathlib import Path

kind, target, data_dir = sys.argv[1], Path(sys.argv[2]), sys.argv[3]


def say(*words):
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


class StallingFile:
    def __init__(self, fh):
        self.fh = fh

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.fh.__exit__(*exc)

    def write(self, content):
        data = content.encode("utf-8") if isinstance(content, str) else content
        say("total", len(data), hashlib.sha256(data).hexdigest())
        step, done, word = -(-len(content) // 4), 0, "more"
        for start in range(0, len(content), step):
            piece = content[start:start + step]
            self.fh.write(piece)
            self.fh.flush()
            done += len(piece.encode("utf-8") if isinstance(piece, str) else piece)
            if word == "more":
                say("wrote", done, hashlib.sha256(data[:done]).hexdigest())
                word = sys.stdin.readline().strip()
                if word not in ("more", "go"):  # the test went away: never finish this save
                    os._exit(3)
        return len(content)

    def flush(self):
        self.fh.flush()

    def fileno(self):
        return self.fh.fileno()


from netbuilder.core.design.design_io import load_design, save_design
design = load_design("xor")
if kind == "design":
    design.description = "a much longer description. " * 40000  # about 1 MB
    save = lambda: save_design(design, target)
else:
    from netbuilder.core.training import Trainer, save_checkpoint
    design.name = "XOR retrained"
    design.training.update(epochs=1, seed=1)
    trainer = Trainer(design, device="cpu", data_dir=data_dir)
    result = trainer.fit()
    save = lambda: save_checkpoint(target, trainer, result)
real_fdopen = os.fdopen
os.fdopen = lambda *args, **kwargs: StallingFile(real_fdopen(*args, **kwargs))
save()
say("saved")
'''


class Saver:
    """The child process saving a new ``kind`` ("design" or "checkpoint") over ``target``."""

    def __init__(self, kind: str, target: Path, folder: Path):
        self.errors = folder / f"{kind}-child.stderr"
        with open(self.errors, "wb") as err:
            self.proc = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(target), str(folder / "data")],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, cwd=REPO)
        self.buffer = b""

    def line(self, timeout: float = 120) -> list[str]:
        """The child's next line, as words; fails (with its stderr) if it ends or says nothing for ``timeout``."""
        fd, deadline = self.proc.stdout.fileno(), time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                pytest.fail(f"the saving process said nothing for {timeout} s: {self.errors.read_text()[-2000:]}")
            chunk = os.read(fd, 4096)
            if not chunk:
                pytest.fail(f"the saving process ended (exit {self.proc.wait()}): {self.errors.read_text()[-2000:]}")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode().split()

    def tell(self, word: str) -> None:
        self.proc.stdin.write(word.encode() + b"\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdin.close()
        self.proc.stdout.close()


@pytest.fixture
def start_save(tmp_path):
    savers = []

    def start(kind: str, target: Path) -> Saver:
        savers.append(Saver(kind, target, tmp_path))
        return savers[-1]

    yield start
    for saver in savers:  # a failed test leaves no process behind
        saver.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stall_half_way(saver: Saver, target: Path, old: bytes) -> tuple[int, str, Path]:
    """Let the child write two quarters of its temporary file, checking that the file beside ``target`` holds exactly
    what the child says it wrote, grows, and that ``target`` is still the old file. Returns the size and sha256 of
    the whole new content and the temporary file."""
    word, total, full = saver.line()
    assert word == "total"
    total = int(total)
    assert full != sha(old), "the new content must differ from the old file, or the test proves nothing"
    sizes = []
    for quarter in (1, 2):
        word, done, prefix = saver.line()
        assert word == "wrote"
        temporaries = list(target.parent.glob(f".{target.name}.*.tmp"))
        assert len(temporaries) == 1, sorted(p.name for p in target.parent.iterdir())
        tmp = temporaries[0]
        assert tmp.stat().st_size == int(done) and sha(tmp.read_bytes()) == prefix
        assert target.read_bytes() == old  # not replaced while writing
        sizes.append(int(done))
        if quarter == 1:
            saver.tell("more")
    assert 0 < sizes[0] < sizes[1] < total  # growing, and half way: the rest is not written, nothing renamed
    return total, full, tmp


def kill(saver: Saver) -> None:
    saver.proc.kill()
    assert saver.proc.wait(timeout=30) == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and SIGKILL are POSIX")
def test_a_design_save_killed_half_way_leaves_the_old_file_whole(tmp_path, start_save):
    """SIGKILL in the middle of save_design's write: the old design is still there, byte for byte, and loads."""
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "xor.json"
    save_design(load_design("xor"), target)
    old = target.read_bytes()
    saver = start_save("design", target)
    total, _, tmp = stall_half_way(saver, target, old)
    kill(saver)
    assert target.read_bytes() == old
    assert load_design(target).to_dict() == load_design("xor").to_dict()
    # A killed process cannot clean up, so its half-written temporary file stays (hidden, named .xor.json.*.tmp):
    # acceptable, as long as the target itself is never half written.
    assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, tmp.name])
    assert tmp.stat().st_size < total


@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes is POSIX")
def test_the_stalled_design_save_finishes_when_let_go(tmp_path, start_save):
    """The control for the kill test: the same stalled save, let go instead of killed, replaces the file with the
    new design and leaves no temporary file, so the kill above really interrupted a save that would have landed."""
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "xor.json"
    save_design(load_design("xor"), target)
    saver = start_save("design", target)
    word, total, full = saver.line()
    assert saver.line()[0] == "wrote"
    saver.tell("go")
    assert saver.line() == ["saved"] and saver.proc.wait(timeout=30) == 0
    assert len(target.read_bytes()) == int(total) and sha(target.read_bytes()) == full
    assert load_design(target).description.startswith("a much longer description.")
    assert sorted(os.listdir(folder)) == ["xor.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and SIGKILL are POSIX")
def test_a_checkpoint_save_killed_half_way_leaves_the_old_file_whole(xor_trained, tmp_path, start_save):
    """SIGKILL in the middle of save_checkpoint's write: the old checkpoint is still there, byte for byte, and
    predicts as before."""
    trainer, good = xor_trained
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "xor.nbckpt"
    target.write_bytes(good.read_bytes())
    old = target.read_bytes()
    saver = start_save("checkpoint", target)
    total, _, tmp = stall_half_way(saver, target, old)
    kill(saver)
    assert target.read_bytes() == old
    ckpt = load_checkpoint(target)
    assert ckpt.design.name == "XOR" and (ckpt.predict(ROWS) == trainer.predict(ROWS)).all()
    # the killed child's temporary file stays (see the design test); the target is whole
    assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, tmp.name])
    assert tmp.stat().st_size < total


# 2. pickled payloads are refused, never run -----------------------------------------------------------------------
class Touch:
    """Unpickled, this creates ``path`` (pathlib.Path.touch: pickled as getattr(Path, 'touch'))."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (pathlib.Path.touch, (self.path,))


class Shell:
    """Unpickled, this runs ``touch path`` in a shell (os.system: pickled as the global posix.system)."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (os.system, (f"touch {shlex.quote(str(self.path))}",))


def _in_state_dict(payload, bomb):
    payload["state_dict"] = bomb


def _in_a_weight(payload, bomb):
    payload["state_dict"][next(iter(payload["state_dict"]))] = bomb


def _in_config(payload, bomb):
    payload["config"]["optimizer"] = {"name": "adam", "lr": [bomb]}


def _beside(payload, bomb):
    payload["notes"] = bomb


PLACES = {"the state_dict": _in_state_dict, "a weight": _in_a_weight, "nested in config": _in_config,
          "an extra key": _beside, "the whole file": None}


def armed_checkpoint(good: Path, path: Path, place, bomb) -> Path:
    """The good checkpoint's real payload with ``bomb`` put in its ``place`` (for ``None``, the bomb alone)."""
    payload = torch.load(good, weights_only=True)
    if place is None:
        payload = bomb
    else:
        place(payload, bomb)
    torch.save(payload, path)
    return path


def assert_refused_in_one_line(exc: NetbuilderError, path: Path, unpickle: bool = True) -> None:
    message = str(exc)
    assert "\n" not in message and message.startswith(f"{path}: not a readable netbuilder checkpoint")
    if unpickle:
        assert "holds Python objects" in message and "never unpickles" in message


@pytest.mark.parametrize("bomb", [Touch, Shell])
@pytest.mark.parametrize("place", PLACES, ids=list(PLACES))
def test_a_checkpoint_carrying_a_pickled_payload_is_refused_and_runs_nothing(xor_trained, tmp_path, place, bomb):
    """load_checkpoint refuses a checkpoint with a pickled payload anywhere in it, in one line saying it holds Python
    objects it never unpickles, and the payload never runs; unpickled for real, the same file does run it."""
    _, good = xor_trained
    marker = tmp_path / "pwned"
    path = armed_checkpoint(good, tmp_path / "armed.nbckpt", PLACES[place], bomb(marker))
    with pytest.raises(TrainingError) as caught:
        load_checkpoint(path)
    assert isinstance(caught.value, NetbuilderError)
    assert_refused_in_one_line(caught.value, path)
    assert not marker.exists()
    torch.load(path, weights_only=False)  # the control: the file is armed, full unpickling runs the payload
    assert marker.exists()


def test_the_cli_refuses_a_pickled_checkpoint_in_one_line(xor_trained, tmp_path, capsys):
    """`netbuilder predict` on an armed checkpoint: exit status 2, one `error:` line, nothing printed, nothing run."""
    _, good = xor_trained
    marker = tmp_path / "pwned"
    path = armed_checkpoint(good, tmp_path / "armed.nbckpt", _in_state_dict, Shell(marker))
    assert main(["predict", str(path), "--input", "[[0, 1]]"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith(f"error: {path}: not a readable")
    assert "never unpickles" in err
    assert not marker.exists()
    assert main(["predict", str(good), "--input", "[[0, 1]]"]) == 0  # the same command on the good file works
    assert not marker.exists()


def _plain_pickle(path: Path, bomb) -> None:
    path.write_bytes(pickle.dumps({"format": "netbuilder-checkpoint", "version": 1, "state_dict": bomb}))


def _legacy_torch_save(path: Path, bomb) -> None:  # torch's old format: a pickle stream, not a zip
    torch.save({"format": "netbuilder-checkpoint", "version": 1, "state_dict": bomb}, path,
               _use_new_zipfile_serialization=False)


def _legacy_with_a_zip_behind(path: Path, bomb) -> None:
    """Torch's legacy format with a zip glued on: zipfile.is_zipfile says yes (it looks at the end of the file), so it
    passes load_checkpoint's first check, but torch.load sees no zip at the start and reads the pickle stream."""
    _legacy_torch_save(path, bomb)
    tail = io.BytesIO()
    with zipfile.ZipFile(tail, "w") as z:
        z.writestr("data.pkl", b"")
    path.write_bytes(path.read_bytes() + tail.getvalue())


PICKLES = {"plain pickle": (_plain_pickle, False), "legacy torch.save": (_legacy_torch_save, False),
           "legacy torch.save with a zip behind": (_legacy_with_a_zip_behind, True)}


@pytest.mark.parametrize("kind", PICKLES)
def test_a_pickle_file_given_as_a_checkpoint_is_refused_without_running(tmp_path, kind):
    """A file that is a pickle stream rather than torch's zip (plain, torch's legacy format, or that disguised as a
    zip by one glued behind it) is refused in one line and its payload never runs; unpickled for real, it does."""
    write, says_unpickle = PICKLES[kind]
    marker = tmp_path / "pwned"
    path = tmp_path / "armed.nbckpt"
    write(path, Touch(marker))
    assert zipfile.is_zipfile(path) == says_unpickle
    with pytest.raises(TrainingError) as caught:
        load_checkpoint(path)
    assert_refused_in_one_line(caught.value, path, unpickle=says_unpickle)
    assert not marker.exists()
    if kind == "plain pickle":  # the control: each file is armed
        pickle.loads(path.read_bytes())
    else:
        torch.load(path, weights_only=False)
    assert marker.exists()


def test_a_lesson_whose_weights_carry_a_pickled_payload_is_refused(xor_trained, tmp_path):
    """A .nblesson whose weights.nbckpt is armed: opening the lesson checks its weights through the checkpoint
    loader and refuses it in one line naming the lesson (issue 19); the payload never runs. The same bundle with
    good weights opens and predicts (core.lessons.bundle_checkpoint, what the `open: lesson` step loads)."""
    trainer, good = xor_trained
    marker = tmp_path / "pwned"
    armed = armed_checkpoint(good, tmp_path / "armed.nbckpt", _in_a_weight, Touch(marker))
    lesson = lesson_from_dict(LESSON)
    bundle = save_bundle(lesson, armed, tmp_path / "armed.nblesson")
    with pytest.raises(LessonError) as caught:
        load_lesson(bundle)  # what MainWindow.open_lesson does first
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{bundle}: its weights.nbckpt: not a readable netbuilder")
    assert "holds Python objects" in message and "never unpickles" in message
    assert not marker.exists()

    fine = load_lesson(save_bundle(lesson, good, tmp_path / "good.nblesson"))
    ckpt = bundle_checkpoint(fine)
    assert (ckpt.predict(ROWS) == trainer.predict(ROWS)).all()
    assert not marker.exists()
