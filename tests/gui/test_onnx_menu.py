"""File > Export > Trained model as ONNX: off until the window holds trained weights, then it writes a model that
onnxruntime runs as the window's PyTorch model does (also from an opened checkpoint)."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from netbuilder.core.errors import NetbuilderError

ort = pytest.importorskip("onnxruntime")


def run_onnx(path, x: np.ndarray) -> np.ndarray:
    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(["output"], {"input": x})[0]


def test_export_onnx_menu_after_training(window, qtbot, tmp_path, monkeypatch):
    action = window.findChild(QAction, "actionExportOnnx")
    menu = window.findChild(QMenu, "menuExport")
    assert action is not None and action in menu.actions()
    assert action.text() == "Trained model as &ONNX…"
    assert window.open_design("xor")
    assert not action.isEnabled()
    menu.aboutToShow.emit()  # opening the menu checks again
    assert not action.isEnabled()
    with pytest.raises(NetbuilderError, match="no trained weights to export yet"):
        window.export_onnx(tmp_path / "early.onnx")
    assert not (tmp_path / "early.onnx").exists()

    window.set_training_options(epochs=30)
    assert window.train()
    assert not action.isEnabled()  # while the run trains
    qtbot.waitUntil(lambda: len(window.finished) == 1 and not window.training.busy, timeout=60_000)
    assert window.finished[0]["status"] == "completed"
    assert action.isEnabled()

    written = window.export_onnx(tmp_path / "x.onnx")
    assert written == tmp_path / "x.onnx" and written.is_file()
    x = np.random.default_rng(3).random((7, 2), dtype=np.float32)
    model = window.training.session.trainer.model
    with torch.inference_mode():
        expected = model(torch.from_numpy(x).to(next(model.parameters()).device)).cpu().numpy()
    got = run_onnx(written, x)
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-4)
    np.testing.assert_allclose(got, window.predict(x.tolist()), rtol=0, atol=1e-4)  # xor's inputs are not rescaled

    # the menu entry asks where, then exports (as export_onnx, tested above) to that path, in the background, and
    # says where it went
    from netbuilder.core.exchange import onnx_export
    asked, exported = [], []
    window.ask_export_path = lambda title, suggested, file_filter: asked.append((suggested, file_filter)) or str(
        tmp_path / "menu.onnx")
    monkeypatch.setattr(onnx_export, "export_checkpoint", lambda checkpoint, path: exported.append(path) or written)
    with qtbot.waitSignal(window.writes.finished, timeout=30_000):
        action.trigger()
    assert window.errors == [] and asked == [("XOR.onnx", "ONNX models (*.onnx)")]
    assert exported == [str(tmp_path / "menu.onnx")] and str(written) in window.statusBar().currentMessage()
    monkeypatch.undo()

    # a checkpoint's weights can be exported as soon as it is open; another design has none
    window.training.save_checkpoint(tmp_path / "xor.ckpt")
    assert window.open_design("spirals") and not action.isEnabled()
    assert window.open_design(str(tmp_path / "xor.ckpt")) and action.isEnabled()
    np.testing.assert_allclose(run_onnx(window.export_onnx(tmp_path / "again.onnx"), x), expected, rtol=0,
                               atol=1e-4)
    assert window.errors == []


def test_a_failed_export_shows_one_line_and_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    assert window.open_design("xor")
    window.set_training_options(epochs=2)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) == 1 and not window.training.busy, timeout=60_000)
    monkeypatch.setitem(__import__("sys").modules, "onnx", None)
    window.ask_export_path = lambda *args: str(tmp_path / "m.onnx")
    with qtbot.waitSignal(window.writes.finished, timeout=30_000):
        window.findChild(QAction, "actionExportOnnx").trigger()
    assert len(window.errors) == 1
    title, message = window.errors[0]
    assert title == "Export failed" and "\n" not in message and "pip install 'netbuilder[onnx]'" in message
    assert not (tmp_path / "m.onnx").exists()
