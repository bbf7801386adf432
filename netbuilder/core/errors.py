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
