"""An application context on the demo plan, acting as a named person."""

from __future__ import annotations

import pytest

from cmplanner.ui.context import AppContext


@pytest.fixture
def ctx(qapp, demo_store):
    context = AppContext(demo_store)
    yield context
    context.close()


@pytest.fixture
def person(demo_store):
    people = {p.name.split()[0]: p for p in demo_store.people.all()}
    return lambda first_name: people[first_name]
