"""Write the draft of every article given into a folder, to compare two checkouts' drafts.

    PYTHONPATH=scripts python scripts/drafts_dump.py OUT_DIR FILE_OR_DIR ...

Each ``.txt`` (a folder is searched for them) is drafted as ``check ARTICLE.txt`` drafts it; the
draft is written to OUT_DIR under a name made of the article's whole path. The articles inside an
unseen set (``sets.unseen_part``) are written together as one sha256 under the set's name
(``...__heldout9__unseen``): whether the set's drafts changed is known, not which article's, nor
what a draft says. An article the draft refuses is written as ``ERR`` and the
reason, one whose drafting raises as ``CRASH`` and the exception (a crash is a result to compare
too). Run it with each checkout's interpreter on the same articles, then ``diff -rq`` the two
folders.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from sets import is_unseen, unseen_part

from aktobe_facts.claims.loader import LoadError
from aktobe_facts.text.articlecheck import drafted

NOWHERE = Path("/nonexistent/draft.claims.toml")  # the article's link is then the same everywhere


def articles(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.rglob("*.txt")) if path.is_dir() else [path]
    return [p.resolve() for p in found]


def dumped(article: Path) -> str:
    try:
        _, text = drafted(article, NOWHERE)
    except LoadError as exc:
        text = f"ERR {exc}\n"
    except Exception as exc:  # a crash is what this tool exists to show
        text = f"CRASH {type(exc).__name__}: {exc}\n"
    if unseen_part(article):
        return hashlib.sha256(text.encode()).hexdigest() + "\n"
    return text


def unseen_set(article: Path) -> Path | None:
    """The unseen set folder ``article`` lies in, or None."""
    return next((p for p in article.parents if is_unseen(p.name)), None)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write("usage: drafts_dump.py OUT_DIR FILE_OR_DIR ...\n")
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    hidden: dict[Path, list[str]] = {}
    for article in articles([Path(a) for a in argv[1:]]):
        folder = unseen_set(article)
        if folder is not None:
            hidden.setdefault(folder, []).append(f"{article.relative_to(folder)} {dumped(article)}")
            continue
        (out / str(article).replace("/", "__")).write_text(dumped(article), encoding="utf-8")
    for folder, lines in hidden.items():
        digest = hashlib.sha256("".join(sorted(lines)).encode()).hexdigest()
        name = str(folder).replace("/", "__") + "__unseen"
        (out / name).write_text(digest + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
