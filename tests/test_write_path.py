"""One write path: nothing outside services/ and storage/ writes to the plan's repositories.

The window, the file formats and the command line run use cases (cmplanner/services), which
apply the rules and write through ``services.changes.commit``; this scan finds any call that
would walk around them (``store.posts.save(...)``, ``store.save_charter(...)``...).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cmplanner"
REPOSITORIES = {"posts", "series", "events", "people", "sites", "pillars", "audiences",
                "networks", "requests", "media", "consents"}
WRITES = {"save", "delete", "add", "remove", "update"}
STORE_WRITES = {"save_settings", "save_editorial_line", "save_charter", "save_crisis_circuit"}
ALLOWED = ("services", "storage")


def writes_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, owner = node.func.attr, node.func.value
        if name in STORE_WRITES:
            found.append(f"{path.name}:{node.lineno} .{name}()")
        elif name in WRITES and isinstance(owner, ast.Attribute) and owner.attr in REPOSITORIES:
            found.append(f"{path.name}:{node.lineno} .{owner.attr}.{name}()")
    return found


def test_only_use_cases_and_storage_write_to_the_plan():
    offenders = [w for p in sorted(PACKAGE.rglob("*.py"))
                 if p.relative_to(PACKAGE).parts[0] not in ALLOWED for w in writes_in(p)]
    assert offenders == []


def test_the_scan_sees_a_direct_write(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f(store, post):\n    store.posts.save(post)\n    "
                      "store.save_charter(None)\n", encoding="utf-8")
    assert len(writes_in(sample)) == 2
