"""Charter coverage: the share of the posts that went out over a period without validation
because the charter covered them (the guide's target: 95 %).

The charter rule itself is ``workflow.is_covered_by_charter``; this only counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .entities import Charter, Post
from .enums import PostStatus
from .period import Period
from .workflow import is_covered_by_charter

COVERAGE_TARGET = 0.95

# Posts that went out or are about to: what the charter coverage is measured on.
GOING_OUT = frozenset({PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED})


@dataclass(frozen=True)
class Coverage:
    covered: int
    total: int
    target: float = COVERAGE_TARGET

    @property
    def share(self) -> float | None:
        """Covered posts over all posts, None when no post went out."""
        return self.covered / self.total if self.total else None

    @property
    def meets_target(self) -> bool | None:
        share = self.share
        return None if share is None else share >= self.target

    @property
    def validated(self) -> int:
        return self.total - self.covered


def charter_coverage(posts: Iterable[Post], charter: Charter, period: Period,
                     zone_name: str) -> Coverage:
    """Posts planned in ``period`` (local days in ``zone_name``) that went out, and how many of
    them the charter covered."""
    covered = total = 0
    slots = period.slots(zone_name)
    for post in posts:
        if post.status not in GOING_OUT or not slots.contains(post.planned_at):
            continue
        total += 1
        covered += is_covered_by_charter(post, charter)
    return Coverage(covered, total)
