"""Two people edited the same item from the same version: which fields each one changed, and
"overwrite with mine" as a three-way merge (the fields I changed are mine, every field I left
alone keeps the colleague's value). An item is a dataclass, or a mapping (the plan's network
limits) whose keys stand for fields."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

T = TypeVar("T")

# Bookkeeping, not content: never taken from an edit.
BOOKKEEPING = frozenset({"id", "uid", "revision", "updated_at", "updated_by"})
_MISSING = object()


def field_names(item: Any) -> list[str]:
    if isinstance(item, dict):
        return sorted(item, key=str)
    return [f.name for f in fields(item)]


def value_of(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name)


def changed_fields(before: Any, after: Any) -> list[str]:
    """The content fields where ``after`` differs from ``before`` (of one type)."""
    names = field_names(before)
    if isinstance(after, dict):
        names += [k for k in field_names(after) if k not in before]
    return [name for name in names if name not in BOOKKEEPING
            and value_of(before, name) != value_of(after, name)]


def three_way(loaded: T, mine: T, theirs: T) -> T:
    """``theirs`` with the fields I changed since ``loaded`` set to mine; in a mapping (network
    variants, workload figures, network limits), key by key."""
    if isinstance(loaded, dict) and isinstance(mine, dict) and isinstance(theirs, dict):
        return _merge_mapping(loaded, mine, theirs)  # type: ignore[return-value]
    merged = {}
    for name in changed_fields(loaded, mine):
        before, ours, other = getattr(loaded, name), getattr(mine, name), getattr(theirs, name)
        if isinstance(before, dict) and isinstance(ours, dict) and isinstance(other, dict):
            merged[name] = _merge_mapping(before, ours, other)
        else:
            merged[name] = ours
    return replace(theirs, **merged)  # type: ignore[type-var]


def _merge_mapping(before: dict[Any, Any], ours: dict[Any, Any],
                   other: dict[Any, Any]) -> dict[Any, Any]:
    result = dict(other)
    for key in before.keys() | ours.keys():
        if key not in ours:
            result.pop(key, None)  # I removed it
        elif before.get(key, _MISSING) != ours[key]:
            result[key] = ours[key]
    return result
