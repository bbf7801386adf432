"""`netbuilder gui CKPT` hands the file to the window, which opens what File > Open opens (issue 19, point 12): the
command line no longer refuses, by its own check, a checkpoint the window accepts."""
from __future__ import annotations

import sys
import types

from netbuilder.cli import main


def test_gui_passes_any_file_to_the_window_unchecked(tmp_path, monkeypatch):
    opened = []
    fake = types.ModuleType("netbuilder.gui.window.app")
    fake.run_app = lambda source: opened.append(source) or 0  # the window, without Qt
    monkeypatch.setitem(sys.modules, "netbuilder.gui.window.app", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    checkpoint = tmp_path / "model.pt"
    checkpoint.write_bytes(b"PK\x03\x04 not checked here: the window's File > Open says what it is")
    assert main(["gui", str(checkpoint)]) == 0
    assert opened == [str(checkpoint)]
