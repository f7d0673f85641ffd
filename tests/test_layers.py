"""The layering rules: the domain imports neither Qt nor SQLAlchemy; only storage knows SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cmplanner"


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def offenders(folder: str, forbidden: set[str]) -> list[str]:
    return [f"{p.relative_to(PACKAGE)}: {sorted(imported_roots(p) & forbidden)}"
            for p in sorted((PACKAGE / folder).rglob("*.py")) if imported_roots(p) & forbidden]


def test_domain_imports_neither_qt_nor_sqlalchemy():
    assert offenders("domain", {"PySide6", "sqlalchemy", "alembic"}) == []


def test_only_storage_imports_sqlalchemy():
    for folder in ("domain", "services", "ui", "interop"):
        if (PACKAGE / folder).exists():
            assert offenders(folder, {"sqlalchemy", "alembic"}) == [], folder


# Qt's PDF writer (QtGui, no widget) is the offline PDF tool of the documents the plan writes.
QT_ALLOWED = {"interop/pdf.py: ['PySide6']"}


def test_nothing_but_ui_imports_qt():
    for folder in ("domain", "storage", "services", "interop"):
        if (PACKAGE / folder).exists():
            assert set(offenders(folder, {"PySide6"})) - QT_ALLOWED == set(), folder


def test_the_check_itself_sees_imports(tmp_path: Path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_roots(sample) == {"PySide6", "sqlalchemy"}


def test_the_layer_contracts_hold_between_our_own_packages():
    """import-linter's contracts (pyproject.toml): ui > interop > services > storage > files >
    domain, and the command line never imports the interface. The checks above only see
    third-party imports; this one sees ours (storage importing interop, cli importing ui...)."""
    import shutil
    import subprocess
    import sys

    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the test dependencies"
    result = subprocess.run([lint, "--no-cache"], cwd=PACKAGE.parent, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
