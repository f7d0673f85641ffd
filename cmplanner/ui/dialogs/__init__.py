"""Dialogs opened from the menus: exports and imports, data safety, plan opening questions."""
