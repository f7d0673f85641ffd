"""The backlog page in a real headless Chromium, opened from file:// with networking disabled."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cmplanner.interop.backlog_export import export_backlog
from tests.browser import Chromium, find_chromium
from tests.conftest import DEMO_TODAY
from tests.interop.hostile import add_hostile_content, now_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_chromium() is None,
                       reason="chromium is not installed (apt-get install chromium)"),
]
NOW = now_for(DEMO_TODAY)
SHOWN = "JSON.parse(document.body.dataset.shown)"


def choose(browser: Chromium, field: str, label: str) -> dict:
    """Pick the option called ``label`` in a filter, as a user would; returns what is shown."""
    browser.evaluate(f"""(() => {{
        const select = document.getElementById({json.dumps("f-" + field)});
        const option = [...select.options].find(o => o.text === {json.dumps(label)});
        select.value = option.value;
        select.dispatchEvent(new Event("change", {{bubbles: true}}));
    }})()""")
    return browser.evaluate(SHOWN)


def visible_texts(browser: Chromium, selector: str) -> list[str]:
    return browser.evaluate(f"""[...document.querySelectorAll({json.dumps(selector)})]
        .filter(e => e.offsetParent !== null).map(e => e.textContent)""")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_renders_offline_and_filters_by_person(demo_store, tmp_path: Path, language):
    demo_store.save_settings(replace(demo_store.settings(), language=language))
    page = tmp_path / f"backlog-{language}.html"
    export_backlog(demo_store, page, weeks=6, now=NOW)
    with Chromium() as browser:
        browser.open(page)
        assert browser.evaluate("document.body.dataset.ready") == "1"
        assert browser.evaluate("document.documentElement.lang") == language
        everything = browser.evaluate(SHOWN)
        assert everything["calendar"] > 20 and everything["backlog"] > 20
        assert everything["requests"] == 4 and everything["events"] == 3
        heading = browser.evaluate("document.querySelector('#calendar h2').textContent")
        assert heading.startswith("Calendrier par réseau" if language == "fr" else "Calendar by network")
        browser.screenshot(tmp_path / f"backlog-{language}.png")

        thomas = choose(browser, "person", "Thomas Petit")
        assert thomas["calendar"] < everything["calendar"]
        assert thomas["requests"] == 1  # the Christmas window he asked for
        assert visible_texts(browser, "#requests-body th.title") == ["Vitrine de Noël du showroom de Saumur"]
        owners = visible_texts(browser, "#calendar-body li .who")
        assert owners and set(owners) == {"Thomas Petit"}
        browser.screenshot(tmp_path / f"backlog-{language}-thomas.png")

        fragment = browser.evaluate("location.hash")
        assert fragment.startswith("#person=")  # a filtered view can be bookmarked

        everyone = choose(browser, "person", "Tout le monde" if language == "fr" else "Everyone")
        assert everyone == everything
        assert browser.evaluate("location.hash") == ""
        followed = browser.evaluate(f"""new Promise(done => {{
            addEventListener("hashchange", () => done({SHOWN}), {{once: true}});
            location.hash = {json.dumps(fragment)}; }})""")
        assert followed == thomas
        choose(browser, "person", "Tout le monde" if language == "fr" else "Everyone")
        search = browser.evaluate("""(() => { const q = document.getElementById('f-q');
            q.value = 'vélo-boulot'; q.dispatchEvent(new Event('input', {bubbles: true}));
            return JSON.parse(document.body.dataset.shown); })()""")
        assert search.get("requests") == 1 and not search.get("calendar")

        assert browser.console_errors == []
        assert browser.requests == [page.resolve().as_uri()]  # nothing but the file itself
    assert (tmp_path / f"backlog-{language}.png").stat().st_size > 10_000


def test_hostile_titles_show_as_text_and_run_nothing(demo_store, tmp_path: Path):
    add_hostile_content(demo_store, DEMO_TODAY)
    page = tmp_path / "hostile.html"
    export_backlog(demo_store, page, weeks=6, now=NOW)
    with Chromium() as browser:
        browser.open(page)
        assert browser.evaluate("document.body.dataset.ready") == "1"
        assert browser.evaluate("typeof window.pwned") == "undefined"
        assert browser.evaluate("document.querySelectorAll('main img, main script, main b, main i').length") == 0
        titles = browser.evaluate("[...document.querySelectorAll('#backlog-body th.title')].map(e => e.textContent)")
        assert "<script>window.pwned='script';alert(1)</script>" in titles
        assert "<img src=x onerror=\"window.pwned='img';alert(1)\">" in titles
        choose(browser, "person", "<i>Eve</i> <script>alert('eve')</script>")
        assert browser.evaluate("typeof window.pwned") == "undefined"
        assert browser.console_errors == []
        assert browser.requests == [page.resolve().as_uri()]
        browser.screenshot(tmp_path / "hostile.png")


def test_page_prints_on_a4_landscape(demo_store, tmp_path: Path):
    page = tmp_path / "print.html"
    export_backlog(demo_store, page, weeks=4, now=NOW)
    with Chromium() as browser:
        browser.open(page)
        browser.emulate_print()
        assert browser.evaluate("getComputedStyle(document.getElementById('filters')).display") == "none"
        browser.screenshot(tmp_path / "print.png")
        pdf = browser.print_pdf(tmp_path / "print.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # A4 landscape is 842 x 595 points.
    assert b"/MediaBox [0 0 841.9" in pdf and b" 594.9" in pdf


def test_long_lists_show_their_first_rows_then_the_rest_on_demand_and_on_paper(store, tmp_path: Path):
    from cmplanner.domain.entities import Post

    with store.transaction():
        for number in range(230):
            store.posts.save(Post(f"Idée n°{number}"))
    page = tmp_path / "long.html"
    export_backlog(store, page, weeks=4, now=NOW)
    rows = "document.querySelectorAll('#backlog-body tbody tr').length"
    with Chromium() as browser:
        browser.open(page)
        assert browser.evaluate(SHOWN)["backlog"] == 230
        assert browser.evaluate(rows) == 200
        more = "document.querySelector('#backlog-body button.more')"
        assert browser.evaluate(f"{more}.textContent") == "Afficher les 30 autres"
        browser.evaluate(f"{more}.click()")
        assert browser.evaluate(rows) == 230
        assert browser.evaluate(f"{more}.hidden") is True
        choose(browser, "status", "Idée")  # filtering starts again from the first rows
        assert browser.evaluate(rows) == 200
        browser.print_pdf(tmp_path / "long.pdf")  # printing puts every matching row on paper
        assert browser.evaluate(rows) == 230
        assert browser.console_errors == []
