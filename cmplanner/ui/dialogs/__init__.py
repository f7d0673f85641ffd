"""Dialogs and File-menu actions (data safety: save a copy, restore, plan opening questions)."""
