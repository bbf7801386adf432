"""Students' work handed in: File > Save My Work… (``actionSaveWork``: the design, its weights, the runs, the lesson
and the step reached, the answers typed under its questions and the student's name in one ``.nbwork`` file) and
File > Open Class Folder… (``actionOpenClassWork``: every work file of a folder, each student's runs side by side in
the runs view as "Ana: Run 2", and the class's short table in its "Class" tab, objectName ``classWorkTable``, with
a line for each file that could not be read, ``classWorkProblems``). The file format is the core's
(:mod:`netbuilder.core.session.handin`). A mixin of :class:`~.main_window.MainWindow`; scripts call
:meth:`save_work` and :meth:`open_class_work`."""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QInputDialog, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import NetbuilderError
from ...core.text import msg
from ..common.i18n import number, tr, tr_error, tr_text
from ..teaching.answers import LessonAnswers

WORK_FILTER = msg("netbuilder work (*.nbwork);;All files (*)")
COLUMNS = (("student", msg("student")), ("lesson", msg("lesson step")), ("runs", msg("runs")),
           ("accuracy", msg("final accuracy")), ("loss", msg("final loss")), ("answers", msg("answers")))


def _shown(value) -> str:
    if isinstance(value, float):
        return number(value, ".4g")
    return "" if value is None else str(value)


