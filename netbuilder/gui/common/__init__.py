"""Small facts every view shares: colours, whether a dock is on screen, the GUI-thread garbage collector."""
