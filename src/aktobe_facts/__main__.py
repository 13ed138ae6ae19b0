"""Allow ``python -m aktobe_facts``."""

from aktobe_facts.cli import main

main()
