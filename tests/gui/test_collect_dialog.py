"""File > Collect Images… and Try it's live camera, used as a person would: classes named by typing, frames
captured while the button is held (generated frames fed through a QVideoSink, the camera's own path), counts and
thumbnails, a bad picture deleted, files added, the folder written and the design's dataset set to it (one undo
step), then its data loads with those classes; without a camera one line says so. Try it classifies frames fed
through the sink off the GUI thread and shows the frame rate. A real camera is used where one exists."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from helpers import chain, make_folder
from netbuilder.core.datasets.loading import load_dataset
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.gui.common import camera
from netbuilder.gui.window.collect import ClassRow, CollectImagesDialog
from training_helpers import click, wait_finished

RED, GREEN = (220, 30, 30), (30, 200, 60)


def multimedia_or_skip():
    try:
        return camera.multimedia()
    except camera.CameraUnavailable as exc:
        pytest.skip(f"Qt Multimedia cannot load here: {exc.reason}")


def frame(rgb, size=(640, 480)) -> QImage:
    image = QImage(*size, QImage.Format_RGB32)
    image.fill(QColor(*rgb))
    return image


def feed(sink, rgb, times=1) -> None:
    """Frames through the sink, as a camera delivers them: QVideoSink -> videoFrameChanged -> toImage()."""
    qm = multimedia_or_skip()
    for _ in range(times):
        sink.setVideoFrame(qm.QVideoFrame(frame(rgb)))


@pytest.fixture
def dialog(window, qtbot):
    action = window.actions_by_name["actionCollectImages"]
    action.trigger()
    d = window.collectImagesDialog
    assert d is not None and d.objectName() == "collectImagesDialog" and d.isVisible()
    assert window.findChild(CollectImagesDialog, "collectImagesDialog") is d
    qtbot.waitExposed(d)
    yield d
    d.close()


def row_named(d, name) -> ClassRow:
    return next(r for r in d.rows if r.accepted == name)


def type_line(qtbot, line, text) -> None:
    line.setFocus()
    qtbot.keyClick(line, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key_Return)


def test_classes_are_named_renamed_and_removed_by_typing(dialog, qtbot):
    assert dialog.class_names() == ["class 1", "class 2"]
    type_line(qtbot, dialog.new_name, "thumbs up")
    assert dialog.class_names()[-1] == "thumbs up" and dialog.current.accepted == "thumbs up"
    type_line(qtbot, dialog.rows[0].name, "cats")
    type_line(qtbot, dialog.rows[1].name, "CATS")  # taken, whatever its case: refused in one line
    assert dialog.class_names() == ["cats", "class 2", "thumbs up"] and dialog.rows[1].name.text() == "class 2"
    assert "already" in dialog.message.text()
    type_line(qtbot, dialog.new_name, "a/b")
    assert "'/'" in dialog.message.text() and len(dialog.rows) == 3
    qtbot.mouseClick(row_named(dialog, "class 2").remove, Qt.LeftButton)
    assert dialog.class_names() == ["cats", "thumbs up"]


def test_no_camera_says_so_in_one_line_and_add_files_works(dialog, qtbot, tmp_path):
    multimedia_or_skip()
    if camera.multimedia().QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert dialog.message.text() == "No camera found: add pictures from files instead."
    assert not dialog.hold.isEnabled() and dialog.add_files_button.isEnabled()
    folder = make_folder(tmp_path / "mine", per_class=3)
    (tmp_path / "notes.txt").write_text("not a picture")
    paths = sorted(str(p) for p in (folder / "cats").iterdir()) + [str(tmp_path / "notes.txt")]
    dialog.ask_files = lambda: paths
    qtbot.mouseClick(dialog.add_files_button, Qt.LeftButton)
    assert dialog.counts()["class 2"] == 3
    assert "Added 3 pictures to class 2" in dialog.message.text() and "notes.txt" in dialog.message.text()


def test_camera_support_that_cannot_load_is_said_and_files_still_work(window, qtbot, monkeypatch):
    monkeypatch.setitem(camera._loaded, "module", None)
    monkeypatch.setitem(camera._loaded, "why", "libpulse.so.0: cannot open shared object file")
    d = window.collect_images()
    qtbot.waitExposed(d)
    assert d.message.text() == ("No camera support could load (libpulse.so.0: cannot open shared object file): "
                                "add pictures from files instead.")
    assert not d.hold.isEnabled() and d.add_files_button.isEnabled()
    d.close()


def test_holding_the_button_captures_frames_into_the_chosen_class(dialog, qtbot):
    qm = multimedia_or_skip()
    sink = qm.QVideoSink()
    dialog.feed.connect_sink(sink)
    dialog.capture_interval = 0  # every frame while held (the throttle has its own test)
    feed(sink, RED)
    assert dialog.hold.isEnabled() and dialog.live.pixmap().toImage().pixelColor(160, 120) == QColor(*RED)
    assert dialog.counts() == {"class 1": 0, "class 2": 0}  # seen live, not captured
    qtbot.mouseClick(dialog.rows[0].pick, Qt.LeftButton)
    qtbot.mousePress(dialog.hold, Qt.LeftButton)
    feed(sink, RED, 3)
    qtbot.mouseRelease(dialog.hold, Qt.LeftButton)
    assert dialog.message.text().startswith("Captured 3 pictures into “class 1”")
    feed(sink, RED, 2)  # released: not captured
    qtbot.mouseClick(dialog.rows[1].pick, Qt.LeftButton)
    assert dialog.hold.text() == "Hold to capture into “class 2”"
    qtbot.mousePress(dialog.hold, Qt.LeftButton)
    feed(sink, GREEN, 2)
    qtbot.mouseRelease(dialog.hold, Qt.LeftButton)
    assert dialog.counts() == {"class 1": 3, "class 2": 2}
    assert dialog.rows[0].count.text() == "3 pictures"
    icon = dialog.rows[1].thumbs.item(0).icon().pixmap(64, 48).toImage()
    assert icon.pixelColor(icon.width() // 2, icon.height() // 2) == QColor(*GREEN)
    kept = dialog.rows[0].pictures()[0]
    assert max(kept.width(), kept.height()) == 320  # scaled down to MAX_SIDE as kept


def test_captures_are_throttled_to_about_ten_a_second(dialog, qtbot):
    qm = multimedia_or_skip()
    sink = qm.QVideoSink()
    dialog.feed.connect_sink(sink)
    now = [0.0]
    dialog.clock = lambda: now[0]
    feed(sink, RED)  # frames arrive: the button can be held
    qtbot.mousePress(dialog.hold, Qt.LeftButton)
    for t in (0.0, 0.03, 0.06, 0.1, 0.15, 0.21, 0.25):
        now[0] = t
        feed(sink, RED)
    qtbot.mouseRelease(dialog.hold, Qt.LeftButton)
    assert dialog.current.thumbs.count() == 3  # at 0, 0.1 and 0.21 s


def test_a_bad_picture_is_deleted_by_selecting_it_and_pressing_delete(dialog, qtbot):
    row = dialog.rows[0]
    for rgb in (RED, GREEN, RED):
        row.add(frame(rgb, (64, 48)))
    view = row.thumbs
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualItemRect(view.item(1)).center())
    assert view.selectedItems() == [view.item(1)]
    qtbot.keyClick(view, Qt.Key_Delete)
    assert row.thumbs.count() == 2 and row.count.text() == "2 pictures"
    assert all(p.pixelColor(5, 5) == QColor(*RED) for p in row.pictures())
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualItemRect(view.item(0)).center())
    qtbot.mouseClick(dialog.delete_button, Qt.LeftButton)
    assert row.thumbs.count() == 1


def test_use_these_images_writes_the_folder_and_the_design_trains_on_it_at_once(window, dialog, qtbot, tmp_path):
    window.document.load(design_from_dict(chain((3, 16, 16), [
        ("Flatten", None), ("Linear", {"out_features": 2})], dataset={"name": "mnist", "limit": 50}, epochs=2,
        batch_size=4, loss="cross_entropy")))
    type_line(qtbot, dialog.rows[0].name, "red")
    type_line(qtbot, dialog.rows[1].name, "green")
    for rgb, row in ((RED, dialog.rows[0]), (GREEN, dialog.rows[1])):
        for _ in range(4):
            row.add(frame(rgb, (64, 48)))
    folder = tmp_path / "collected"
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(dialog.writes.finished, timeout=20_000):
        qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert sorted(p.name for p in (folder / "red").iterdir()) == ["0001.png", "0002.png", "0003.png", "0004.png"]
    spec = window.current_design()["training"]["dataset"]
    assert spec == {"name": "image_folder", "path": str(folder)}
    assert "the design now trains on them" in dialog.message.text()
    ds = load_dataset(spec, input_shape=(3, 16, 16))
    assert ds.class_names == ["green", "red"] and len(ds.x_train) + len(ds.x_val or []) == 8
    click(qtbot, window, "trainButton")  # Train, at once: the run is on the collected pictures
    outcome = wait_finished(qtbot, window)
    assert outcome["status"] == "completed" and outcome["epochs"] == 2 and window.errors == []
    session = window.training.session
    assert session.class_names == ["green", "red"] and sum(session.split_sizes.values()) == 8
    assert window.inside.predict.class_names == ["green", "red"]
    window.document.undo_stack.undo()  # one undo step back to the dataset before
    assert window.current_design()["training"]["dataset"]["name"] == "mnist"
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)  # the folder holds pictures now: refused, said
    assert "already holds files" in dialog.message.text() and not dialog.writes.busy


def test_use_needs_two_classes_with_pictures(dialog, qtbot):
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert dialog.message.text().startswith("no pictures in class 1, class 2 yet")


def test_a_real_camera_shows_frames_where_one_exists(dialog, qtbot):
    qm = multimedia_or_skip()
    if not qm.QMediaDevices.videoInputs():
        pytest.skip("no camera on this machine")
    qtbot.waitUntil(lambda: dialog.live.pixmap() is not None and not dialog.live.pixmap().isNull(), timeout=10_000)
    qtbot.mousePress(dialog.hold, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.current.thumbs.count() >= 2, timeout=10_000)
    qtbot.mouseRelease(dialog.hold, Qt.LeftButton)


def trained_on_shades(window, qtbot, tmp_path):
    """The predict panel of a window that trained a 3x16x16 picture model (too big to draw) on dark and light."""
    folder = make_folder(tmp_path / "shades", per_class=6, size=(16, 16), classes={"dark": 40, "light": 210})
    design = chain((3, 16, 16), [("Flatten", None), ("Linear", {"out_features": 2}), ("Softmax", None)],
                   dataset={"name": "image_folder", "path": str(folder)}, epochs=2, batch_size=4)
    window.document.load(design_from_dict(design))
    click(qtbot, window, "trainButton")
    wait_finished(qtbot, window)
    panel = window.inside.predict
    window.show_panel(panel.objectName())
    return panel


def test_try_it_classifies_the_live_feed_off_the_gui_thread(window, qtbot, tmp_path):
    qm = multimedia_or_skip()
    panel = trained_on_shades(window, qtbot, tmp_path)
    cam = panel.camera
    assert cam.button.isVisible()
    qtbot.mouseClick(cam.button, Qt.LeftButton)
    assert panel.stack.currentWidget() is cam and cam.classifier.model is not None
    if not qm.QMediaDevices.videoInputs():
        assert cam.message.text().startswith("No camera found")
    sink = qm.QVideoSink()
    cam.feed.connect_sink(sink)
    for i, rgb in enumerate([(220, 220, 220), (20, 20, 20), (220, 220, 220)]):
        feed(sink, rgb)
        feed(sink, rgb)  # arrives while the first is classified: dropped
        qtbot.waitUntil(lambda: cam.classifier.classified == i + 1 and not cam.classifier.busy, timeout=10_000)
    assert cam.classifier.dropped >= 1
    assert "frames a second classified" in cam.rate_label.text() and cam.classifier.rate() > 0
    assert panel.result.text().startswith("prediction: ")  # the top class, as for a drawing
    assert cam.top_label.text().startswith("top: ") and "dark" in cam.top_label.text()
    qtbot.mouseClick(cam.button, Qt.LeftButton)
    assert panel.stack.currentWidget() is not cam and cam.classifier.model is None
    qtbot.mouseClick(cam.button, Qt.LeftButton)  # on again, a frame in flight: closing the window finishes it
    feed(sink, (20, 20, 20))
    assert cam.classifier.busy


def test_try_its_explain_button_explains_the_last_camera_frame_classified(window, qtbot, tmp_path):
    qm = multimedia_or_skip()
    panel = trained_on_shades(window, qtbot, tmp_path)
    cam, explain = panel.camera, window.inside.explain
    assert panel.stack.currentWidget() is panel.message and not panel.explain_button.isVisible()
    assert "16x16" in panel.message.text() and "Press Camera above" in panel.message.text()
    qtbot.mouseClick(cam.button, Qt.LeftButton)
    assert panel.explain_button.isVisible() and "camera frame" in panel.explain_button.toolTip()
    qtbot.mouseClick(panel.explain_button, Qt.LeftButton)  # no frame yet: said, nothing asked
    assert cam.message.text().startswith("No frame classified yet") and explain.result is None
    sink = qm.QVideoSink()
    cam.feed.connect_sink(sink)
    for rgb in ((20, 20, 20), (220, 220, 220)):
        feed(sink, rgb)
        qtbot.waitUntil(lambda: not cam.classifier.busy and cam.classifier.sample is not None, timeout=10_000)
    sample = cam.classifier.sample
    assert sample.shape == (3, 16, 16) and sample.min() >= 200  # the light frame, as the model's raw input
    qtbot.mouseClick(panel.explain_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: explain.result is not None, timeout=30_000)
    assert window.inside.visible("explain") and explain.caption.text().startswith("Your input (Try it)")
    assert np.array_equal(explain.result["input"], sample) and explain.result["index"] is None
    assert explain.result["attributions"].shape == (3, 16, 16)
    qtbot.mouseClick(cam.button, Qt.LeftButton)


def test_try_its_camera_says_to_train_first(window):
    assert window.training.session is None
    assert not window.live_camera.hand_over()
    assert window.inside.predict.camera.message.text() == "Train the network first: then the camera's frames go " \
        "through it."


def test_a_frame_becomes_an_input_as_a_picture_file_does_backbone_crop_included(tmp_path):
    """One truth: the camera's frame goes through the function that reads every training picture, with the layout
    the design's dataset has (a pretrained backbone's resize and centre crop included)."""
    from types import SimpleNamespace

    import torch
    from PIL import Image

    from netbuilder.core.datasets.images import fit_image, read_image
    from netbuilder.gui.common.camera import image_array
    from netbuilder.gui.panels.camera_feed import frame_layout

    backbone = design_from_dict(chain((3, 64, 64), [("Pretrained", {"model": "resnet18", "weights": "imagenet"}),
                                                    ("Linear", {"out_features": 2})]))
    plain = design_from_dict(chain((3, 64, 64), [("Flatten", None), ("Linear", {"out_features": 2})]))
    image = QImage(160, 90, QImage.Format_RGB32)
    image.fill(QColor(*GREEN))
    for x in range(0, 160, 7):
        for y in range(90):
            image.setPixelColor(x, y, QColor(*RED))
    pixels = image_array(image)
    Image.fromarray(pixels).save(tmp_path / "frame.png")
    for design, ratio in ((backbone, 256 / 224), (plain, 0.0)):
        layout = frame_layout(SimpleNamespace(design=design), (3, 64, 64))
        assert layout.shape == (3, 64, 64) and layout.resize_ratio == pytest.approx(ratio)
        assert torch.equal(fit_image(Image.fromarray(pixels), layout), read_image(str(tmp_path / "frame.png"), layout))
