"""The editorial line's versions and mix: target shares that must add up to 100 %, and the real
pillar and audience mix of a period beside them.

A new version of the line starts unvalidated; the version it replaces is kept with who validated
it and when (``LineVersion``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from .entities import EditorialLine, LineVersion, Pillar, Post
from .enums import PostStatus
from .errors import Message
from .period import Period


def revise(current: EditorialLine, edited: EditorialLine) -> EditorialLine:
    """The line to store after an edit: a changed version number starts unvalidated, unless the
    edit names its own validation."""
    if edited.version != current.version and (
            edited.validated_by_id, edited.validated_on) == (current.validated_by_id,
                                                             current.validated_on):
        return replace(edited, validated_by_id=None, validated_on=None)
    return edited


def archive(line: EditorialLine, pillars: Sequence[Pillar], now: datetime | None) -> LineVersion:
    """The record kept of ``line`` when a new version replaces it."""
    return LineVersion(line.version, line.objectives, line.validated_by_id, line.validated_on,
                       now, tuple((p.name, p.target_share) for p in pillars))


def next_line(current: EditorialLine, edited: EditorialLine, pillars: Sequence[Pillar],
              now: datetime) -> EditorialLine:
    """The line to store after an edit: ``revise``d, and when the version changed, the version
    it replaces kept in its history with who validated it and when."""
    target = revise(current, edited)
    if target.version != current.version:
        target = replace(target, history=(*current.history, archive(current, pillars, now)))
    else:
        target = replace(target, history=current.history)
    return target


def shares_problem(pillars: Sequence[Pillar]) -> Message | None:
    """Why the pillars' target shares are wrong (not adding up to 100 %), or None."""
    if not pillars:
        return None
    total = sum(p.target_share for p in pillars)
    if total != 100:
        return Message("The pillars' target shares add up to {total} %, not 100 %.", total=total)
    return None


# Posts counted in the mix: everything planned but ideas and cancelled posts.
COUNTED = frozenset(set(PostStatus) - {PostStatus.IDEA, PostStatus.CANCELLED})


@dataclass(frozen=True)
class MixRow:
    key: int | None  # pillar or audience id; None: posts without one
    name: str
    count: int
    share: float  # of the posts counted
    target: float | None  # target share (0..1), None when the line sets none

    @property
    def gap(self) -> float | None:
        return None if self.target is None else self.share - self.target


def mix(posts: Iterable[Post], attribute: str, names: dict[int, str],
        targets: dict[int, float] | None, period: Period, zone_name: str,
        none_name: str = "—") -> list[MixRow]:
    """How the posts planned in ``period`` split over ``attribute`` ("pillar_id" or
    "audience_id"): one row per known key (even at zero), plus posts with none if any."""
    counts: dict[int | None, int] = {}
    slots = period.slots(zone_name)
    for post in posts:
        if post.status in COUNTED and slots.contains(post.planned_at):
            key = getattr(post, attribute)
            counts[key] = counts.get(key, 0) + 1
    total = sum(counts.values())
    rows = []
    for key, name in names.items():
        count = counts.get(key, 0)
        rows.append(MixRow(key, name, count, count / total if total else 0.0,
                           None if targets is None else targets.get(key, 0.0)))
    if counts.get(None):
        rows.append(MixRow(None, none_name, counts[None], counts[None] / total, None))
    return rows


def pillar_targets(pillars: Sequence[Pillar]) -> dict[int, float]:
    return {p.id: p.target_share / 100 for p in pillars if p.id is not None}
