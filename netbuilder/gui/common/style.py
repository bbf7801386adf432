"""Shared visual constants for the GUI: one colour per layer category.

The colours are mid-saturation fills chosen to stay readable in both light and dark themes:
draw text on them with :func:`text_color_for` (black or white, whichever contrasts more),
and never rely on the window palette's text colour on top of a category fill.
No Qt import at module level, so the core and tests can read the table cheaply.
"""
from __future__ import annotations

#: Category name (netbuilder.core.layers.CATEGORIES) -> fill colour, "#rrggbb".
CATEGORY_COLORS: dict[str, str] = {
    "Input/Output": "#6b7f8e",   # slate
    "Dense": "#3f7fd0",          # blue
    "Convolution": "#2e9e6a",    # green
    "Pooling": "#1f9fa8",        # teal
    "Normalisation": "#c9a227",  # amber
    "Recurrent": "#8a5cc7",      # purple
    "Attention": "#d0508a",      # magenta
    "Activation": "#e07b39",     # orange
    "Merge": "#9c6b3f",          # brown
    "Reshape": "#7d8a3a",        # olive
}

#: Used for an unknown category (should not happen; keeps painting code total).
FALLBACK_COLOR = "#808080"

#: Diagnostic severities -> colour (problems list, summary rows, canvas badges).
SEVERITY_COLORS: dict[str, str] = {
    "error": "#d64545",
    "warning": "#d9a21b",
    "info": "#3f7fd0",
}


def category_color(category: str) -> str:
    """The fill colour of ``category`` as "#rrggbb"."""
    return CATEGORY_COLORS.get(category, FALLBACK_COLOR)


def _luminance(hex_color: str) -> float:
    h = hex_color.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def text_color_for(hex_color: str) -> str:
    """"#000000" or "#ffffff", whichever reads better on a ``hex_color`` background."""
    lum = _luminance(hex_color)
    contrast_black = (lum + 0.05) / 0.05
    contrast_white = 1.05 / (lum + 0.05)
    return "#000000" if contrast_black >= contrast_white else "#ffffff"


#: Text colours for severities, per theme: (on a light background, on a dark background).
SEVERITY_TEXT_COLORS: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ff7b7b"),
    "warning": ("#8a5a00", "#f0b429"),
    "info": ("#1f5fa8", "#7fb2ff"),
}


def is_dark(palette) -> bool:
    """True when a QPalette's window is dark (a dark theme); duck-typed so this module needs no Qt import."""
    return palette.window().color().lightness() < 128


def severity_text_color(severity: str, dark: bool) -> str:
    """A readable text colour for ``severity`` on a light (``dark=False``) or dark background."""
    light, dark_color = SEVERITY_TEXT_COLORS.get(severity, SEVERITY_TEXT_COLORS["error"])
    return dark_color if dark else light


def with_alpha(color, alpha: int):
    """A copy of ``color`` (a QColor, or anything QColor takes) with opacity ``alpha`` (0..255): the panels' faded
    axes, legends and fills, without changing the colour they were given."""
    from PySide6.QtGui import QColor  # here, not at the top: the core and tests read this module without Qt
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded
