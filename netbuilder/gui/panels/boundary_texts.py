"""The words of the decision-boundary panel (:mod:`netbuilder.gui.panels.boundary`): the caption that says what the
picture shows, the legend of class colours and the axis labels. A mixin of the panel, kept apart so that the
drawing and the words each read in one file.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFontInfo

from ..common.i18n import again, tr, tr_text
from .boundary_colors import CLASS_COLORS


class BoundaryTexts:
    """The panel's caption, legend and axis labels; the panel provides ``_grid``, ``_shown``, ``_unit_values``,
    ``_class_names``, ``_input_names``, ``_dark``, ``_text``, ``probability``, ``caption``, ``legend`` and ``plot``."""

    def _class_names_for(self, k: int) -> list[str]:
        names = list(self._class_names or [])
        return names[:k] + [tr("class {i}", i=i) for i in range(len(names), k)]

    def retranslate(self) -> None:
        """The caption, legend and axis labels in the window's language (after a language switch)."""
        self._input_names = [again(name) or name for name in self._input_names]
        self._set_axis_labels(force=True)
        if self._grid is not None and self._plot_shown():
            self._update_texts()

    def _update_texts(self) -> None:
        grid = self._grid
        if grid is None:
            return
        output = np.asarray(grid["output"])
        k = output.shape[-1] if output.ndim > len(grid["axes"]) else 1
        classification = grid.get("task") != "regression"
        labels = grid.get("labels")
        sigmoid = classification and k == 1
        if self._shown == "unit":
            node, unit, _ = self._unit_values(grid)
            if len(grid["axes"]) == 2:
                text = tr("unit {unit} of {node}: its output over the plane (orange < 0 < blue); points: training "
                          "data", unit=unit, node=node)
            else:
                text = tr("unit {unit} of {node}: its output along the input; points: training data", unit=unit,
                          node=node)
        elif self._shown == "regression":
            text = tr("predicted value over the plane; points: training data, coloured by target")
        elif self._shown == "line":
            if not classification:
                text = tr("the network's output along its input; points: training data")
            elif sigmoid:
                text = tr("probability of {name} along the input; points: training data",
                          name=self._class_names_for(2)[1])
            else:
                text = tr("probability of each class along the input; points: training data")
        elif sigmoid and self.probability.isChecked():
            text = tr("probability of {name} over the plane ({fade} near 0.5); points: training data",
                      name=self._class_names_for(2)[1], fade=self._fade)
        elif self.probability.isChecked():
            text = tr("predicted class over the plane, {fade} where the network is less sure; points: training data",
                      fade=self._fade)
        else:
            text = tr("predicted class over the plane; points: training data")
        if grid.get("note"):  # e.g. "before training": what the picture is of
            text = tr("{note}: {text}", note=tr_text(grid["note"]), text=text)
        self.caption.setText(text)
        if classification and (self._shown == "classes" or self._shown == "line" and not sigmoid or
                               self._shown == "unit" and labels is not None):
            count = 2 if sigmoid else k
            if labels is not None and len(labels):
                count = max(count, int(np.max(labels)) + 1)
            swatches = "&nbsp;&nbsp; ".join(
                f"<span style='color:{self._class_color(i)}'>&#9632;</span>&nbsp;{_html(name)}"
                for i, name in enumerate(self._class_names_for(min(count, 64))))
            self.legend.setText(swatches)
            self.legend.show()
        else:
            self.legend.hide()

    def _set_axis_labels(self, force: bool = False) -> None:
        """Input names on the axes of a plane; on a line's y axis what the line is. Only sets what changed."""
        left = self._input_names[1]
        if self._grid is not None and len(self._grid["axes"]) == 1:
            if self._shown == "unit":
                left = tr("unit output")
            else:
                left = tr("output") if self._grid.get("task") == "regression" else tr("probability")
        labels = {"bottom": self._input_names[0], "left": left}
        if labels == getattr(self, "_labels", None) and not force:
            return
        self._labels = labels
        text, size = self._text.name(), f"{QFontInfo(self.font()).pixelSize()}px"  # the panel's text size
        for name, label in labels.items():
            self.plot.getPlotItem().getAxis(name).setLabel(label, color=text, **{"font-size": size})

    @property
    def _fade(self) -> str:
        """What an unsure region looks like, for the caption."""
        return tr("greyer") if self._dark else tr("paler")

    def _class_color(self, c: int) -> str:
        return CLASS_COLORS[c % len(CLASS_COLORS)][self._dark]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
