"""A plan seeded with hostile text, for the tests of files that leave the machine."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import ContentRequest, Event, Person, Pillar, Post
from cmplanner.domain.enums import EventKind, PostStatus
from cmplanner.domain.promotion import default_plan
from cmplanner.services.events import save_event

PARIS = ZoneInfo("Europe/Paris")
SCRIPT = "<script>window.pwned='script';alert(1)</script>"
IMG = "<img src=x onerror=\"window.pwned='img';alert(1)\">"
BREAKOUT = "</script><!--<script>window.pwned='breakout'</script>"
FORMULAS = ['=HYPERLINK("http://evil.example/","clic")', "+1+1", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1"]
SECRET = "PRIVATE-NOTE-never-leaves-7f3a"


def now_for(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), PARIS)


def add_hostile_content(store, today: date) -> None:
    """Posts, a person, a pillar, a request and an event whose text tries to run or to leak."""
    network_id = store.networks.all()[0].id
    pillar = store.pillars.save(Pillar("<b onmouseover=alert(1)>pilier</b>", "#123456"))
    evil = store.people.save(Person("<i>Eve</i> <script>alert('eve')</script>"))
    at = datetime.combine(today + timedelta(days=2), time(10, 0), PARIS)
    titles = [SCRIPT, IMG, BREAKOUT, *FORMULAS]
    for number, title in enumerate(titles):
        store.posts.save(Post(
            title, text=f"=cmd|' /C calc'!A0 {number}", network_ids=[network_id],
            pillar_id=pillar.id, status=PostStatus.DRAFT, planned_at=at + timedelta(hours=number),
            owner_id=evil.id, private_notes=f"{SECRET} {number}",
            public_notes="-notes", media_needed="@media"))
    store.posts.save(Post("Idée\x07 avec un caractère de contrôle", status=PostStatus.IDEA,
                          owner_id=evil.id, private_notes=SECRET))
    store.requests.save(ContentRequest("=1+1 " + SCRIPT, evil.id, evil.id, details=IMG,
                                       due=today - timedelta(days=1), created_on=today - timedelta(days=9)))
    start = datetime.combine(today + timedelta(days=20), time(18, 0), PARIS)
    save_event(store, None, Event(IMG, EventKind.MEETUP, start, start + timedelta(hours=2),
                              location=SCRIPT, description=BREAKOUT, organiser_ids=[evil.id],
                              promotion=default_plan([network_id])))
