"""Use case on the plan's closure days (the company's or a site's)."""

from __future__ import annotations

from cmplanner.domain import closures as rules
from cmplanner.domain.closures import Closures
from cmplanner.domain.errors import Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save

TEXT = Message("Change the closure days")


def save_closures(store: PlanStore, loaded: Closures, edited: Closures) -> Change:
    """Store ``edited`` over ``loaded`` (one undoable change); InvalidDates, nothing stored, for
    a closure that ends before it starts, lasts more than a year or names a site the plan does
    not have."""
    rules.check(edited, {s.id for s in store.sites.all() if s.id is not None})
    return commit(store, TEXT, [save("closures", loaded, edited)])


def add_closure(store: PlanStore, closure: rules.Closure) -> Change:
    loaded = store.closures()
    return save_closures(store, loaded, Closures((*loaded.items, closure)))


def remove_closure(store: PlanStore, number: int) -> Change:
    """Remove the ``number``-th closure (from 1, as ``closures`` lists them)."""
    from cmplanner.domain.errors import DomainError

    loaded = store.closures()
    if not 1 <= number <= len(loaded.items):
        raise DomainError("There is no closure number {number}.", number=number)
    items = list(loaded.items)
    del items[number - 1]
    return save_closures(store, loaded, Closures(tuple(items)))
