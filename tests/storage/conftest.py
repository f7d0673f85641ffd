"""The tests here run on a plan file and on a team plan (see tests/conftest.py)."""

from tests.backend_fixtures import demo_copy_store, demo_store, store  # noqa: F401
