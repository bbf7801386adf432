"""Try it on the live camera: how many frames a second it classifies with ``mobilenet_v3_small`` (goal: at least
10 on a laptop CPU).

A design Input [3, 224, 224] -> Pretrained mobilenet_v3_small (frozen; its weights a state_dict file of a randomly
initialised model, as tests/helpers.py's imagenet_stand_in writes one: trained weights, so the path the "Your own
pictures" preset's frames take, the backbone's 256/224 resize, centre crop and ImageNet normalisation included)
-> Linear 2 is trained for one epoch on a small generated image folder; its copy (``as_checkpoint``, as the window
hands Try it) classifies generated 640x480 frames that a QTimer feeds at 30 a second through a QVideoSink, the
camera's own path (videoFrameChanged -> toImage() -> the classifier, off the GUI thread, frames dropped while one is
in flight). The reference: the same model's prediction alone (preprocessing and forward pass) on a frame already
resized and cropped, in this process.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_camera.py [--seconds 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CAMERA_HZ = 30


def design(folder: Path, weights: Path) -> dict:
    nodes = [{"id": "x", "type": "Input", "params": {"shape": [3, 224, 224]}},
             {"id": "backbone", "type": "Pretrained",
              "params": {"model": "mobilenet_v3_small", "weights": str(weights), "trainable": "none"}},
             {"id": "head", "type": "Linear", "params": {"out_features": 2}}]
    return {"name": "camera bench", "nodes": nodes,
            "edges": [{"source": "x", "target": "backbone"}, {"source": "backbone", "target": "head"}],
            "training": {"dataset": {"name": "image_folder", "path": str(folder), "validation": 0},
                         "epochs": 1, "batch_size": 8, "loss": "cross_entropy"}}


def trained_copy(tmp: Path):
    import numpy as np
    from PIL import Image

    from netbuilder.core.design.design_io import design_from_dict
    from netbuilder.core.session import TrainingSession

    rng = np.random.default_rng(0)
    for name, shade in (("dark", 50), ("light", 200)):
        (tmp / "pics" / name).mkdir(parents=True)
        for i in range(4):
            pixels = np.clip(shade + rng.normal(0, 25, (48, 64, 3)), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(tmp / "pics" / name / f"{i:04d}.png")
    import torch
    import torchvision

    torch.manual_seed(0)
    weights = tmp / "mobilenet_v3_small.pth"  # a state_dict file: loaded as ImageNet's weights are
    torch.save(torchvision.models.mobilenet_v3_small(weights=None).state_dict(), weights)
    session = TrainingSession(design_from_dict(design(tmp / "pics", weights)), device="cpu", data_dir=tmp)
    session.run()
    return session.as_checkpoint()


def measure(seconds: float = 3.0) -> dict:
    import torch
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    from netbuilder.gui.common.camera import CameraFeed, image_array, multimedia
    from netbuilder.gui.panels.camera_feed import LiveClassifier, frame_layout

    app = QApplication.instance() or QApplication([])  # noqa: F841 (the event loop needs it)
    qm = multimedia()
    with tempfile.TemporaryDirectory() as tmp:
        model = trained_copy(Path(tmp))
    frames = []
    for i in range(8):
        image = QImage(640, 480, QImage.Format_RGB32)
        image.fill(QColor(30 * i, 255 - 30 * i, 128))
        frames.append(image)

    # the reference: the model's prediction alone (preprocessing and forward pass) on a frame already resized
    from PIL import Image

    from netbuilder.core.datasets.images import fit_image
    layout = frame_layout(model, model.input_shape)
    assert layout.resize_ratio > 1, "the backbone's resize and centre crop apply"
    pixels = image_array(frames[0])
    sample = fit_image(Image.fromarray(pixels), layout).numpy()[None]
    for _ in range(5):  # warm up (the first passes pick and build their kernels)
        model.predict(sample)
    times, begun = [], time.perf_counter()
    while time.perf_counter() - begun < min(2.0, seconds) or len(times) < 5:
        start = time.perf_counter()
        model.predict(sample)
        times.append(time.perf_counter() - start)
    forward_s = statistics.median(times)  # the median: a busy machine's stalls do not count

    feed, classifier, sink = CameraFeed(), LiveClassifier(), qm.QVideoSink()
    feed.connect_sink(sink)
    feed.frameArrived.connect(classifier.take)
    classifier.set_model(model, model.input_shape)
    sent = [0]

    def tick():
        sink.setVideoFrame(qm.QVideoFrame(frames[sent[0] % len(frames)]))
        sent[0] += 1

    timer = QTimer()
    timer.setInterval(round(1000 / CAMERA_HZ))
    timer.timeout.connect(tick)
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    start = time.perf_counter()
    loop.exec()  # the camera's timer and the classifier's answers come through the event loop, as in the window
    timer.stop()
    elapsed = time.perf_counter() - start
    classifier.wait()
    done = classifier.classified
    return {"seconds": round(elapsed, 2), "frames_sent": sent[0], "frames_classified": done,
            "frames_dropped": classifier.dropped, "classified_per_second": round(done / elapsed, 1),
            "rate_shown": round(classifier.rate(), 1), "predict_ms": round(forward_s * 1000, 1),
            "per_frame_ms": round(elapsed / max(done, 1) * 1000, 1),
            "ratio_per_frame_to_predict": round(elapsed / max(done, 1) / forward_s, 2),
            "torch_threads": torch.get_num_threads()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.seconds)
    if args.json:
        print(json.dumps(result))
        return
    print(f"mobilenet_v3_small, 224x224, {result['torch_threads']} torch threads: "
          f"{result['classified_per_second']} frames a second classified of {CAMERA_HZ} a second sent "
          f"({result['frames_dropped']} dropped while busy); {result['per_frame_ms']} ms a frame against "
          f"{result['predict_ms']} ms for the prediction alone (x{result['ratio_per_frame_to_predict']})")


if __name__ == "__main__":
    main()
