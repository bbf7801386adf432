"""File > Export > Worksheet: a PDF to hand out (A4 portrait, readable printed in grey) of the current run: the
network as the canvas draws it, its summary (layers, shapes, parameters), the run's settings, its curves, its
decision boundary (two inputs) or confusion matrix, and the open lesson's questions with ruled space to answer;
without a run, the network, summary and settings and a line "Not trained yet". A mixin of
:class:`~.main_window.MainWindow` (it uses the window's ``document``, ``scene``, ``training``, ``lessons``,
dialogs and ``_export_in_background``).

The pages are painted here in the GUI thread (the canvas is a scene; :mod:`.worksheet_pdf` paints into memory);
only the write of the finished bytes, atomic (:mod:`netbuilder.core.files.atomic`), may run elsewhere: the menu's
in :attr:`writes`, :meth:`export_worksheet`'s in the calling thread (a script wants the file when it returns)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import number, tr, tr_error, tr_lesson, tr_text
from . import figures
from .worksheet_pdf import Sheet, draw_boundary, draw_confusion, draw_curves

#: the ruled lines under each question
ANSWER_LINES = 5
RULE_GAP = 22.0
HEADING_ROOM = 40.0  # points: a 13 pt heading and the space around it
NOT_TRAINED = msg("Not trained yet.")


class WindowWorksheet:
    def export_worksheet(self, path) -> Path:
        """The worksheet of the current run as a PDF at ``path`` (written atomically: a failed write leaves what
        was there). Raises NetbuilderError or OSError saying why it could not. Synchronous, for scripts and tests
        (File > Export > Worksheet writes in the background instead)."""
        return self._worksheet_writer(path)()

    def _worksheet_writer(self, path):
        """Paints the pages (here, in the GUI thread) and returns the function that writes them, in any thread."""
        path = Path(path)
        if not path.parent.is_dir():
            raise figures.FigureError(msg("cannot save {path}: the folder {folder} does not exist", path=path,
                                           folder=path.parent))
        pdf = self._worksheet_pdf()

        def write() -> Path:
            from ...core.files.atomic import replacing
            with replacing(path) as tmp:
                Path(tmp).write_bytes(pdf)
            return path
        return write

    def _on_export_worksheet(self) -> None:
        name = Path(self.document.path).stem if self.document.path else (self.document.design.name or "design")
        suggested = name.replace("/", "-").replace("\\", "-") + " worksheet.pdf"
        path = self.ask_export_path(tr("Export a worksheet (PDF)"), suggested, tr("PDF documents (*.pdf)"))
        if path:
            self._export_in_background(lambda: self._worksheet_writer(path), path)

    # the pages --------------------------------------------------------------------------------------------------
    def _worksheet_pdf(self) -> bytes:
        design = self.document.design
        name = design.name or (Path(self.document.path).stem if self.document.path else tr("Untitled design"))
        sheet = Sheet(tr("Worksheet: {name}", name=name))
        sheet.heading(tr("Worksheet: {name}", name=name), size=18)
        sheet.text(tr("netbuilder, {date}        Name: ______________________________",
                      date=QLocale().toString(QDate.currentDate(), "d MMMM yyyy")), grey=1)
        if design.description:
            sheet.text(design.description)
        sheet.heading(tr("The network"))
        sheet.picture(250, self._worksheet_canvas)
        sheet.heading(tr("Summary"))
        _summary(sheet, design)
        record = self._worksheet_run()
        sheet.heading(tr("Training settings"))
        settings = _flat(record.settings if record is not None else design.training)
        sheet.table([(tr("setting"), tr("value"))] + [(k, _value(v)) for k, v in settings.items()], [0.45, 0.55])
        sheet.heading(tr("The run"))
        if record is None:
            sheet.text(tr_text(NOT_TRAINED))
        else:
            self._worksheet_run_pages(sheet, record)
        self._worksheet_questions(sheet)
        return sheet.finish()

    def _worksheet_canvas(self, painter, rect) -> None:
        """The canvas in its light theme whatever the screen shows (presentation mode's dark one would print as a
        black block), then back as it was."""
        was_dark = self.scene.canvas_style.dark
        self.scene.apply_theme(dark=False)
        try:
            figures.paint_canvas(self.scene, painter, rect)
        finally:
            self.scene.apply_theme(dark=was_dark)

    def _worksheet_run(self):
        """The latest run of the current session, when it trained the network now on the canvas (else None)."""
        from ...core.session.runs import network_of
        session = self.training.session
        if session is None or not session.runs:
            return None
        record = session.runs[-1]
        if not record.history or network_of(record.design) != network_of(self.document.design):
            return None
        return record

    def _worksheet_run_pages(self, sheet: Sheet, record) -> None:
        from ...core.session.runs import describe
        sheet.text(tr_text(describe(record)))
        history = record.history
        half = (sheet.area.width() - 16) / 2

        def curves(painter, rect) -> None:
            left = rect.adjusted(0, 0, -(rect.width() - half), 0)
            draw_curves(painter, left, history, [("loss", tr("training")), ("val_loss", tr("validation"))], tr("Loss"))
            right = left.translated(half + 16, 0)
            if any("accuracy" in e for e in history):
                draw_curves(painter, right, history, [("accuracy", tr("training")),
                                                      ("val_accuracy", tr("validation"))], tr("Accuracy"))
            elif any("mae" in e for e in history):
                draw_curves(painter, right, history, [("mae", tr("training")), ("val_mae", tr("validation"))],
                            tr("Mean absolute error"))
        sheet.picture(170, curves)
        grid = record.boundary
        confusion = (record.validation or {}).get("confusion")
        if grid is not None and len(grid.get("axes", ())) == 2 and grid.get("task") == "classification":
            from ..panels.boundary_colors import class_colors
            sheet.heading(tr("Decision boundary"))
            sheet.text(tr("The class the network predicts over the plane of its two inputs (paler where it is "
                          "unsure), with the training points: one shape per class."), size=9, grey=1)
            sheet.picture(220, lambda painter, rect: draw_boundary(painter, rect, grid, class_colors(False)))
        elif confusion is not None:
            sheet.heading(tr("Confusion matrix (validation)"))
            sheet.text(tr("Rows: the true class; columns: the class predicted. Darker: more of the row."), size=9,
                       grey=1)
            names = self.training.session.class_names if self.training.session is not None else None
            n = len(confusion)
            sheet.picture(min(30 + 36 * (n + 1), 400),
                          lambda painter, rect: draw_confusion(painter, rect, confusion, names))

    def _worksheet_questions(self, sheet: Sheet) -> None:
        """The open lesson's questions (its steps whose action is a ``question``), each with ruled lines; the step
        shown now is marked."""
        driver = getattr(self, "lessons", None)
        lesson = driver.lesson if driver is not None else None
        if lesson is None:
            return
        asked = [(i, step) for i, step in enumerate(lesson.steps)
                 if isinstance(step.action, dict) and step.action.get("question")]
        if not asked:
            return
        first = asked[0][1]  # the heading stays on the page of its first question
        sheet.keep(HEADING_ROOM + sheet.text_height(tr_lesson(first.title)) + ANSWER_LINES * RULE_GAP
                   + sheet.text_height(tr_lesson(first.action["question"]), 11))
        sheet.heading(tr("Questions: {lesson}", lesson=tr_lesson(lesson.title)) if getattr(lesson, "title", "")
                      else tr("Questions"))
        for count, (i, step) in enumerate(asked, 1):
            title = (tr("{n}. {step}  (the step shown now)", n=count, step=tr_lesson(step.title))
                     if i == driver.index else tr("{n}. {step}", n=count, step=tr_lesson(step.title)))
            question = tr_lesson(step.action["question"])
            sheet.keep(sheet.text_height(title) + sheet.text_height(question, 11) + ANSWER_LINES * RULE_GAP)
            sheet.text(title, size=10, grey=1)
            sheet.text(question, size=11)
            sheet.ruled(ANSWER_LINES, RULE_GAP)


def _summary(sheet: Sheet, design) -> None:
    from ...core.design.summary import params_text, summarize
    try:
        summary = summarize(design)
    except (NetbuilderError, ValueError) as exc:
        sheet.text(tr("No summary: {reason}", reason=tr_error(exc)))
        return
    rows = [(tr("layer"), tr("type"), tr("output shape"), tr("parameters"))]
    for layer in summary["layers"]:
        shape = "x".join(str(d) for d in layer["output_shape"]) if layer["output_shape"] is not None else "?"
        rows.append((layer["id"], layer["type"], shape, tr_text(params_text(layer["params"], layer["frozen_params"]))))
    sheet.table(rows, [0.25, 0.25, 0.25, 0.25])
    total, frozen = summary["total_params"], summary["frozen_params"]
    sheet.text(tr("Parameters that learn: {total:,} (and {frozen:,} frozen)", total=total, frozen=frozen) if frozen
               else tr("Parameters that learn: {total:,}", total=total))


def _flat(settings) -> dict:
    from ...core.session.runs import flat_settings
    return flat_settings(settings) if isinstance(settings, dict) else {}


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value) or tr("none")
    if isinstance(value, float):
        return number(value, "g")
    return tr("none") if value is None else str(value)
