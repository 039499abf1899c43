#!/usr/bin/env python3
"""Parse Spindle sources with the Lark form of the grammar.

Usage: python3 grammar/check.py [PATH ...]

Every `.py` file under the given paths (default: `samples/` and `Tests/`,
relative to the repository root) is parsed with `grammar/spindle.lark`
(LALR, contextual lexer, Python indenter postlexer). The script prints each
file that fails with the parser's message and exits with status 1 if any did.

Files whose name contains `error` or `syntax_err` are skipped: the test corpus
keeps deliberately malformed programs under such names for error tests.

Requires the `lark` package (`pip install lark`).
"""
import sys
from pathlib import Path

from lark import Lark
from lark.exceptions import LarkError
from lark.indenter import PythonIndenter

GRAMMAR = Path(__file__).resolve().parent / "spindle.lark"
ROOT = GRAMMAR.parent.parent
SKIPPED_MARKERS = ("error", "syntax_err")


def make_parser(start="file_input"):
    return Lark.open(str(GRAMMAR), parser="lalr", lexer="contextual",
                     postlex=PythonIndenter(), start=start, maybe_placeholders=False)


def sources(paths):
    for path in paths:
        path = Path(path)
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if p.is_file())


def is_skipped(path):
    return any(marker in path.name for marker in SKIPPED_MARKERS)


class UnexpectedIndent(Exception):
    """The first statement is indented (the indenter only sees indentation after a newline)."""


def parse_text(parser, text):
    if not text.endswith("\n"):
        text += "\n"
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" \t\f")
        if stripped and not stripped.startswith("#"):
            if stripped != line:
                raise UnexpectedIndent(f"unexpected indent at line {number}")
            break
    return parser.parse(text)


def main(argv):
    paths = argv[1:] or [ROOT / "samples", ROOT / "Tests"]
    parser = make_parser()
    failures = []
    checked = 0
    for path in sources(paths):
        if is_skipped(path):
            continue
        checked += 1
        try:
            parse_text(parser, path.read_text(encoding="utf-8"))
        except (LarkError, UnexpectedIndent, UnicodeDecodeError) as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            failures.append((path, first_line))
    for path, message in failures:
        print(f"FAIL {path}: {message}")
    print(f"{checked - len(failures)}/{checked} files parsed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
