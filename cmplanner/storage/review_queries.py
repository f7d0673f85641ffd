"""Light read-only queries for the review figures (dashboard, review pack): the posts of a
period with only what the figures use (no text, no notes, no variants), in plain SQL like
``calendar_queries``. A quarter of a 50,000-post plan is some 5,000 posts; building full ORM
posts for them cost more than the figures themselves.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from cmplanner.domain.entities import Approval, Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus

from .calendar_queries import RANGE, _stamp, _utc, driver_sql, link_sql

_COLUMNS = ("id", "uid", "title", "status", "kind", "pillar_id", "audience_id", "planned_at",
            "owner_id", "sensitive", "series_id", "occurrence_start", "event_id", "published_at",
            "reach", "reactions", "comments", "shares", "validation_round", "submitted_at",
            "escalated", "updated_at")
_TIMES = {"planned_at", "occurrence_start", "published_at", "submitted_at", "updated_at"}
_SELECT = "SELECT " + ", ".join(_COLUMNS) + " FROM posts WHERE "
_APPROVALS = ("SELECT approvals.post_id, approvals.person_id, approvals.decided_at, "
              "approvals.decision, approvals.comment, approvals.round FROM posts "
              "JOIN approvals ON approvals.post_id = posts.id WHERE {where} ORDER BY approvals.id")


_STATUS = {s.value: s for s in PostStatus}
_KIND = {k.value: k for k in PostKind}
_DECISION = {d.value: d for d in Decision}


def _posts(store: Any, where: str, params: dict[str, object]) -> list[Post]:
    """The light posts ``where`` selects (``:name`` parameters, as in calendar_queries: the same
    SQL on a plan file and on a team plan)."""
    with store.session() as session:
        session.flush()
        connection = session.connection()
        dialect = connection.dialect.name
        cursor = connection.connection.cursor()
        try:
            cursor.execute(driver_sql(_SELECT + where + " ORDER BY planned_at, id", dialect), params)
            rows = cursor.fetchall()
            networks: dict[int, list[int]] = defaultdict(list)
            approvals: dict[int, list[Approval]] = defaultdict(list)
            if rows:
                cursor.execute(driver_sql(link_sql(where), dialect), params)
                for post_id, network_id in cursor.fetchall():
                    networks[post_id].append(network_id)
                cursor.execute(driver_sql(_APPROVALS.format(where=where), dialect), params)
                for post_id, person, at, decision, comment, round_ in cursor.fetchall():
                    decided = _utc(at)
                    assert decided is not None  # a decision always has its time
                    approvals[post_id].append(Approval(person, decided, _DECISION[decision],
                                                       comment or "", round_))
        finally:
            cursor.close()
    posts = []
    for row in rows:
        values = dict(zip(_COLUMNS, row))
        for name in _TIMES:
            values[name] = _utc(values[name])
        values["status"] = _STATUS[values["status"]]
        values["kind"] = _KIND[values["kind"]]
        values["sensitive"] = bool(values["sensitive"])
        values["escalated"] = bool(values["escalated"])
        post_id = values["id"]
        posts.append(Post(network_ids=sorted(networks.get(post_id, ())),
                          approvals=approvals.get(post_id, []), **values))
    return posts


def review_posts(store: Any, start: datetime, end: datetime) -> list[Post]:
    """Posts planned in [start, end), light (no text, notes or variants)."""
    return _posts(store, RANGE, {"start": _stamp(start), "end": _stamp(end)})


def review_posts_with_status(store: Any, status: PostStatus) -> list[Post]:
    return _posts(store, "status = :status", {"status": status.value})


def count_undated(store: Any, status: PostStatus, network_id: int | None = None,
                  pillar_id: int | None = None) -> int:
    """Undated posts in ``status`` (the backlog's ideas), optionally of a network or pillar."""
    sql = "SELECT count(*) FROM posts WHERE planned_at IS NULL AND status = :status"
    params: dict[str, object] = {"status": status.value}
    if pillar_id is not None:
        sql += " AND pillar_id = :pillar"
        params["pillar"] = pillar_id
    if network_id is not None:
        sql += (" AND EXISTS (SELECT 1 FROM post_networks WHERE post_networks.post_id = posts.id"
                " AND post_networks.network_id = :network)")
        params["network"] = network_id
    with store.session() as session:
        session.flush()
        connection = session.connection()
        cursor = connection.connection.cursor()
        try:
            cursor.execute(driver_sql(sql, connection.dialect.name), params)
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()
