"""Errors raised by domain rules. Each names the problem in words a user can act on."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the plan was broken; nothing has been stored."""


class InvalidRecurrence(DomainError):
    """A recurrence rule that cannot be parsed or used."""


class InvalidDates(DomainError):
    """Dates that are impossible or out of order (an end before its start...)."""


class UnknownTimeZone(DomainError):
    """A time-zone name that the zone database does not know."""


class TransitionRefused(DomainError):
    """A workflow step that is not allowed from this status or for this person."""


class InvalidCadence(DomainError):
    """A cadence target that cannot be understood."""
