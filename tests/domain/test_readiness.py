"""A post cannot go to validation or be scheduled while a hard limit or an image-rights consent
is broken; the workflow says which."""

from __future__ import annotations

from datetime import date, datetime, timezone

from cmplanner.domain import workflow
from cmplanner.domain.entities import Charter, Consent, CrisisCircuit, MediaItem, Network, Person, Post
from cmplanner.domain.enums import MediaKind, NetworkKind, PostStatus, Role
from cmplanner.domain.errors import TransitionRefused
from cmplanner.domain.readiness import (
    ConsentState, Readiness, consent_expiry, consent_problem, consent_state, ended_consents,
    person_problem, posts_showing,
)

import pytest

S = PostStatus
CM = Person("Camille", roles={Role.COMMUNITY_MANAGER}, id=1)
NOW = datetime(2026, 12, 1, 9, tzinfo=timezone.utc)
WHEN = datetime(2026, 12, 10, 8, tzinfo=timezone.utc)


def plan(**consent_fields) -> Readiness:
    consent = Consent("Léa Martin", person_id=5, signed_on=date(2026, 1, 5), social=True, id=7,
                      **consent_fields)
    photo = MediaItem("a" * 64, "atelier.jpg", MediaKind.IMAGE, 1080, 1080, alt_text="Atelier",
                      person_ids=[5], id=3)
    return Readiness(networks={1: Network(NetworkKind.X, "X", id=1),
                               2: Network(NetworkKind.INSTAGRAM, "Instagram", id=2)},
                     media={3: photo}, consents={7: consent}, names={5: "Léa Martin"})


def draft(**fields) -> Post:
    values = dict(text="Bonjour", network_ids=[1], status=S.DRAFT, planned_at=WHEN, owner_id=1)
    return Post("Atelier", **{**values, **fields})


def test_a_text_over_the_limit_blocks_validation_and_scheduling_and_says_by_how_much():
    readiness = plan()
    post = draft(text="a" * 290)
    assert S.TO_VALIDATE not in workflow.allowed_transitions(post, CM, Charter(), CrisisCircuit(),
                                                             readiness=readiness)
    found = workflow.steps(post, CM, Charter(), CrisisCircuit(), readiness=readiness)
    blocked = {target: reason for target, reason in found.items() if reason is not None}
    assert set(blocked) == {S.TO_VALIDATE, S.SCHEDULED}
    assert str(blocked[S.TO_VALIDATE]) == ("Not possible while a limit is broken: X: the text is "
                                           "10 character(s) too long (290 of 280).")
    with pytest.raises(TransitionRefused, match=r"10 character\(s\) too long"):
        workflow.transition(post, S.TO_VALIDATE, CM, Charter(), CrisisCircuit(), NOW,
                            readiness=readiness)
    assert S.TO_VALIDATE in workflow.allowed_transitions(post, CM, Charter(), CrisisCircuit())
    # going back to ideas or cancelling is never blocked by a limit
    assert S.CANCELLED in workflow.allowed_transitions(post, CM, Charter(), CrisisCircuit(),
                                                       readiness=readiness)


def test_reminders_do_not_block():
    post = draft(text="#semaineqvt")
    assert S.TO_VALIDATE in workflow.allowed_transitions(post, CM, Charter(), CrisisCircuit(),
                                                         readiness=plan())


def test_consent_is_checked_for_the_posts_networks_and_date():
    post = draft(media_ids=[3])
    assert plan().refusal(post, S.SCHEDULED) is None
    limited = plan(network_kinds={NetworkKind.LINKEDIN})
    assert str(limited.refusal(post, S.SCHEDULED)) == (
        "Not possible while a limit is broken: Image rights: Léa Martin's consent does not "
        "cover x.")
    assert limited.refusal(post, S.TO_VALIDATE) is None  # consent matters when scheduling
    expired = plan(expires_on=date(2026, 12, 9))
    assert "expired" in str(expired.refusal(post, S.SCHEDULED))
    assert plan(expires_on=date(2026, 12, 10)).refusal(post, S.SCHEDULED) is None
    withdrawn = plan(withdrawn_on=date(2026, 11, 1))
    assert "withdrew" in str(withdrawn.refusal(post, S.SCHEDULED))


