"""Hostile lesson bundles (issue 19, point 3): a checkpoint inside that the loader refuses, an encrypted entry, an
unknown compression method, a declared size or a ratio of a zip bomb, damage. Each is refused at open with one
line naming the lesson's file, before anything is inflated (core.safe_zip, the one rule for every zip)."""
from __future__ import annotations

import json
import struct
import zipfile

import pytest

from netbuilder.core.files import safe_zip
from netbuilder.core.design.design_io import load_design
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.teaching.lessons import (BUNDLE_LESSON, BUNDLE_WEIGHTS, LessonError, bundle_checkpoint,
                                              load_lesson, lesson_from_dict, save_bundle)
from netbuilder.core.training import TrainConfig, Trainer, save_checkpoint

GOOD = {"format": "netbuilder-lesson", "version": 1, "title": "T", "design": "xor",
        "steps": [{"title": "Open", "text": "t", "action": {"open": "lesson"}}]}


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ckpt")
    design = load_design("xor")
    design.training["epochs"] = 1
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=folder)
    save_checkpoint(folder / "xor.nbckpt", trainer, trainer.fit())
    return folder / "xor.nbckpt"


def bundle(path, weights: bytes, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr(BUNDLE_LESSON, json.dumps(GOOD))
        z.writestr(BUNDLE_WEIGHTS, weights)
    return path


def tamper(path, name: str, flags: int | None = None, method: int | None = None, size: int | None = None):
    """Edit entry ``name``'s local and central headers in place: its flag bits, compression method, inflated size."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, at_flags, at_size, at_name in ((b"PK\x03\x04", 6, 22, 30), (b"PK\x01\x02", 8, 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + at_name:start + at_name + len(encoded)] == encoded:
                if flags is not None:
                    struct.pack_into("<H", data, start + at_flags, flags)
                if method is not None:
                    struct.pack_into("<H", data, start + at_flags + 2, method)
                if size is not None:
                    struct.pack_into("<I", data, start + at_size, size)
            start += 4
    path.write_bytes(bytes(data))


def no_inflating(monkeypatch):
    """From now on, reading any entry fails the test: the refusal must come from the headers, before a byte is
    inflated."""
    def refuse(*args, **kwargs):
        raise AssertionError("an entry was inflated before its headers were checked")
    monkeypatch.setattr(zipfile.ZipFile, "read", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)


def one_line_naming(exc_info, path):
    message = str(exc_info.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert "netbuilder-lesson-" not in message  # never the temporary copy's name
    return message


def test_a_good_bundle_loads_and_its_checkpoint_predicts(checkpoint, tmp_path):
    path = save_bundle(lesson_from_dict(GOOD), checkpoint, tmp_path / "good.nblesson")
    lesson = load_lesson(path)
    assert lesson.weights == checkpoint.read_bytes()
    assert bundle_checkpoint(lesson).predict([[0.0, 1.0]]).shape[0] == 1


@pytest.mark.parametrize("weights, words", [
    (b"not a checkpoint at all", "not a readable netbuilder checkpoint"),
    (None, "not a netbuilder checkpoint"),  # a PyTorch file without netbuilder's design and settings
])
def test_a_refused_checkpoint_inside_is_refused_at_open_naming_the_lesson(tmp_path, weights, words):
    if weights is None:
        import io
        import torch
        buffer = io.BytesIO()
        torch.save({"format": "something else"}, buffer)
        weights = buffer.getvalue()
    path = bundle(tmp_path / "bad.nblesson", weights)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    message = one_line_naming(info, path)
    assert f"{path}: its {BUNDLE_WEIGHTS}" in message and words in message


@pytest.mark.parametrize("entry, tampering, says", [
    (BUNDLE_WEIGHTS, {"flags": 0x1}, "is encrypted"),
    (BUNDLE_LESSON, {"method": 99}, "compression method 99"),
], ids=["encrypted", "method 99"])
def test_an_entry_netbuilder_cannot_inflate_is_refused_before_reading(checkpoint, tmp_path, monkeypatch, entry,
                                                                      tampering, says):
    path = bundle(tmp_path / "odd.nblesson", checkpoint.read_bytes())
    tamper(path, entry, **tampering)
    no_inflating(monkeypatch)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert says in one_line_naming(info, path)


def test_a_declared_size_too_large_is_refused_before_inflating(checkpoint, tmp_path, monkeypatch):
    path = bundle(tmp_path / "huge.nblesson", checkpoint.read_bytes())
    tamper(path, BUNDLE_WEIGHTS, size=0xF000_0000)  # 3.75 GB
    no_inflating(monkeypatch)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert "more than netbuilder reads" in one_line_naming(info, path)


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path, monkeypatch):
    path = bundle(tmp_path / "bomb.nblesson", bytes(64 << 20))  # 64 MB of zeros deflate to about 64 KB
    assert path.stat().st_size < 1 << 20
    no_inflating(monkeypatch)
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert "zip bomb" in one_line_naming(info, path)


def test_a_damaged_entry_is_one_line(checkpoint, tmp_path):
    path = bundle(tmp_path / "crc.nblesson", checkpoint.read_bytes(), zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x03\x04", 4)  # the weights' local header; flip a byte of its stored data
    data[at + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(LessonError) as info:
        load_lesson(path)
    assert "damaged" in one_line_naming(info, path)


def test_the_same_rule_checks_any_zip(tmp_path):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a", b"12345")
    safe_zip.check_zip_file(path, NetbuilderError)  # a plain stored entry passes
    with pytest.raises(NetbuilderError, match="more than netbuilder reads"):
        safe_zip.check_zip_file(path, NetbuilderError, limit=4)
    tamper(path, "a", method=12)  # bzip2: zipfile could read it, netbuilder does not
    with pytest.raises(NetbuilderError, match=r"x\.zip: its entry 'a' uses compression method 12"):
        safe_zip.check_zip_file(path, NetbuilderError)
    (tmp_path / "y.zip").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(NetbuilderError, match="y.zip: not a readable zip file"):
        safe_zip.check_zip_file(tmp_path / "y.zip", NetbuilderError)


def test_a_bundle_the_reader_would_refuse_is_not_written(checkpoint, tmp_path, monkeypatch):
    """The writer holds to the reader's limit (MAX_WEIGHTS_BYTES): weights larger than it are refused before
    anything is written, in one line naming the bundle, so that netbuilder never saves what it then refuses."""
    from netbuilder.core.teaching import lessons
    monkeypatch.setattr(lessons, "MAX_WEIGHTS_BYTES", checkpoint.stat().st_size - 1)
    target = tmp_path / "big.nblesson"
    with pytest.raises(LessonError) as info:
        save_bundle(lesson_from_dict(GOOD), checkpoint, target)
    message = one_line_naming(info, target)
    assert "weights" in message and "refuse" in message
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(lessons, "MAX_WEIGHTS_BYTES", checkpoint.stat().st_size)  # exactly at the limit: fine
    assert load_lesson(save_bundle(lesson_from_dict(GOOD), checkpoint, target)).weights == checkpoint.read_bytes()
