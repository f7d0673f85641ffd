"""Light read-only queries for the review figures (dashboard, review pack), in plain SQL like
``calendar_queries`` and on the same driver cursor (SQLite and PostgreSQL alike).

A quarter of a 50,000-post plan is some 2,500 posts. The figures read each of them once, with
only the columns they count (no text, notes, variants or approvals): reading a column stored
after a post's long text costs SQLite the text's overflow pages, and building full posts cost
more than the figures themselves. Approvals are read apart, those decided in the period only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from cmplanner.domain.entities import Approval, Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus

from .calendar_queries import RANGE, _stamp, driver_sql, link_sql
from .types import utc_or_none

_STATUS = {s.value: s for s in PostStatus}
_KIND = {k.value: k for k in PostKind}
_DECISION = {d.value: d for d in Decision}

# The figures' columns of a post planned in the period.
_LIGHT = ("SELECT id, title, status, kind, pillar_id, audience_id, planned_at, owner_id, sensitive, "
          "reach, reactions, comments, shares FROM posts WHERE ")
# Every column a validation needs (who may decide, since when, overdue or not).
_FULL_COLUMNS = ("id", "uid", "title", "status", "kind", "pillar_id", "audience_id", "planned_at",
                 "owner_id", "sensitive", "series_id", "occurrence_start", "event_id",
                 "published_at", "reach", "reactions", "comments", "shares", "validation_round",
                 "submitted_at", "escalated", "updated_at")
_TIMES = ("planned_at", "occurrence_start", "published_at", "submitted_at", "updated_at")
_FULL = "SELECT " + ", ".join(_FULL_COLUMNS) + " FROM posts WHERE "
_APPROVALS = ("SELECT approvals.post_id, approvals.person_id, approvals.decided_at, "
              "approvals.decision, approvals.comment, approvals.round FROM posts "
              "JOIN approvals ON approvals.post_id = posts.id WHERE {where}")
# Decided in the period too; ordered as the posts are, then as decided.
_DECIDED = " AND approvals.decided_at >= :start AND approvals.decided_at < :end"


def _fetch(store: Any, params: dict[str, object], *queries: str) -> list[list[tuple[Any, ...]]]:
    """The rows of each query, read in one session (one snapshot), on the driver's cursor."""
    with store.session() as session:
        session.flush()  # inside a transaction, reads see the writes before them
        connection = session.connection()
        dialect = connection.dialect.name
        cursor = connection.connection.cursor()
        try:
            found = []
            for sql in queries:
                cursor.execute(driver_sql(sql, dialect), params)
                found.append(list(cursor.fetchall()))
            return found
        finally:
            cursor.close()


def _network_ids(links: list[tuple[Any, ...]]) -> dict[int, list[int]]:
    networks: dict[int, list[int]] = defaultdict(list)
    for post_id, network_id in links:
        networks[post_id].append(network_id)
    return networks


def _approval(row: tuple[Any, ...]) -> Approval:
    _post_id, person, at, decision, comment, round_ = row
    decided = utc_or_none(at)
    assert decided is not None  # a decision always has its time
    return Approval(person, decided, _DECISION[decision], comment or "", round_)


def review_posts(store: Any, start: datetime, end: datetime) -> list[Post]:
    """Posts planned in [start, end), by date, light: identity, title, status, kind, pillar,
    audience, date, owner, sensitivity, networks and results; no text, notes or approvals."""
    where = RANGE + " ORDER BY planned_at, id"
    rows, links = _fetch(store, {"start": _stamp(start), "end": _stamp(end)},
                         _LIGHT + where, link_sql(RANGE))
    networks = _network_ids(links)
    return [Post(title, network_ids=sorted(networks.get(post_id, ())), pillar_id=pillar_id,
                 audience_id=audience_id, status=_STATUS[status], kind=_KIND[kind],
                 planned_at=utc_or_none(planned_at), owner_id=owner_id, sensitive=bool(sensitive),
                 reach=reach, reactions=reactions, comments=comments, shares=shares,
                 uid="", id=post_id)
            for (post_id, title, status, kind, pillar_id, audience_id, planned_at, owner_id,
                 sensitive, reach, reactions, comments, shares) in rows]


def review_approvals(store: Any, start: datetime, end: datetime) -> list[tuple[int, Approval]]:
    """(post id, approval) of the decisions taken in [start, end) on posts planned in it, in
    the posts' order (by date), then the order they were given."""
    (rows,) = _fetch(store, {"start": _stamp(start), "end": _stamp(end)},
                     _APPROVALS.format(where=RANGE + _DECIDED)
                     + " ORDER BY posts.planned_at, posts.id, approvals.id")
    return [(row[0], _approval(row)) for row in rows]


def review_posts_with_status(store: Any, status: PostStatus) -> list[Post]:
    """Every post in ``status``, whatever its date, with all a validation needs (approvals)."""
    where = "status = :status"
    rows, links, approval_rows = _fetch(
        store, {"status": status.value}, _FULL + where + " ORDER BY planned_at, id",
        link_sql(where), _APPROVALS.format(where=where) + " ORDER BY approvals.id")
    networks = _network_ids(links)
    approvals: dict[int, list[Approval]] = defaultdict(list)
    for row in approval_rows:
        approvals[row[0]].append(_approval(row))
    posts = []
    for row in rows:
        values = dict(zip(_FULL_COLUMNS, row))
        for name in _TIMES:
            values[name] = utc_or_none(values[name])
        values["status"] = _STATUS[values["status"]]
        values["kind"] = _KIND[values["kind"]]
        values["sensitive"] = bool(values["sensitive"])
        values["escalated"] = bool(values["escalated"])
        post_id = values["id"]
        posts.append(Post(network_ids=sorted(networks.get(post_id, ())),
                          approvals=approvals.get(post_id, []), **values))
    return posts


def count_undated(store: Any, status: PostStatus, network_id: int | None = None,
                  pillar_id: int | None = None) -> int:
    """Undated posts in ``status`` (the backlog's ideas), optionally of a network or pillar."""
    # "status || ''" keeps SQLite on the planned_at index, which walks the undated posts only;
    # the status index would walk every post in that status, dated ones included.
    sql = "SELECT count(*) FROM posts WHERE planned_at IS NULL AND status || '' = :status"
    params: dict[str, object] = {"status": status.value}
    if pillar_id is not None:
        sql += " AND pillar_id = :pillar"
        params["pillar"] = pillar_id
    if network_id is not None:
        sql += (" AND EXISTS (SELECT 1 FROM post_networks WHERE post_networks.post_id = posts.id"
                " AND post_networks.network_id = :network)")
        params["network"] = network_id
    ((count,),) = _fetch(store, params, sql)[0]
    return int(count)
