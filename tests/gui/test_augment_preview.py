"""Issue 21, augmentation with a preview, the window's side: the Augment panel edits the design's ``augment`` list
through real clicks and keys (one undo step each, checked by the settings schema, in its words), and previews
one sample of the dataset and 16 copies augmented by the training loop's own function, off the GUI thread.

The data is a small folder of generated pictures (tests/helpers.make_folder): nothing is downloaded. Every test
ends with no thread or timer running (tests/gui/conftest.py checks it).
"""
from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from helpers import chain, make_folder
from netbuilder.core.design.settings import AUGMENT_PARAMS, SettingError
from netbuilder.gui.canvas.commands import SetMetaCommand
from netbuilder.gui.panels.augment_data import NOT_IMAGES

SIZE = (12, 16)  # height, width: a picture whose mirror is not itself


@pytest.fixture
def pictures(window, qtbot, tmp_path):
    """The window on a design that trains on a folder of pictures, the Augment panel on screen, its first
    preview drawn."""
    folder = make_folder(tmp_path / "pets", per_class=4, size=SIZE)
    design = chain((3, *SIZE), [("Flatten", None), ("Linear", {"out_features": 2})], loss="cross_entropy",
                   dataset={"name": "image_folder", "path": str(folder)})
    (tmp_path / "pets.json").write_text(json.dumps(design), encoding="utf-8")
    assert window.open_design(tmp_path / "pets.json")
    assert window.show_panel("augmentPanel")
    panel = window.augment_panel
    qtbot.waitUntil(lambda: idle(panel) and panel.preview.copies is not None, timeout=20000)
    return panel


def idle(panel) -> bool:
    return not panel.background.busy and not panel._timer.isActive()


def steps(window) -> list:
    return window.current_design()["training"].get("augment", [])


def type_into(qtbot, field, text: str) -> None:
    """Select the field's text, type ``text`` and press Return, as a person would."""
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (field, field.lineEdit()))
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key_Return)


