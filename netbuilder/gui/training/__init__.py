"""Training from the window: the worker thread, the driver, the inside panels' driver, the advisor, the preview."""
