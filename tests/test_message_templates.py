"""Every message template the domain and the importer raise is listed for translation.

lupdate cannot read the domain (it holds no Qt call), so ``cmplanner/ui/messages.py`` lists the
templates with ``QT_TRANSLATE_NOOP("messages", ...)``. This scan needs no Qt: it reads the sources
with ``ast`` and compares both sides.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "cmplanner"
CATALOGUE = ROOT / "ui" / "messages.py"
# Calls that take a message template (Message and the errors that build one): the template's
# position among the arguments.
CARRIERS = {name: 0 for name in ("Message", "DomainError", "InvalidRecurrence", "InvalidDates",
                                 "UnknownTimeZone", "TransitionRefused", "InvalidCadence",
                                 "IcsFileError", "ImportFailed", "__init__")}
CARRIERS["WriteFailed"] = 1  # WriteFailed(errno, template, **params)


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _literals(node: ast.expr):
    """The string literals an argument may evaluate to (``a or "text"``, ``x if c else "y"``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def _sources() -> list[Path]:
    """Code below the interface: domain, services, storage, interop (the UI goes to lupdate)."""
    return sorted(p for p in ROOT.rglob("*.py") if "ui" not in p.relative_to(ROOT).parts)


def raised_templates() -> tuple[set[str], list[str]]:
    """The template literals, and the places that build a message another way (f-string...)."""
    found: set[str] = set()
    bad: list[str] = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node) not in CARRIERS:
                continue
            position = CARRIERS[_called(node)]
            if len(node.args) <= position:
                continue
            first = node.args[position]
            found.update(_literals(first))
            if isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(first, ast.Call) and _called(first) == "format"):
                bad.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    return found, bad


def listed_templates() -> list[str]:
    tree = ast.parse(CATALOGUE.read_text(encoding="utf-8"))
    # QT_TRANSLATE_NOOP for most; translate(..., n) for the templates that count (plurals)
    return [node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _called(node) in ("QT_TRANSLATE_NOOP", "translate")
            and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[0], ast.Constant) and node.args[0].value == "messages"]


def test_messages_are_built_from_literal_templates():
    _, bad = raised_templates()
    assert bad == [], "build these messages as Message(template, **params), not f-strings"


def test_every_template_is_listed_for_translation():
    raised, _ = raised_templates()
    missing = sorted(raised - set(listed_templates()))
    assert missing == [], f"add to cmplanner/ui/messages.py: {missing}"


def test_no_stale_or_doubled_template_in_the_list():
    raised, _ = raised_templates()
    listed = listed_templates()
    assert sorted(set(listed) - raised) == []
    assert len(listed) == len(set(listed))


def test_the_scan_sees_the_workflow_refusal():
    raised, _ = raised_templates()
    assert "A post cannot go from “{source}” to “{target}”." in raised
    assert "Line {line}: {problem}" in raised
