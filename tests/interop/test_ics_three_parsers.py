"""Every export is read the same way by three parsers, instant by instant, 2025 to 2040:
icalendar with recurring-ical-events, vobject and Mozilla's ical.js (Thunderbird's parser).

Plans: the demo plan, a small generated plan (bench/generate.py) and generated plans in two
southern-hemisphere zones (summer time from September/October to April; Chile changes on the
first Sunday on or after the 2nd, which no "nth Sunday" rule says). Both profiles, whole plan and
windowed. ical.js comes from tests/js (``npm ci`` there, done by packaging/setup.sh test)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bench import generate as gen
from cmplanner.interop.ics_export import export_bytes
from cmplanner.interop.ics_options import ExportOptions, Profile
from cmplanner.storage.store import PlanStore

from . import three_parsers as parsers
from .ics_helpers import NOW, TODAY

FIRST, LAST = 2025, 2040
SMALL = gen.PlanSize(posts=300, series=12, events=12, people=4, networks=4, years=3)
WINDOWS = {"whole": (None, None), "windowed": (date(2026, 12, 1), date(2027, 1, 31)),
           "from-summer": (date(2026, 6, 15), None)}

pytestmark = pytest.mark.skipif(not parsers.js_ready(),
                                reason="ical.js missing: run `npm ci` in tests/js")


@pytest.fixture(scope="module", params=["demo", "Europe/Paris", "America/Santiago",
                                        "Australia/Sydney"])
def plan(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    path = folder / "plan.cmplan"
    if request.param == "demo":
        from cmplanner.services.demo import build_demo_plan

        store = PlanStore.open(path)
        build_demo_plan(store, today=TODAY)
    else:
        patch = pytest.MonkeyPatch()
        patch.setattr(gen, "ZONE", request.param)
        try:
            gen.generate(path, SMALL, seed=3)
        finally:
            patch.undo()
        store = PlanStore.open(path)
    assert store.settings().timezone == ("Europe/Paris" if request.param == "demo" else request.param)
    yield store, folder
    store.close()


@pytest.mark.parametrize("profile", [Profile.OUTLOOK, Profile.STANDARD])
@pytest.mark.parametrize("window", list(WINDOWS))
def test_three_parsers_agree_instant_by_instant(plan, profile, window):
    store, folder = plan
    first_day, last_day = WINDOWS[window]
    data = export_bytes(store, ExportOptions(profile=profile, window_start=first_day,
                                             window_end=last_day, now=NOW, today=TODAY))
    python = parsers.with_icalendar(data, FIRST, LAST)
    assert len(python) > 5
    assert parsers.with_vobject(data, FIRST, LAST) == python
    assert parsers.with_icaljs(data, FIRST, LAST, Path(folder)) == python
    if last_day is not None:  # the window means it: nothing after its last day
        assert max(start for _, start in python)[:10] <= last_day.isoformat()
    if first_day is not None:  # (an IRL event that began before the window and goes on in it)
        assert min(start for _, start in python)[:10] >= (first_day - timedelta(days=31)).isoformat()
