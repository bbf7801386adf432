"""The colour palettes: the one place the colours that carry meaning come from (class colours, the training curves,
the confusion matrix's right and wrong, the canvas's health ramp, the runs' colours and the map for a continuous
value over a plane).

- ``okabe-ito`` (the default): Okabe & Ito's eight colours (Color Universal Design, 2008) for classes, curves and
  runs, and cividis for maps, so that people with the common colour-vision deficiencies (deuteranopia, protanopia)
  can tell them apart; tests/gui/test_palette.py checks that under simulated deuteranopia and protanopia.
- ``classic``: the colours netbuilder had before (TensorFlow Playground's orange and blue, then Tableau 10).

The tables below (:data:`CLASS_COLORS`, :data:`CURVE_COLORS`, :data:`CONFUSION_HUES`, :data:`HEALTH_RAMP`,
:data:`RUN_COLORS`, :data:`MAPS`) are the active palette's, changed in place by :func:`use`, so every module that
reads them (boundary_colors, plot_base, confusion_chart, canvas.health, runs) draws in the palette chosen. Whoever
calls :func:`use` then sends the open widgets a palette-change event so that they repaint (the window's
``set_palette``). Every colour is a (light theme, dark theme) pair. No Qt here: tests and scripts read it cheaply.
"""
from __future__ import annotations

from ...core.text import msg

DEFAULT = "okabe-ito"

# Okabe-Ito: orange, blue, bluish green, vermilion, reddish purple, sky blue, yellow, black. Classes 0 and 1 keep
# the Playground's orange and blue; black is a light grey on a dark background. Classes 9 and 10 (digits) take two
# of Paul Tol's muted colours: beyond eight classes no set stays apart for everyone, the legend names each class.
_OKABE_ITO = {
    "classes": [("#e69f00", "#e69f00"), ("#0072b2", "#3a93d6"), ("#009e73", "#009e73"), ("#d55e00", "#d55e00"),
                ("#cc79a7", "#cc79a7"), ("#56b4e9", "#8fd3ff"), ("#f0e442", "#f0e442"), ("#000000", "#d9d9d9"),
                ("#882255", "#c0508a"), ("#999933", "#b5b54a")],
    "curves": {"train": ("#0072b2", "#56b4e9"), "val": ("#e69f00", "#e69f00"), "divergence": ("#d55e00", "#ff7f3f")},
    "confusion": {"correct": ("#0072b2", "#3a93d6"), "error": ("#d55e00", "#e8762c")},
    "health": [(0.0, "#0072b2"), (0.35, "#56b4e9"), (0.65, "#f0e442"), (1.0, "#d55e00")],
    "runs": ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"],
    "maps": {"regression": "cividis"},
}
_CLASSIC = {
    "classes": [("#f59322", "#f7a543"), ("#0877bd", "#3d9be0"), ("#2ca02c", "#4cc04c"), ("#d62728", "#ec5354"),
                ("#9467bd", "#b08ad6"), ("#8c564b", "#b57c70"), ("#e377c2", "#ef9ad4"), ("#7f7f7f", "#a8a8a8"),
                ("#bcbd22", "#d4d53c"), ("#17becf", "#3fd6e6")],
    "curves": {"train": ("#1f63c6", "#6ea8ff"), "val": ("#d2601a", "#ffa65c"), "divergence": ("#d32f2f", "#ff6b6b")},
    "confusion": {"correct": ("#1f63c6", "#3f86e8"), "error": ("#d23f3f", "#e0605a")},
    "health": [(0.0, "#2f6fd0"), (0.35, "#35a9b8"), (0.65, "#f2c14e"), (1.0, "#d9482b")],
    "runs": ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"],
    "maps": {"regression": "viridis"},
}
#: name -> its tables; the names a person can choose, in the order the View menu shows them
PALETTES: dict[str, dict] = {"okabe-ito": _OKABE_ITO, "classic": _CLASSIC}
LABELS = {"okabe-ito": msg("Okabe-Ito (colour-blind safe)"), "classic": msg("Classic")}

#: The active palette's tables (changed in place by use()).
CLASS_COLORS: list[tuple[str, str]] = []
CURVE_COLORS: dict[str, tuple[str, str]] = {}
CONFUSION_HUES: dict[str, tuple[str, str]] = {}
HEALTH_RAMP: list[tuple[float, str]] = []
RUN_COLORS: list[str] = []
MAPS: dict[str, str] = {}
_active = [DEFAULT]


def check(name: str) -> str:
    """``name`` if it is a palette, else a ValueError with one line naming the known ones."""
    if name not in PALETTES:
        raise ValueError(f"unknown palette {name!r}; use one of: {', '.join(PALETTES)}")
    return name


def use(name: str) -> None:
    """Make ``name`` the active palette (the tables above change in place). ValueError for an unknown name."""
    table = PALETTES[check(name)]
    CLASS_COLORS[:] = table["classes"]
    HEALTH_RAMP[:] = table["health"]
    RUN_COLORS[:] = table["runs"]
    for target, key in ((CURVE_COLORS, "curves"), (CONFUSION_HUES, "confusion"), (MAPS, "maps")):
        target.clear()
        target.update(table[key])
    _active[0] = name


def active() -> str:
    """The active palette's name."""
    return _active[0]


use(DEFAULT)
