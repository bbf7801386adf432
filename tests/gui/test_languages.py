"""The window in German, Spanish and French (issue 23, Languages): every visible string of the main window and of
each panel differs from English or is on a short list of words that stay the same; no label is cut short at
1366x768 in German; the translations are complete and compiled; numbers follow the locale; lessons translate."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from person import settle
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu,
                               QMessageBox, QTabBar, QTreeWidget, QWidget)

from netbuilder.core.layers import REGISTRY as LAYERS
from netbuilder.gui.common import i18n

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]

#: words that stay the same in every language: names of things (layers, datasets, formats, libraries, palettes),
#: units and abbreviations; plus, per language, the few ordinary words it shares with English
SAME_EVERYWHERE = {"netbuilder", "MNIST", "XOR", "ONNX", "PNG", "SVG", "PDF", "CSV", "JSON", "CPU", "CUDA", "GPU",
                   "Adam", "AdamW", "SGD", "RMSprop", "PyTorch", "Python", "TensorBoard", "Okabe", "Ito", "Okabe-Ito",
                   "ms", "px", "s", "x", "MB", "GB", "KB", "ReLU", "Softmax", "Sigmoid", "Tanh", "MSE", "BCE",
                   "English", "Deutsch", "Español", "Français", "Grad-CAM", "Captum", "Optuna", "FashionMNIST",
                   "CIFAR10", "CIFAR-10", "lr", "SVG…", "PNG…", "ID", "OK", "F1", "Top-1", "Top-5", "viridis",
                   "cividis", "Fusion", "torchvision", "onnxruntime", "Esc", "Integrated", "Gradients", "p"}
SAME_IN = {"de": {"Name", "Start", "Status", "Layout", "Dropout", "Batch", "Auto", "Zoom", "Info", "Test", "Training",
                  "Pause", "Parameter", "Seed", "Auto-Layout", "System"},
           "es": {"Zoom", "Dropout", "Batch", "Auto", "Info", "No", "Inspector", "color"},
           "fr": {"Zoom", "Dropout", "Batch", "Auto", "Info", "Test", "Options", "Pause", "Sections", "Message",
                  "Type", "Source", "Distance", "Position", "Animation", "Description", "Image", "Images", "Note",
                  "Question", "Questions", "Format", "Applications", "Session", "Seed", "Activations",
                  "Confusion", "Occlusion", "rotation", "saturation"}}
_WORD = re.compile(r"[^\W\d_][\w\-…]*", re.UNICODE)


def _stays(text: str, code: str, extra: set[str]) -> bool:
    """True when every word of ``text`` is a name, unit or identifier that stays the same in ``code``."""
    if text.startswith(("~/", "/")):  # a path
        return True
    allowed = SAME_EVERYWHERE | SAME_IN.get(code, set()) | set(LAYERS) | extra
    text = re.sub(r"&#?\w+;", " ", re.sub(r"<[^>]*>", " ", text))  # markup is not words
    for word in _WORD.findall(text.replace("&", "")):
        if word in allowed or word.rstrip("…") in allowed or "_" in word or any(c.isdigit() for c in word):
            continue
        return False
    return True


def _texts(window) -> dict[tuple, str]:
    """Every visible string of the window and its docks, by (object, what): labels, buttons, tooltips, dock
    titles, tabs, group boxes, combo items, headers, placeholders, menus and their actions."""
    out: dict[tuple, str] = {}
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    for w in widgets:
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out[(id(w), "text")] = w.text()
        if w.toolTip():
            out[(id(w), "tip")] = w.toolTip()
        if isinstance(w, QDockWidget):
            out[(id(w), "title")] = w.windowTitle()
        if isinstance(w, QGroupBox) and w.title():
            out[(id(w), "title")] = w.title()
        if isinstance(w, QLineEdit) and w.placeholderText():
            out[(id(w), "placeholder")] = w.placeholderText()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                out[(id(w), "tab", i)] = w.tabText(i)
        if isinstance(w, QComboBox) and w.isEditable() is False:
            for i in range(w.count()):
                if w.itemText(i) != w.itemData(i):  # an item shown as its own value is a name: a dataset, a loss
                    out[(id(w), "item", i)] = w.itemText(i)
        if isinstance(w, QTreeWidget) and not w.isHeaderHidden():
            for c in range(w.headerItem().columnCount()):
                out[(id(w), "header", c)] = w.headerItem().text(c)
    for menu in window.menuBar().findChildren(QMenu) + window.findChildren(QMenu):
        out[(id(menu), "title")] = menu.title()
        for action in menu.actions():
            if action.text() and not action.isSeparator():
                out[(id(action), "text")] = action.text()
    return {k: v for k, v in out.items() if v.strip()}


def _open_everything(window) -> None:
    assert window.open_design("xor")
    for dock in window.docks.values():
        dock.show()
    settle()


def _every_panel_texts(window) -> dict[tuple, str]:
    """``_texts`` with each dock brought to the front in turn (a dock behind a tab shows nothing)."""
    out: dict[tuple, str] = {}
    for dock in window.docks.values():
        dock.raise_()
        settle()
        out.update(_texts(window))
    return out


@pytest.fixture
def english():
    yield
    i18n.install_language("en")  # the next test starts in English whatever this one did


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_visible_string_changes_language(window, english, code):
    _open_everything(window)
    before = _every_panel_texts(window)
    window.set_language(code)
    settle()
    after = _every_panel_texts(window)
    names = set(window.document.design.nodes)
    unchanged = sorted({text for key, text in after.items()
                        if before.get(key) == text and not _stays(text, code, names)})
    assert unchanged == [], f"{len(unchanged)} strings still in English in {code}: {unchanged[:60]}"
    window.set_language("en")
    settle()
    back = _texts(window)
    still = sorted({text for text in back.values() if text in _translations(code) and text not in _sources()})
    assert still == [], f"strings not back in English: {still[:40]}"


def _window_built_in(qtbot, code: str):
    """A main window made after ``code`` was installed (run_app's way), at 1366x768, shown."""
    from netbuilder.gui import MainWindow
    i18n.install_language(code)
    w = MainWindow()
    qtbot.addWidget(w)
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_window_built_in_a_language_shows_no_english(qtbot, english, code):
    """The startup path: the language installed before the window is made (as run_app does)."""
    w = _window_built_in(qtbot, code)
    _open_everything(w)
    texts = set(_every_panel_texts(w).values())
    english = [t for t in texts if not _stays(t, code, set(w.document.design.nodes))
               and i18n.QCoreApplication.translate(i18n.CONTEXT, t) == t and _looks_english(t, code)]
    assert english == [], english[:60]
    w.document.undo_stack.setClean()


def _looks_english(text: str, code: str) -> bool:
    """A text that is one of the English sources and was shown untranslated."""
    return text in _sources() and text not in _translations(code)


_cache: dict = {}


def _sources() -> set[str]:
    if "sources" not in _cache:
        tool = _tool()
        sources = {s for texts in tool.collect().values() for s in texts}
        _cache["sources"] = sources | {s.replace("&", "") for s in sources}  # a toolbar shows "Auto-Layout"
    return _cache["sources"]


def _translations(code: str) -> set[str]:
    key = ("translations", code)
    if key not in _cache:
        _cache[key] = set(_tool().read_ts(code).values())
    return _cache[key]


def _tool():
    if "tool" not in _cache:
        spec = importlib.util.spec_from_file_location("i18n_update", REPO / "tools" / "i18n_update.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _cache["tool"] = module
    return _cache["tool"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_translations_are_complete_and_compiled(tmp_path, code):
    tool = _tool()
    assert tool.problems(code) == []
    fresh = tool.compile_qm(code, tmp_path / f"{code}.qm")
    shipped = REPO / "resources" / "i18n" / f"netbuilder_{code}.qm"
    assert fresh.read_bytes() == shipped.read_bytes(), "the .qm is older than its .ts: run tools/i18n_update.py"


def test_no_label_is_cut_short_in_german_at_1366x768(qtbot, english):
    w = _window_built_in(qtbot, "de")
    assert w.open_design("xor")
    w.open_lesson("xor")
    cut, checked = [], set()
    for name in list(w.docks):
        dock = w.docks[name]
        dock.show()
        dock.raise_()
        settle()
        for label in dock.findChildren(QLabel) + dock.findChildren(QAbstractButton):
            if not label.isVisible() or not label.text() or label.visibleRegion().isEmpty():
                continue
            checked.add(id(label))
            if isinstance(label, QLabel) and label.wordWrap():
                if label.heightForWidth(label.width()) > label.height() + 1:
                    cut.append(f"{name}: {label.text()[:40]!r} needs {label.heightForWidth(label.width())} px high")
            elif label.sizeHint().width() > label.width() + 1:
                cut.append(f"{name}: {label.text()[:40]!r} needs {label.sizeHint().width()} > {label.width()} px")
    bar = w.menuBar()
    assert bar.sizeHint().width() <= w.width(), "the German menu bar is wider than the window"
    for tabs in w.findChildren(QTabBar):
        if tabs.isVisible():
            for i in range(tabs.count()):
                if tabs.tabRect(i).width() < tabs.tabSizeHint(i).width():
                    cut.append(f"tab {tabs.tabText(i)!r}")
    assert cut == [], cut
    assert len(checked) >= 60, f"only {len(checked)} labels and buttons were on screen to check"
    w.document.undo_stack.setClean()


def test_numbers_follow_the_locale_and_qt_dialogs_translate(english):
    i18n.install_language("de")
    assert i18n.tr("{loss:.3f}", loss=0.5) == "0,500"
    assert i18n.tr("{n:,}", n=12345) == "12.345"
    # Qt's own translations come with ours: the standard dialogs' buttons
    assert i18n.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    i18n.install_language("fr")
    assert i18n.tr("{loss:.2f}", loss=0.25) == "0,25"
    i18n.install_language("en")
    assert i18n.tr("{loss:.3f}", loss=0.5) == "0.500"


def test_a_lesson_is_shown_in_the_window_language(window, english):
    window.set_language("de")
    assert window.open_lesson("xor")
    settle()
    title = window.lessons.lesson.title
    shown = [label.text() for label in window.lessons.panel.findChildren(QLabel) if label.isVisible()]
    german = i18n.tr_lesson(title)
    assert german != title and any(german in text for text in shown), shown


def test_an_unknown_language_is_refused_with_the_known_ones(window):
    with pytest.raises(ValueError, match="de, es, fr"):
        window.set_language("xx")


def test_the_choice_is_remembered_and_the_menu_shows_it(window, english):
    from netbuilder.gui.window.language import saved_language
    window.language_actions["fr"].trigger()
    assert window.language() == "fr" and saved_language() == "fr"
    assert window.language_actions["fr"].isChecked()
    window.set_language("system")
    assert saved_language() == "system" and window.language() == i18n.system_language()


def test_problems_and_advice_are_shown_in_the_window_language(window, english):
    """The core's messages (a design's problems) reach the Problems list translated, with their values filled in,
    and a live switch renders them again."""
    from netbuilder.core.design.design_io import design_from_dict
    assert window.open_design("xor")
    design = window.current_design()
    design["nodes"].append({"id": "lonely", "type": "ReLU"})
    window.document.load(design_from_dict(design))
    settle()
    problem = next(d.message for d in window.document.analysis.diagnostics if d.node_id == "lonely")
    english_rows = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(problem in row for row in english_rows), english_rows
    window.set_language("de")
    settle()
    german = i18n.tr_text(problem)
    rows = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert german != problem and "ReLU" in german
    assert any(german in row for row in rows) and not any(problem in row for row in rows), rows
    window.document.undo_stack.setClean()


def test_the_language_follows_the_system(tmp_path):
    """A first start (nothing saved) on a German system opens in German; a saved choice wins over the system."""
    import json
    import os
    import subprocess
    import sys
    script = ("import json; from PySide6.QtCore import QSettings; from PySide6.QtWidgets import QApplication; "
              "app = QApplication([]); app.setOrganizationName('nb-test'); "
              "from netbuilder.gui.window.language import startup_language, SETTING; "
              "import sys; sys.argv[1:] and QSettings().setValue(SETTING, sys.argv[1]); "
              "from netbuilder.gui.common.i18n import tr; "
              "print(json.dumps([startup_language(), tr('&File')]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path),
           "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    run = lambda *args: json.loads(subprocess.run([sys.executable, "-c", script, *args], env=env, text=True,
                                                  capture_output=True, timeout=120, check=True).stdout.splitlines()[-1])
    assert run() == ["de", "&Datei"]
    assert run("fr") == ["fr", _tool().read_ts("fr")[("netbuilder", "&File")]]
    assert run("en") == ["en", "&File"]


def test_the_panels_numbers_follow_the_locale(window, english):
    """A number shown alone (the summary's FLOPs, a run's seconds) in the language's form."""
    assert window.open_design("mnist_mlp")
    settle()
    english_rows = window.summary.table.row_texts()
    assert any("." in cell for row in english_rows for cell in row[4:]), english_rows  # 1.23 K style FLOPs
    window.set_language("de")
    settle()
    german_rows = window.summary.table.row_texts()
    flops = [cell for row in german_rows for cell in row[4:] if cell]
    assert flops and all("." not in cell for cell in flops) and any("," in cell for cell in flops), flops
    assert i18n.number(12345.5, ",.1f") == "12.345,5"


def test_a_missing_translation_starts_in_english_and_says_why(monkeypatch, tmp_path, capsys, english):
    from PySide6.QtCore import QSettings
    from netbuilder.gui.window.language import SETTING, startup_language
    QSettings().setValue(SETTING, "de")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # an installation without its .qm files
    assert startup_language() == "en" and i18n.current_language() == "en"
    err = capsys.readouterr().err
    assert "the Deutsch translation is missing" in err and "showing English" in err, err


def test_a_long_run_of_changing_texts_does_not_push_the_labels_out(english):
    """Progress lines are remembered only up to a bound; a label's fixed text for good, so a switch after hours of
    training still finds it."""
    label = i18n.tr("&File")
    for n in range(i18n._MAX_REMEMBERED + 10):  # more progress lines than the table keeps
        i18n.tr("Epoch {n} of {total}", n=n, total=10)
    i18n.install_language("de")
    assert i18n.again(label) == "&Datei"
