"""The exceptional circuit's deadline: escalating the overdue requests to its substitute."""

from __future__ import annotations

from datetime import datetime, timezone

from cmplanner.domain import workflow
from cmplanner.domain.entities import Post
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save


def overdue_requests(store: PlanStore, now: datetime | None = None) -> list[Post]:
    circuit = store.crisis_circuit()
    moment = now or datetime.now(timezone.utc)
    return [p for p in store.posts.with_status(PostStatus.TO_VALIDATE)
            if workflow.is_overdue(p, circuit, moment) and not p.escalated]


def escalate_overdue(store: PlanStore, now: datetime | None = None) -> Change:
    """Let the circuit's substitute decide on every overdue request, in one undoable step."""
    circuit = store.crisis_circuit()
    moment = now or datetime.now(timezone.utc)
    overdue = overdue_requests(store, moment)
    if not overdue:
        raise DomainError("No request of the exceptional circuit is overdue.")
    substitute = store.people.get(circuit.substitute_id) if circuit.substitute_id is not None else None
    return commit(store, Message("Let {name} decide on the overdue requests ({count})",
                                 name=substitute.name if substitute else "?", count=len(overdue)),
                  [save("posts", p, workflow.escalate(p, circuit, moment)) for p in overdue])
