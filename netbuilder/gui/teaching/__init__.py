"""Lessons and presentation mode."""
