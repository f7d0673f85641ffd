from datetime import date

from cmplanner.domain.entities import ContentRequest
from cmplanner.domain.enums import RequestStatus
from cmplanner.domain.requests import is_overdue


def test_overdue_only_when_past_due_and_still_open():
    today = date(2026, 3, 16)
    assert is_overdue(ContentRequest("x", due=date(2026, 3, 15)), today)
    assert not is_overdue(ContentRequest("x", due=date(2026, 3, 16)), today)
    assert not is_overdue(ContentRequest("x"), today)
    assert not is_overdue(ContentRequest("x", due=date(2026, 3, 1), status=RequestStatus.DONE), today)
