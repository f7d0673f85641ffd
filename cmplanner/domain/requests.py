"""Rules about content requests from the field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .entities import ContentRequest
from .enums import RequestStatus

CLOSED = frozenset({RequestStatus.DONE, RequestStatus.DECLINED})


def is_overdue(request: ContentRequest, today: date) -> bool:
    """Due before ``today`` and neither done nor declined."""
    return request.due is not None and request.due < today and request.status not in CLOSED


@dataclass(frozen=True)
class ReferentCounts:
    """What one person asked for: requests received, answered (done, or a post written from
    them) and overdue."""

    person_id: int | None
    received: int = 0
    answered: int = 0
    overdue: int = 0


def is_answered(request: ContentRequest) -> bool:
    return request.status is RequestStatus.DONE or request.post_id is not None


def referent_counts(requests: list[ContentRequest], today: date) -> list[ReferentCounts]:
    """One line per requester, most requests first."""
    tally: dict[int | None, list[int]] = {}
    for request in requests:
        counts = tally.setdefault(request.requester_id, [0, 0, 0])
        counts[0] += 1
        counts[1] += is_answered(request)
        counts[2] += is_overdue(request, today)
    lines = [ReferentCounts(person, *counts) for person, counts in tally.items()]
    lines.sort(key=lambda line: (-line.received, line.person_id or 0))
    return lines
