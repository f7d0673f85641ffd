"""The one write path: commit, revert (undo), revert again (redo), and stale writes refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cmplanner.domain.entities import Person, Post
from cmplanner.domain.errors import Conflict, Message
from cmplanner.services.changes import commit, remove, revert, save

T = Message("test")


def test_create_undo_redo(store):
    change = commit(store, T, [save("posts", None, Post("Hello"))])
    post = change.created("posts")[0]
    assert store.posts.get(post.id).title == "Hello"
    undone = revert(store, change)
    assert store.posts.get(post.id) is None
    redone = revert(store, undone)
    again = store.posts.get(post.id)
    assert again.title == "Hello" and again.uid == post.uid
    assert again.revision > post.revision  # SEQUENCE only grows, even through undo and redo
    assert redone.writes[0].after.id == post.id


def test_edit_is_refused_when_based_on_an_older_revision(store):
    post = commit(store, T, [save("posts", None, Post("v1"))]).created("posts")[0]
    first = commit(store, T, [save("posts", post, replace(post, title="mine"))])
    with pytest.raises(Conflict) as refused:
        commit(store, T, [save("posts", post, replace(post, title="theirs"))])
    assert refused.value.loaded == post.revision
    assert refused.value.stored == first.writes[0].after.revision
    assert store.posts.get(post.id).title == "mine"


def test_undo_never_overwrites_a_newer_change(store):
    person = commit(store, T, [save("people", None, Person("Camille"))]).created("people")[0]
    rename = commit(store, T, [save("people", person, replace(person, name="Camille R."))])
    newer = rename.writes[0].after
    commit(store, T, [save("people", newer, replace(newer, name="Camille Roux"))])
    with pytest.raises(Conflict):
        revert(store, rename)
    assert store.people.get(person.id).name == "Camille Roux"


def test_delete_undo_brings_back_the_same_entity(store):
    post = commit(store, T, [save("posts", None, Post("Gone soon"))]).created("posts")[0]
    deleted = commit(store, T, [remove("posts", post)])
    assert store.posts.get(post.id) is None
    revert(store, deleted)
    back = store.posts.get(post.id)
    assert back.uid == post.uid and back.revision > post.revision


def test_deleting_a_changed_item_is_refused(store):
    post = commit(store, T, [save("posts", None, Post("x"))]).created("posts")[0]
    commit(store, T, [save("posts", post, replace(post, title="y"))])
    with pytest.raises(Conflict):
        commit(store, T, [remove("posts", post)])
    assert store.posts.get(post.id).title == "y"


def test_a_refused_write_leaves_the_whole_change_unwritten(store):
    post = commit(store, T, [save("posts", None, Post("x"))]).created("posts")[0]
    commit(store, T, [save("posts", post, replace(post, title="y"))])
    with pytest.raises(Conflict):
        commit(store, T, [save("people", None, Person("New")), save("posts", post, replace(post, title="z"))])
    assert store.people.all() == []


def test_records_are_checked_by_value(store):
    line = store.editorial_line()
    change = commit(store, T, [save("line", line, replace(line, objectives="Grow"))])
    assert store.editorial_line().objectives == "Grow"
    with pytest.raises(Conflict):
        commit(store, T, [save("line", line, replace(line, objectives="Other"))])
    revert(store, change)
    assert store.editorial_line().objectives == line.objectives


def test_a_whole_history_undoes_and_redoes_on_one_item(store):
    """Each undo bumps the revision; older steps still find their item unchanged in content."""
    steps = [commit(store, T, [save("posts", None, Post("v0"))])]
    post = steps[0].created("posts")[0]
    for n in range(1, 4):
        current = store.posts.get(post.id)
        steps.append(commit(store, T, [save("posts", current, replace(current, title=f"v{n}"))]))
    steps.append(commit(store, T, [remove("posts", store.posts.get(post.id))]))
    undone = []
    for change in reversed(steps):
        undone.append(revert(store, change))
    assert store.posts.get(post.id) is None
    for change in reversed(undone):
        revert(store, change)
    assert store.posts.get(post.id) is None  # the last step (delete) is redone too
    revisions = [w.after.revision for c in undone[:-1] for w in c.writes if w.after is not None]
    assert revisions == sorted(revisions)
