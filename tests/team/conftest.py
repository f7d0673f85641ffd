"""The tests here run on a plan file and on a team plan (see tests/conftest.py)."""

import pytest


@pytest.fixture
def store(backend_store):
    return backend_store


@pytest.fixture
def demo_store(backend_demo_store):
    return backend_demo_store


@pytest.fixture
def demo_copy_store(backend_demo_store):
    return backend_demo_store
