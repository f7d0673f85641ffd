"""Conventions of the editors and pages: zoom follows the font, every editor is an EditorDialog
with OK/Cancel, and user-visible strings go through the translation functions lupdate reads."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "cmplanner" / "ui"
FOLDERS = [UI / "editors", UI / "pages", *(UI / "models").glob("*_model*.py")]


def sources() -> list[Path]:
    found = []
    for entry in FOLDERS:
        found += sorted(entry.rglob("*.py")) if entry.is_dir() else [entry]
    return found


def test_no_hard_coded_font_sizes():
    pattern = re.compile(r"setPointSize|setPixelSize|font-size|setPointSizeF")
    assert [str(p) for p in sources() if pattern.search(p.read_text(encoding="utf-8"))] == []


def test_translation_calls_are_literal_and_unaliased():
    """lupdate only sees self.tr("...") and QCoreApplication.translate("Context", "...")."""
    alias = re.compile(r"^\s*_?tr\s*=\s*QCoreApplication\.translate|def _tr\(", re.M)
    dynamic = re.compile(r"(?:self\.tr|QCoreApplication\.translate)\(\s*[a-z_]+\s*[,)]")
    offenders = [str(p) for p in sources()
                 if alias.search(p.read_text(encoding="utf-8")) or dynamic.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_editor_dialog_shares_the_base():
    from cmplanner.ui.editors import (  # noqa: F401 (imported so subclasses register)
        event_editor, line_editors, network_editor, people_editors, plan_rules_editors,
        post_editor, request_editor, series_editor,
    )
    from cmplanner.ui.editors.common import EditorDialog

    def all_subclasses(cls):
        return set(cls.__subclasses__()).union(*(all_subclasses(c) for c in cls.__subclasses__()))

    names = {c.__name__ for c in all_subclasses(EditorDialog)}
    assert {"PostEditorDialog", "SeriesEditorDialog", "EventEditorDialog", "PillarEditorDialog",
            "AudienceEditorDialog", "NetworkEditorDialog", "PersonEditorDialog", "SiteEditorDialog",
            "RequestEditorDialog", "EditorialLineDialog", "CharterDialog", "CrisisCircuitDialog"} <= names
