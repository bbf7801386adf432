"""The main window's lessons: open one (a file, a bundle with weights, or a bundled lesson by name), save it with
the trained weights, step through it (the scripting contract's ``open_lesson``, ``save_lesson``, ``lesson_next``,
``lesson_back``, ``lesson_state``). A mixin of :class:`~.main_window.MainWindow`; the steps themselves are
:class:`~.lessons.LessonDriver`'s."""
from __future__ import annotations

from pathlib import Path

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import tr, tr_error


def is_lesson(source) -> bool:
    """Whether File > Open's ``source`` names a lesson: a lesson's JSON file, or a bundled lesson's name."""
    return _is_lesson_file(source) or _is_lesson_name(source)


class WindowLessons:
    def open_lesson(self, source) -> bool:
        """Open a lesson (a file, or a bundled lesson's name): its design on the canvas, its panel in front. A
        lesson that does not load shows why, and nothing changes."""
        if not self._maybe_stop_training() or not self._maybe_save():
            return False
        return self._open_lesson(source)

    def _open_lesson(self, source) -> bool:
        """Open a lesson once the run and unsaved changes were dealt with."""
        from ...core.teaching.lessons import load_lesson
        try:
            lesson = load_lesson(source)
        except NetbuilderError as exc:
            self.show_error(tr("Could not open the lesson"), tr_error(exc))
            return False
        self.lessons.open(lesson)
        self.show_panel("lessonPanel")
        return True

    def close_lesson(self) -> bool:
        """Close the open lesson (False when none is): its locks are lifted, the design stays on the canvas."""
        if self.lessons.lesson is None:
            return False
        self.lessons.close()
        return True

    def save_lesson(self, path) -> Path:
        """The open lesson with the current design's trained weights, as one file that works offline. Raises
        NetbuilderError saying why it cannot. Synchronous, for scripts and tests: the file is there when it returns
        (File > Save Lesson with Weights writes it in the background instead)."""
        return self._lesson_writer(path)()

    def _lesson_writer(self, path):
        """Checks and a copy of the weights (a checkpoint payload), here in the GUI thread while no job uses the
        model; returns the function that serialises them and writes the bundle, in any thread."""
        from ...core.errors import TrainingError
        lesson, session = self.lessons.lesson, self.training.session
        if lesson is None:
            raise TrainingError(msg("no lesson is open: open one first (File > Open)"))
        if session is None or not session.prepared or self.training.busy:
            raise TrainingError(msg("there are no trained weights to save yet: train (and let the run end) first"))
        payload = session.checkpoint_payload()

        def write() -> Path:
            import tempfile
            from ...core.teaching.lessons import save_bundle
            from ...core.training.checkpoint import write_checkpoint
            with tempfile.TemporaryDirectory() as folder:
                checkpoint = Path(folder) / "weights.nbckpt"
                write_checkpoint(checkpoint, payload)
                return save_bundle(lesson, checkpoint, path)
        return write

    def _on_save_lesson(self) -> None:
        path = self.ask_export_path(tr("Save the lesson with its weights"), "lesson.nblesson",
                                    tr("Lessons with weights (*.nblesson)"))
        if path:
            self._export_in_background(lambda: self._lesson_writer(path), path)

    def lesson_next(self) -> bool:
        """Go to the lesson's next step and start its action (False at the end, or while a step still trains)."""
        return self.lessons.next()

    def lesson_back(self) -> bool:
        return self.lessons.back()

    def lesson_state(self) -> dict:
        """``index`` (-1 before the first step), ``title``, ``running`` (the step's run goes on), ``expected_met``
        (True, False, or None where the step expects nothing) and ``done`` (the last step is finished)."""
        return self.lessons.state()


def _is_lesson_name(source) -> bool:
    """A bundled lesson's name that names no file and no preset (a preset of the same name, xor, wins)."""
    from ...core.teaching.lessons import lesson_names
    from ...core.design.presets import preset_names
    name = str(source)
    return not Path(name).exists() and name in lesson_names() and name not in preset_names()


def _is_lesson_file(source) -> bool:
    """A JSON file whose format says lesson (File > Open takes designs, checkpoints and lessons)."""
    import json
    path = Path(str(source))
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        head = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("format") == "netbuilder-lesson"
