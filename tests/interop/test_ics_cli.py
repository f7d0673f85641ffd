"""The export-ics, export-csv and import-ics verbs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from cmplanner.cli import main
from cmplanner.services.demo import build_demo_plan
from cmplanner.storage.store import PlanStore

from .ics_helpers import TODAY, plan_dump

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.cmplan"
    store = PlanStore.open(path)
    build_demo_plan(store, today=TODAY)
    store.close()
    return path


def test_export_then_import_dry_run(demo_file, tmp_path, capsys):
    out = tmp_path / "plan.ics"
    assert main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--profile", "standard"]) == 0
    assert "calendar item(s) written" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    other = tmp_path / "other.cmplan"
    PlanStore.open(other).close()
    assert main(["import-ics", "--plan", str(other), str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "To create:" in printed and "Dry run: nothing was written." in printed
    store = PlanStore.open(other)
    assert store.counts()["posts"] == 0
    store.close()
    assert main(["import-ics", "--plan", str(other), str(out)]) == 0
    assert "Imported:" in capsys.readouterr().out
    assert main(["import-ics", "--plan", str(other), str(out)]) == 0
    assert "Nothing to import" in capsys.readouterr().out


def test_export_scopes_and_csv(demo_file, tmp_path, capsys):
    out = tmp_path / "linkedin.ics"
    assert main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--scope", "network",
                 "--name", "linkedin", "--from", "2026-03-01", "--to", "2026-04-30"]) == 0
    assert b"[LinkedIn" in out.read_bytes()
    with pytest.raises(SystemExit, match="no network called 'Myspace'"):
        main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--scope", "network", "--name", "Myspace"])
    with pytest.raises(SystemExit, match="not a date"):
        main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--from", "31/03/2026"])
    csv_out = tmp_path / "plan.csv"
    assert main(["export-csv", "--plan", str(demo_file), "--out", str(csv_out)]) == 0
    assert csv_out.read_bytes().startswith("\ufeffSubject,".encode())


def test_a_malformed_file_is_refused_with_its_line(demo_file, tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260231T090000Z\r\n")
    store = PlanStore.open(demo_file)
    before = plan_dump(store)
    store.close()
    with pytest.raises(SystemExit, match=r"bad.ics: Line 4: .*END:VEVENT is missing"):
        main(["import-ics", "--plan", str(demo_file), str(bad)])
    store = PlanStore.open(demo_file)
    assert plan_dump(store) == before
    store.close()


def test_start_up_does_not_load_icalendar():
    code = "import sys, cmplanner.cli; print(sorted(m for m in ('icalendar', 'cmplanner.interop.ics_export') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_export_only_some_statuses(demo_file, tmp_path):
    out = tmp_path / "published.ics"
    assert main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--status", "published"]) == 0
    text = out.read_bytes().decode()
    assert "X-CMPLANNER-STATUS:published" in text
    assert "X-CMPLANNER-STATUS:draft" not in text and "X-CMPLANNER-STATUS:scheduled" not in text


def _counts(text: str) -> list[int]:
    import re

    total = int(re.search(r"(\d+) calendar item\(s\) written", text).group(1))
    parts = [int(re.search(pattern, text).group(1)) for pattern in (
        r"\n  (\d+) post\(s\)", r"\n  (\d+) item\(s\) for \d+ series", r"\n  (\d+) occurrence\(s\) of",
        r"\n  (\d+) event\(s\)")]
    return [total, *parts]


@pytest.mark.parametrize("profile", ["outlook", "standard"])
def test_the_printed_counts_add_up(demo_file, tmp_path, capsys, profile):
    import icalendar

    out = tmp_path / "plan.ics"
    assert main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--profile", profile,
                 "--from", "2026-12-01", "--to", "2027-01-31"]) == 0
    total, *parts = _counts(capsys.readouterr().out)
    assert total == sum(parts) == len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))


def test_a_windowed_export_holds_nothing_after_the_window(demo_file, tmp_path):
    import recurring_ical_events
    import icalendar

    out = tmp_path / "plan.ics"
    main(["export-ics", "--plan", str(demo_file), "--out", str(out), "--profile", "standard",
          "--from", "2026-12-01", "--to", "2027-01-31"])
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert recurring_ical_events.of(calendar).between(date(2026, 12, 1), date(2027, 2, 1))
    assert not recurring_ical_events.of(calendar).between(date(2027, 2, 1), date(2040, 1, 1))


def test_the_outlook_profile_ends_endless_series_two_years_ahead(demo_file, tmp_path, capsys):
    import icalendar

    out = tmp_path / "plan.ics"
    main(["export-ics", "--plan", str(demo_file), "--out", str(out)])
    assert "endless series written up to" in capsys.readouterr().out
    masters = [v for v in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
               if "RRULE" in v]
    assert masters and all("UNTIL" in v["RRULE"] or "COUNT" in v["RRULE"] for v in masters)
    limit = date.today() + timedelta(days=732)
    assert all(v["RRULE"]["UNTIL"][0].date() <= limit for v in masters if "UNTIL" in v["RRULE"])
