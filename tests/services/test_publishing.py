"""The publish folder, its feeds and the re-publish switch are kept in the plan."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cmplanner.domain.entities import PublishedFeed, PublishSettings
from cmplanner.domain.errors import DomainError
from cmplanner.interop.publish import Publisher
from cmplanner.services.publishing import may_publish, set_publishing
from cmplanner.storage.store import PlanStore


def test_settings_survive_closing_the_plan(plan_path, tmp_path):
    store = PlanStore.open(plan_path)
    set_publishing(store, folder=str(tmp_path))
    set_publishing(store, auto=True)
    store.close()
    again = PlanStore.open(plan_path)
    try:
        assert again.publish_settings() == PublishSettings(str(tmp_path), auto=True)
    finally:
        again.close()


def test_a_switch_without_a_folder_is_refused(store):
    with pytest.raises(DomainError, match="Choose a publish folder"):
        set_publishing(store, auto=True)
    assert store.publish_settings() == PublishSettings()


def test_the_plan_s_feeds_are_published(demo_store, tmp_path):
    network = demo_store.networks.all()[0]
    demo_store.save_publish_settings(PublishSettings(str(tmp_path), (
        PublishedFeed("one-network.ics", scope="network", target=network.label),
        PublishedFeed("gone.ics", scope="pillar", target="no such pillar"),
        PublishedFeed("events.ics", scope="events"))))
    written = Publisher.for_plan(demo_store).publish()
    assert sorted(p.name for p in written) == ["events.ics", "one-network.ics"]
    assert network.label.encode() in (tmp_path / "one-network.ics").read_bytes()


def test_a_shared_plan_names_its_one_publisher():
    settings = PublishSettings("/srv/feeds", publisher="camille")
    assert may_publish(settings, "camille") and not may_publish(settings, "dominique")
    assert may_publish(replace(settings, publisher=""), "anyone")
    assert not may_publish(PublishSettings(), "anyone")
