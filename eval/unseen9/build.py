"""Generate the ninth unseen corpus: 12 papers of three invented public bodies, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen9.build OUT_DIR

Ravensgarth Fire and Rescue Authority (PDF community risk management plan of Risk themes, Commitments and actions, DOCX
and TXT annual performance reports a year apart, HTML report on crewing at Yarrowford fire station), Fernhythe Town
Council (PDF precept and budget report, HTML Full Council minutes, DOCX community grants register, TXT register of gifts
and hospitality) and Wrayburn Combined Authority (PDF capital programme highlight report of Missions, Programmes and
Schemes, DOCX investment decision notice taken under delegated authority, TXT internal audit report, HTML Audit and
Governance Committee minutes). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen9 import fernhythe, ravensgarth, styles, wrayburn


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(ravensgarth.docs() + fernhythe.docs() + wrayburn.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
