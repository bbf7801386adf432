"""File > Export > Worksheet and ``MainWindow.export_worksheet``: a PDF (Qt's own writer) of the current run that
QtPdf reads back: the design's name, the lesson's questions, the settings, the network drawn on page 1; before a
run, "Not trained yet"; a write that fails says so in one line and leaves no file."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu

QtPdf = pytest.importorskip("PySide6.QtPdf")


def read_pdf(path) -> tuple[int, str, QImage]:
    """Pages, all text without its spaces (pdfium guesses them from the glyphs' gaps), and page 1 rendered at
    about 100 dpi."""
    assert path.read_bytes().startswith(b"%PDF")
    document = QtPdf.QPdfDocument()
    assert document.load(str(path)) == QtPdf.QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(i).text() for i in range(pages))
    image = document.render(0, QSize(827, 1169)).convertToFormat(QImage.Format_RGB888)
    document.close()
    return pages, "".join(text.split()), image


def pixels(image: QImage) -> np.ndarray:
    ptr = image.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())[:, :image.width() * 3] \
        .reshape(image.height(), image.width(), 3).copy()


def open_xor_lesson(window) -> None:
    from netbuilder.core.teaching.lessons import lessons_dir
    assert window.open_lesson(lessons_dir() / "xor.json")


def test_a_worksheet_before_and_after_a_short_xor_run(window, qtbot, tmp_path):
    open_xor_lesson(window)
    name = window.document.design.name
    before = window.export_worksheet(tmp_path / "before.pdf")
    pages, text, _ = read_pdf(before)
    assert pages >= 1 and "Nottrainedyet" in text and name.replace(" ", "") in text
    assert "Canonestraightlineput(0,1)and(1,0)ononeside" in text  # the lesson's questions
    assert "whathappenstothenetworkwhenoneofthemdies?" in text

    window.set_training_options(epochs=20, lr=0.05)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) == 1 and not window.training.busy, timeout=60_000)
    assert window.finished[0]["status"] == "completed"
    written = window.export_worksheet(tmp_path / "w.pdf")
    assert written == tmp_path / "w.pdf"
    pages, text, page1 = read_pdf(written)
    assert pages >= 1 and "Nottrainedyet" not in text
    assert "Worksheet:" + name.replace(" ", "") in text and "Summary" in text and "Parametersthatlearn" in text
    for setting in ("optimizer.lr", "0.05", "epochs", "20", "batch_size", "dataset.name", "xor"):
        assert setting in text, setting
    assert "Completed:20epochs" in text and "Loss" in text and "Decisionboundary" in text
    assert "Canonestraightlineput(0,1)and(1,0)ononeside" in text
    assert not list(tmp_path.glob(".*.tmp"))

    rgb = pixels(page1).astype(int)
    assert (rgb.min(axis=2) < 100).mean() > 0.005  # text and lines: not a blank page
    # the network: the canvas's cards in their layers' colours, in the middle of page 1 (text is black or grey)
    middle = rgb[200:700, 250:580]
    coloured = (middle.max(axis=2) - middle.min(axis=2)) > 60
    assert coloured.sum() > 200

    # a dark canvas (presentation mode's) prints in its light theme, and stays dark on the screen
    window.scene.apply_theme(dark=True)
    _, _, dark_page = read_pdf(window.export_worksheet(tmp_path / "dark.pdf"))
    assert window.scene.canvas_style.dark
    assert np.abs(pixels(dark_page).astype(int)[200:700] - rgb[200:700]).mean() < 1  # the same page as before


def test_the_menu_entry_writes_it_in_the_background(window, qtbot, tmp_path):
    action = window.findChild(QAction, "actionExportWorksheet")
    assert action is not None and action in window.findChild(QMenu, "menuExport").actions()
    assert window.open_design("xor")
    asked = []
    window.ask_export_path = lambda title, suggested, file_filter: asked.append((suggested, file_filter)) or str(
        tmp_path / "menu.pdf")
    with qtbot.waitSignal(window.writes.finished, timeout=30_000):
        action.trigger()
    assert window.errors == [] and asked == [("XOR worksheet.pdf", "PDF documents (*.pdf)")]
    pages, text, _ = read_pdf(tmp_path / "menu.pdf")
    assert pages >= 1 and "Worksheet:XOR" in text and "Nottrainedyet" in text
    assert "Questions" not in text  # no lesson open: no questions
    assert str(tmp_path / "menu.pdf") in window.statusBar().currentMessage()


def test_a_failed_write_shows_one_line_and_leaves_no_file(window, qtbot, tmp_path):
    from netbuilder.core.errors import NetbuilderError
    assert window.open_design("xor")
    action = window.findChild(QAction, "actionExportWorksheet")
    window.ask_export_path = lambda *args: str(tmp_path / "no such folder" / "w.pdf")
    action.trigger()  # refused before anything is painted or written
    assert len(window.errors) == 1 and "\n" not in window.errors[0][1]
    assert "does not exist" in window.errors[0][1]
    with pytest.raises(NetbuilderError, match="does not exist"):
        window.export_worksheet(tmp_path / "no such folder" / "w.pdf")

    (tmp_path / "taken.pdf").mkdir()  # a folder where the file would go: the write itself fails
    window.ask_export_path = lambda *args: str(tmp_path / "taken.pdf")
    with qtbot.waitSignal(window.writes.finished, timeout=30_000):
        action.trigger()
    assert len(window.errors) == 2 and "\n" not in window.errors[1][1] and "taken.pdf" in window.errors[1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"] and not any((tmp_path / "taken.pdf").iterdir())
    with pytest.raises(OSError):
        window.export_worksheet(tmp_path / "taken.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]


def test_a_confusion_matrix_reads_in_grey():
    """Counts are written in each cell, black on pale and white on dark grey, the classes named."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from netbuilder.gui.window.worksheet_pdf import draw_confusion
    image = QImage(300, 200, QImage.Format_RGB888)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    draw_confusion(painter, QRectF(0, 0, 300, 200), [[9, 1], [0, 10]], ["cat", "dog"])
    painter.end()
    rgb = pixels(image)
    assert (rgb.max(axis=2) - rgb.min(axis=2)).max() < 30  # greys only
    assert rgb.min() < 60 and (rgb.sum(axis=2) < 200).sum() > 100  # dark cells where the row's count is


def test_a_worksheet_in_german_keeps_the_questions_heading_with_its_first_question(window, tmp_path):
    """The window's language is the worksheet's; the questions' heading never ends a page alone (in German the
    XOR lesson's first page fills up just before it)."""
    from netbuilder.gui.common import i18n
    window.set_language("de")
    try:
        open_xor_lesson(window)
        path = tmp_path / "blatt.pdf"
        window.export_worksheet(str(path))
        heading = "".join(i18n.tr("Questions: {lesson}", lesson=i18n.tr_lesson(window.lessons.lesson.title)).split())
        first = next(s for s in window.lessons.lesson.steps if isinstance(s.action, dict) and s.action.get("question"))
        first_title = "".join(i18n.tr_lesson(first.title).split())
        assert heading.startswith("Fragen")
        document = QtPdf.QPdfDocument()
        assert document.load(str(path)) == QtPdf.QPdfDocument.Error.None_
        pages = ["".join(document.getAllText(i).text().split()) for i in range(document.pageCount())]
        document.close()
        page = next(p for p in pages if heading in p)
        assert first_title in page[page.index(heading):], pages
    finally:
        window.set_language("en")
