"""Generate the eighth unseen corpus: 12 papers of three invented public bodies, written blind to how Cabinet reads documents.

Usage: python -m eval.unseen8.build OUT_DIR

Merrowdale National Park Authority (PDF management plan of Aims, Policies and partner actions, DOCX car park charging
report with consultation results, HTML Authority minutes, TXT annual review), Calverleigh Health and Wellbeing Board
(DOCX and TXT strategy progress reports a year apart, PDF Better Care Fund plan, HTML forward plan) and Tollmouth
Harbour Commissioners (PDF navigational risk register, DOCX harbour dues paper, HTML Board minutes, TXT delegated
decision record). The gold questions are in questions.jsonl beside this file.
"""

from __future__ import annotations

from pathlib import Path

from eval.councils.build import command, distinct, write
from eval.councils.model import Doc
from eval.unseen8 import calverleigh, merrowdale, styles, tollmouth


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(merrowdale.docs() + calverleigh.docs() + tollmouth.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir, styles.register)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv)


if __name__ == "__main__":
    main()
