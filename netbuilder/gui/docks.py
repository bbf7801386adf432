"""Small facts about the window's docks, shared by the panels' owners."""
from __future__ import annotations

import shiboken6


def on_screen(dock) -> bool:
    """Whether a dock is on screen: shown, and not behind another's tab (Qt's isVisible() says True for that);
    False for one already destroyed (its signals still fire while the window is torn down)."""
    return (dock is not None and shiboken6.isValid(dock) and dock.isVisible()
            and not dock.visibleRegion().isEmpty())
