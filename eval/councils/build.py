"""Generate the councils test corpus: invented English council papers in several house styles.

Usage: python -m eval.councils.build [OUT_DIR]   (default: data/councils-corpus, relative to the current directory)

The corpus is a second, independent test set for Cabinet: four fictional councils (Ashcombe Borough, Pellingford
District, Kestrel Vale Metropolitan Borough and Wenbury), 15 documents in PDF, DOCX, HTML and TXT, with front sheets
in four layouts, two plan hierarchies, a highlight report, a risk register, minutes, a scrutiny report and a budget
report. README.md beside this file lists the documents and the layout feature each one tests.
The output is deterministic: re-running writes byte-identical files. The gold questions are in questions.jsonl beside
this file; check.py verifies them against the generated text.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from eval.councils import ashcombe, kestrel_vale, pellingford, pellingford_plan, wenbury
from eval.councils.model import Doc
from eval.councils.pdf import build_pdf
from eval.councils.web import build_html, build_txt
from eval.councils.word import build_docx

DEFAULT_OUT = Path("data/councils-corpus")
WRITERS: dict[str, Callable[[Doc, Path], None]] = {"pdf": build_pdf, "docx": build_docx, "html": build_html, "txt": build_txt}


def distinct(docs: list[Doc]) -> list[Doc]:
    """The documents, checked to have distinct file names."""
    names = [d.name for d in docs]
    assert len(names) == len(set(names)), "duplicate document names"
    return docs


def write(docs: list[Doc], out_dir: Path, register: Callable[[], None] | None = None) -> list[Path]:
    """Write the documents into out_dir (after registering a corpus's house styles) and return the paths written."""
    if register is not None:
        register()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = out_dir / doc.name
        WRITERS[doc.fmt](doc, path)
        paths.append(path)
    return paths


def command(build: Callable[[Path], list[Path]], doc: str, argv: list[str] | None = None, default: Path | None = None) -> None:
    """A corpus's command line: build into OUT_DIR (or `default`) and print each path written."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("out_dir", type=Path, **({"nargs": "?", "default": default} if default else {}))
    args = parser.parse_args(argv)
    for path in build(args.out_dir):
        print(path)


def all_docs() -> list[Doc]:
    """Every document of the corpus, in a fixed order."""
    return distinct(ashcombe.docs() + pellingford_plan.docs() + pellingford.docs() + kestrel_vale.docs() + wenbury.docs())


def build(out_dir: Path) -> list[Path]:
    """Write every document into out_dir and return the paths written."""
    return write(all_docs(), out_dir)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    command(build, __doc__, argv, DEFAULT_OUT)


if __name__ == "__main__":
    main()
