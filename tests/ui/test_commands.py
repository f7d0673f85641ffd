"""Undo and redo of the generic commands, without any widget."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack

from cmplanner.domain.entities import Post
from cmplanner.ui.commands import DeleteCommand, SaveCommand


def test_create_change_delete_and_undo_them_all(qapp, store):
    stack = QUndoStack()
    stack.push(SaveCommand(store, "posts", None, Post("Idée"), "Create"))
    created = store.posts.all()[0]
    stack.push(SaveCommand(store, "posts", created, replace(created, title="Idée 2"), "Rename"))
    assert store.posts.get(created.id).title == "Idée 2"
    stack.push(DeleteCommand(store, "posts", store.posts.get(created.id), "Delete"))
    assert store.posts.count() == 0
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
    stack = QUndoStack()
    post = store.posts.save(Post("x"))
    stack.push(SaveCommand(store, "posts", post, replace(post, title="y"), "Rename"))
    revisions = [store.posts.get(post.id).revision]
    for step in (stack.undo, stack.redo, stack.undo):
        step()
        revisions.append(store.posts.get(post.id).revision)
    assert revisions == sorted(set(revisions))
