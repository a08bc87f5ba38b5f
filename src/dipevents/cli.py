"""The ``dipevents`` command line.

Exit status: 0 when every input was processed, 1 when some inputs failed (each
reported on standard error, the others' results still written), 2 for a usage
error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from dipevents._version import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def article_record(article: Any) -> dict[str, Any]:
    """The JSON object written per article: GUIDELINES §6 plus ``format`` and ``source``."""
    from dipevents.io import to_dict

    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
        "format": article.format,
        "source": article.source,
        "events": [to_dict(event) for event in article.events],
    }


def _report(stderr: TextIO, source: str, reason: str) -> None:
    stderr.write(f"dipevents: {source}: {reason}\n")


def _cmd_extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents._pipeline import parse_file
    from dipevents.errors import DipeventsError

    failed = 0
    for path in args.paths:
        try:
            article = parse_file(path, format=args.format)
        except DipeventsError as exc:
            failed += 1
            _report(stderr, path, str(exc).removeprefix(f"{path}: "))
            continue
        stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
        stdout.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _cmd_formats(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.formats import formats

    registered = formats()
    width = max(len(name) for name in registered)
    for name, fmt in registered.items():
        stdout.write(f"{name:<{width}}  {fmt.description}\n")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.io import json_schema
    from dipevents.models import Article, Event

    schema = json_schema(Event if args.event else Article)
    stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipevents",
        description="Turn articles about diplomacy into typed, verifiable event data.",
        epilog="Exit status: 0 all inputs processed, 1 some inputs failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"dipevents {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser(
        "extract",
        help="parse articles and print one JSON object per article (JSON Lines)",
        description="Parse article files and print one JSON object per article on its own line: "
        "title, published, author, format, source and events.",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files (UTF-8 text)")
    extract.add_argument("--format", help="parse every file as this format instead of detecting it")
    extract.set_defaults(run=_cmd_extract)

    fmts = commands.add_parser("formats", help="list the registered article formats")
    fmts.set_defaults(run=_cmd_formats)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument("--event", action="store_true", help="the schema of one event only")
    schema.set_defaults(run=_cmd_schema)
    return parser


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(args.run(args, out, err))
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:
        err.write("dipevents: interrupted\n")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def console() -> None:
    """Entry point of the ``dipevents`` script."""
    sys.exit(main())
