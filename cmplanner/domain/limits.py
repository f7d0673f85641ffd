"""How long each stored text may be: one place for the domain's checks and storage's columns.

A PostgreSQL server refuses a text longer than its column while SQLite stores it anyway, so the
lengths are checked here, before any database sees them, and the message is the same on both.
Storage builds its ``String(n)`` columns from these numbers (storage/schema.py).
"""

from __future__ import annotations

from .errors import DomainError, Message

NAME = 200  # names of plans, pillars, audiences, networks, sites, people, series; handles
UID = 200  # iCalendar uids (ours are 40 characters; imported ones can be longer)
EMAIL = 320  # RFC 5321's longest address
ZONE = 64  # IANA time-zone names
LANGUAGE = 8
STATUS = 16  # workflow statuses, decisions, exception kinds
KIND = 32  # post, network and event kinds
COLOUR = 7  # "#RRGGBB"
CADENCE = 100
LABEL = 100  # promotion step labels
VERSION = 32  # editorial line version
AUTHOR = 200  # the person named as author of a change
CODES = 200  # comma-separated roles, kinds or ids
SOURCE = 200  # the calendar an imported event came from (interop.ics_import.source_key)

# What a user may type into each kind of entity, with the words that name the field.
FIELDS: dict[str, dict[str, tuple[int, Message]]] = {
    "settings": {"name": (NAME, Message("plan name")), "timezone": (ZONE, Message("time zone"))},
    "line": {"version": (VERSION, Message("editorial line version"))},
    "pillars": {"name": (NAME, Message("name")), "colour": (COLOUR, Message("colour"))},
    "audiences": {"name": (NAME, Message("name"))},
    "networks": {"name": (NAME, Message("name")), "handle": (NAME, Message("handle")),
                 "cadence": (CADENCE, Message("cadence"))},
    "sites": {"name": (NAME, Message("name"))},
    "people": {"name": (NAME, Message("name")), "email": (EMAIL, Message("e-mail address"))},
    "posts": {"uid": (UID, Message("calendar uid")), "planned_tz": (ZONE, Message("time zone"))},
    "series": {"name": (NAME, Message("name")), "uid": (UID, Message("calendar uid")),
               "timezone": (ZONE, Message("time zone"))},
    "events": {"uid": (UID, Message("calendar uid")),
               "import_source": (SOURCE, Message("source calendar"))},
}


def check_lengths(kind: str, item: object) -> None:
    """DomainError when a text of ``item`` (an entity of ``kind``, as in FIELDS) is too long."""
    for field, (limit, words) in FIELDS.get(kind, {}).items():
        value = getattr(item, field, None)
        if isinstance(value, str) and len(value) > limit:
            raise DomainError("The {field} is too long: {length} characters, at most {limit}.",
                              field=words, length=len(value), limit=limit)
    if kind == "events":
        for step in getattr(item, "promotion", ()) or ():
            if len(step.label) > LABEL:
                raise DomainError("The {field} is too long: {length} characters, at most {limit}.",
                                  field=Message("promotion step label"), length=len(step.label),
                                  limit=LABEL)
