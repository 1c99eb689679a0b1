"""Generate the unseen corpus: 12 papers of three invented councils, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen.build OUT_DIR

Fernhallow Borough Council (PDF plan, PDF report, HTML minutes, PDF capital programme), Greyholme District Council
(DOCX plan, DOCX report, TXT scrutiny review, TXT budget note) and Tarnbridge City Council (PDF highlight report,
HTML programme update, DOCX report, TXT decision notice). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen import fernhallow, greyholme, styles, tarnbridge


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(fernhallow.docs() + greyholme.docs() + tarnbridge.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
