"""Files netbuilder reads and writes safely: the atomic writer, plain JSON, zip entries, autosave's recovery records."""
