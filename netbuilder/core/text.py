"""Messages a view can show in another language, without Qt in the core.

The core says things in English: a problem in a design, a piece of advice, why training stopped. ``msg(template,
**values)`` returns a :class:`Text`: a ``str`` that reads as the English sentence (the CLI, logs, JSON and tests
use it as it is) and remembers its template and values, so that the window can look the template up in Qt's
translations and fill the same values in (``netbuilder.gui.common.i18n.tr_text``). ``msg`` also marks the template
for ``tools/i18n_update.py``, which collects every ``msg``/``tr`` template into the ``.ts`` translation sources.

Rules for a template: a whole sentence (never glue two messages with ``+``: pass the second as a value, which is
translated in turn when it is a ``Text``), values named ``{like_this}``; format specs (``{loss:.3f}``) are fine."""
from __future__ import annotations


class Text(str):
    """An English message with its template and values (see the module's docstring)."""

    template: str
    values: dict

    def __new__(cls, template: str, values: dict | None = None) -> "Text":
        values = dict(values or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __getnewargs__(self):  # pickles (spawned workers, torchrun) as template and values
        return (self.template, self.values)

    def __reduce__(self):
        return (Text, (self.template, self.values))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


def msg(template: str, /, **values) -> Text:
    """The English message ``template`` filled with ``values``; the window shows it translated."""
    return Text(template, values)
