"""Meetings and their decision log: who is in the room, and every decision taken while the
meeting lasts (approvals, refusals, moves, cancellations, new ideas, free-text notes) with its
author and time. Ending the meeting freezes its minutes.

``decisions_in`` reads a change's writes (post before and after) and says which decisions they
are, so the log follows what the plan really recorded rather than which button was pressed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from .entities import Post
from .enums import Decision, PostStatus
from .errors import DomainError
from .timezones import require_aware


class DecisionKind(str, Enum):
    APPROVAL = "approval"
    REFUSAL = "refusal"
    MOVE = "move"
    CANCELLATION = "cancellation"
    IDEA = "idea"
    NOTE = "note"


@dataclass(frozen=True)
class LoggedDecision:
    at: datetime  # aware
    author_id: int | None
    kind: DecisionKind
    text: str  # the post's title, or the note
    post_id: int | None = None
    detail: str = ""  # a refusal's comment, a move's new date (ISO)...


@dataclass
class Meeting:
    title: str
    started_at: datetime
    attendee_ids: list[int] = field(default_factory=list)
    ended_at: datetime | None = None
    decisions: list[LoggedDecision] = field(default_factory=list)
    minutes_html: str = ""
    id: int | None = None
    revision: int = 0

    @property
    def active(self) -> bool:
        return self.ended_at is None


def check(meeting: Meeting) -> None:
    require_aware(meeting.started_at, "meeting start")
    if not meeting.attendee_ids:
        raise DomainError("A meeting needs at least one person in the room.")


def start(title: str, started_at: datetime, attendee_ids: Iterable[int],
          active: Meeting | None) -> Meeting:
    if active is not None:
        raise DomainError("A meeting is already under way since {when}: end it first.",
                          when=active.started_at)
    meeting = Meeting(title.strip(), started_at, list(dict.fromkeys(attendee_ids)))
    check(meeting)
    return meeting


def log(meeting: Meeting, decisions: Iterable[LoggedDecision]) -> Meeting:
    if not meeting.active:
        raise DomainError("This meeting has ended: its minutes can no longer change.")
    return replace(meeting, decisions=[*meeting.decisions, *decisions])


def note(meeting: Meeting, text: str, author_id: int | None, at: datetime) -> Meeting:
    if not text.strip():
        raise DomainError("A note for the minutes needs some text.")
    return log(meeting, [LoggedDecision(require_aware(at, "note time"), author_id,
                                        DecisionKind.NOTE, text.strip())])


def end(meeting: Meeting, ended_at: datetime, minutes_html: str) -> Meeting:
    if not meeting.active:
        raise DomainError("This meeting has already ended.")
    require_aware(ended_at, "meeting end")
    return replace(meeting, ended_at=ended_at, minutes_html=minutes_html)


def decisions_in(pairs: Iterable[tuple[Post | None, Post | None]], author_id: int | None,
                 at: datetime) -> list[LoggedDecision]:
    """The decisions a change made, from each post's stored state before and after it."""
    found = []
    for before, after in pairs:
        if after is None:
            continue
        if before is None:
            if after.status is PostStatus.IDEA or after.status is PostStatus.DRAFT:
                found.append(LoggedDecision(at, author_id, DecisionKind.IDEA, after.title, after.id))
            continue
        new = after.approvals[len(before.approvals):]
        for approval in new:
            kind = (DecisionKind.APPROVAL if approval.decision is Decision.APPROVE
                    else DecisionKind.REFUSAL)
            found.append(LoggedDecision(at, approval.person_id, kind, after.title, after.id,
                                        approval.comment))
        if after.status is PostStatus.CANCELLED and before.status is not PostStatus.CANCELLED:
            found.append(LoggedDecision(at, author_id, DecisionKind.CANCELLATION, after.title,
                                        after.id))
        elif (before.planned_at != after.planned_at and after.planned_at is not None
              and before.planned_at is not None):
            found.append(LoggedDecision(at, author_id, DecisionKind.MOVE, after.title, after.id,
                                        after.planned_at.isoformat()))
    return found
