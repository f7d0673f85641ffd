"""Errors raised by domain rules. Each names the problem in words a user can act on.

A message is an English template with named parameters (``Message``): ``str()`` gives the English
text (logs, command line), and the interface translates the template and shows the parameters in
its own language (``cmplanner.ui.messages.describe``). Templates are literal strings, so a test can
check that every one of them is listed for translation.
"""

from __future__ import annotations

from enum import Enum


def _plain(value: object) -> object:
    if isinstance(value, (list, tuple)):  # several words: shown one after the other
        return ", ".join(str(_plain(v)) for v in value)
    return value.value if isinstance(value, Enum) else value


class Message(str):
    """English text that remembers its template and parameters (a ``str`` for everyone else).

    Parameters may be enum values (shown by their label), dates, numbers, text, other messages,
    or lists of those. A template that counts says ``%n`` for its ``count`` parameter (then it
    has plural forms in the interface's language).
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        text = template.format(**{k: _plain(v) for k, v in params.items()}) if params else template
        if "%n" in template and "count" in params:
            text = text.replace("%n", str(params["count"]))
        self = super().__new__(cls, text)
        self.template = template
        self.params = params
        return self


def as_message(text: str) -> Message:
    """``text`` as a Message (a plain string becomes a template without parameters)."""
    return text if isinstance(text, Message) else Message(text)


class DomainError(ValueError):
    """A rule of the plan was broken; nothing has been stored.

    ``DomainError("The {what} is wrong.", what=...)``, or ``DomainError(message)`` with a ready
    ``Message`` (or text already in the interface's language).
    """

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.message = Message(template, **params) if params else as_message(template)
        super().__init__(str(self.message))


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


class Conflict(DomainError):
    """A write based on a version of an item that is no longer the stored one: someone (another
    window, a colleague, an import) changed or deleted it since it was read. Nothing was stored.

    ``loaded`` is the revision the write was based on, ``stored`` the one in the plan (None when
    the item is gone)."""

    def __init__(self, kind: str, item_id: int | None, loaded: int | None, stored: int | None,
                 title: str | Message = "") -> None:
        if stored is None:
            super().__init__("“{title}” was deleted meanwhile; the change was not saved.",
                             title=title or "?")
        elif loaded is None:
            super().__init__("“{title}” was changed meanwhile; the change was not saved.",
                             title=title or "?")
        else:
            super().__init__("“{title}” was changed meanwhile (you edited version {loaded}, the "
                             "plan holds version {stored}); the change was not saved.",
                             title=title or "?", loaded=loaded, stored=stored)
        self.kind, self.item_id, self.loaded, self.stored = kind, item_id, loaded, stored


class ServerAway(DomainError):
    """A team plan's server cannot be reached: the change was not saved (the editor keeps it)."""

    def __init__(self) -> None:
        super().__init__(Message("The team plan's server cannot be reached: the change was not "
                                 "saved. It stays in the editor; save again once the connection "
                                 "is back."))
