"""What still refers to a pillar, audience, network, person or site, so that deleting it (which
the database would cascade or blank out, beyond what undo can bring back) is refused while in use."""

from __future__ import annotations

from dataclasses import dataclass

from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save


@dataclass(frozen=True)
class Usage:
    posts: int = 0
    series: int = 0
    events: int = 0
    requests: int = 0
    people: int = 0
    rules: int = 0  # the charter, the exceptional circuit, the editorial line's validation
    media: int = 0  # photos and videos showing or sent by a person, and their consents

    @property
    def in_use(self) -> bool:
        return any((self.posts, self.series, self.events, self.requests, self.people, self.rules,
                    self.media))


def usage(store: PlanStore, repository: str, item_id: int) -> Usage:
    """Who uses the entity ``item_id`` of ``repository`` ("pillars", "networks", "people"...)."""
    posts, series, events = store.posts.all(), store.series.all(), store.events.all()
    if repository == "pillars":
        return Usage(sum(p.pillar_id == item_id for p in posts),
                     sum(s.pillar_id == item_id for s in series),
                     rules=int(item_id in store.charter().covered_pillar_ids))
    if repository == "audiences":
        return Usage(sum(p.audience_id == item_id for p in posts))
    if repository == "networks":
        return Usage(sum(item_id in p.network_ids for p in posts),
                     sum(item_id in s.network_ids for s in series),
                     sum(any(item_id in step.network_ids for step in e.promotion) for e in events),
                     rules=int(item_id in store.charter().covered_network_ids))
    if repository == "people":
        return Usage(
            sum(p.owner_id == item_id or any(a.person_id == item_id for a in p.approvals) for p in posts),
            sum(s.owner_id == item_id for s in series),
            sum(item_id in e.organiser_ids for e in events),
            sum(item_id in (r.requester_id, r.assignee_id) for r in store.requests.all()),
            rules=int(item_id in store.crisis_circuit().approver_ids)
            + int(store.editorial_line().validated_by_id == item_id),
            media=sum(item_id in m.person_ids or m.sender_id == item_id for m in store.media.all())
            + sum(c.person_id == item_id for c in store.consents.all()))
    if repository == "sites":
        return Usage(events=sum(e.site_id == item_id for e in events),
                     people=sum(p.site_id == item_id for p in store.people.all()))
    return Usage()


class InUse(DomainError):
    """An entity still referred to; ``usage`` says by what."""

    def __init__(self, usage: Usage) -> None:
        super().__init__("This is still in use; change what refers to it first.")
        self.usage = usage


KINDS = ("pillars", "audiences", "networks", "people", "sites", "requests")


def save_reference(store: PlanStore, kind: str, loaded: object | None, edited: object) -> Change:
    """Create or edit a pillar, audience, network, person, site or content request."""
    name = _name(edited)
    text = (Message("Add “{name}”", name=name) if loaded is None
            else Message("Edit “{name}”", name=name))
    return commit(store, text, [save(kind, loaded, edited)])


def delete_reference(store: PlanStore, kind: str, loaded: object) -> Change:
    """Delete an entity no post, series, event, request, person or rule refers to (``InUse``
    otherwise: the database would blank those references beyond what undo brings back)."""
    used = usage(store, kind, loaded.id)  # type: ignore[attr-defined]
    if used.in_use:
        raise InUse(used)
    return commit(store, Message("Delete “{name}”", name=_name(loaded)), [remove(kind, loaded)])


def _name(item: object) -> str:
    for attribute in ("name", "topic", "label"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""
