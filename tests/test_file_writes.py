"""Every file cmplanner writes outside the database goes through cmplanner/files/atomic.py.

A direct ``open(..., "w")``, ``Path.write_text``/``write_bytes`` or ``shutil.copy`` elsewhere in
the package could leave half a file after a crash or a full disk; this check finds them.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cmplanner"
HELPER = PACKAGE / "files" / "atomic.py"
DIRECT_WRITES = {"write_text", "write_bytes", "copy", "copyfile", "copy2", "copyfileobj"}


def direct_writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in DIRECT_WRITES:
            found.append(f"{path.name}:{node.lineno} .{func.attr}()")
        elif isinstance(func, ast.Name) and func.id == "open" or (
                isinstance(func, ast.Attribute) and func.attr == "open"
                and isinstance(func.value, ast.Name) and func.value.id in ("io", "os")):
            modes = [a for a in node.args[1:2]] + [k.value for k in node.keywords if k.arg == "mode"]
            for mode in modes:
                if isinstance(mode, ast.Constant) and set(str(mode.value)) & set("wax+"):
                    found.append(f"{path.name}:{node.lineno} open(..., {mode.value!r})")
    return found


def test_files_are_written_only_through_the_atomic_helper():
    offenders = [w for p in sorted(PACKAGE.rglob("*.py")) if p != HELPER for w in direct_writes(p)]
    assert offenders == []


def test_the_check_sees_direct_writes(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("open(p, 'w')\nPath(p).write_text('x')\nshutil.copyfile(a, b)\n"
                      "open(p)\nopen(p, mode='rb')\n")
    assert len(direct_writes(sample)) == 3
