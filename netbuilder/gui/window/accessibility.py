"""What a screen reader says for each control of the main window: its accessible name (Qt's
``QAccessible.Name``) and, for a control whose use is not plain from its name, a description.

Qt names most controls itself: a button by its text, a field by the label whose buddy it is (``QLabel.setBuddy``).
The others are named here, in one table by objectName, applied once the window and its panels exist
(:func:`name_controls`); a panel's scroll area is named after its dock, and a settings tree's editors after their
setting as the tree makes them. :func:`unnamed` lists the controls a person can tab to that still have no name
(the test of issue 23 asserts there are none). The names are translated (``tr_text``) and follow a language change
(``i18n.retranslate`` renders accessible names and descriptions again)."""
from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QDockWidget, QGridLayout, QLabel,
                               QLineEdit, QScrollArea, QWidget)

from ...core.text import msg
from ..common.i18n import tr, tr_text

#: a control's property: its name was derived from its place or tooltip ("name"), its description too ("description")
_DERIVED = "netbuilderDerivedName"
#: objectName -> (name, description or None)
CONTROLS = {
    "canvasView": (msg("Network canvas"),
                   msg("The layers and their connections. Tab, Home, End and the arrow keys move from layer to "
                       "layer; Enter or F2 edits one; Ctrl+K connects it, Ctrl+Shift+K disconnects; Shift+arrows "
                       "move it; Delete removes it.")),
    "layerPaletteSearch": (msg("Search layers"),
                           msg("Type part of a layer's name; Enter adds the best match after the selected layer")),
    "layerPaletteTree": (msg("Layers to add"), msg("Enter adds the layer after the selected one, connected to it")),
    "inspectorParams": (msg("Settings of the selected layer"),
                        msg("With no layer selected, the design's name, description and training settings")),
    "summaryTable": (msg("Summary of the layers"),
                     msg("Each layer's output shape and parameters; Enter on a row selects its layer")),
    "problemsList": (msg("Problems"), msg("What stops the design from training; Enter on one selects its layer")),
    "timelineSlider": (msg("Weights timeline"),
                       msg("Rewind: the network as it was after an earlier epoch of the run")),
    "trainingOutcome": (msg("Outcome of the run"), None),
    "runsList": (msg("Runs of this session"), msg("Enter on a run brings its weights back")),
    "smoothingSpin": (msg("Smoothing of the loss curve"), None),
    "accuracyPlot": (msg("Accuracy curves"), msg("Training and validation accuracy after each epoch")),
    "lossPlot": (msg("Loss curves"), msg("Training and validation loss after each epoch")),
    "confusionGallery": (msg("Examples of the chosen cell"), None),
    "perClassTable": (msg("Scores of each class"), msg("Precision, recall and F1 of each class")),
    "confusionMatrixView": (msg("Confusion matrix"),
                            msg("Rows are the true classes, columns the predicted ones; arrow keys choose a cell")),
    "activationSampleSpin": (msg("Sample to look at"), None),
    "predictionBars": (msg("Predicted probabilities"), None),
    "boundaryPlot": (msg("Decision boundary"),
                     msg("The class the network predicts at each point of the plane, with the data's points")),
    "runsTabs": (msg("Views of the runs"), None),
    "runsAccuracyPlot": (msg("Accuracy of each run"), None),
    "runsLossPlot": (msg("Loss of each run"), None),
    "runsTable": (msg("Table of the runs"), msg("Each run's settings and results, one row a run")),
    "lessonScroll": (msg("Lesson step"), None),
    "presetGalleryList": (msg("Examples and lessons"), msg("Enter opens the chosen one")),
    "sweepSettings": (msg("Settings to sweep"), None),
    "sweepTrialList": (msg("Trials of the sweep"), None),
    "lrFinderPlot": (msg("Loss at each learning rate"), None),
}


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the control is called (Qt's own derivation included)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Name) if face is not None else ""


def name_controls(root: QWidget) -> None:
    """Name every control in ``root`` (a window or dialog) that the table names or whose place names it."""
    for widget in [root] + root.findChildren(QWidget):
        entry = CONTROLS.get(widget.objectName())
        if entry is not None:
            name, description = entry
            widget.setAccessibleName(tr_text(name))
            if description is not None:
                widget.setAccessibleDescription(tr_text(description))
        elif isinstance(widget, QScrollArea) and isinstance(widget.parentWidget(), QDockWidget):
            widget.setAccessibleName(tr("{panel} panel", panel=widget.parentWidget().windowTitle()))
        if type(widget).__name__ == "ParameterTree":
            follow_parameter_tree(widget)
    for widget in [root] + root.findChildren(QWidget):  # what is left: named from its place or its tooltip
        if widget.focusPolicy() != Qt.NoFocus and widget.focusProxy() is None and not accessible_name(widget):
            derive_name(widget)


def derive_name(widget: QWidget) -> None:
    """A control with no name: the label just before it in its row becomes its buddy (as Qt's forms do), a check
    box before it lends its text; else the first sentence of its tooltip names it (the whole tooltip describes
    it); a line edit its placeholder; a scroll area takes its window's title."""
    before = _before_in_row(widget)
    if isinstance(before, QLabel) and before.text() and before.buddy() is None:
        before.setBuddy(widget)
        return
    if isinstance(before, QAbstractButton) and before.text():
        widget.setAccessibleName(before.text().replace("&", ""))
    elif widget.toolTip():
        plain = QTextDocumentFragment.fromHtml(widget.toolTip()).toPlainText().strip()
        widget.setAccessibleName(re.split(r"(?<=[.:;])\s|\s\(", plain, maxsplit=1)[0].rstrip(".:;"))
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(plain)
            widget.setProperty(_DERIVED, "description")
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        widget.setAccessibleName(widget.placeholderText().rstrip("…."))
    elif isinstance(widget, QAbstractScrollArea) and widget.window().windowTitle():
        widget.setAccessibleName(widget.window().windowTitle())
    else:
        return
    widget.setProperty(_DERIVED, widget.property(_DERIVED) or "name")


def derive_again(root: QWidget) -> None:
    """After a language switch: the names cut from a text (a tooltip's first sentence, a check box's text without
    its ``&``) are no text the translations know, so they are derived again from their source, now translated."""
    for widget in [root] + root.findChildren(QWidget):
        derived = widget.property(_DERIVED)
        if derived:
            widget.setAccessibleName("")
            if derived == "description":
                widget.setAccessibleDescription("")
            widget.setProperty(_DERIVED, None)
            derive_name(widget)


def _before_in_row(widget: QWidget):
    """The widget just before ``widget`` in its row of its parent's layout (a grid's row, a box's line)."""
    parent = widget.parentWidget()
    layouts = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while layouts:
        layout = layouts.pop()
        index = layout.indexOf(widget)
        if index >= 0:
            if isinstance(layout, QGridLayout):
                row, column, _rows, _columns = layout.getItemPosition(index)
                item = layout.itemAtPosition(row, column - 1) if column > 0 else None
            else:
                item = layout.itemAt(index - 1) if index > 0 else None
            return item.widget() if item is not None else None
        layouts += [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]
    return None


class NameOnFocus(QObject):
    """Controls made after the window (a dialog, a row added to one) are named when the focus first reaches their
    window, or one of them without a name: before Qt tells a screen reader about the focus (``QWidget.setFocus``
    sends that after the application's ``focusChanged``)."""

    def __init__(self, window: QWidget):
        super().__init__(window)  # reached as parent(), not an attribute: no reference cycle with the window
        QApplication.instance().focusChanged.connect(self._on_focus)

    def _on_focus(self, _old, new) -> None:
        if new is None or not shiboken6.isValid(self) or self.parent() is None:
            return
        top = new.window()
        if top is not self.parent() and top.parentWidget() is not self.parent():
            return
        if not top.property("netbuilderNamed") or not accessible_name(new):  # a window's first focus, a new control
            top.setProperty("netbuilderNamed", True)
            name_controls(top)


def follow_parameter_tree(tree) -> None:
    """A pyqtgraph settings tree's editors are named after their setting, now and each time the tree is rebuilt."""
    if tree.property("netbuilderNamed"):
        return
    tree.setProperty("netbuilderNamed", True)
    tree.model().rowsInserted.connect(lambda *_: _name_editors(tree))  # an item comes with its editor made
    _name_editors(tree)


def _items(item):
    for i in range(item.childCount()):
        child = item.child(i)
        yield child
        yield from _items(child)


def _name_editors(tree) -> None:
    for item in _items(tree.invisibleRootItem()):
        editor = getattr(item, "widget", None)
        title = item.text(0)
        if isinstance(editor, QWidget) and title and not editor.accessibleName():
            editor.setAccessibleName(title)
            tip = item.toolTip(0) or editor.toolTip()
            if tip and not editor.accessibleDescription():
                editor.setAccessibleDescription(tip)
        reset = getattr(item, "defaultBtn", None)  # the button that puts the setting back to its default
        if isinstance(reset, QWidget) and title and not reset.accessibleName():
            reset.setAccessibleName(tr("{setting}: back to the default", setting=title))


def unnamed(root: QWidget) -> list[str]:
    """The controls in ``root`` a person can tab to, on screen, with no accessible name: 'objectName (Class)'. A
    control whose focus goes to another (a spin box's line edit, a view's viewport) is that other one's."""
    found = []
    for widget in [root] + root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.NoFocus or not widget.isVisible() or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is widget.parentWidget().viewport():
            continue
        if not accessible_name(widget).strip():
            found.append(f"{widget.objectName() or '(no objectName)'} ({type(widget).__name__}, in "
                         f"{widget.parentWidget().objectName() if widget.parentWidget() else 'nothing'})")
    return found
