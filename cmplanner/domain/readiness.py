"""Whether a post is ready to go out: its networks' hard limits, and the image-rights consent of
every person shown in its photos.

The workflow asks ``Readiness.refusal`` before "to validate" and "scheduled" (workflow._refusal),
so the editor's buttons show the step disabled with the reason, and the services refuse it the
same way. Reminders (PascalCase hashtags, alt text, crops) never block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .entities import Consent, MediaItem, Network, Post
from .enums import NetworkKind, PostStatus
from .errors import Message
from .network_limits import Finding, NetworkRules, load_rules, post_findings
from .timezones import to_local

S = PostStatus
CHECKED_STEPS = frozenset({S.TO_VALIDATE, S.SCHEDULED})


def consent_problem(consent: Consent, kind: NetworkKind, on: date) -> Message | None:
    """Why ``consent`` does not cover a post on ``kind`` published on ``on``, or None."""
    who = consent.person_name
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return Message("{person} withdrew their consent on {date}.", person=who,
                       date=consent.withdrawn_on)
    if consent.left_on is not None and consent.left_on <= on:
        return Message("{person} left the company on {date}.", person=who, date=consent.left_on)
    if consent.signed_on is None:
        return Message("{person} has not signed a consent form.", person=who)
    if consent.expires_on is not None and on > consent.expires_on:
        return Message("{person}'s consent expired on {date}.", person=who,
                       date=consent.expires_on)
    if not consent.social:
        return Message("{person}'s consent covers internal uses only.", person=who)
    if consent.network_kinds and kind not in consent.network_kinds:
        return Message("{person}'s consent does not cover {network}.", person=who, network=kind)
    return None


def consent_valid(consent: Consent, on: date) -> bool:
    """Whether the consent still allows anything at all on ``on`` (the register's status)."""
    return not ((consent.withdrawn_on is not None and consent.withdrawn_on <= on)
                or (consent.left_on is not None and consent.left_on <= on)
                or consent.signed_on is None
                or (consent.expires_on is not None and on > consent.expires_on))


def posts_using_consent(consent_id: int, posts: list[Post],
                        media: dict[int, MediaItem]) -> list[Post]:
    """The scheduled or published posts showing the person of ``consent_id`` in one of their
    photos: the worklist after a consent is withdrawn or expires."""
    showing = {i for i, item in media.items() if consent_id in item.consent_ids}
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
        if post.planned_at is None:
            return []
        on = to_local(post.planned_at, self.zone_name).date()
        problems: list[Message] = []
        for media_id in post.media_ids:
            item = self.media.get(media_id)
            if item is None:
                continue
            for consent_id in item.consent_ids:
                consent = self.consents.get(consent_id)
                if consent is None:
                    continue
                for network_id in post.network_ids:
                    network = self.networks.get(network_id)
                    if network is None:
                        continue
                    problem = consent_problem(consent, network.kind, on)
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
