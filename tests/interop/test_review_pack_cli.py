"""'cmplanner report' on the demo plan: HTML and PDF, figures from the same home as the dashboard."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cmplanner.cli import main
from cmplanner.domain.period import parse_period
from cmplanner.services.review import review_figures
from tests.conftest import DEMO_TODAY


def test_report_html_in_english(demo_store, plan_path, tmp_path, capsys):
    figures = review_figures(demo_store, parse_period("2026-Q1"), DEMO_TODAY)
    demo_store.close()
    out = tmp_path / "review.html"
    assert main(["report", "--plan", str(plan_path), "--period", "2026-Q1", "--out", str(out),
                 "--lang", "en"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Management review" in html and "Charter coverage" in html
    assert f"{figures.planned} planned" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_report_pdf_in_the_plan_language(demo_store, plan_path, tmp_path, qapp):
    demo_store.close()
    out = tmp_path / "revue.pdf"
    assert main(["report", "--plan", str(plan_path), "--period", "2026-03", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Revue de direction" in text and "Couverture par la charte" in text


def test_report_refuses_a_bad_period(plan_path, demo_store):
    demo_store.close()
    with pytest.raises(SystemExit) as refused:
        main(["report", "--plan", str(plan_path), "--period", "Noël", "--out", "x.pdf"])
    assert "2026-Q4" in str(refused.value)
