"""Generate the third unseen corpus: 13 papers of three invented councils, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen3.build OUT_DIR

London Borough of Stourwick (PDF Cabinet report, PDF corporate plan, TXT decision notice, HTML scrutiny minutes),
Halbeck Metropolitan Borough Council (DOCX and TXT budget reports a year apart, PDF corporate risk register, DOCX
internal audit opinion) and Orrinford Council (HTML council plan, DOCX Executive report, PDF and HTML highlight reports
a year apart, TXT quarterly performance report). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen3 import halbeck, orrinford, stourwick, styles


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(stourwick.docs() + halbeck.docs() + orrinford.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
