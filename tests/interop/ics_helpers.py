"""Shared helpers of the iCalendar tests: a plan dump to prove nothing changed, raw parsing."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import icalendar

from cmplanner.interop.ics_export import export_bytes
from cmplanner.interop.ics_options import ExportOptions, Profile

NOW = datetime(2026, 3, 16, 8, 0, tzinfo=__import__("datetime").timezone.utc)
TODAY = date(2026, 3, 16)


def plan_dump(store) -> str:
    """Every entity of the plan, as text: equal dumps mean an untouched plan."""
    parts = [repr(store.settings())]
    for repo in (store.posts, store.series, store.events, store.networks, store.pillars,
                 store.people, store.sites, store.requests):
        parts.extend(repr(item) for item in repo.all())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def export(store, **options) -> bytes:
    options.setdefault("now", NOW)
    options.setdefault("today", TODAY)
    return export_bytes(store, ExportOptions(**options))


def standard(store, **options) -> bytes:
    return export(store, profile=Profile.STANDARD, **options)


def vevents(data: bytes) -> list:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")
