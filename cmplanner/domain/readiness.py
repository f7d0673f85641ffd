"""Whether a post is ready to go out: its networks' hard limits, and the image-rights consent of
every person shown in its photos.

The workflow asks ``Readiness.refusal`` before "to validate" and "scheduled" (workflow._refusal),
so the editor's buttons show the step disabled with the reason, and the services refuse it the
same way. Reminders (PascalCase hashtags, alt text, crops) never block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

from .entities import Consent, MediaItem, Network, Post
from .enums import NetworkKind, PostStatus
from .errors import Message
from .network_limits import Finding, NetworkRules, load_rules, post_findings
from .timezones import to_local

S = PostStatus
CHECKED_STEPS = frozenset({S.TO_VALIDATE, S.SCHEDULED})


class ConsentState(Enum):
    """Where a consent stands on a given day (the register's status)."""

    VALID = "valid"
    WITHDRAWN = "withdrawn"
    LEFT = "left"  # the person left the company
    NOT_SIGNED = "not_signed"
    EXPIRED = "expired"


def consent_expiry(consent: Consent) -> date | None:
    """The last day ``consent`` allows anything: its explicit expiry, else the end of its
    duration counted from the signature ("5 years from signature" signed on 15 March 2026 ends
    on 14 March 2031), else None (no end)."""
    if consent.expires_on is not None:
        return consent.expires_on
    if consent.signed_on is not None and consent.duration_months:
        anniversary: date = consent.signed_on + relativedelta(months=consent.duration_months)
        return anniversary - timedelta(days=1)
    return None


def consent_state(consent: Consent, on: date) -> ConsentState:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return ConsentState.WITHDRAWN
    if consent.left_on is not None and consent.left_on <= on:
        return ConsentState.LEFT
    if consent.signed_on is None:
        return ConsentState.NOT_SIGNED
    expiry = consent_expiry(consent)
    if expiry is not None and on > expiry:
        return ConsentState.EXPIRED
    return ConsentState.VALID


def consent_valid(consent: Consent, on: date) -> bool:
    """Whether the consent still allows anything at all on ``on``."""
    return consent_state(consent, on) is ConsentState.VALID


def consent_problem(consent: Consent, kind: NetworkKind, on: date) -> Message | None:
    """Why ``consent`` does not cover a post on ``kind`` published on ``on``, or None."""
    who = consent.person_name
    state = consent_state(consent, on)
    if state is ConsentState.WITHDRAWN:
        return Message("{person} withdrew their consent on {date}.", person=who,
                       date=consent.withdrawn_on)
    if state is ConsentState.LEFT:
        return Message("{person} left the company on {date}.", person=who, date=consent.left_on)
    if state is ConsentState.NOT_SIGNED:
        return Message("{person} has not signed a consent form.", person=who)
    if state is ConsentState.EXPIRED:
        return Message("{person}'s consent expired on {date}.", person=who,
                       date=consent_expiry(consent))
    if not consent.social:
        return Message("{person}'s consent covers internal uses only.", person=who)
    if consent.network_kinds and kind not in consent.network_kinds:
        return Message("{person}'s consent does not cover {network}.", person=who, network=kind)
    return None


def latest(consents: list[Consent]) -> Consent | None:
    """A person's most recent consent (by signature, then by entry)."""
    return max(consents, key=lambda c: (c.signed_on or date.min, c.id or 0), default=None)


def person_problem(name: str, consents: list[Consent], kind: NetworkKind,
                   on: date) -> Message | None:
    """Why the person ``name``, with ``consents`` (all theirs, a renewal beside an expired one),
    may not appear in a post on ``kind`` on ``on``, or None when one of them covers it."""
    newest = latest(consents)
    if newest is None:
        return Message("{person} has no image-rights consent on record.", person=name)
    if any(consent_problem(c, kind, on) is None for c in consents):
        return None
    return consent_problem(newest, kind, on)


def ended_consents(consents: list[Consent], on: date) -> list[Consent]:
    """For each person none of whose consents is valid on ``on``, their latest consent: the
    people whose photos must leave scheduled and published posts."""
    by_person: dict[object, list[Consent]] = {}
    for consent in consents:
        by_person.setdefault(consent.person_id or ("name", consent.person_name), []).append(consent)
    ended = []
    for theirs in by_person.values():
        if not any(consent_valid(c, on) for c in theirs):
            newest = latest(theirs)
            if newest is not None:
                ended.append(newest)
    return ended


def posts_showing(person_id: int, posts: list[Post], media: dict[int, MediaItem]) -> list[Post]:
    """The scheduled or published posts showing ``person_id`` in one of their photos or videos:
    the worklist after that person's consent is withdrawn or expires."""
    showing = {i for i, item in media.items() if person_id in item.person_ids}
    return [p for p in posts if p.status in (S.SCHEDULED, S.PUBLISHED)
            and showing.intersection(p.media_ids)]


@dataclass
class Readiness:
    """What the workflow needs to know beyond the post: the plan's networks, their rules, the
    media library and the consent register."""

    networks: dict[int, Network] = field(default_factory=dict)
    rules: dict[NetworkKind, NetworkRules] = field(default_factory=load_rules)
    media: dict[int, MediaItem] = field(default_factory=dict)
    consents: dict[int, Consent] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # People's names, by id
    zone_name: str = "Europe/Paris"
    _memo: tuple[object, list[Finding]] | None = field(default=None, repr=False, compare=False)

    def findings(self, post: Post) -> list[Finding]:
        """Every limit and reminder of ``post``; the last answer is kept, since the workflow
        asks again for each step it shows."""
        key = (post.text, tuple(sorted(post.variants.items())), post.title,
               tuple(post.media_ids), tuple(post.network_ids))
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, post_findings(post, self.networks, self.rules, self.media))
        return self._memo[1]

    def consent_problems(self, post: Post) -> list[Message]:
        """Why the people shown in ``post``'s media may not appear in it on its networks and
        date (none when every one of them has a consent that covers it)."""
        if post.planned_at is None:
            return []
        on = to_local(post.planned_at, self.zone_name).date()
        by_person: dict[int, list[Consent]] = {}
        for consent in self.consents.values():
            if consent.person_id is not None:
                by_person.setdefault(consent.person_id, []).append(consent)
        problems: list[Message] = []
        for media_id in post.media_ids:
            item = self.media.get(media_id)
            if item is None:
                continue
            for person_id in item.person_ids:
                theirs = by_person.get(person_id, [])
                name = self.names.get(person_id) or (theirs[0].person_name if theirs else "?")
                for network_id in post.network_ids:
                    network = self.networks.get(network_id)
                    if network is None:
                        continue
                    problem = person_problem(name, theirs, network.kind, on)
                    if problem is not None and problem not in problems:
                        problems.append(problem)
        return problems

    def refusal(self, post: Post, target: PostStatus) -> Message | None:
        """Why ``post`` may not move to ``target`` yet, or None."""
        if target not in CHECKED_STEPS:
            return None
        hard = [f.message for f in self.findings(post) if f.hard]
        if target is S.SCHEDULED:
            hard += [Message("Image rights: {reason}", reason=r)
                     for r in self.consent_problems(post)]
        if not hard:
            return None
        if len(hard) == 1:
            return Message("Not possible while a limit is broken: {reason}", reason=hard[0])
        return Message("Not possible while limits are broken: {reason} (and {more} more)",
                       reason=hard[0], more=len(hard) - 1)
