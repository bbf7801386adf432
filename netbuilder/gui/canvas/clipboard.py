"""Copy, cut, paste and duplicate of canvas selections, through the system clipboard as JSON.

The payload is ``{"nodes": [...], "edges": [...]}`` in the design file's node and edge format, with only the edges
between copied nodes, so a selection pasted into a text editor reads like a piece of a design file.
"""
from __future__ import annotations

import atexit
import json

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from ...core.files import plain_json
from ...core.design.design_io import design_to_dict
from ...core.errors import DesignError
from ...core.layers import REGISTRY
from ...core.text import msg
from ..common.i18n import tr
from .commands import PasteCommand, RemoveNodesCommand
from . import style as st

NODES_MIME = "application/x-netbuilder-nodes"
GAP = 60.0
_handed: list[QMimeData] = []  # the QMimeData this process last put on the clipboard (see put_on_clipboard)


def put_on_clipboard(text: str) -> None:
    """``text`` (a selection's JSON) on the system clipboard, as netbuilder layers and as plain text.

    The clipboard owns the QMimeData it holds, and Qt frees it at the process's very end (the offscreen and default
    platform clipboards keep it in a C++ global static), after the interpreter is gone. A QMimeData made in Python
    is PySide's wrapper class, whose destructor calls into the interpreter: freed then, it ended the process with a
    segmentation fault (exit 139, after every test had passed). So at exit, while Python still runs, the clipboard
    is handed a copy Qt makes itself (:func:`_hand_back`)."""
    mime = QMimeData()
    mime.setData(NODES_MIME, text.encode("utf-8"))
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    if not _handed:
        atexit.register(_hand_back)
    _handed[:] = [mime]


def _hand_back() -> None:
    """At exit: the clipboard's QMimeData made here, if it still holds it, replaced with the same text in one Qt
    made (still there to paste into a text editor); the one made here is freed now, while Python runs."""
    mime = _handed.pop() if _handed else None
    app = QApplication.instance()
    if mime is None or app is None or not shiboken6.isValid(mime):  # the clipboard took something else since
        return
    app.clipboard().setText(mime.text())


def selection_dict(scene) -> dict:
    """The selected nodes and the edges between them, as the design file writes them."""
    ids = set(scene.selected_node_ids())
    data = design_to_dict(scene.document.design)
    nodes = [n for n in data["nodes"] if n["id"] in ids]
    for n in nodes:
        if "position" not in n:
            item = scene.node_item(n["id"])
            n["position"] = [round(item.x(), 2), round(item.y(), 2)]
    edges = [e for e in data["edges"] if e["source"] in ids and e["target"] in ids]
    return {"nodes": nodes, "edges": edges}


def check_payload(data) -> str | None:
    """None when ``data`` can be pasted, else why not."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) \
            or not isinstance(data.get("edges", []), list):
        return msg("the clipboard does not hold netbuilder layers")
    ids = set()
    for n in data["nodes"]:
        if not isinstance(n, dict) or not isinstance(n.get("id"), str) or n.get("type") not in REGISTRY:
            return msg("the clipboard holds an unknown layer: {layer}", layer=f"{n!r:.60}")
        if not isinstance(n.get("params", {}), dict):
            return msg("the clipboard holds bad parameters for {node}", node=n["id"])
        pos = n.get("position")
        if pos is not None and (not isinstance(pos, (list, tuple)) or len(pos) != 2
                                or not all(isinstance(v, (int, float)) for v in pos)):
            return msg("the clipboard holds a bad position for {node}", node=n["id"])
        ids.add(n["id"])
    for e in data.get("edges", []):
        if not isinstance(e, dict) or e.get("source") not in ids or e.get("target") not in ids \
                or not isinstance(e.get("port", 0), int):
            return msg("the clipboard holds a connection to a layer it does not hold")
    return None


def side_offset(data: dict) -> float:
    """How far right to put copies so that they sit beside the originals, not on them."""
    xs = [n["position"][0] for n in data["nodes"] if n.get("position")]
    span = (max(xs) - min(xs)) if xs else 0.0
    return span + st.NODE_MIN_WIDTH + GAP


class Clipboard:
    """The canvas's clipboard actions; ``last_error`` says why the last paste did nothing."""

    def __init__(self, scene):
        self.scene = scene
        self._last_payload: str | None = None
        self._repeats = 0
        self.last_error = ""

    @property
    def document(self):
        return self.scene.document

    def copy(self) -> dict:
        data = selection_dict(self.scene)
        if not data["nodes"]:
            return data
        text = json.dumps(data, indent=2)
        put_on_clipboard(text)
        self._last_payload, self._repeats = text, 0
        return data

    def cut(self) -> dict:
        data = self.copy()
        if data["nodes"]:
            self.document.push(RemoveNodesCommand(self.document.design, [n["id"] for n in data["nodes"]],
                                                  text=tr("Cut")))
        return data

    def paste(self) -> list[str]:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(NODES_MIME):
            self.last_error = msg("the clipboard holds no layers")
            return []
        text = bytes(mime.data(NODES_MIME).data()).decode("utf-8", "replace")
        try:
            data = plain_json.loads(text, "the clipboard", DesignError)
        except DesignError:
            data = None
        self.last_error = check_payload(data) or ""
        if self.last_error or not data["nodes"]:
            return []
        if text == self._last_payload:
            self._repeats += 1
        else:
            self._last_payload, self._repeats = text, 1
        return self._paste(data, side_offset(data) * self._repeats, tr("Paste"))

    def duplicate(self) -> list[str]:
        data = selection_dict(self.scene)
        if not data["nodes"]:
            return []
        return self._paste(data, side_offset(data), tr("Duplicate"))

    def _paste(self, data: dict, dx: float, text: str) -> list[str]:
        command = PasteCommand(self.document.design, data["nodes"], data.get("edges", []), offset=(dx, 0.0),
                               text=text)
        if not self.document.push(command):  # refused (a run trains, a lesson locks the layers): nothing pasted
            return []
        self.scene.select_nodes(command.new_ids)
        return command.new_ids
