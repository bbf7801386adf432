"""Errors a user can act on. Their message is shown as is (CLI: ``error: ...``, GUI: a dialog)."""


class NetbuilderError(Exception):
    """Base of every error caused by user input, not by a bug."""


class DesignError(NetbuilderError):
    """A design file or dict that cannot be loaded."""


class ShapeError(NetbuilderError):
    """A layer gets an input shape it cannot take."""


class GraphError(NetbuilderError):
    """An edit that would break the graph (cycle, taken port, unknown node)."""


class DataError(NetbuilderError):
    """A dataset that cannot be found, read or parsed."""


class TrainingError(NetbuilderError):
    """Bad training settings, a missing device, or a run that diverged."""


def one_line(value, limit=200, first_paragraph=False):
    """An exception (or a text) for a one-line message: whitespace runs as one space, cut to ``limit`` characters;
    an exception without a message gives its type's name, and one whose message cannot be made (its ``__str__``
    raises, or returns what is not a text) says so. ``first_paragraph``: only the text before the first blank line
    (torch.fx appends "While executing ...")."""
    try:
        text = str(value)
    except Exception:  # noqa: BLE001 - the message of someone else's exception, whatever its __str__ does
        text = f"{type(value).__name__} (its message cannot be shown)"
    if first_paragraph:
        text = text.strip().split("\n\n")[0]
    text = " ".join(text.split()) or (type(value).__name__ if isinstance(value, BaseException) else "")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def quote(value, limit: int = 40) -> str:
    """A value from a file, quoted for a one-line message: control and invalid characters escaped, long texts cut
    (``'abc'``, ``'a\\nb'``, ``'xxxx…' (10,000 characters)``)."""
    text = value if isinstance(value, str) else repr(value)
    shown = text[:limit].encode("utf-8", "backslashreplace").decode("utf-8")
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in shown)
    more = f"… ({len(text):,} characters)" if len(text) > limit else ""
    return f"'{shown}{more}'" if isinstance(value, str) else f"{shown}{more}"