class ClassWorkTab(QWidget):
    """The runs view's "Class" tab: a row per student (``classWorkTable``) and the files skipped
    (``classWorkProblems``, one line each)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classWorkTab")
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("classWorkTable")
        self.table.setHorizontalHeaderLabels([tr_text(label) for _key, label in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.Stretch)  # the answers take what is left
        self.problems = QLabel("")
        self.problems.setObjectName("classWorkProblems")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)

    def show_class(self, folder, rows: list[dict], problems: list[str]) -> None:
        self.heading.setText(
            tr("{n} student's work from {folder}; each run is a row of the runs table and a curve in the Curves tab, "
               "labelled with the student's name.", n=len(rows), folder=folder) if len(rows) == 1 else
            tr("{n} students' work from {folder}; each run is a row of the runs table and a curve in the Curves tab, "
               "labelled with the student's name.", n=len(rows), folder=folder))
        self.table.setRowCount(len(rows))
        for row, data in enumerate(rows):
            for col, (key, _label) in enumerate(COLUMNS):
                value = data.get(key)
                if key == "accuracy" and isinstance(value, float):
                    text = number(100 * value, ".1f") + "%"
                else:
                    text = _shown(value)
                item = QTableWidgetItem(text)
                item.setToolTip(data.get("file", "") if key == "student" else text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        files = "\n".join(problems)
        self.problems.setText("" if not problems else
                              tr("Skipped {n} file that could not be read:\n{files}", n=1, files=files)
                              if len(problems) == 1 else
                              tr("Skipped {n} files that could not be read:\n{files}", n=len(problems), files=files))
        self.problems.setVisible(bool(problems))


class WindowWork:
    """The window's part in handing work in and opening a class's work."""

    def _make_work_actions(self) -> None:
        """The two File menu entries, after Save Lesson; the answer box under a lesson's question steps."""
        self.lesson_answers = LessonAnswers(self.lessons, self, presenting=lambda: self.presentation.on)
        self.actions_by_name["actionPresentation"].toggled.connect(lambda _on: self.lesson_answers.refresh())
        self.class_tab = None  # the runs view's "Class" tab, made when a class folder is first opened
        self._student = ""
        items = (self._action("actionSaveWork", tr("Save My &Work…"), self._on_save_work, None,
                              tr("Your design, weights, runs, lesson step and answers as one file to hand in")),
                 self._action("actionOpenClassWork", tr("Open &Class Folder…"), self._on_open_class_work, None,
                              tr("Open every student's work file of a folder: their runs side by side in the Runs "
                                 "view")))
        after = self.actions_by_name["actionSaveLesson"]
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and after in menu.actions():
                entries = menu.actions()
                at = entries.index(after) + 1
                menu.insertActions(entries[at] if at < len(entries) else None, list(items))
                break
        for act in items:
            self.actions_by_name[act.objectName()] = act

    # scripting contract ------------------------------------------------------------------------------------
    def save_work(self, path, student: str = "") -> Path:
        """Write the student's work to ``path`` (a ``.nbwork`` file) and return it; synchronous: the file is
        there when this returns. ``student``: the name the teacher sees (default: the one given last, else the
        computer's user name)."""
        from ...core.session.handin import save_work
        return save_work(path, self.work_now(student))

    def open_class_work(self, folder) -> list[str]:
        """Open every work file of ``folder``: the students' runs in the runs view, labelled "Ana: Run 2", and the
        class's table in its Class tab. Returns one line for each file that could not be read (skipped)."""
        from ...core.session.handin import class_rows, class_runs, open_class_folder
        works, problems = open_class_folder(folder)
        runs = class_runs(works)
        view = self.runs_view
        view.set_runs(runs)
        view.select_runs([r.number for r in runs])
        if self.class_tab is None:
            self.class_tab = ClassWorkTab()
            view.tabs.addTab(self.class_tab, tr("Class"))
        self.class_tab.show_class(folder, class_rows(works), problems)
        view.tabs.setCurrentWidget(self.class_tab)
        self.show_panel("runsDock")
        dock = self.docks.get("runs")
        if dock is not None and not dock.isFloating():  # room for a class's rows and curves
            self.resizeDocks([dock], [max(dock.height(), self.height() * 3 // 5)], Qt.Vertical)
        opened = (tr("Opened the work of {n} student ({runs} runs)", n=len(works), runs=len(runs)) if len(works) == 1
                  else tr("Opened the work of {n} students ({runs} runs)", n=len(works), runs=len(runs)))
        if problems:
            opened = (tr("{opened}; {n} file skipped (see the Class tab)", opened=opened, n=1) if len(problems) == 1
                      else tr("{opened}; {n} files skipped (see the Class tab)", opened=opened, n=len(problems)))
        self.statusBar().showMessage(opened, 8000)
        return problems

    def work_now(self, student: str = ""):
        """The student's work as it is now (a :class:`~netbuilder.core.session.handin.Work`); the weights are
        copied by the thread that owns the model."""
        from ...core.session.handin import Work
        self._student = student or self._student or getpass.getuser()
        training = self.training
        try:  # the weights as a checkpoint's, copied by the thread that owns the model
            weights = training.checkpoint_payload()["state_dict"]
        except NetbuilderError:
            weights = {}  # nothing trained yet: the design and the answers only
        lessons, lesson = self.lessons, {}
        if lessons.lesson is not None:
            steps = lessons.lesson.steps
            lesson = {"title": lessons.lesson.title, "step": lessons.index + 1, "steps": len(steps),
                      "step_title": steps[lessons.index].title if 0 <= lessons.index < len(steps) else ""}
            if lessons.lesson.path is not None:
                lesson["file"] = Path(lessons.lesson.path).name
        return Work(student=self._student, design=self.current_design(), weights=weights,
                    runs=list(training.runs), lesson=lesson, answers=dict(self.lesson_answers.answers))

    # dialogs (overridable in tests) ------------------------------------------------------------------------
    def ask_student_name(self) -> str:
        name, ok = QInputDialog.getText(self, tr("Save My Work"), tr("Your name (your teacher sees it):"),
                                        text=self._student or getpass.getuser())
        return name.strip() if ok else ""

    def ask_class_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Open a folder of students' work"), str(Path.home()))

    def _on_save_work(self) -> bool:
        student = self.ask_student_name()
        if not student:
            return False
        path = self.ask_export_path(tr("Save my work"), str(Path.home() / f"{student}.nbwork"),
                                    tr_text(WORK_FILTER))
        if not path:
            return False
        from ...core.session.handin import work_payload, write_work

        def prepare():  # copied here; serialised and written off the GUI thread
            payload = work_payload(self.work_now(student))
            return lambda: write_work(path, payload)
        return self._export_in_background(prepare, path, tr("Could not save your work"),
                                          lambda where: tr("Saved your work to {path}", path=where))

    def _on_open_class_work(self) -> None:
        folder = self.ask_class_folder()
        if not folder:
            return
        try:
            self.open_class_work(folder)
        except (NetbuilderError, OSError) as exc:
            self.show_error(tr("Could not open the class folder"), tr_error(exc))
