"""Generate the seventh unseen corpus: 12 papers of three invented public bodies, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen7.build OUT_DIR

Hallamoor Fire and Rescue Authority (PDF community risk management plan of Pledges, Commitments and Milestones, DOCX
and TXT quarter 3 performance reports a year apart, HTML Fire Authority minutes), Ravensholt Police and Crime Panel (PDF
agenda pack with the Commissioner's proposed precept, DOCX Panel minutes, HTML decision notice, TXT scrutiny review with
the Commissioner's response) and Tessingvale Joint Waste Committee (DOCX partnership budget, HTML petition response, PDF
equality impact assessment, TXT waste strategy action plan progress). The gold questions are in questions.jsonl beside
this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen7 import hallamoor, ravensholt, styles, tessingvale


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(hallamoor.docs() + ravensholt.docs() + tessingvale.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
