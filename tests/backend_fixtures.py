"""The fixtures of the folders whose tests run on a plan file and on a team plan: ``store``,
``demo_store`` and ``demo_copy_store`` there stand for the backend chosen by tests/conftest.py
(``backend_store``, ``backend_demo_store``). Each such folder's conftest imports them."""

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
