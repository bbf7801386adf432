"""Students' work handed in, in the window: an answer typed under a lesson's question, File > Save My Work (the
scripting call save_work), and a teacher's File > Open Class Folder (open_class_work) putting each student's runs
side by side in the runs view, labelled with their names, with a file that cannot be read named and skipped."""
from __future__ import annotations

import torch
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTableWidget, QWidget

from netbuilder.core.design.design_io import design_to_dict, load_design
from netbuilder.core.design.presets import preset_path
from netbuilder.core.session import TrainingSession
from netbuilder.core.session.handin import Work, load_work, save_work


def test_a_students_answer_and_runs_are_saved_as_one_file(window, qtbot, tmp_path):
    assert window.open_lesson("xor")
    box = window.findChild(QPlainTextEdit, "lessonAnswer")
    for _ in range(3):  # to "One straight line?", a question step
        assert window.lesson_next()
    qtbot.waitUntil(lambda: box.isVisible())
    QTest.keyClicks(box, "No: it needs two lines")
    assert window.lesson_next()  # "Train the single neuron": its run, and the box gone
    qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=60_000)
    assert not box.isVisible()
    assert window.lesson_back()
    assert box.isVisible() and box.toPlainText() == "No: it needs two lines"  # kept for the step
    path = window.save_work(tmp_path / "ana.nbwork", student="Ana")
    work = load_work(path)
    assert work.student == "Ana" and work.answers == {3: "No: it needs two lines"}
    assert work.lesson["title"] == window.lessons.lesson.title and work.lesson["step"] == 3
    assert work.lesson["steps"] == len(window.lessons.lesson.steps)
    assert [r.history for r in work.runs] == [r.history for r in window.training.runs] and len(work.runs) == 1
    state = window.training.checkpoint_payload()["state_dict"]
    assert work.weights.keys() == state.keys() and all(torch.equal(work.weights[k], state[k]) for k in state)
    assert work.design == window.current_design()
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert names.index("actionSaveWork") == names.index("actionSaveLesson") + 1
    assert "actionOpenClassWork" in names
    assert window.close_lesson()  # closing the lesson keeps the answers, to be handed in afterwards
    assert load_work(window.save_work(tmp_path / "after.nbwork", student="Ana")).answers == {3: "No: it needs two lines"}


def _student(tmp_path, name: str) -> Work:
    design = load_design(preset_path("xor"))
    design.set_meta("training", {**design.training, "epochs": 5})
    session = TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)
    runs = [session.run(), session.run()]
    return Work(student=name, design=design_to_dict(session.design), weights=session.state_snapshot(), runs=runs,
                lesson={"title": "XOR", "step": 4, "steps": 11}, answers={3: f"{name}: no"})


def test_a_class_folder_opens_side_by_side_in_the_runs_view(window, qtbot, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("Ana", "Ben", "Chloé"):
        save_work(folder / f"{name}.nbwork", _student(tmp_path, name))
    early = load_work(window.save_work(folder / "Eve.nbwork", student="Eve"))  # nothing trained yet: no runs
    assert early.weights == {} and early.runs == [] and early.lesson == {} and early.answers == {}
    data = (folder / "Ben.nbwork").read_bytes()
    (folder / "Dan.nbwork").write_bytes(data[: len(data) // 3])  # cut short on its way
    problems = window.open_class_work(folder)
    assert len(problems) == 1 and problems[0].startswith(str(folder / "Dan.nbwork"))
    view = window.runs_view
    labels = ["Ana: Run 1", "Ana: Run 2", "Ben: Run 1", "Ben: Run 2", "Chloé: Run 1", "Chloé: Run 2"]
    assert view.column_texts("run") == labels
    assert view.overlay()["loss"] == labels  # every run drawn, each with its student's name
    assert [t.split(": the class")[0] for t in view.boundary_titles()] == labels  # their boundaries side by side
    table = window.findChild(QTableWidget, "classWorkTable")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Ana", "Ben", "Chloé", "Eve"]
    assert table.item(0, 1).text() == "XOR: step 4 of 11" and table.item(2, 5).text() == "step 3: Chloé: no"
    skipped = window.findChild(QLabel, "classWorkProblems")
    assert skipped.isVisibleTo(window) and "Dan.nbwork" in skipped.text()
    assert view.tabs.currentWidget() is window.findChild(QWidget, "classWorkTab")
    assert window.errors == []


def test_the_answer_box_gives_its_room_to_the_step_in_presentation(window, qtbot):
    """The projector is the teacher's: in presentation mode a question step shows no answer box (its text must not
    scroll on a 1080p projector); leaving presentation brings the box back, with what was typed."""
    assert window.open_lesson("xor")
    box = window.findChild(QPlainTextEdit, "lessonAnswer")
    for _ in range(3):
        assert window.lesson_next()
    qtbot.waitUntil(lambda: box.isVisible())
    QTest.keyClicks(box, "two lines")
    window.set_presentation(True)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.set_presentation(False)
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.toPlainText() == "two lines"
