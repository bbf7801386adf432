"""The Qt-free core: everything a user can do headless. Never import Qt here."""
