"""What an exported script has for :func:`netbuilder.core.text.msg`: code copied from netbuilder marks its messages
with ``msg`` (netbuilder's window shows them translated); a script prints them in English, so its ``msg`` only fills
the values in (:mod:`netbuilder.core.exchange.codegen_source` copies this one instead of netbuilder's)."""
from __future__ import annotations


def msg(template, /, **values):
    """The message ``template`` with ``values`` filled in."""
    return template.format(**values) if values else template


#: what a message is in a script: a plain str (``isinstance(message, Text)`` holds for every text)
Text = str
