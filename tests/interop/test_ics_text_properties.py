"""Property tests: any text (commas, semicolons, backslashes, newlines, emoji, very long lines)
survives export then import, and the file keeps Outlook's line rules."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings, strategies as st

from cmplanner.domain.entities import Event, Post
from cmplanner.domain.enums import EventKind, PostStatus
from cmplanner.domain.timezones import local_datetime
from cmplanner.interop import ics_text
from cmplanner.interop.ics_import import ImportOptions, preview_import
from cmplanner.interop.ics_options import Scope
from cmplanner.interop.ics_own import own_items
from cmplanner.storage.store import PlanStore

from .ics_helpers import TODAY, export, vevents

TRICKY = st.sampled_from([",", ";", "\\", "\n", "\r\n", ":", '"', "🎉", "👩‍💻", "é", "\t", "\\n", "\\N", "———"])
TEXT = st.lists(st.one_of(TRICKY, st.text(min_size=1, max_size=30), st.text(min_size=200, max_size=400)),
                max_size=8).map("".join)
TITLE = TEXT.filter(lambda t: ics_text.clean(t).strip())
START = local_datetime(date(2026, 4, 14), time(9, 0), "Europe/Paris")


def _check_bytes(data: bytes) -> None:
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TITLE, text=TEXT)
def test_post_text_survives_export_and_import(title, text):
    with TemporaryDirectory() as folder:
        store = PlanStore.open(Path(folder) / "p.cmplan")
        try:
            post = store.posts.save(Post(title, text=text, status=PostStatus.SCHEDULED, planned_at=START))
            data = export(store, scope=Scope.ITEM, target_id=post.id)
            _check_bytes(data)
            back = own_items([(v, None) for v in vevents(data)], "Europe/Paris").posts[0].post
            assert back.title == ics_text.clean(title)
            assert back.text == ics_text.clean(text)
            if title == ics_text.clean(title) and text == ics_text.clean(text):
                preview = preview_import(store, data, ImportOptions(today=TODAY))
                assert [r.reason for r in preview.rows] == ["unchanged"]
        finally:
            store.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TITLE, description=TEXT, location=TEXT)
def test_event_text_survives_export_and_foreign_import(title, description, location):
    with TemporaryDirectory() as folder:
        store = PlanStore.open(Path(folder) / "p.cmplan")
        try:
            event = store.events.save(Event(title, EventKind.MEETUP, START, START.replace(hour=11),
                                            description=description, location=location))
            data = export(store, scope=Scope.ITEM, target_id=event.id, target_is_event=True)
            _check_bytes(data)
            # Seen as a foreign file (our X- properties removed), the text is still whole.
            foreign = b"\r\n".join(line for line in data.split(b"\r\n") if not line.startswith(b"X-CMPLANNER"))
            other = PlanStore.open(Path(folder) / "o.cmplan")
            try:
                row = preview_import(other, foreign, ImportOptions(today=TODAY)).to_create[0]
                created = preview_import(other, foreign, ImportOptions(today=TODAY)).changes[0].entity
                assert row.title == ics_text.clean(title).strip()
                assert created.location == ics_text.clean(location).strip()
                assert ics_text.text_from_description(created.description) == ics_text.clean(description)
            finally:
                other.close()
        finally:
            store.close()


def test_clean_keeps_newlines_and_tabs():
    assert ics_text.clean("a\r\nb\rc\x00d\te\x1b") == "a\nb\ncd\te"
    assert isinstance(datetime.now(), datetime)


def test_control_character_between_backslash_and_n_is_stable():
    """Found by hypothesis: dropping the control character must not leave a literal "\\N"."""
    from cmplanner.interop.ics_text import clean

    assert clean("a\\\x1fNb") == "a\nb"
    assert clean(clean("a\\\x1fNb")) == clean("a\\\x1fNb")
