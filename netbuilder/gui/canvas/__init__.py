"""The design canvas: a scene that follows the design's events, a view for the user's gestures.

``CanvasView(document)`` is what the main window embeds; its ``design_scene`` is the :class:`DesignScene`.
"""
from __future__ import annotations

from .clipboard import NODES_MIME
from .items import EdgeItem, NodeItem
from .scene import DesignScene
from .view import LAYER_MIME, CanvasView

__all__ = ["CanvasView", "DesignScene", "NodeItem", "EdgeItem", "LAYER_MIME", "NODES_MIME"]
