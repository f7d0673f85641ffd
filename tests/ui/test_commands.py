"""Undo and redo of use cases' changes on the undo stack, and an undo refused when the plan
changed since (it never overwrites the newer edit)."""

from __future__ import annotations

from dataclasses import replace

from cmplanner.domain.entities import Post
from cmplanner.services import posts
from cmplanner.ui.context import AppContext


def test_create_change_delete_and_undo_them_all(qapp, store):
    ctx = AppContext(store)
    created = ctx.push(posts.create_post(store, Post("Idée")), "Create").after("posts")[0]
    ctx.push(posts.edit_post(store, created, replace(created, title="Idée 2")), "Rename")
    assert store.posts.get(created.id).title == "Idée 2"
    ctx.push(posts.delete_post(store, store.posts.get(created.id)), "Delete")
    assert store.posts.count() == 0
    stack = ctx.undo_stack
    stack.undo()
    assert store.posts.get(created.id).title == "Idée 2"
    stack.undo()
    assert store.posts.get(created.id).title == "Idée"
    stack.undo()
    assert store.posts.count() == 0
    stack.redo()
    stack.redo()
    assert store.posts.get(created.id).title == "Idée 2"
    assert stack.undoText() == "Rename"


def test_revision_only_grows_through_undo_and_redo(qapp, store):
    ctx = AppContext(store)
    post = posts.create_post(store, Post("x")).after("posts")[0]
    ctx.push(posts.edit_post(store, post, replace(post, title="y")), "Rename")
    revisions = [store.posts.get(post.id).revision]
    for step in (ctx.undo_stack.undo, ctx.undo_stack.redo, ctx.undo_stack.undo):
        step()
        revisions.append(store.posts.get(post.id).revision)
    assert revisions == sorted(set(revisions))


def test_undo_of_something_changed_since_is_refused_with_a_message(qapp, store):
    ctx = AppContext(store)
    heard: list[str] = []
    ctx.refused.connect(heard.append)
    post = posts.create_post(store, Post("Mine")).after("posts")[0]
    ctx.push(posts.edit_post(store, post, replace(post, title="Mine, edited")), "Rename")
    # Another window (or a colleague) changes the post meanwhile.
    newer = store.posts.get(post.id)
    posts.edit_post(store, newer, replace(newer, title="Theirs"))
    ctx.undo_stack.undo()
    assert store.posts.get(post.id).title == "Theirs"
    assert heard and "changed meanwhile" in heard[0]
    assert ctx.undo_stack.count() == 0  # the refused step left the history
