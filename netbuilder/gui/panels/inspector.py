"""The inspector: what the selected layer is, what shapes flow through it, and its parameters; with nothing
selected, the design's name, description and training settings.

Every accepted edit is one undo command (SetParamCommand or SetMetaCommand); a refused edit changes nothing, shows
the reason in ``inspectorError`` and puts the field back. The inspector follows the design's events (undo, redo,
changes made elsewhere) without pushing commands itself.
"""
from __future__ import annotations

import html

import shiboken6
from pyqtgraph.parametertree import Parameter, ParameterTree
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTreeWidget, QVBoxLayout, QWidget

from ...core.layers.base import fmt_shape
from ...core.text import msg
from ..canvas.commands import SetMetaCommand, SetParamCommand
from ..common.i18n import tr, tr_text
from ..common.style import is_dark, severity_text_color
from .fields import format_value, param_opts, to_model, uses_text
from .icons import category_icon
from .palette import category_text
from .undo_keys import UndoKeysToWindow
from .training_fields import (WITH_MOMENTUM, check_training_value, current_values, design_parameters,
                              with_training_value)

_DESIGN_HINT = msg("Nothing is selected, so these settings belong to the whole design. "
                   "Click a layer on the canvas to see and change its own settings.")


class Inspector(QWidget):
    """Shows and edits the selected node, or the design when ``show_node(None)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = None
        self._node_id: str | None = None
        self._root: Parameter | None = None
        self._syncing = False
        self._editing = False
        self._sync_pending = False
        self.last_refusal: str | None = None

        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("inspectorIcon")
        self.title = QLabel(self)
        self.title.setObjectName("inspectorTitle")
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.icon_label)
        header.addWidget(self.title, 1)

        self.explanation = self._label("inspectorExplanation")
        self.shapes = self._label("inspectorShapes")
        shape_font = self.shapes.font()
        shape_font.setBold(True)
        self.shapes.setFont(shape_font)
        self.counts = self._label("inspectorCounts")
        self.problems = self._label("inspectorProblems")
        self.error = self._label("inspectorError")
        self.error.setTextFormat(Qt.PlainText)
        self.error.hide()
        self.no_params = self._label("inspectorNoParams")
        self.no_params.setEnabled(False)

        self.tree = ParameterTree(self, showHeader=False)
        self.tree.setObjectName("inspectorParams")
        # pyqtgraph keeps a wrapper of the tree's invisible root item, which Qt made and Qt deletes with the tree
        # without telling PySide: left valid, a new object at the same address (the next tree's header, say) is
        # handed back as that stale item. Invalidated when the tree goes.
        root = QTreeWidget.invisibleRootItem(self.tree)
        self.tree.destroyed.connect(lambda *_: shiboken6.invalidate(root))
        self.tree.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(header)
        for widget in (self.explanation, self.shapes, self.counts, self.problems, self.error, self.no_params):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        self._apply_colors()
        self.show_node(None)
        self._undo_keys = UndoKeysToWindow(self)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        return label

    # public API -----------------------------------------------------------------------------------------
    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.graphEvent.disconnect(self._on_graph_event)
            self.document.analysed.disconnect(self._on_analysed)
            self.document.designReplaced.disconnect(self._on_design_replaced)
        self.document = document
        document.graphEvent.connect(self._on_graph_event)
        document.analysed.connect(self._on_analysed)
        document.designReplaced.connect(self._on_design_replaced)
        self.show_node(None, rebuild=True)

    @property
    def node_id(self) -> str | None:
        """The node shown, or None when the design's settings are shown."""
        return self._node_id

    def show_node(self, node_id: str | None, *, rebuild: bool = False) -> None:
        """Show a node's settings (None: the design's). Showing the node already shown keeps the fields as they are."""
        design = self.document.design if self.document is not None else None
        if design is None or node_id not in design.nodes:
            node_id = None
        if node_id == self._node_id and self._root is not None and not rebuild:
            self._update_info()
            return
        self._node_id = node_id
        self._clear_error()
        self._build()
        self._update_info()

    def parameter(self, name: str, group: str | None = None) -> Parameter:
        """The pyqtgraph Parameter of a field (``group`` is "design" or "training" in the design view)."""
        root = self._root.child(group) if group else self._root
        return root.child(name)

    def editor(self, name: str, group: str | None = None) -> QWidget:
        """The editing widget (spin box, check box, combo box, line edit) of a field, for tests and scripts."""
        items = list(self.parameter(name, group).items.keys())
        return items[0].widget

    def set_param_value(self, name: str, value) -> str | None:
        """Set a parameter of the shown node as its field would; returns the refusal reason or None."""
        if self._node_id is None:
            return self._refuse(msg("select a layer first"))
        spec = self.document.design.node(self._node_id).spec
        try:
            param = spec.param(name)
        except KeyError:
            return self._refuse(msg("{type} has no parameter '{name}'", type=spec.type, name=name))
        if isinstance(value, str) and uses_text(param):
            value, reason = to_model(param, value)
        else:
            reason = param.check(value)
        return self._refuse(reason) if reason else self._commit_param(name, value)

    def set_training_value(self, key: str, value) -> str | None:
        """Change one training setting (see ``training_fields.TRAINING_KEYS``); returns the refusal reason or None."""
        if self.document is None:
            return msg("no document")
        training = self.document.design.training
        reason = check_training_value(training, key, value)
        if reason:
            return self._refuse(reason)
        new = with_training_value(training, key, value)
        if new != training:
            command = SetMetaCommand(self.document.design, "training", new, text=tr("Set {key}", key=key))
            if not self.document.push(command):
                return self._refuse(self.document.refusal(command) or msg("the design is locked"))
        self._clear_error()
        return None

    def set_meta_value(self, key: str, value: str) -> str | None:
        """Change the design's ``name`` or ``description``; returns the refusal reason or None."""
        if key not in ("name", "description"):
            return self._refuse(msg("'{key}' is not name or description", key=key))
        value = str(value).strip()
        if key == "name" and not value:
            return self._refuse(msg("the design needs a name"))
        if value != getattr(self.document.design, key):
            self.document.push(SetMetaCommand(self.document.design, key, value, text=tr("Set design {key}", key=key)))
        self._clear_error()
        return None

    # editing ------------------------------------------------------------------------------------------
    def _commit_param(self, name: str, value) -> None:
        node = self.document.design.node(self._node_id)
        current = node.spec.resolve(node.params)[name]
        if isinstance(value, tuple):
            value = list(value)
        self._clear_error()
        if value == current and type(value) is type(current):
            self._schedule_sync()  # e.g. "[3]" typed where "3" is shown: show it the usual way
            return None
        command = SetParamCommand(self.document.design, self._node_id, name, value)
        if not self.document.push(command):  # refused (a run trains, a lesson locks the layers): the old value
            return self._refuse(self.document.refusal(command) or msg("the design is locked"))
        return None

    def _refuse(self, reason: str) -> str:
        self.last_refusal = reason
        self.error.setText(tr("Not changed: {reason}", reason=reason))
        self.error.show()
        self._schedule_sync()
        return reason

    def _clear_error(self) -> None:
        self.last_refusal = None
        self.error.clear()
        self.error.hide()

    def _on_tree_changed(self, _root, changes) -> None:
        if self._syncing:
            return
        for param, change, data in changes:
            if change != "value":
                continue
            self._editing = True
            try:
                self._apply_field(param, data)
            finally:
                self._editing = False

    def _apply_field(self, param: Parameter, data) -> None:
        if self._node_id is not None:
            spec = self.document.design.node(self._node_id).spec
            value, reason = to_model(spec.param(param.name()), data)
            if reason:
                self._refuse(reason)
            else:
                self._commit_param(param.name(), value)
        elif param.parent() is not None and param.parent().name() == "design":
            self.set_meta_value(param.name(), data)
        else:
            key = param.name()
            if key == "validation":
                text = str(data).strip()
                try:
                    data = float(text) if text else None
                except ValueError:
                    self._refuse(check_training_value(self.document.design.training, key, text))
                    return
            self.set_training_value(key, data)

    # building and syncing -----------------------------------------------------------------------------
    def _build(self) -> None:
        if self._root is not None:
            self._root.sigTreeStateChanged.disconnect(self._on_tree_changed)
        if self._node_id is None:
            design = self.document.design if self.document is not None else None
            children = design_parameters(design) if design is not None else []
        else:
            node = self.document.design.node(self._node_id)
            values = node.spec.resolve(node.params)
            children = [param_opts(p, values[p.name]) for p in node.spec.params]
        self._root = Parameter.create(name="inspector", type="group", children=children)
        self._syncing = True
        try:
            # pyqtgraph's clear() takes the old items out of the tree and drops them, but Qt still owns them: never
            # deleted, each would keep its parameters, fields and, through their slots, this panel (and the window
            # it is in) alive. Deleted here, on the way out.
            for item in self.tree.invisibleRootItem().takeChildren():
                shiboken6.delete(item)
            self.tree.setParameters(self._root, showTop=False)
        finally:
            self._syncing = False
        self._root.sigTreeStateChanged.connect(self._on_tree_changed)
        for param in self._all_params():
            tip = param.opts.get("tip")
            for item in param.items:
                if tip:
                    item.setToolTip(0, tip)
        self._refresh_default_buttons()
        has_fields = bool(children)
        self.tree.setVisible(has_fields)
        self.no_params.setVisible(not has_fields and self._node_id is not None)

    def _refresh_default_buttons(self) -> None:
        """A field's reset button is enabled only when its value differs from the layer's default."""
        for param in self._all_params():
            if param.hasDefault() and hasattr(param, "_modifiedSinceReset"):
                param._modifiedSinceReset = not param.valueIsDefault()
                for item in param.items:
                    if hasattr(item, "updateDefaultBtn"):
                        item.updateDefaultBtn()

    def _all_params(self):
        stack = list(self._root.children())
        while stack:
            param = stack.pop(0)
            yield param
            stack.extend(param.children())

    def _schedule_sync(self) -> None:
        if not self._sync_pending:
            self._sync_pending = True
            QTimer.singleShot(0, self, self._run_sync)

    def _run_sync(self) -> None:
        self._sync_pending = False
        self._sync_values()

    def _sync_values(self) -> None:
        """Show the design's current values in the fields, without treating that as an edit."""
        if self.document is None or self._root is None:
            return
        design = self.document.design
        if self._node_id is not None and self._node_id not in design.nodes:
            return
        self._syncing = True
        try:
            if self._node_id is not None:
                node = design.node(self._node_id)
                values = node.spec.resolve(node.params)
                for p in node.spec.params:
                    self._root.child(p.name).setValue(format_value(p, values[p.name]))
                self._refresh_default_buttons()
            else:
                meta = self._root.child("design")
                meta.child("name").setValue(design.name)
                meta.child("description").setValue(design.description)
                training = self._root.child("training")
                values = current_values(design.training)
                for key, value in values.items():
                    field = training.child(key)
                    if key == "dataset" and value not in field.opts["limits"].values():
                        self._build()  # a dataset name outside the list: rebuild the choices
                        return
                    field.setValue(value)
                training.child("momentum").setOpts(enabled=values["optimizer"] in WITH_MOMENTUM)
        finally:
            self._syncing = False

    def _follow(self) -> None:
        if self._editing:
            self._schedule_sync()
        else:
            self._sync_values()

    def _on_graph_event(self, event: str, data: dict) -> None:
        if event == "reset":
            self.show_node(None, rebuild=True)
        elif event == "node_removed" and data.get("id") == self._node_id:
            self.show_node(None, rebuild=True)
        elif event == "params_changed" and data.get("id") == self._node_id and self._node_id is not None:
            self._follow()
        elif event == "meta_changed" and self._node_id is None:
            self._follow()
            self._update_info()

    def _on_design_replaced(self) -> None:
        self.show_node(None, rebuild=True)

    def _on_analysed(self, _analysis) -> None:
        self._update_info()

    # the text above the fields ------------------------------------------------------------------------
    def _update_info(self) -> None:
        dark = is_dark(self.palette())
        if self.document is None:
            self.title.setText(tr("No design"))
            for label in (self.explanation, self.shapes, self.counts, self.problems):
                label.clear()
            return
        analysis = self.document.analysis
        if self._node_id is None:
            design = self.document.design
            self.icon_label.clear()
            self.icon_label.hide()
            self.title.setText(tr("<b>Design</b>&nbsp; {name}", name=html.escape(design.name or tr("Untitled"))))
            self.explanation.setText(tr_text(_DESIGN_HINT))
            count = len(design.nodes)
            self.shapes.setText(tr("{n} layer", n=count) if count == 1 else tr("{n} layers", n=count))
            self.counts.setText(tr("{n:,} trainable parameters in all", n=analysis.report.total_params))
            self.counts.show()
            problems = [d for d in analysis.diagnostics if d.node_id is None]
        else:
            node = self.document.design.node(self._node_id)
            spec = node.spec
            size = self.title.fontMetrics().height() + 6
            self.icon_label.setPixmap(category_icon(spec.category).pixmap(QSize(size, size)))
            self.icon_label.show()
            self.title.setText(f"<b>{html.escape(spec.type)}</b>&nbsp;&nbsp;·&nbsp;&nbsp;{html.escape(node.id)}")
            self.title.setToolTip(tr("{category} layer '{id}'", category=category_text(spec.category),
                                        id=node.id))
            self.explanation.setText(tr_text(spec.explanation))
            info = analysis.report.nodes.get(node.id)
            self.shapes.setText(self._shape_text(info))
            params = info.params if info is not None else 0
            self.counts.setText(("" if info is None or info.shape is None else tr("{n:,} trainable parameter", n=params)
                                 if params == 1 else tr("{n:,} trainable parameters", n=params)))
            self.counts.setVisible(bool(self.counts.text()))
            self.no_params.setText(tr("{type} has no settings: it works the same whatever you do.", type=spec.type))
            problems = analysis.problems_of(node.id)
        if problems:
            rows = "".join(f"<li style='color:{severity_text_color(d.severity, dark)}'>"
                           f"{html.escape(tr_text(d.message))}</li>" for d in problems)
            self.problems.setText(f"<ul style='margin:0; -qt-list-indent:1'>{rows}</ul>")
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()

    @staticmethod
    def _shape_text(info) -> str:
        if info is None:
            return ""
        out = fmt_shape(info.shape) if info.shape is not None else "?"
        if info.type == "Input":
            return tr("out {out}", out=out)
        if info.in_shapes:
            return tr("in {shapes} → out {out}", shapes=", ".join(fmt_shape(s) for s in info.in_shapes), out=out)
        return tr("in ? → out {out}", out=out)

    def retranslate(self) -> None:
        self.show_node(self._node_id, rebuild=True)

    def _apply_colors(self) -> None:
        color = severity_text_color("error", is_dark(self.palette()))
        self.error.setStyleSheet(f"QLabel#inspectorError {{ color: {color}; font-weight: bold; border: 1px solid {color};"
                                 " border-radius: 4px; padding: 4px; }")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.PaletteChange:
            self._apply_colors()
            if self.document is not None:
                self._update_info()
        super().changeEvent(event)
