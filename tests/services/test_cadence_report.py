from cmplanner.services.cadence_report import cadence_report
from tests.conftest import DEMO_TODAY


def test_cadence_report_counts_posts_and_series_occurrences(demo_store):
    rows = {r.network.name: r for r in cadence_report(demo_store, DEMO_TODAY)}
    assert set(rows) == {"LinkedIn", "Instagram", "Facebook", "Lettre mensuelle"}
    # the weekly portrait alone puts four LinkedIn posts in four weeks
    assert rows["LinkedIn"].planned >= 4
    assert rows["LinkedIn"].status.expected == 12
    assert rows["Lettre mensuelle"].planned == 1
    assert rows["Facebook"].status.verdict in ("under", "on_track", "over")
