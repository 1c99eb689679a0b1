"""Generate the sixth unseen corpus: 12 papers of three invented public bodies, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen6.build OUT_DIR

The London Borough of Larchwick as a social landlord (PDF landlord compliance report, DOCX and TXT housing revenue
account rent setting reports a year apart, HTML officer decision record), Orlingham Town Council, a parish-level council
(PDF strategic plan of Ambitions, Aims and "We will" commitments, DOCX budget and precept report, HTML Full Council
minutes, TXT Finance and General Purposes Committee minutes) and Brackenfold National Park Authority (PDF management
plan of Objectives, Policies and Actions, DOCX capital programme monitor, HTML management plan delivery report, PDF
complaints annual report). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen6 import brackenfold, larchwick, orlingham, styles


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(larchwick.docs() + orlingham.docs() + brackenfold.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
