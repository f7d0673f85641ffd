"""Crisis mode: one switch that puts the scheduled posts of a window on hold, routes new posts
through the exceptional circuit while it lasts, and puts back what it held when it ends.

A crisis remembers each post it held and the status to give back. Ending it restores only the
posts still on hold (one taken out by hand, cancelled or moved meanwhile stays as it is).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from .entities import Post
from .enums import PostStatus
from .errors import DomainError
from .timezones import require_aware

HELD_STATUSES = frozenset({PostStatus.APPROVED, PostStatus.SCHEDULED})


@dataclass(frozen=True)
class Hold:
    post_id: int
    previous: PostStatus


@dataclass
class Crisis:
    reason: str
    started_at: datetime  # aware
    window_start: datetime  # aware: posts planned in [window_start, window_end) are held
    window_end: datetime
    ended_at: datetime | None = None
    holds: list[Hold] = field(default_factory=list)
    note: str = ""  # how it went, for the review pack
    id: int | None = None
    revision: int = 0

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def held(self) -> int:
        return len(self.holds)


def check(crisis: Crisis) -> None:
    if not crisis.reason.strip():
        raise DomainError("A crisis needs a reason.")
    for value, what in ((crisis.started_at, "crisis start"), (crisis.window_start, "window start"),
                        (crisis.window_end, "window end")):
        require_aware(value, what)
    if crisis.window_end <= crisis.window_start:
        raise DomainError("The crisis window ends before it starts.")


def to_hold(posts: Iterable[Post], window_start: datetime, window_end: datetime) -> list[Post]:
    """The posts a crisis over [window_start, window_end) puts on hold: approved and scheduled
    posts planned in the window."""
    return [p for p in posts if p.status in HELD_STATUSES and p.planned_at is not None
            and window_start <= p.planned_at < window_end]


def start(reason: str, started_at: datetime, window_start: datetime, window_end: datetime,
          posts: Iterable[Post], active: Crisis | None) -> tuple[Crisis, list[Post]]:
    """The new crisis and the posts it puts on hold. One crisis at a time."""
    if active is not None:
        raise DomainError("A crisis is already under way since {when}: end it first.",
                          when=active.started_at)
    crisis = Crisis(reason.strip(), started_at, window_start, window_end)
    check(crisis)
    held = to_hold(posts, window_start, window_end)
    crisis.holds = sorted((Hold(p.id, p.status) for p in held), key=lambda h: h.post_id)  # type: ignore[arg-type]
    return crisis, [replace(p, status=PostStatus.ON_HOLD) for p in held]


def end(crisis: Crisis, ended_at: datetime, posts: dict[int, Post],
        note: str = "") -> tuple[Crisis, list[Post]]:
    """The ended crisis and the held posts put back to their status (those still on hold)."""
    if not crisis.active:
        raise DomainError("This crisis has already ended.")
    require_aware(ended_at, "crisis end")
    restored = []
    for hold in crisis.holds:
        post = posts.get(hold.post_id)
        if post is not None and post.status is PostStatus.ON_HOLD:
            restored.append(replace(post, status=hold.previous))
    return replace(crisis, ended_at=ended_at, note=note or crisis.note), restored


def routes_new_post(post: Post, active: Crisis | None) -> Post:
    """During a crisis every new post goes through the exceptional circuit."""
    if active is None or post.sensitive:
        return post
    return replace(post, sensitive=True)
