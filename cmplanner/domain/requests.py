"""Rules about content requests from the field."""

from __future__ import annotations

from datetime import date

from .entities import ContentRequest
from .enums import RequestStatus

CLOSED = frozenset({RequestStatus.DONE, RequestStatus.DECLINED})


def is_overdue(request: ContentRequest, today: date) -> bool:
    """Due before ``today`` and neither done nor declined."""
    return request.due is not None and request.due < today and request.status not in CLOSED
