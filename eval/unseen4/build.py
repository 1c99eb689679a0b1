"""Generate the fourth unseen corpus: 12 papers of three invented councils, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen4.build OUT_DIR

Penrhydd County Borough Council, Wales (PDF corporate plan with well-being objectives, DOCX Cabinet report with a
three-column front sheet, HTML Cabinet minutes, TXT forward work programme), Harrowfell and Skelmoor Fire and Rescue
Authority (DOCX and PDF medium-term financial plans a year apart, PDF Authority report with a margin-label front sheet,
HTML quarterly performance report) and Strathgowan Council, Scotland (HTML council plan, TXT and DOCX programme status
reports a year apart, PDF Policy and Resources Committee report). The gold questions are in questions.jsonl beside this
file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen4 import harrowfell, penrhydd, strathgowan, styles


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(penrhydd.docs() + harrowfell.docs() + strathgowan.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