def test_consent_problems():
    consent = Consent("Léa", signed_on=date(2026, 1, 1), social=False)
    assert "internal uses only" in str(consent_problem(consent, NetworkKind.X, date(2026, 2, 1)))
    assert "not signed" in str(consent_problem(Consent("Léa", social=True), NetworkKind.X,
                                               date(2026, 2, 1)))
    left = Consent("Léa", signed_on=date(2026, 1, 1), social=True, left_on=date(2026, 3, 1))
    assert consent_problem(left, NetworkKind.X, date(2026, 2, 28)) is None
    assert "left the company" in str(consent_problem(left, NetworkKind.X, date(2026, 3, 1)))


def test_worklist_lists_scheduled_and_published_posts_showing_the_person():
    media = plan().media
    posts = [draft(media_ids=[3], id=1), Post("b", status=S.SCHEDULED, media_ids=[3], id=2),
             Post("c", status=S.PUBLISHED, media_ids=[9, 3], id=3),
             Post("d", status=S.SCHEDULED, media_ids=[], id=4)]
    assert [p.id for p in posts_showing(5, posts, media)] == [2, 3]
    assert posts_showing(8, posts, media) == []


def test_a_duration_from_signature_sets_the_expiry_unless_a_date_is_given():
    five_years = Consent("Léa", person_id=5, signed_on=date(2026, 3, 15), duration_months=60)
    assert consent_expiry(five_years) == date(2031, 3, 14)
    assert consent_state(five_years, date(2031, 3, 14)) is ConsentState.VALID
    assert consent_state(five_years, date(2031, 3, 15)) is ConsentState.EXPIRED
    # a month-end signature ends on the last day before the same day of the month
    leap = Consent("Léa", person_id=5, signed_on=date(2024, 2, 29), duration_months=12)
    assert consent_expiry(leap) == date(2025, 2, 27)
    explicit = Consent("Léa", person_id=5, signed_on=date(2026, 3, 15), duration_months=60,
                       expires_on=date(2027, 1, 31))
    assert consent_expiry(explicit) == date(2027, 1, 31)
    assert consent_expiry(Consent("Léa", person_id=5, duration_months=60)) is None  # unsigned
    assert consent_expiry(Consent("Léa", person_id=5, signed_on=date(2026, 1, 1))) is None


def test_the_duration_blocks_scheduling_after_it_ends_and_says_when():
    post = draft(media_ids=[3], planned_at=datetime(2027, 1, 5, 8, tzinfo=timezone.utc))
    one_year = plan(duration_months=12)  # signed 5 January 2026: valid to 4 January 2027
    assert str(one_year.refusal(post, S.SCHEDULED)) == (
        "Not possible while a limit is broken: Image rights: Léa Martin's consent expired on "
        "2027-01-04.")
    assert one_year.refusal(draft(media_ids=[3]), S.SCHEDULED) is None  # 10 December 2026


def test_a_person_shown_without_any_consent_blocks_scheduling():
    readiness = plan()
    readiness.media[3].person_ids = [5, 6]
    readiness.names[6] = "Karim (prestataire)"
    assert str(readiness.refusal(draft(media_ids=[3]), S.SCHEDULED)) == (
        "Not possible while a limit is broken: Image rights: Karim (prestataire) has no "
        "image-rights consent on record.")


def test_a_renewed_consent_covers_the_person_although_the_old_one_expired():
    old = Consent("Léa", person_id=5, signed_on=date(2020, 1, 1), social=True,
                  expires_on=date(2025, 12, 31), id=1)
    new = Consent("Léa", person_id=5, signed_on=date(2026, 1, 1), social=True,
                  network_kinds={NetworkKind.LINKEDIN}, id=2)
    assert person_problem("Léa", [old, new], NetworkKind.LINKEDIN, date(2026, 6, 1)) is None
    # on X neither covers her: the newest consent says why
    assert str(person_problem("Léa", [old, new], NetworkKind.X, date(2026, 6, 1))) == (
        "Léa's consent does not cover x.")
    assert ended_consents([old, new], date(2026, 6, 1)) == []
    withdrawn = Consent("Léa", person_id=5, signed_on=date(2026, 1, 1), social=True,
                        withdrawn_on=date(2026, 5, 1), id=2)
    assert ended_consents([old, withdrawn], date(2026, 6, 1)) == [withdrawn]