def drawn(panel, k: int) -> np.ndarray:
    """Image ``k`` (-1: the sample) as the panel painted it, read back from a grab: one pixel per image pixel."""
    grab = panel.preview.grab().toImage()
    rect, (height, width) = panel.preview.image_rect(k), panel.preview.sample.shape[-2:]
    sx, sy = rect.width() // width, rect.height() // height
    assert sx == sy >= 1 and rect.width() == sx * width  # pixel for pixel, a whole multiple
    return np.array([[grab.pixelColor(rect.x() + sx * j + sx // 2, rect.y() + sy * i + sy // 2).getRgb()[:3]
                      for j in range(width)] for i in range(height)])


def test_turning_flip_on_with_p_1_by_clicks_mirrors_every_copy_and_undo_restores(window, qtbot, pictures):
    panel, stack = pictures, window.document.undo_stack
    sample = panel.preview.sample.copy()
    assert np.array_equal(panel.preview.copies, np.repeat(sample[None], 16, axis=0))  # no steps: the image itself
    assert np.array_equal(drawn(panel, 0), drawn(panel, -1))
    before = stack.index()

    qtbot.mouseClick(panel.checks["flip"], Qt.LeftButton)
    assert steps(window) == [{"type": "flip", "p": 0.5, "direction": "horizontal"}]  # the schema's defaults
    assert stack.index() == before + 1 and panel.fields[("flip", "p")].isEnabled()
    type_into(qtbot, panel.fields[("flip", "p")], "1")
    assert steps(window) == [{"type": "flip", "p": 1.0, "direction": "horizontal"}]
    assert stack.index() == before + 2

    mirrored = sample[..., ::-1]
    qtbot.waitUntil(lambda: idle(panel) and np.array_equal(panel.preview.copies[0], mirrored), timeout=20000)
    assert np.array_equal(panel.preview.sample, sample)
    assert all(np.array_equal(copy, mirrored) for copy in panel.preview.copies)
    assert not np.array_equal(mirrored, sample)
    for k in (0, 15):  # the pixels on screen: each copy is the sample's mirror
        assert np.array_equal(drawn(panel, k), drawn(panel, -1)[:, ::-1]), k

    qtbot.keyClick(panel.fields[("flip", "p")], Qt.Key_Z, Qt.ControlModifier)  # Ctrl+Z in the field: the design
    assert steps(window) == [{"type": "flip", "p": 0.5, "direction": "horizontal"}]
    qtbot.waitUntil(lambda: panel.fields[("flip", "p")].value() == 0.5, timeout=1000)
    window.document.undo_stack.undo()
    assert steps(window) == [] and not panel.checks["flip"].isChecked()
    qtbot.waitUntil(lambda: idle(panel) and np.array_equal(panel.preview.copies[0], sample), timeout=20000)


def test_new_sample_shows_another_image_and_rotation_crop_noise_change_the_copies(window, qtbot, pictures):
    panel = pictures
    first = panel.preview.sample.copy()
    qtbot.mouseClick(panel.new_sample, Qt.LeftButton)
    qtbot.waitUntil(lambda: idle(panel) and not np.array_equal(panel.preview.sample, first), timeout=20000)
    for kind in ("rotation", "crop", "noise"):
        qtbot.mouseClick(panel.checks[kind], Qt.LeftButton)
    assert [s["type"] for s in steps(window)] == ["rotation", "crop", "noise"]
    qtbot.waitUntil(lambda: idle(panel) and not np.array_equal(panel.preview.copies[0], panel.preview.sample),
                    timeout=20000)
    copies = panel.preview.copies
    assert copies.shape == (16, *panel.preview.sample.shape) and 0 <= copies.min() and copies.max() <= 1
    assert len({c.tobytes() for c in copies}) == 16  # each copy its own draw
    assert "16 augmented copies" in panel.caption.text()


def test_a_value_the_schema_refuses_is_refused_in_its_words_and_the_design_keeps_its_own(window, qtbot, pictures):
    panel = pictures
    qtbot.mouseClick(panel.checks["crop"], Qt.LeftButton)
    assert steps(window) == [{"type": "crop", "scale": 0.8}]
    index = window.document.undo_stack.index()
    scale = panel.fields[("crop", "scale")]
    assert (scale.minimum(), scale.maximum()) == (0.0, 1.0)  # the schema's bounds (0 excluded: it says so)
    type_into(qtbot, scale, "0")
    with pytest.raises(SettingError) as schema:
        AUGMENT_PARAMS["crop"][0].parse(0.0)
    assert panel.note.isVisible() and panel.note.text() == f"Not changed: augment[0].scale: {schema.value.message}"
    assert steps(window) == [{"type": "crop", "scale": 0.8}] and window.document.undo_stack.index() == index
    assert scale.value() == pytest.approx(0.8)  # the field shows the design's value again
    assert window.statusBar().currentMessage().startswith("Not changed: augment[0].scale")
    type_into(qtbot, scale, "0.5")  # a good value clears the line
    assert steps(window) == [{"type": "crop", "scale": 0.5}] and not panel.note.isVisible()


def test_a_dataset_that_is_not_images_gets_one_line_and_no_preview(window, qtbot, pictures):
    panel = pictures
    assert window.open_design("xor")
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert panel.note.isVisible() and panel.note.text() == NOT_IMAGES
    assert not panel.preview.isVisible() and panel.preview.copies is None
    assert not panel.new_sample.isEnabled()


def test_a_preview_that_cannot_load_says_why_in_one_line(window, qtbot, tmp_path):
    design = chain((3, *SIZE), [("Flatten", None), ("Linear", {"out_features": 2})], loss="cross_entropy",
                   dataset={"name": "image_folder", "path": str(tmp_path / "nowhere")})
    (tmp_path / "d.json").write_text(json.dumps(design), encoding="utf-8")
    assert window.open_design(tmp_path / "d.json")
    assert window.show_panel("augmentPanel")
    panel = window.augment_panel
    qtbot.waitUntil(lambda: idle(panel) and panel.note.text().startswith("No preview: "), timeout=20000)
    assert "\n" not in panel.note.text() and "nowhere" in panel.note.text()
    assert not panel.preview.isVisible()


def test_closing_the_window_finishes_the_preview_in_flight(window, qtbot, pictures):
    import threading
    panel = pictures
    qtbot.mouseClick(panel.new_sample, Qt.LeftButton)  # starts at once (an edit waits a moment first)
    assert panel.background.busy
    window.close()
    assert not panel.background.busy and not panel._timer.isActive()
    assert not [t for t in threading.enumerate() if t.name == "netbuilder-augment"]


def test_a_dataset_that_failed_is_loaded_again_only_when_it_or_the_input_changes_or_on_new_sample(
        window, qtbot, tmp_path, monkeypatch):
    from netbuilder.gui.panels import augment_data

    loads = []
    load_pool = augment_data.load_pool
    monkeypatch.setattr(augment_data, "load_pool", lambda *a, **k: loads.append(a[0]["path"]) or load_pool(*a, **k))
    design = chain((3, *SIZE), [("Flatten", None), ("Linear", {"out_features": 2})], loss="cross_entropy",
                   dataset={"name": "image_folder", "path": str(tmp_path / "pets")})
    (tmp_path / "d.json").write_text(json.dumps(design), encoding="utf-8")
    assert window.open_design(tmp_path / "d.json")
    assert window.show_panel("augmentPanel")
    panel = window.augment_panel
    qtbot.waitUntil(lambda: idle(panel) and panel.note.text().startswith("No preview: "), timeout=20000)
    assert len(loads) == 1 and panel.note.text().endswith("New sample tries again.")
    for kind in ("flip", "noise"):  # design edits: the dataset that failed is not loaded again
        qtbot.mouseClick(panel.checks[kind], Qt.LeftButton)
    window.set_training_options(epochs=3)
    qtbot.waitUntil(lambda: not panel._timer.isActive() and not panel.background.busy, timeout=5000)
    assert len(loads) == 1 and panel.note.text().startswith("No preview: ")
    make_folder(tmp_path / "pets", per_class=4, size=SIZE)  # the data is there now: New sample finds it
    assert panel.new_sample.isEnabled()
    qtbot.mouseClick(panel.new_sample, Qt.LeftButton)
    qtbot.waitUntil(lambda: idle(panel) and panel.preview.copies is not None, timeout=20000)
    assert len(loads) == 2 and not panel.note.isVisible()
    training = dict(window.document.design.training, dataset={"name": "image_folder", "path": str(tmp_path / "gone")})
    window.document.push(SetMetaCommand(window.document.design, "training", training))  # another that fails
    qtbot.waitUntil(lambda: idle(panel) and panel.note.text().startswith("No preview: "), timeout=20000)
    qtbot.mouseClick(panel.checks["flip"], Qt.LeftButton)
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert loads[2:] == [str(tmp_path / "gone")]


def test_the_scaled_pictures_are_made_once_for_the_images_and_the_size(qtbot):
    from netbuilder.gui.panels.augment_view import AugmentPreview

    preview = AugmentPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 10)
    rng = np.random.default_rng(0)
    preview.show_images(rng.random((3, 224, 224)), rng.random((16, 3, 224, 224)))
    preview.show()
    qtbot.waitExposed(preview)
    made = preview.scaled()
    assert len(made) == 17 and made[0].size() == preview.image_rect(-1).size()
    preview.repaint()
    preview.grab()
    assert preview.scaled() is made and all(a is b for a, b in zip(preview.scaled(), made))  # not made again
    preview.resize(400, 10)
    again = preview.scaled()
    assert again is not made and again[1].size() == preview.image_rect(0).size() != made[1].size()
    preview.show_images(rng.random((3, 224, 224)), rng.random((16, 3, 224, 224)))
    assert preview.scaled() is not again
