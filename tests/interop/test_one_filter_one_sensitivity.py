"""The export and the screen share one filter and one definition of "sensitive"."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Event, Post
from cmplanner.domain.enums import EventKind, PostKind, PostStatus
from cmplanner.domain.filters import ItemFilter
from cmplanner.interop.ics_options import Scope
from cmplanner.services import posts
from cmplanner.services.calendar_range import load_range
from cmplanner.services.events import save_event

from .ics_helpers import export, vevents

PARIS = ZoneInfo("Europe/Paris")


def _summaries(data: bytes) -> list[str]:
    return [str(v["SUMMARY"]) for v in vevents(data)]


def test_a_troll_reply_is_sensitive_everywhere_even_unflagged(store):
    reply = posts.create_post(store, Post("Réponse au troll du forum", kind=PostKind.TROLL_REPLY,
                                          status=PostStatus.DRAFT,
                                          planned_at=datetime(2026, 3, 20, 9, tzinfo=PARIS))).after("posts")[0]
    assert not reply.sensitive
    stored = store.posts.get(reply.id)
    store.posts.save(replace(stored, status=PostStatus.SCHEDULED))
    assert not any("troll" in s for s in _summaries(export(store)))  # left out of shared feeds
    assert any("troll" in s for s in _summaries(export(store, include_sensitive=True)))
    chips = load_range(store, [], datetime(2026, 3, 16).date(), datetime(2026, 3, 23).date(),
                       "Europe/Paris").chips
    assert [c.sensitive for c in chips] == [True]  # marked on screen by the same rule


def test_export_of_the_current_filter_is_what_the_screen_shows(store):
    day = datetime(2026, 3, 20, 9, tzinfo=PARIS)
    for title in ("Fête de la science à l'atelier", "Portrait du lundi"):
        created = posts.create_post(store, Post(title, status=PostStatus.DRAFT, planned_at=day))
        assert created
    save_event(store, None, Event("Fête de la science", EventKind.WORKSHOP, day,
                                  day.replace(hour=17)), with_promotion=False)
    search = ItemFilter(text="fete")  # no accent, lower case
    chips = load_range(store, [], day.date(), day.date().replace(day=21), "Europe/Paris")
    on_screen = {c.title for c in chips.chips if search.accepts(c)}
    on_screen |= {b.title for b in chips.events if search.accepts_event(b.id, b.title)}
    exported = {s.split("] ", 1)[-1] for s in _summaries(export(store, scope=Scope.FILTER,
                                                                 item_filter=search))}
    assert on_screen == {"Fête de la science à l'atelier", "Fête de la science"}
    assert exported == on_screen
