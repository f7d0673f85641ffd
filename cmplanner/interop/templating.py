"""The Jinja2 environment of every HTML document the plan writes (review pack, minutes, kit):
templates in ``interop/templates``, autoescape on, so user text is escaped by default."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup  # noqa: F401 (Jinja2's own: trusted markup, e.g. inline CSS)


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("cmplanner.interop", "templates"),
                       autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True)


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
