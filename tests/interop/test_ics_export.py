"""The iCalendar export: calendar headers, one VEVENT per item, privacy, Outlook's line rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import icalendar
import pytest

from cmplanner.domain.entities import Event, Post
from cmplanner.domain.enums import EventKind, PostStatus
from cmplanner.domain.timezones import local_datetime
from cmplanner.interop.ics_options import ExportOptions, ItemFilter, Profile, Scope
from cmplanner.interop.ics_export import write_ics

from .ics_helpers import NOW, export, standard, vevents


def _event(data: bytes, needle: str):
    found = [v for v in vevents(data) if needle in str(v["SUMMARY"])
             and str(v.get("X-CMPLANNER-KIND")) == "event"]
    assert found, needle
    return found[0]


def test_calendar_headers_and_one_timezone_per_tzid(demo_store):
    cal = icalendar.Calendar.from_ical(export(demo_store))
    assert str(cal["PRODID"]).startswith("-//cmplanner//")
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["X-WR-CALNAME"]) == demo_store.settings().name
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Paris"
    zones = [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]
    assert zones == ["Europe/Paris"]
    used = {str(v["DTSTART"].params["TZID"]) for v in cal.walk("VEVENT") if "TZID" in v["DTSTART"].params}
    assert used <= set(zones)


def test_vtimezone_covers_the_years_of_the_items(demo_store):
    cal = icalendar.Calendar.from_ical(export(demo_store))
    tz = cal.walk("VTIMEZONE")[0]
    starts = [c.decoded("DTSTART") for c in tz.walk() if c.name in ("STANDARD", "DAYLIGHT")]
    assert min(starts).year <= 2025
    text = tz.to_ical().decode().replace("\r\n ", "")
    # Outlook's form, read in full by every parser: yearly rules, never a list of RDATEs
    # (Thunderbird reads only the first date of such a list).
    assert "RDATE" not in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "UNTIL" not in text  # the current rule runs on for the endless series


def test_a_post_is_a_short_transparent_event(demo_store):
    post = next(p for p in demo_store.posts.all() if p.status is PostStatus.PUBLISHED and p.series_id is None)
    vevent = next(v for v in vevents(export(demo_store)) if str(v["UID"]) == post.uid)
    assert str(vevent["SUMMARY"]) == f"[{demo_store.networks.get(post.network_ids[0]).label}] {post.title}"
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == timedelta(minutes=30)
    assert vevent.decoded("DTSTART") == post.planned_at
    assert str(vevent["TRANSP"]) == "TRANSPARENT"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert str(vevent["URL"]) == post.published_url
    assert int(vevent["SEQUENCE"]) == post.revision
    assert vevent.decoded("LAST-MODIFIED") == post.updated_at.replace(microsecond=0)
    assert vevent.decoded("DTSTAMP") == NOW
    description = str(vevent["DESCRIPTION"])
    assert post.text in description and "Statut : publié" in description
    cats = [str(c) for c in vevent["CATEGORIES"].cats]
    assert demo_store.pillars.get(post.pillar_id).name in cats


def test_post_duration_is_the_plan_setting(demo_store):
    demo_store.save_settings(replace(demo_store.settings(), post_duration_minutes=15))
    post = next(p for p in demo_store.posts.all() if p.planned_at and p.status is PostStatus.SCHEDULED)
    vevent = next(v for v in vevents(export(demo_store)) if str(v["UID"]) == post.uid)
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == timedelta(minutes=15)


def test_status_mapping(store):
    start = local_datetime(date(2026, 4, 1), datetime.min.time().replace(hour=9), "Europe/Paris")
    expected = {PostStatus.DRAFT: "TENTATIVE", PostStatus.TO_VALIDATE: "TENTATIVE",
                PostStatus.APPROVED: "CONFIRMED", PostStatus.SCHEDULED: "CONFIRMED",
                PostStatus.PUBLISHED: "CONFIRMED", PostStatus.CANCELLED: "CANCELLED"}
    uids = {store.posts.save(Post(s.value, status=s, planned_at=start)).uid: v for s, v in expected.items()}
    for vevent in vevents(export(store)):
        assert str(vevent["STATUS"]) == uids[str(vevent["UID"])]
    assert "URL" not in export(store).decode()  # nothing published with a link


def test_irl_events_keep_their_span_location_and_are_opaque(demo_store):
    data = export(demo_store)
    open_day = _event(data, "Portes ouvertes")
    assert str(open_day["TRANSP"]) == "OPAQUE"
    assert str(open_day["LOCATION"]) == "ZA de la Bergerie, Cholet"
    assert open_day.decoded("DTEND") - open_day.decoded("DTSTART") == timedelta(hours=7)
    awards = _event(data, "Trophées")
    assert awards["DTSTART"].params.get("VALUE") == "DATE" or isinstance(awards.decoded("DTSTART"), date)
    assert not isinstance(awards.decoded("DTSTART"), datetime)
    assert awards.decoded("DTEND") == awards.decoded("DTSTART") + timedelta(days=1)  # exclusive end
    assert b"DTSTART;VALUE=DATE:" in data


def test_calname_only_on_whole_calendar_feeds(demo_store):
    event = demo_store.events.all()[0]
    single = export(demo_store, scope=Scope.ITEM, target_id=event.id, target_is_event=True)
    assert b"X-WR-CALNAME" not in single
    assert len(vevents(single)) == 1
    assert b"X-WR-CALNAME" in export(demo_store, scope=Scope.EVENTS)


def test_private_notes_never_leave_the_plan(demo_store):
    secrets = {p.private_notes for p in demo_store.posts.all() if p.private_notes}
    assert secrets
    for options in ({}, {"include_ideas": True, "include_sensitive": True},
                    {"profile": Profile.STANDARD, "include_sensitive": True}):
        text = export(demo_store, **options).decode()
        unfolded = text.replace("\r\n ", "")
        for secret in secrets:
            assert secret not in unfolded
            assert secret.replace(",", "\\,") not in unfolded


def test_ideas_and_sensitive_posts_stay_out_unless_included(demo_store):
    idea = demo_store.posts.save(Post("Idée datée", planned_at=local_datetime(
        date(2026, 4, 2), datetime.min.time().replace(hour=9), "Europe/Paris")))
    sensitive = next(p for p in demo_store.posts.all() if p.sensitive)
    uids = {str(v["UID"]) for v in vevents(export(demo_store))}
    assert idea.uid not in uids and sensitive.uid not in uids
    uids = {str(v["UID"]) for v in vevents(export(demo_store, include_ideas=True, include_sensitive=True))}
    assert idea.uid in uids and sensitive.uid in uids


def test_scopes(demo_store):
    linkedin = next(n for n in demo_store.networks.all() if n.label == "LinkedIn")
    network = vevents(export(demo_store, scope=Scope.NETWORK, target_id=linkedin.id))
    assert network and all("[LinkedIn" in str(v["SUMMARY"]) for v in network)
    events = vevents(export(demo_store, scope=Scope.EVENTS))
    assert len(events) == 3 and all(str(v["TRANSP"]) == "OPAQUE" for v in events)
    series = demo_store.series.all()[0]
    only = vevents(standard(demo_store, scope=Scope.SERIES, target_id=series.id))
    assert {str(v["UID"]) for v in only} == {series.uid}
    pillar = demo_store.pillars.all()[0]
    by_pillar = vevents(export(demo_store, scope=Scope.PILLAR, target_id=pillar.id))
    assert by_pillar and all(pillar.name in [str(c) for c in v["CATEGORIES"].cats] for v in by_pillar)
    flt = ItemFilter(text="portrait", include_events=False)
    filtered = vevents(standard(demo_store, scope=Scope.FILTER, item_filter=flt))
    assert filtered and all("ortrait" in str(v["SUMMARY"]) for v in filtered)


def test_date_window(demo_store):
    inside = vevents(export(demo_store, window_start=date(2026, 3, 16), window_end=date(2026, 3, 22)))
    for vevent in inside:
        if "RRULE" in vevent or "RECURRENCE-ID" in vevent:
            continue
        start = vevent.decoded("DTSTART")
        start = start.date() if isinstance(start, datetime) else start
        assert date(2026, 3, 16) <= start <= date(2026, 3, 22) or str(vevent["TRANSP"]) == "OPAQUE"


def test_alarm(demo_store):
    vevent = vevents(export(demo_store, alarm_minutes=45))[0]
    alarm = vevent.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=45)
    assert b"BEGIN:VALARM" not in export(demo_store)


def test_crlf_folding_and_no_bare_newlines(demo_store):
    demo_store.posts.save(Post("Très " * 40 + "long 🎉", text="ligne 1\nligne 2\r\nligne 3; a,b\\c",
                               status=PostStatus.SCHEDULED,
                               planned_at=local_datetime(date(2026, 4, 3), datetime.min.time().replace(hour=9),
                                                         "Europe/Paris")))
    for data in (export(demo_store), standard(demo_store)):
        assert data.endswith(b"\r\n")
        assert b"\n" not in data.replace(b"\r\n", b"")  # no bare LF
        assert b"\r" not in data.replace(b"\r\n", b"")  # no bare CR
        lines = data.split(b"\r\n")
        assert max(len(line) for line in lines) <= 75
        for line in lines:
            line.decode("utf-8")  # folding never splits a character


def test_write_is_atomic_and_names_a_failure(demo_store, tmp_path):
    from cmplanner.files.atomic import WriteFailed

    target = tmp_path / "plan.ics"
    summary = write_ics(demo_store, target, ExportOptions(now=NOW))
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert summary.vevents == len(vevents(target.read_bytes()))
    with pytest.raises(WriteFailed, match="does not exist"):
        write_ics(demo_store, tmp_path / "missing" / "plan.ics")


def test_all_day_event_spanning_days(store):
    start = local_datetime(date(2026, 6, 10), datetime.min.time(), "Europe/Paris")
    store.events.save(Event("Salon", EventKind.TRADE_SHOW, start, start + timedelta(days=3), True))
    vevent = vevents(export(store))[0]
    assert vevent.decoded("DTSTART") == date(2026, 6, 10)
    assert vevent.decoded("DTEND") == date(2026, 6, 13)


def test_each_feed_has_its_own_calendar_name(demo_store):
    name = demo_store.settings().name
    linkedin = next(n for n in demo_store.networks.all() if n.label == "LinkedIn")
    names = {str(icalendar.Calendar.from_ical(data)["X-WR-CALNAME"]) for data in (
        export(demo_store), export(demo_store, scope=Scope.EVENTS),
        export(demo_store, scope=Scope.NETWORK, target_id=linkedin.id))}
    assert names == {name, f"{name} — Événements", f"{name} — LinkedIn"}


def test_the_streamed_file_is_icalendar_s_own_serialisation(demo_store):
    """The streamed export (short lines written as they are) equals ``Calendar.to_ical()``."""
    from cmplanner.interop.ics_export import build_calendar, export_bytes
    from cmplanner.interop.ics_options import ExportOptions, Profile

    from .ics_helpers import NOW, TODAY

    for profile in Profile:
        options = ExportOptions(profile=profile, now=NOW, today=TODAY, include_ideas=True)
        assert export_bytes(demo_store, options) == build_calendar(demo_store, options).to_ical()
