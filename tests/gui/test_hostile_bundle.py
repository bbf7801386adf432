"""A hostile lesson bundle opened in the window (issue 19, point 3): refused at File > Open in one line naming the
lesson's file (not a temporary copy), and the design on the canvas stays as it was."""
from __future__ import annotations

import json
import struct
import zipfile

import pytest

GOOD = {"format": "netbuilder-lesson", "version": 1, "title": "T", "design": "xor",
        "steps": [{"title": "Open", "text": "t", "action": {"open": "lesson"}}]}


def encrypted(path):
    """Set flag bit 0x1 (encrypted) on every entry's local and central header."""
    data = bytearray(path.read_bytes())
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            struct.pack_into("<H", data, start + at, struct.unpack_from("<H", data, start + at)[0] | 0x1)
            start += 4
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("attack, words", [(None, "its weights.nbckpt: not a readable netbuilder checkpoint"),
                                           (encrypted, "is encrypted")])
def test_a_hostile_bundle_is_refused_and_changes_nothing(window, tmp_path, attack, words):
    assert window.open_design("spirals")
    path = tmp_path / "hostile.nblesson"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("lesson.json", json.dumps(GOOD))
        z.writestr("weights.nbckpt", b"PK\x03\x04 not a checkpoint")
    if attack:
        attack(path)
    assert not window.open_design(str(path))
    (title, message), = window.errors
    assert message.startswith(str(path)) and words in message and "\n" not in message
    assert window.document.design.name == "Two spirals" and window.lessons.lesson is None
