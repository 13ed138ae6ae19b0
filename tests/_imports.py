"""What a run of the command imports: the cold start's tests (test_cold_start.py) and the
article path's (test_tomltables.py) hold what it must not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules_of_a_check(args: list[str]) -> set[str]:
    """The modules a run of ``aktobe-facts check ARGS`` (from the repository's root) imports."""
    code = (  # the entry point ends the process itself (cli._leave), after the atexit handlers
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('\\n' + ' '.join(sorted(sys.modules))))\n"
        "from aktobe_facts.cli import main\n"
        f"sys.argv = ['aktobe-facts', 'check', *{args!r}]\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return set(done.stderr.splitlines()[-1].split())
