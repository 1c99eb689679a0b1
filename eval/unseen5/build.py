"""Generate the fifth unseen corpus: 12 papers of three invented public bodies, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen5.build OUT_DIR

Ballyfinnan and Drumlagh District Council, Northern Ireland (PDF corporate plan with outcomes, DOCX and TXT rate-setting
reports a year apart, HTML committee minutes with "proposed ... seconded ... and agreed"), Quenford Valley Combined
Authority, a mayoral combined authority (PDF and TXT investment programme dashboards a year apart, DOCX Board report with
a Lead Chief Executive and Portfolio Lead front sheet, HTML forward plan of key decisions) and Stanmarsh District
Council's Audit and Governance Committee (PDF strategic risk register, DOCX internal audit annual opinion, HTML audit
action tracker, PDF annual governance statement). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen5 import ballyfinnan, quenford, stanmarsh, styles


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(ballyfinnan.docs() + quenford.docs() + stanmarsh.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
