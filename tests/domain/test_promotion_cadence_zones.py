"""Promotion plans, cadence targets, time zones and entity validation."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from cmplanner.domain import cadence, promotion, timezones, validation
from cmplanner.domain.entities import ContentRequest, Event, Network, Pillar, PlanSettings
from cmplanner.domain.enums import EventKind, NetworkKind, PostKind, PostStatus
from cmplanner.domain.errors import DomainError, InvalidCadence, InvalidDates, UnknownTimeZone

from .helpers import PARIS, paris, post


def event(day=date(2026, 4, 2), **kw) -> Event:
    values = dict(title="Portes ouvertes", kind=EventKind.COMPANY_VISIT,
                  start=paris(day.year, day.month, day.day, 10),
                  end=paris(day.year, day.month, day.day, 17), id=4,
                  promotion=promotion.default_plan([1, 2]))
    values.update(kw)
    return Event(**values)


def test_default_promotion_plan_and_its_posts():
    posts = promotion.promotion_posts(event(), "Europe/Paris", "fr")
    assert [p.promotion_offset_days for p in posts] == [-14, -7, -1, 0, 1]
    assert [p.planned_at.date() for p in posts] == [date(2026, 3, 19), date(2026, 3, 26),
                                                     date(2026, 4, 1), date(2026, 4, 2), date(2026, 4, 3)]
    # J-14 falls before the DST change, the event after it: both at 09:00 local.
    assert {p.planned_at.astimezone(PARIS).time() for p in posts[:3]} == {time(9, 0)}
    assert posts[0].title == "Annonce : Portes ouvertes"
    assert all(p.kind is PostKind.EVENT_PROMOTION and p.event_id == 4 and p.network_ids == [1, 2]
               for p in posts)
    assert promotion.promotion_posts(event(), "Europe/Paris", "en")[4].title == "Recap: Portes ouvertes"


def test_promotion_posts_follow_the_event_when_it_moves():
    old = event()
    posts = [p for p in promotion.promotion_posts(old, "Europe/Paris")]
    posts[0].status = PostStatus.PUBLISHED
    posts[2].planned_at = paris(2026, 4, 1, 18)  # the user moved this one to the evening
    new = event(date(2026, 4, 16))
    moved = promotion.follow_event(old, new, posts, "Europe/Paris")
    assert len(moved) == 4  # the published one stays
    assert moved[1].planned_at == paris(2026, 4, 15, 18)
    assert [m.planned_at.astimezone(PARIS).date() for m in moved] == [
        date(2026, 4, 9), date(2026, 4, 15), date(2026, 4, 16), date(2026, 4, 17)]
    assert promotion.follow_event(old, event(), posts, "Europe/Paris") == []


def test_event_ending_before_it_starts_is_refused():
    with pytest.raises(InvalidDates, match="ends before it starts"):
        promotion.validate_event(event(end=paris(2026, 4, 1, 9)))


@pytest.mark.parametrize("text, per_day", [
    ("1 per day", 1), ("3 per week", 3 / 7), ("3 par semaine", 3 / 7), ("2/month", 2 / 30.4375),
    ("1 post par jour", 1), ("0,5 par jour", 0.5),
])
def test_cadence_parsing(text, per_day):
    assert cadence.parse_cadence(text).per_day == pytest.approx(per_day)


@pytest.mark.parametrize("text", ["beaucoup", "3 per fortnight", "0 per day", "-1 per day"])
def test_bad_cadence_is_refused(text):
    with pytest.raises(InvalidCadence):
        cadence.parse_cadence(text)


def test_cadence_status_verdicts():
    week = (date(2026, 3, 2), date(2026, 3, 8))
    assert cadence.cadence_status(1, "1 per day", 7, *week).verdict == "on_track"
    assert cadence.cadence_status(1, "1 per day", 3, *week).verdict == "under"
    assert cadence.cadence_status(1, "3 per week", 9, *week).verdict == "over"
    assert cadence.cadence_status(1, "", 9, *week) is None


def test_time_zone_helpers():
    with pytest.raises(UnknownTimeZone, match="Europe/Pariss"):
        timezones.zone("Europe/Pariss")
    start, end = timezones.day_bounds(date(2026, 3, 29), "Europe/Paris")
    assert end.astimezone(timezones.UTC) - start.astimezone(timezones.UTC) == timedelta(hours=23)
    shifted = timezones.shift_days_keep_wall_time(paris(2026, 3, 28, 9), 1, "Europe/Paris")
    assert shifted.astimezone(PARIS).hour == 9
    ambiguous = timezones.localize(datetime(2026, 10, 25, 2, 30), "Europe/Paris")
    assert ambiguous.utcoffset() == timedelta(hours=2)  # first of the two 02:30


def test_validation_of_entities():
    with pytest.raises(DomainError, match="needs a title"):
        validation.validate_post(post(title="  "), "Europe/Paris")
    with pytest.raises(InvalidDates, match="deadline falls after"):
        validation.validate_post(post(content_due=date(2026, 3, 21)), "Europe/Paris")
    with pytest.raises(DomainError, match="cannot be negative"):
        validation.validate_post(post(reach=-1), "Europe/Paris")
    with pytest.raises(InvalidDates, match="no time zone"):
        validation.validate_post(post(planned_at=datetime(2026, 3, 20, 9)), "Europe/Paris")
    with pytest.raises(DomainError, match="#RRGGBB"):
        validation.validate_pillar(Pillar("Savoir-faire", "red"))
    with pytest.raises(DomainError, match="percentage"):
        validation.validate_pillar(Pillar("Savoir-faire", "#aa0000", target_share=140))
    with pytest.raises(InvalidCadence):
        validation.validate_network(Network(NetworkKind.X, cadence="souvent"))
    with pytest.raises(InvalidDates):
        validation.validate_request(ContentRequest("x", due=date(2026, 1, 1), created_on=date(2026, 2, 1)))
    with pytest.raises(UnknownTimeZone):
        validation.validate_settings(PlanSettings("Plan", "Nowhere/Land"))
    with pytest.raises(DomainError, match="language"):
        validation.validate_settings(PlanSettings("Plan", language="de"))
