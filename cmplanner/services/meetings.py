"""Meeting use cases: start (who is in the room), log what a change decided, add a note, end
(the minutes are kept in the plan). The minutes' HTML is rendered by ``interop.minutes``."""

from __future__ import annotations

from datetime import datetime, timezone

from cmplanner.domain import meeting as rules
from cmplanner.domain.errors import Message
from cmplanner.domain.meeting import Meeting
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(timezone.utc)


def start_meeting(store: PlanStore, title: str, attendee_ids: list[int],
                  now: datetime | None = None) -> Change:
    meeting = rules.start(title, _now(now), attendee_ids, store.active_meeting())
    return commit(store, Message("Start the meeting “{title}”", title=meeting.title or "—"),
                  [save("meetings", None, meeting)])


def log_change(store: PlanStore, change: Change, author_id: int | None,
               now: datetime | None = None) -> Change | None:
    """Log in the meeting under way the decisions ``change`` made (None when there is no
    meeting or the change decided nothing). The log is a record, not an undo step."""
    meeting = store.active_meeting()
    if meeting is None:
        return None
    pairs = [(w.before, w.after) for w in change.writes if w.kind == "posts"]
    decisions = rules.decisions_in(pairs, author_id, _now(now))
    if not decisions:
        return None
    return commit(store, Message("Log the meeting's decisions"),
                  [save("meetings", meeting, rules.log(meeting, decisions))])


def add_note(store: PlanStore, text: str, author_id: int | None,
             now: datetime | None = None) -> Change:
    meeting = store.active_meeting()
    if meeting is None:
        from cmplanner.domain.errors import DomainError

        raise DomainError("No meeting is under way.")
    return commit(store, Message("Add a note to the minutes"),
                  [save("meetings", meeting, rules.note(meeting, text, author_id, _now(now)))])


def end_meeting(store: PlanStore, loaded: Meeting, minutes_html: str,
                now: datetime | None = None) -> Change:
    return commit(store, Message("End the meeting “{title}”", title=loaded.title or "—"),
                  [save("meetings", loaded, rules.end(loaded, _now(now), minutes_html))])
