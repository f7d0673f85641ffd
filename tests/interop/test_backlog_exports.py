"""The backlog files leave the machine: hostile text stays text, no formula runs, no private
note leaks, and every file is written whole."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from cmplanner.cli import main
from cmplanner.files.atomic import WriteFailed
from cmplanner.interop.backlog_export import export_backlog, format_for
from cmplanner.interop.backlog_html import json_for_script, render_html
from cmplanner.interop.backlog_sheet import neutralise, render_csv
from cmplanner.services.backlog import build_snapshot
from tests.conftest import DEMO_TODAY
from tests.interop.hostile import BREAKOUT, FORMULAS, IMG, SCRIPT, SECRET, add_hostile_content, now_for

NOW = now_for(DEMO_TODAY)
DEMO_PRIVATE = ("Attention : ne pas citer le client avant signature.",
                "Client mécontent depuis 3 semaines ; voir le SAV avant de répondre.")


@pytest.fixture
def hostile_store(demo_store):
    add_hostile_content(demo_store, DEMO_TODAY)
    return demo_store


def data_block(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="backlog-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_json_for_script_cannot_close_the_script_or_open_a_comment():
    text = json_for_script({"t": "</script><!-- ]]> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- ]]> & \u2028"}


def test_html_carries_hostile_titles_as_data_only(hostile_store):
    from dataclasses import replace

    hostile_store.save_settings(replace(hostile_store.settings(), name=f"Plan {SCRIPT}"))
    page = render_html(build_snapshot(hostile_store, 6, NOW))
    assert "<title>Plan &lt;script&gt;window.pwned=&#39;script&#39;" in page  # Jinja2's escaping
    for needle in (SCRIPT, IMG, BREAKOUT, "<img", "<b onmouseover", "<i>Eve</i>"):
        assert needle not in page
    block = re.search(r'id="backlog-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert "onerror" not in page.replace(block, "")  # only as escaped text inside the data
    assert page.count("<script") == 2 and page.count("</script>") == 2  # data block + the script
    data = data_block(page)
    titles = {e["t"] for e in data["cal"]} | {e["t"] for e in data["backlog"]}
    assert {SCRIPT, IMG, BREAKOUT} <= titles  # intact, shown as text by the page
    assert any(p[1].startswith("<i>Eve</i>") for p in data["people"])
    assert IMG in [e["t"] for e in data["events"]]


def test_html_is_self_contained_and_forbids_network_access(demo_store):
    page = render_html(build_snapshot(demo_store, 6, NOW))
    assert re.search(r"https?://", page) is None
    assert "@import" not in page and "url(" not in page and "<link" not in page
    assert 'http-equiv="Content-Security-Policy"' in page
    csp = html.unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert '<html lang="fr">' in page
    assert "Généré le 16/03/2026 à 09:00 (Europe/Paris)" in page
    assert "Ateliers Morel — plan éditorial" in page and "plan.cmplan" in page
    assert "@page { size: A4 landscape" in page


def test_html_follows_the_plan_language(demo_store):
    from dataclasses import replace

    demo_store.save_settings(replace(demo_store.settings(), language="en"))
    page = render_html(build_snapshot(demo_store, 6, NOW))
    assert '<html lang="en">' in page and "Generated on 16 Mar 2026 at 09:00" in page
    data = data_block(page)
    assert data["v"]["to_validate"] == "To validate" and data["t"]["person"] == "Person"
    assert data["days"][0][1] == "Mon 16 Mar"


def test_neutralise_prefixes_formula_starts_only():
    for value in FORMULAS:
        assert neutralise(value) == "'" + value
    for value in ("Bonjour", " =1", "2026", "", "'quoted"):
        assert neutralise(value) == value


@pytest.mark.parametrize("semicolon", [False, True])
def test_csv_is_utf8_with_bom_and_neutralises_formulas(hostile_store, semicolon):
    raw = render_csv(build_snapshot(hostile_store, 6, NOW), semicolon)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""),
                           delimiter=";" if semicolon else ","))
    header = rows[0]
    assert header[:4] == ["Section", "Date", "Heure", "Publication"]
    assert all(len(r) == len(header) for r in rows)
    cells = [c for r in rows for c in r]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    for value in FORMULAS:
        assert "'" + value in cells
    assert "Réponse à l'avis négatif sur le délai de livraison" in cells  # accents survive
    assert SCRIPT in cells  # plain text in a spreadsheet


def test_xlsx_reads_back_with_sheets_filters_frozen_panes_and_no_formula(hostile_store, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "backlog.xlsx"
    export_backlog(hostile_store, target, weeks=6, now=NOW)
    book = load_workbook(target)
    assert book.sheetnames == ["Calendrier", "À faire", "Demandes", "Événements", "Qui fait quoi"]
    values = []
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= 8
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.value
                values.append(cell.value)
    # XML turns a stored carriage return into a newline when read back.
    strings = [v.replace("\r", "\n") for v in values if isinstance(v, str)]
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\n")) for v in strings)
    for value in FORMULAS:
        assert ("'" + value).replace("\r", "\n") in strings
    assert "Idée avec un caractère de contrôle" in strings  # control character dropped
    backlog = book["À faire"]
    headers = [c.value for c in backlog[1]]
    assert headers[:3] == ["Date", "Heure", "Publication"] and "En attente de" in headers
    waiting = headers.index("En attente de")
    reply = next(r for r in backlog.iter_rows(min_row=2, values_only=True)
                 if r[2] == "Réponse à l'avis négatif sur le délai de livraison")
    assert reply[waiting] == "Philippe Morel"
    requests = book["Demandes"]
    overdue = [r for r in requests.iter_rows(min_row=2, values_only=True) if r[1] == "oui"]
    assert len(overdue) == 3  # two in the demo plan, one hostile


def _all_text(path: Path) -> bytes:
    raw = path.read_bytes()
    if zipfile.is_zipfile(path):  # XLSX: look inside every member, not at deflated bytes
        with zipfile.ZipFile(path) as archive:
            raw += b"".join(archive.read(name) for name in archive.namelist())
    return raw


@pytest.mark.parametrize("fmt", ["html", "csv", "xlsx"])
def test_private_notes_are_absent_from_every_format(hostile_store, tmp_path, fmt):
    target = tmp_path / f"backlog.{fmt}"
    export_backlog(hostile_store, target, weeks=8, now=NOW)
    raw = _all_text(target)
    for secret in (SECRET, *DEMO_PRIVATE):
        for encoded in (secret.encode("utf-8"), json.dumps(secret).encode("ascii")):
            assert encoded not in raw
    assert b"@ateliers-morel.fr" not in raw
    # ...while the posts holding those notes are exported.
    assert "Réponse à l'avis négatif".encode() in raw or "Réponse à l&apos;avis".encode() in raw


def test_a_failed_write_keeps_the_previous_file(demo_store, tmp_path):
    target = tmp_path / "backlog.html"
    target.write_text("previous")
    with pytest.raises(WriteFailed, match="does not exist"):
        export_backlog(demo_store, tmp_path / "missing" / "backlog.html", now=NOW)
    export_backlog(demo_store, target, now=NOW)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_format_comes_from_the_option_then_the_suffix():
    assert format_for("a.xlsx") == "xlsx" and format_for("a.CSV") == "csv"
    assert format_for("a.htm") == "html" and format_for("a.txt") == "html"
    assert format_for("a.csv", "xlsx") == "xlsx"


def test_cli_exports_the_backlog(demo_store, plan_path, tmp_path, capsys):
    out = tmp_path / "equipe.csv"
    assert main(["export-backlog", "--plan", str(plan_path), "--out", str(out), "--weeks", "4",
                 "--semicolon"]) == 0
    assert "Team backlog written to" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfSection;Date;")
    with pytest.raises(SystemExit, match="4 to 8 weeks, not 12"):
        main(["export-backlog", "--plan", str(plan_path), "--out", str(out), "--weeks", "12"])
    with pytest.raises(SystemExit, match="the folder does not exist"):
        main(["export-backlog", "--plan", str(plan_path), "--out", str(tmp_path / "no" / "x.html")])
