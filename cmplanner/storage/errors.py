"""Why a file could not be opened as a plan. The file is never modified when one is raised."""

from __future__ import annotations


class PlanFileError(Exception):
    """A file that cannot be used as a plan; the message is meant for the user."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


class NotAPlan(PlanFileError):
    """Not an SQLite database at all (a text file, an image...)."""


class ForeignDatabase(PlanFileError):
    """An SQLite database that belongs to another application."""


class NewerPlan(PlanFileError):
    """A plan written by a newer version of cmplanner."""


class CorruptPlan(PlanFileError):
    """An SQLite file that SQLite itself reports as damaged."""


class ReadOnlyPlan(PlanFileError):
    """A plan that cannot be written here (read-only file or folder): it may be opened read-only."""


class DiskFull(PlanFileError):
    """An edit could not be stored because the disk is full; the plan is as it was before it."""
