"""Import a calendar file: the preview's creations, updates and removals written as one change.

The preview (``interop.ics_import.preview_import``) reads the file and decides, row by row, what
to create, update, remove or skip and why; this use case writes it in one transaction through
``changes.commit``, so the whole import is one step of the undo history and an undo of an item
changed since is refused. New networks, pillars and people come first (the items name them),
then series (their posts point at them), then posts and IRL events, then removals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from cmplanner.domain.entities import Network, Person, Pillar
from cmplanner.domain.enums import NetworkKind
from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.store import PlanStore

from .changes import Change, Intent, Write, commit, remove, save

CREATE, UPDATE, REMOVE = "create", "update", "remove"
KINDS = {"series": "series", "post": "posts", "event": "events"}


def network_kind(name: str) -> NetworkKind:
    low = name.casefold().replace(" ", "")
    for kind in NetworkKind:
        if kind.value != "other" and kind.value in low:
            return kind
    return NetworkKind.OTHER


class ImportCancelled(DomainError):
    """The user cancelled the import (while its file was read for the preview, or while it was
    written); nothing was changed."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; the plan was not changed.")


def import_calendar(store: PlanStore, preview: Any, file_name: str,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Change:
    """Write ``preview`` (an ``ImportPreview``) as one undoable change named after the file;
    DomainError (nothing written) naming the item that could not be stored and why.
    ``progress(done, total)`` follows the rows; ``cancelled()`` true rolls everything back
    (ImportCancelled): the import is one transaction, never a part of one."""
    text = Message("Import {file}", file=file_name)
    rows = [c for c in preview.changes if c.row.action in (CREATE, UPDATE, REMOVE)]
    writes: list[Write] = []
    current_title = None
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % 100 == 0 or done == len(rows):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, len(rows))

    def intents(what: str) -> Iterator[Intent]:  # built one by one as commit writes them
        nonlocal current_title
        for change in rows:
            if change.row.what != what:
                continue
            current_title = change.row.title
            yield _intent(store, change, names)
            step()

    try:
        with store.transaction():
            references = []
            for change in rows:
                current_title = change.row.title
                if change.row.action == CREATE and change.row.what in ("network", "pillar",
                                                                       "person"):
                    step()
                if change.row.action != CREATE:
                    continue
                if change.row.what == "network":
                    references.append(save("networks", None, Network(network_kind(change.row.title),
                                                                     change.row.title)))
                elif change.row.what == "pillar":
                    references.append(save("pillars", None, Pillar(change.row.title)))
                elif change.row.what == "person":
                    references.append(save("people", None, Person(change.row.title)))
            writes.extend(commit(store, text, references).writes)
            names = _Names(store)
            for what in ("series", "post", "event"):
                written = commit(store, text, intents(what))
                writes.extend(written.writes)
                if what == "series":
                    names.series.update({s.uid: s.id for s in written.after("series")})
            if cancelled is not None and cancelled():  # (the last rows: before it is kept)
                raise ImportCancelled()
    except ImportCancelled:
        raise
    except (DomainError, KeyError, ValueError) as exc:
        problem = exc.message if isinstance(exc, DomainError) else Message(str(exc))
        if current_title is None:
            raise DomainError("The import was cancelled and nothing was changed: {problem}",
                                problem=problem) from exc
        raise DomainError("The import was cancelled and nothing was changed (“{title}”): "
                            "{problem}", title=current_title, problem=problem) from exc
    return Change(text, tuple(writes))


class _Names:
    """Names of the file resolved to the plan's ids (after the new ones were created)."""

    def __init__(self, store: PlanStore) -> None:
        self.networks = {n.label.casefold(): n.id for n in store.networks.all()}
        self.pillars = {p.name.casefold(): p.id for p in store.pillars.all()}
        self.people: dict[str, int] = {}
        for person in store.people.all():
            if person.id is not None:
                self.people.setdefault(person.name.casefold(), person.id)
        self.series = {s.uid: s.id for s in store.series.all()}


def _intent(store: PlanStore, change: Any, names: _Names) -> Intent:
    what, entity = change.row.what, change.entity
    kind = KINDS[what]
    repository = getattr(store, kind)
    current = repository.get(entity.id) if entity.id is not None else None
    if entity.id is not None and current is None:
        raise DomainError("It was deleted from the plan after the preview.")
    if current is not None and current.revision != entity.revision and change.row.action != CREATE:
        raise DomainError("It changed in the plan after the preview: preview the import again.")
    if change.row.action == REMOVE:
        return remove(kind, current)
    if what in ("series", "post"):
        entity = replace(entity, network_ids=sorted({names.networks[n.casefold()]
                                                     for n in change.network_names}),
                         pillar_id=names.pillars[change.pillar_name.casefold()]
                         if change.pillar_name else None)
        if change.owner_name and entity.owner_id is None:
            entity = replace(entity, owner_id=names.people.get(change.owner_name.casefold()))
    if what == "post":
        if change.approval_names:
            entity = replace(entity, approvals=[
                a if a.person_id else replace(a, person_id=names.people[name.casefold()])
                for name, a in zip(change.approval_names, entity.approvals)])
        if change.series_uid:
            entity = replace(entity, series_id=names.series[change.series_uid])
    return save(kind, current, entity)
