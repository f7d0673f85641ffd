"""The type check of the test command: mypy over cmplanner/, errors counted per layer.

The rules, storage, use cases and file helpers are checked strictly and must stay at zero
errors; the interface, the file formats and the command line are checked with mypy's default
rules and may not get worse than the counts below (lower them when you fix some: a ratchet).

    python packaging/type_gate.py        # exit 1 when a layer is over its budget
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = {"domain": 0, "storage": 0, "services": 0, "files": 0, "interop": 172, "ui": 566,
          "cli": 3, "other": 0}
LINE = re.compile(r"^cmplanner/(?P<part>[a-z_]+)(?:/|\.py)")


def counts(output: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for line in output.splitlines():
        match = LINE.match(line)
        if match and ": error:" in line:
            part = match["part"]
            found[part if part in BUDGET else "other"] += 1
    return found


def main() -> int:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                            text=True)
    found = counts(result.stdout)
    over = {part: n for part, n in found.items() if n > BUDGET.get(part, 0)}
    print("mypy errors per layer: " + ", ".join(
        f"{part} {found.get(part, 0)}/{limit}" for part, limit in BUDGET.items()))
    if over:
        strict = [line for line in result.stdout.splitlines()
                  if any(line.startswith(f"cmplanner/{part}") for part in over)]
        print("\n".join(strict[:80]))
        print(f"type check failed: over budget in {', '.join(sorted(over))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
