"""Generate the second unseen corpus: 12 papers of three invented councils, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen2.build OUT_DIR

Haverleigh County Council (PDF strategy, PDF Cabinet report, PDF performance report, TXT MTFS note), Brindlecombe
Borough Council (DOCX borough plan, HTML Planning Committee minutes, DOCX and TXT council tax resolutions for two years)
and Corrowdale District Council (DOCX Cabinet report, PDF and HTML highlight reports a year apart, TXT Leader's
decision). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen2 import brindlecombe, corrowdale, haverleigh, styles


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(haverleigh.docs() + brindlecombe.docs() + corrowdale.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
