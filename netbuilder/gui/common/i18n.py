"""The window's languages, through Qt's translation system.

- ``tr(template, **values)``: a string the window shows, looked up in the installed translations (context
  ``netbuilder``) and filled with ``values``; ``tr_text(message)`` does the same for the core's messages
  (:class:`netbuilder.core.text.Text`); ``tr_lesson(text)`` for the bundled lessons' and presets' own texts
  (context ``lessons``). Numbers filled in follow the language's locale (``0,5`` in German).
- The sources are ``resources/i18n/netbuilder_<code>.ts`` (Qt Linguist's format), compiled to ``.qm`` beside them;
  ``tools/i18n_update.py`` collects every ``tr``/``msg`` template and lesson text into them and compiles them.
- ``install_language(code)`` swaps the translators (ours and Qt's own, for the standard dialogs' buttons) and the
  default locale; ``retranslate(widgets)`` then turns every text already on screen into the new language: each
  string ``tr``/``tr_text`` returned is remembered with its template and values (fixed texts for good, filled-in
  ones the latest 20,000), so a label, button, tab, menu, header, tooltip or plot label holding one is rendered
  again. A widget whose text is built
  anew on each refresh defines ``retranslate()`` and is called too.
"""
from __future__ import annotations

import string
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...core.errors import message
from ...core.text import Text

CONTEXT = "netbuilder"
LESSON_CONTEXT = "lessons"
#: the languages shipped, by code, each in its own words (the settings' language menu shows these)
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "i18n"
_MAX_REMEMBERED = 20000

_remembered: OrderedDict[str, tuple[str, str, dict]] = OrderedDict()
_fixed: dict[str, tuple[str, str, dict]] = {}
_translators: list[QTranslator] = []
_current = "en"


class _LocaleFormatter(string.Formatter):
    """``str.format`` whose numbers use the default locale's decimal point and group separator."""

    def format_field(self, value, format_spec):
        text = super().format_field(value, format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            locale = QLocale()
            point, group = locale.decimalPoint(), locale.groupSeparator()
            if (point, group) != (".", ","):
                text = text.translate(str.maketrans({".": point, ",": group}))
        return text


_formatter = _LocaleFormatter()


def _render(context: str, template: str, values: dict) -> str:
    translated = QCoreApplication.translate(context, template)
    if values:
        # a Text is translated; a string tr() made earlier (in any language) is rendered in the current one
        shown = {k: tr_text(v) if isinstance(v, Text) else _again_or(v) for k, v in values.items()}
        try:
            translated = _formatter.format(translated, **shown)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back to English
            translated = _formatter.format(template, **shown)
    if not values:  # a fixed text (a label, a menu): as many as there are templates, kept for good
        _fixed[translated] = (context, template, values)
        return translated
    # a filled-in one (a progress line changes many times a second): the latest few thousand
    _remembered[translated] = (context, template, values)  # the values as given: a Text in them is redone too
    _remembered.move_to_end(translated)
    if len(_remembered) > _MAX_REMEMBERED:
        _remembered.popitem(last=False)
    return translated


def _again_or(value):
    if isinstance(value, str) and (value in _fixed or value in _remembered):
        return again(value)
    return value


def number(value, spec: str = "") -> str:
    """``format(value, spec)`` in the locale's form (``0,5`` and ``12.345`` in German): a number shown alone."""
    return _formatter.format_field(value, spec)


def tr(template: str, /, **values) -> str:
    """``template`` in the window's language, filled with ``values`` (numbers in the locale's form)."""
    return _render(CONTEXT, template, values)


def tr_text(message) -> str:
    """A core message (:class:`Text`) in the window's language; any other value as ``str``."""
    if isinstance(message, Text):
        return _render(CONTEXT, message.template, message.values)
    return "" if message is None else str(message)


def tr_lesson(text: str) -> str:
    """A bundled lesson's or preset's own text (a step, a question, a description) in the window's language."""
    return _render(LESSON_CONTEXT, text, {}) if text else text


def again(shown: str) -> str | None:
    """``shown`` (a string ``tr`` returned earlier, in any language) rendered in the current language; None when
    it is not one of ours (a layer's name, a number, the user's own text)."""
    known = _fixed.get(shown) or _remembered.get(shown)
    if known is None:
        return None
    context, template, values = known
    return _render(context, template, values)


def current_language() -> str:
    return _current


def system_language() -> str:
    """The first of the system's preferred languages that netbuilder ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_language(code: str) -> str:
    """Install ``code``'s translations (ours and Qt's own) and locale for the whole application."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if code != "en":
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS_DIR / f"netbuilder_{code}.qm")):
            raise FileNotFoundError(f"the {LANGUAGES[code]} translation is missing from {TRANSLATIONS_DIR}: "
                                    "reinstall netbuilder (or run tools/i18n_update.py)")
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _translators.append(qt_own)
        _translators.append(ours)
        for translator in _translators:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    _current = code
    return code


def _again_into(getter, setter) -> None:
    value = getter()
    new = again(value) if value else None
    if new is not None and new != value:
        setter(new)


def _retranslate_widget(w) -> None:
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget,
                                   QTableWidget, QToolBox, QTreeWidget)
    for name in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
        cap = name[0].upper() + name[1:]
        _again_into(getattr(w, name), getattr(w, "set" + cap))
    if isinstance(w, (QLabel, QAbstractButton)):
        _again_into(w.text, w.setText)
    if isinstance(w, QGroupBox):
        _again_into(w.title, w.setTitle)
    if isinstance(w, QMenu):
        _again_into(w.title, w.setTitle)
    if isinstance(w, QLineEdit):
        _again_into(w.placeholderText, w.setPlaceholderText)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            _again_into(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
            _again_into(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
    if isinstance(w, QToolBox):
        for i in range(w.count()):
            _again_into(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            _again_into(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
    if isinstance(w, QTreeWidget):
        header = w.headerItem()
        for c in range(header.columnCount()):
            _again_into(lambda c=c: header.text(c), lambda t, c=c: header.setText(c, t))
    if isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            item = w.horizontalHeaderItem(c)
            if item is not None:
                _again_into(item.text, item.setText)


def _retranslate_plot_items(w) -> None:
    import pyqtgraph as pg
    if not isinstance(w, pg.GraphicsView) or w.scene() is None:
        return
    for item in w.scene().items():
        if isinstance(item, pg.AxisItem) and item.labelText:
            new = again(item.labelText)
            if new is not None:
                item.setLabel(new, units=item.labelUnits or None)
        elif isinstance(item, pg.LabelItem):
            _again_into(lambda item=item: item.text or "", item.setText)
        elif isinstance(item, pg.TextItem):
            _again_into(item.toPlainText, item.setText)


def retranslate(top_widgets) -> None:
    """Render every remembered text in ``top_widgets`` and their children (widgets, actions, plot labels) in the
    current language, then call each widget's own ``retranslate()`` where it has one."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget
    hooks = []
    for top in top_widgets:
        for w in [top, *top.findChildren(QWidget)]:
            _retranslate_widget(w)
            _retranslate_plot_items(w)
            if callable(getattr(w, "retranslate", None)):
                hooks.append(w)
        for action in top.findChildren(QAction):
            for name in ("text", "iconText", "toolTip", "statusTip"):
                _again_into(getattr(action, name), getattr(action, "set" + name[0].upper() + name[1:]))
    for w in hooks:
        w.retranslate()


def tr_error(error: BaseException) -> str:
    """An exception's message for a dialog: translated when the core raised it with a :func:`msg`."""
    return tr_text(message(error))
