"""Where the plan publishes its feeds: the publish folder, its feeds and automatic re-publishing,
kept in the plan (one plan never publishes over another's feeds).

``may_publish`` is the hook for shared plans: when ``publisher`` names someone, only that person's
copy of the application writes the folder (others would race on the same files)."""

from __future__ import annotations

from dataclasses import replace

from cmplanner.domain.entities import PublishSettings
from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, save


def set_publishing(store: PlanStore, folder: str | None = None, auto: bool | None = None) -> Change:
    """Change the publish folder and/or automatic re-publishing; one undoable change."""
    current = store.publish_settings()
    target = current
    if folder is not None:
        if not folder.strip():
            raise DomainError("The publish folder needs a path.")
        target = replace(target, folder=folder)
    if auto is not None:
        if auto and not target.folder:
            raise DomainError("Choose a publish folder before publishing after each change.")
        target = replace(target, auto=auto)
    if target == current:
        return Change(Message("Publish settings"), ())
    return commit(store, Message("Publish settings"), [save("publish", current, target)])


def may_publish(settings: PublishSettings, user: str = "") -> bool:
    """Whether this copy of the application writes the folder (the shared-plan hook)."""
    return bool(settings.folder) and (not settings.publisher or settings.publisher == user)
