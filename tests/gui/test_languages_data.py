"""A text the window shows is never its data (issue 23, Languages): with the window in German, what the code reads
back, keeps or sorts goes by ids and flags, not by the words on screen; a text kept to be shown again later is said
in the language shown then."""
from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from netbuilder.gui.common import i18n
from netbuilder.gui.common.i18n import tr
from netbuilder.gui.teaching.lesson_locks import ALT


@pytest.fixture
def german(window):
    """The window in German for the test, back in English after it whatever happened."""
    window.set_language("de")
    try:
        yield window
    finally:
        window.set_language("en")
        i18n.install_language("en")


def _open_locked_lesson(window, tmp_path) -> None:
    path = tmp_path / "locked_lesson.json"
    path.write_text(json.dumps({
        "format": "netbuilder-lesson", "version": 1, "title": "Only the learning rate", "design": "xor",
        "locked": {"dataset": True, "settings": {"except": ["lr", "epochs"]}},
        "steps": [{"title": "Your turn", "text": "Change the learning rate."}]}))
    assert window.open_lesson(str(path))


def _label_of(window, name: str) -> QLabel:
    widget = window.findChild(QWidget, name)
    return next(label for label in window.training.panel.findChildren(QLabel) if label.buddy() is widget)


def test_a_locked_fields_label_follows_the_language_and_comes_back_in_it(window, tmp_path):
    """The lock keeps each marked label's text to give it back when the lock lifts: it was kept in the language of
    the first lock, so a lesson locked in English and closed in German gave back English labels, and the marked
    labels themselves (rich text with a padlock) stayed English after a switch."""
    _open_locked_lesson(window, tmp_path)
    label = _label_of(window, "batchSizeSpin")
    assert ALT in label.text() and "Batch" in label.text()
    try:
        window.set_language("de")
        dataset = _label_of(window, "datasetCombo")
        assert ALT in dataset.text() and tr("Dataset") in dataset.text() and "Dataset" not in dataset.text()
        assert window.close_lesson()
        assert dataset.text() == tr("Dataset") == "Datensatz"  # given back in German, not as kept in English
        assert label.text() == tr("Batch")
        assert not window.findChild(QWidget, "datasetCombo").toolTip().startswith("Locked")
    finally:
        window.set_language("en")
    assert dataset.text() == "Dataset" and label.text() == "Batch"


def test_the_status_line_kept_during_a_learning_rate_test_comes_back_in_the_language_shown_now(window):
    """Finding a learning rate keeps the panel's line to put it back at the end; a language chosen meanwhile is the
    one it comes back in."""
    line = window.training.panel.status_line
    line.setText(tr("Not trained yet."))
    window._lr_status_before = line.text()  # as the test's start keeps it, in English
    line.setText(tr("Finding a learning rate…"))
    try:
        window.set_language("de")
        window._on_lr_found({"stopped": "stopped"})  # the test ends (stopped) with the window in German
        assert line.text() == tr("Not trained yet.") == "Noch nicht trainiert."
    finally:
        window.set_language("en")


def test_a_run_in_german_lists_its_scores_in_german_and_the_runs_view_tells_its_curves_apart(german, qtbot):
    """The runs list's line was a translated sentence with English keys and numbers glued on (``val_loss 0.6931``);
    the runs view told the validation curves from the training ones by the English word ``validation`` at the end
    of their names, which a German name does not have."""
    window = german
    assert window.open_design("spirals")
    window.set_training_options(epochs=1)
    with qtbot.waitSignal(window.training_finished, timeout=120_000):
        assert window.train()
    qtbot.waitUntil(lambda: window.training.panel.state == "idle")
    text = window.training.panel.run_texts()[-1]
    assert text.startswith(tr("Run {number}", number=1)) and "Lauf" in text, text
    assert not re.search(r"\b(loss|accuracy|val_\w+|validation)\b", text), text  # ("abgeschlossen" is German)
    assert re.search(r"\d,\d", text) and not re.search(r"\d\.\d", text), text  # German decimal commas
    view = window.runs_view
    view.select_runs([1])
    overlay = view.overlay()
    assert len(overlay["loss"]) == 1 and len(overlay["validation_loss"]) == 1, overlay
    assert overlay["validation_loss"][0] != overlay["loss"][0]



def _derived_names(window) -> dict[QWidget, str]:
    """The screen reader's names netbuilder cut from a control's place, tooltip or window (no label names it)."""
    return {w: w.accessibleName() for w in window.findChildren(QWidget) if w.property("netbuilderDerivedName")}


def test_a_name_cut_from_a_shown_text_is_cut_again_in_the_new_language(window):
    """A control no label names is named from a text on screen (its tooltip's first sentence, its window's title):
    a piece of a text, which the translations do not know, so a screen reader kept saying the English name (the
    plots' "Untitled — netbuilder") in a German window."""
    english = _derived_names(window)
    assert english and any("Untitled" in name for name in english.values()), english
    try:
        window.set_language("de")
        german = _derived_names(window)
        assert set(german) == set(english)
        assert not [name for name in german.values() if "Untitled" in name], german
        assert all(german[w] == english[w].replace("Untitled", "Unbenannt") for w in english
                   if "Untitled" in english[w]), german
    finally:
        window.set_language("en")
    assert _derived_names(window) == english


def test_a_sweep_names_a_layers_setting_in_the_window_language(german):
    """A trial's line named a layer's size or dropout as ``hidden units``: the layer's id with an English word glued
    on, in a German list."""
    from netbuilder.gui.window.sweep_rows import params_text, short_label
    assert str(short_label("units:hidden")) == "hidden units"  # the English, for scripts and the CLI's words
    line = params_text({"units:hidden": 17, "dropout:drop1": 0.25}, {}, i18n.tr_text)
    assert line == f"{tr('{node} units', node='hidden')} 17, {tr('{node} dropout', node='drop1')} 0.25", line
    assert "units" not in line and "Einheiten" in line
