"""The application and its main window: menus, docks, autosave, figures; wiring only."""
