"""What a use case did, as plain data that can be undone: the one way the plan is written.

A use case decides what to write (the rules live in the domain), then calls :func:`commit` with
the entities as it read them and as they must become. ``commit`` writes them in one transaction,
each write checked against the revision it was based on (storage refuses a stale one with
``Conflict``), and returns a :class:`Change`: a text for the undo history and, per entity, the
stored state before and after. :func:`revert` undoes a change the same way, so an undo of
something a colleague (or another window) changed since is refused instead of overwriting it.

    change = posts.move_post(store, post, new_start)     # the use case, already written
    change = revert(store, change)                       # undo (returns the change it made)
    change = revert(store, change)                       # redo

Kinds are the store's repositories ("posts", "series", "events", "people", "sites", "pillars",
"audiences", "networks", "requests") and the plan-wide records ("settings", "line", "charter",
"circuit", "publish"), which have no revision and are compared by value instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from cmplanner.domain import limits, validation
from cmplanner.domain.errors import Conflict, Message
from cmplanner.storage.store import PlanStore

REPOSITORIES = ("posts", "series", "events", "people", "sites", "pillars", "audiences",
                "networks", "requests", "media", "consents", "crises", "meetings")
RECORDS = ("settings", "line", "charter", "circuit", "network_rules", "workload", "publish",
           "closures")


@dataclass(frozen=True)
class Write:
    """One entity written: its kind, the stored state before (None: it was created) and after
    (None: it was deleted)."""

    kind: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Change:
    """What one user action did: ``text`` names it in the undo history (a translatable
    template), ``writes`` lists every entity it wrote, in order."""

    text: Message
    writes: tuple[Write, ...]

    def created(self, kind: str) -> list[Any]:
        return [w.after for w in self.writes if w.kind == kind and w.before is None]

    def after(self, kind: str) -> list[Any]:
        """The stored entities of ``kind`` this change left (created or changed)."""
        return [w.after for w in self.writes if w.kind == kind and w.after is not None]

    @property
    def kinds(self) -> set[str]:
        return {w.kind for w in self.writes}

    def __bool__(self) -> bool:
        return bool(self.writes)


@dataclass(frozen=True)
class Intent:
    """A write to make: ``current`` as the use case read it (None: create), ``target`` what it
    must become (None: delete)."""

    kind: str
    current: Any
    target: Any


def save(kind: str, current: Any, target: Any) -> Intent:
    return Intent(kind, current, target)


def remove(kind: str, current: Any) -> Intent:
    return Intent(kind, current, None)


def commit(store: PlanStore, text: Message, intents: Iterable[Intent]) -> Change:
    """Write ``intents`` in one transaction (all or none) and say what was written."""
    writes: list[Write] = []
    with store.transaction():
        for intent in intents:
            writes.append(_apply(store, intent, restoring=False))
    return Change(text, tuple(w for w in writes if w.before is not None or w.after is not None))


def revert(store: PlanStore, change: Change) -> Change:
    """Put back what ``change`` replaced, in one transaction; ``Conflict`` (nothing written) when
    an entity it wrote was changed or deleted since. Returns the change that does it (its
    revert is the redo)."""
    writes: list[Write] = []
    with store.transaction():
        for write in reversed(change.writes):
            writes.append(_apply(store, Intent(write.kind, write.after, write.before),
                                 restoring=True))
    return Change(change.text, tuple(writes))


def run(store: PlanStore, text: Message, build: Callable[[], Sequence[Intent]]) -> Change:
    """``commit`` the intents ``build`` returns; ``build`` runs inside the transaction, so what
    it reads is what is written over."""
    with store.transaction():
        return commit(store, text, build())


def _apply(store: PlanStore, intent: Intent, restoring: bool) -> Write:
    kind, current, target = intent.kind, intent.current, intent.target
    if target is not None:
        limits.check_lengths(kind, target)  # the database's text sizes, said before it sees them
        validation.validate(target, store.zone_name)
    if kind in RECORDS:
        return _apply_record(store, kind, current, target)
    repository = getattr(store, kind)
    if restoring and current is not None:
        current = _unchanged_since(repository, kind, current)
    if target is None:
        if current is None:
            return Write(kind, None, None)
        repository.delete(current.id, current.revision)
        return Write(kind, current, None)
    if current is None:
        # A creation, or (undoing a deletion) the same entity back under its old id.
        stored = repository.save(target if restoring else replace(target, id=None),
                                 recreate=restoring and target.id is not None)
        return Write(kind, None, stored)
    stored = repository.save(replace(target, id=current.id, revision=current.revision))
    return Write(kind, current, stored)


def _unchanged_since(repository: Any, kind: str, written: Any) -> Any:
    """The stored entity, when it still holds what ``written`` holds. Undoing or redoing a step
    bumps revisions (the iCalendar SEQUENCE only grows), so an older step of the history finds
    its entity at a higher revision with the same content: that is not a conflict; any other
    difference is (someone changed it since), and so is its absence."""
    stored = repository.get(written.id)
    if stored is None:
        raise Conflict(kind, written.id, written.revision, None, _name(written))
    if _content(stored) != _content(written):
        raise Conflict(kind, written.id, written.revision, stored.revision, _name(stored))
    return stored


def _content(item: Any) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in fields(item)
            if f.name not in ("revision", "updated_at")}


def _name(item: Any) -> str:
    for attribute in ("title", "name", "topic"):
        value = getattr(item, attribute, None)
        if isinstance(value, str):
            return value
    return ""


_READ = {"settings": "settings", "line": "editorial_line", "charter": "charter",
         "circuit": "crisis_circuit", "network_rules": "network_rules",
         "workload": "workload_settings", "publish": "publish_settings", "closures": "closures"}
_WRITE = {"settings": "save_settings", "line": "save_editorial_line", "charter": "save_charter",
          "circuit": "save_crisis_circuit", "network_rules": "save_network_rules",
          "workload": "save_workload_settings", "publish": "save_publish_settings",
          "closures": "save_closures"}


def _apply_record(store: PlanStore, kind: str, current: Any, target: Any) -> Write:
    stored = getattr(store, _READ[kind])()
    if current is not None and stored != current:
        raise Conflict(kind, None, None, 0, _RECORD_TITLES[kind])
    getattr(store, _WRITE[kind])(target)
    return Write(kind, stored, getattr(store, _READ[kind])())


def stored(store: PlanStore, kind: str, loaded: Any) -> Any:
    """What the plan holds now of the entity (or plan-wide record) an editor loaded as
    ``loaded``: None when it was deleted meanwhile (or was never stored)."""
    if kind in RECORDS:
        return getattr(store, _READ[kind])()
    if loaded is None or getattr(loaded, "id", None) is None:
        return None
    return getattr(store, kind).get(loaded.id)


def changed_since(store: PlanStore, kind: str, loaded: Any) -> bool:
    """Whether someone (a colleague, another window) changed or deleted ``loaded`` since it was
    read: the revision check storage makes at the save, asked beforehand."""
    if kind not in RECORDS and (loaded is None or getattr(loaded, "id", None) is None):
        return False  # a new item: nobody else knows it yet
    now = stored(store, kind, loaded)
    if now is None:
        return True
    if kind in RECORDS:
        return bool(now != loaded)
    return bool(now.revision != loaded.revision)


def is_record(kind: str) -> bool:
    """A plan-wide record (one per plan: settings, editorial line...), not an item."""
    return kind in RECORDS


def record_title(kind: str) -> Message:
    return _RECORD_TITLES[kind]


_RECORD_TITLES = {  # Messages, so the refusal names them in the interface's language
    "settings": Message("Plan settings"), "line": Message("Editorial line"),
    "charter": Message("Charter"), "circuit": Message("Exceptional circuit"),
    "network_rules": Message("Network limits"), "workload": Message("Workload estimates"),
    "publish": Message("Publish folder"), "closures": Message("Closure days"),
}
