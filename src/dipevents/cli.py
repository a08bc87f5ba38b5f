"""The ``dipevents`` command line.

Exit status: 0 when every input was processed, 1 when some inputs failed (each
reported on standard error, the others' results still written) or the output
could not be written (a full disk, a closed standard output), 2 for a usage
error (an output that cannot be created is one, found before any work), 130
when interrupted, 128 + N when stopped by signal N (143 for SIGTERM, 129 for
SIGHUP); an ``-o`` file is then left as it was, and no temporary file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, TextIO, cast

from dipevents._version import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _UsageError(Exception):
    """A usage error found while starting a command: its message, then exit 2."""


class _WriteError(Exception):
    """An output could not be written: one line, then exit 1."""

    def __init__(self, name: str, exc: Exception) -> None:
        super().__init__(f"cannot write {name}: {getattr(exc, 'strerror', None) or exc}")


class _Stopped(BaseException):
    """Raised by a SIGTERM or SIGHUP handler, so that every ``with`` block cleans up
    (a BaseException, as KeyboardInterrupt: no ``except Exception`` swallows it)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signum)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`_Stopped` while the command runs."""
    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        for name in names:  # one is enough: let the cleanup run undisturbed
            signal.signal(getattr(signal, name), signal.SIG_IGN)
        raise _Stopped(signum)

    previous = {name: signal.signal(getattr(signal, name), stop) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


class _Guarded:
    """A text stream whose write errors (other than a broken pipe) become
    :class:`_WriteError` naming it."""

    def __init__(self, stream: TextIO | None, name: str) -> None:
        self.stream, self.name = stream, name

    def _failed(self, exc: OSError) -> _WriteError:
        return _WriteError(self.name, exc)

    def write(self, text: str) -> int:
        if self.stream is None:
            raise self._failed(OSError(errno.EBADF, "it is closed"))
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def isatty(self) -> bool:
        return self.stream is not None and self.stream.isatty()


class _Output:
    """An ``-o`` or ``--errors`` file, opened atomically before any work: a file that
    cannot be made is a usage error then, not a traceback after the work."""

    def __init__(self, path: str, option: str) -> None:
        from dipevents.io import atomic_text

        self.path, self.option = path, option
        self.manager = atomic_text(path)

    def __enter__(self) -> _Guarded:
        try:
            handle = self.manager.__enter__()
        except OSError as exc:
            why = _why_not(self.path, exc)
            raise _UsageError(f"cannot write {self.option} {self.path}: {why}") from None
        return _Guarded(handle, self.path)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        try:
            return self.manager.__exit__(kind, exc, tb)
        except OSError as error:
            if error is exc:
                raise
            raise _WriteError(self.path, error) from None


def _why_not(path: str, exc: Exception) -> str:
    """Why an output file cannot be created, said of its directory when that is why."""
    folder = os.path.dirname(os.path.realpath(path)) or "."
    shown = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        exists = os.path.exists(folder)
        return f"{shown} is not a directory" if exists else f"the directory {shown} does not exist"
    strerror = getattr(exc, "strerror", None)
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) in (
        errno.EACCES,
        errno.EROFS,
    ):
        return f"the directory {shown} is not writable ({strerror})"
    if isinstance(exc, IsADirectoryError):
        return "it is a directory"
    return str(strerror or exc)


def _report(stderr: TextIO, source: str, reason: str) -> None:
    stderr.write(f"dipevents: {source}: {reason}\n")


class _Progress:
    """One status line on a terminal: files done, articles/s, errors so far."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream, self.enabled = stream, enabled
        self.started = time.monotonic()
        self.shown = 0.0
        self.done = self.failed = 0

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.shown = now
            self.stream.write(f"\r\x1b[K{self.line()}")
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (
            f"{self.done:,} files, {(self.done - self.failed) / elapsed:,.1f} articles/s, "
            f"{self.failed:,} errors"
        )

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\x1b[K")


#: The output formats of ``--format``.
OUTPUT_FORMATS = ("table", "jsonl", "csv", "tsv")


def _is_layout(name: str) -> bool:
    from dipevents.formats import formats

    return name in formats() or name == "html"


def _extract_output(args: argparse.Namespace, stderr: TextIO) -> tuple[str | None, str] | None:
    """(layout, output format) of an extract command line; None after a usage error."""
    from dipevents.io.sqlite import is_sqlite

    layout, chosen = args.layout, args.output_format
    if chosen is not None and chosen not in OUTPUT_FORMATS:
        if not (_is_layout(chosen) and layout is None):
            stderr.write(
                f"dipevents extract: --format needs one of {', '.join(OUTPUT_FORMATS)}, "
                f"got {chosen!r} (the article layout is --layout)\n"
            )
            return None
        # Before --layout, --format named the layout: still understood, with a warning.
        stderr.write(
            f"dipevents extract: warning: --format {chosen} names an article layout; "
            f"use --layout {chosen} (--format is now the output format)\n"
        )
        layout, chosen = chosen, None
    if args.output and is_sqlite(args.output):
        if chosen is not None:
            stderr.write(
                f"dipevents extract: -o {args.output} writes an SQLite database; "
                "leave out --format\n"
            )
            return None
        return layout, "sqlite"
    return layout, chosen or "jsonl"


def _cmd_extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents._known import known
    from dipevents.batch import (
        DEFAULT_GLOB,
        Failure,
        extract_json_lines,
        iter_items,
    )
    from dipevents.formats import get_format

    found = _extract_output(args, stderr)
    if found is None:
        return EXIT_USAGE
    layout, chosen = found
    if layout is not None and layout != "html":
        get_format(layout)  # an unknown layout is a usage error, before any work
    workers = args.workers  # None: chosen from the batch
    if (workers is not None and workers < 1) or args.max_bytes < 1 or not args.fetch_timeout > 0:
        stderr.write(
            "dipevents extract: --workers, --max-bytes and --fetch-timeout need a positive number\n"
        )
        return EXIT_USAGE
    try:
        given = known(published=args.published, title=args.title, author=args.author, url=args.url)
    except (TypeError, ValueError) as exc:
        stderr.write(f"dipevents extract: --{exc}\n")
        return EXIT_USAGE
    if not args.timeout >= 0:
        stderr.write("dipevents extract: --timeout needs a number of seconds (0: no limit)\n")
        return EXIT_USAGE
    progress = _Progress(stderr, enabled=stderr.isatty() and not args.quiet)
    failures: list[Failure] = []
    with contextlib.ExitStack() as outputs:
        # -o and --errors are made before any work: one that cannot be is a usage error.
        sink = outputs.enter_context(_extract_sink(chosen, args.output, stdout))
        errors = outputs.enter_context(_Output(args.errors, "--errors")) if args.errors else None
        items = iter_items(args.paths, glob=args.glob or DEFAULT_GLOB, stdin=sys.stdin)
        results = extract_json_lines(
            items,
            workers=workers,
            format=layout,
            max_bytes=args.max_bytes,
            timeout=args.timeout or None,
            known=given,
            fetch_timeout=args.fetch_timeout,
        )
        outputs.callback(results.close)  # the workers end first, whatever happens
        for result in results:
            failed = isinstance(result, Failure)
            progress.step(failed)
            if isinstance(result, Failure):
                failures.append(result)
                progress.clear()
                _report(stderr, result.source, result.reason)
                continue
            sink(result)
            if args.verbose:
                progress.clear()
                stderr.write(f"dipevents: {json.loads(result)['source']}: ok\n")
        progress.clear()
        if errors is not None:
            for failure in failures:
                errors.write(json.dumps(failure.to_dict(), ensure_ascii=False) + "\n")
    if not args.quiet and (args.verbose or progress.enabled):
        stderr.write(f"dipevents: {progress.line()}\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


@contextlib.contextmanager
def _extract_sink(
    chosen: str, output: str | None, stdout: TextIO
) -> Iterator[Callable[[str], None]]:
    """A function taking each article's JSON line, writing it as ``chosen`` says."""
    if chosen == "sqlite":
        import sqlite3

        from dipevents.errors import DipeventsError
        from dipevents.io import sqlite

        assert output is not None
        with contextlib.ExitStack() as opened:
            try:  # opened before any work, as a text -o is
                database = opened.enter_context(sqlite.writer(output))
            except (OSError, sqlite3.Error, DipeventsError) as exc:
                raise _UsageError(f"cannot write -o {output}: {_why_not(output, exc)}") from None
            try:
                yield lambda line: database.add_article(json.loads(line))
                opened.close()  # the commit
            except sqlite3.Error as exc:  # e.g. a full disk
                raise _WriteError(output, exc) from None
        return
    with _text_target(output, stdout) as out:
        if chosen == "jsonl":

            def write(line: str) -> None:
                out.write(line)
                out.write("\n")
                if output is None:
                    out.flush()

            yield write
            return
        from dipevents.io.frames import COLUMNS, records
        from dipevents.query.eventset import events_of_record

        columns = [c for c in COLUMNS if c != "json"]
        if chosen == "table":
            events: list[Any] = []
            yield lambda line: events.extend(_record_events(line, events_of_record))
            _write_table(events, out)
            return
        rows = _RowWriter(out, columns, chosen)

        def write_rows(line: str) -> None:
            rows.write(records(_record_events(line, events_of_record)))
            if output is None:
                out.flush()

        yield write_rows


def _record_events(line: str, events_of_record: Callable[..., list[Any]]) -> list[Any]:
    record = json.loads(line)
    return events_of_record(record, str(record.get("source")))


@contextlib.contextmanager
def _text_target(output: str | None, stdout: TextIO) -> Iterator[TextIO]:
    """``-o OUT`` written atomically (complete or not at all) and opened at once (one
    that cannot be made is a usage error), else standard output."""
    if output is None:
        yield stdout
        return
    with _Output(output, "-o") as handle:
        yield cast(TextIO, handle)


class _RowWriter:
    """CSV or TSV rows of flat dicts: lists joined with ``;``, None as an empty field.

    TSV escapes backslash, tab, newline and carriage return as ``\\``, ``\\t``,
    ``\\n``, ``\\r``, so that every row is one line.
    """

    def __init__(self, out: TextIO, columns: list[str], kind: str) -> None:
        import csv

        self.out, self.columns, self.kind = out, columns, kind
        self.csv = csv.writer(out, lineterminator="\n") if kind == "csv" else None
        self.row(columns)

    def row(self, values: list[str]) -> None:
        if self.csv is not None:
            self.csv.writerow(values)
        else:
            self.out.write("\t".join(_tsv_escape(v) for v in values) + "\n")

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.row([_field(row[c]) for c in self.columns])


def _field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_escape(value: str) -> str:
    return value.translate(_TSV_ESCAPES)


def _cmd_formats(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.formats import formats, html

    listed = {name: fmt.description for name, fmt in formats().items()}
    listed[html.NAME] = html.DESCRIPTION + ("" if html.available() else " Not installed.")
    width = max(len(name) for name in listed)
    for name, description in sorted(listed.items()):
        stdout.write(f"{name:<{width}}  {description}\n")
    return EXIT_OK


def _cmd_knowledge(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.normalize.coverage import coverage, coverage_markdown

    if args.json:
        stdout.write(json.dumps(coverage(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(coverage_markdown())
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.io import json_schema
    from dipevents.models import Article, Event

    schema = json_schema(Event if args.event else Article)
    stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _who(event: Any) -> str:
    from dipevents.models import Sanction, TerritorialClaim

    if isinstance(event, Sanction):
        return f"{'+'.join(event.imposers) or '?'} -> {'+'.join(event.targets)}"
    if isinstance(event, TerritorialClaim):
        held = f" (held by {event.held_by})" if event.held_by else ""
        return f"{event.territory}: {'+'.join(event.claimants) or '?'}{held}"
    name = getattr(event, "name", None)
    countries = "+".join(str(c) for c in event.countries)
    return f"{name} [{countries}]" if name else countries


def _write_table(events: Any, stdout: TextIO) -> None:
    rows = [("ID", "DATE", "TYPE", "STATUS", "WHO", "WHERE", "SOURCES")]
    for event in events:
        where = event.location.name if event.location else "-"
        rows.append(
            (
                event.id,
                event.date.isoformat() if event.date else "-",
                event.TYPE,
                event.status.value,
                _who(event),
                where,
                str(len(event.sources)),
            )
        )
    _columns(rows, stdout)
    stdout.write(f"({len(rows) - 1} events)\n")


def _write_dyad_table(dyads: list[dict[str, Any]], stdout: TextIO) -> None:
    rows = [("EVENT", "DATE", "TYPE", "STATUS", "PAIR", "CAMEO", "PLOVER")]
    for dyad in dyads:
        when = "-"
        if dyad["start"] is not None:
            when = dyad["start"].isoformat()
            if dyad["end"] != dyad["start"]:
                when += f"/{dyad['end'].isoformat()}"
        arrow = "->" if dyad["directed"] else "--"
        rows.append(
            (
                dyad["event_id"],
                when,
                dyad["type"],
                dyad["status"],
                f"{dyad['source_actor']} {arrow} {dyad['target_actor']}",
                dyad["cameo"] or "-",
                dyad["plover"] or "-",
            )
        )
    _columns(rows, stdout)
    stdout.write(f"({len(rows) - 1} dyads)\n")


def _columns(rows: Sequence[tuple[str, ...]], stdout: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        stdout.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        stdout.write("\n")


def _read_events(paths: list[str], stderr: TextIO) -> tuple[Any, int]:
    """The events of every input (JSON Lines, SQLite, or - for standard input) and the
    number of inputs that could not be read (each reported)."""
    from dipevents.errors import DipeventsError
    from dipevents.io.sqlite import is_sqlite
    from dipevents.query import EventSet

    events = EventSet()
    failed = 0
    for path in paths:
        try:
            if path == "-":
                events = events + EventSet.from_jsonl(sys.stdin)
            elif os.path.isfile(path) and is_sqlite(path):
                events = events + EventSet.from_sqlite(path)
            else:
                events = events + EventSet.from_jsonl(path)
        except OSError as exc:
            failed += 1
            _report(stderr, path, f"cannot read: {exc.strerror or exc}")
        except DipeventsError as exc:
            failed += 1
            stderr.write(f"dipevents: {exc}\n")
    return events, failed


def _query_output(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> str | None:
    """The output format of a query command line; None after a usage error."""
    from dipevents.io.sqlite import is_sqlite

    if args.output and is_sqlite(args.output):
        if args.output_format is not None or args.dyads:
            stderr.write(
                f"dipevents query: -o {args.output} writes the events into an SQLite "
                "database; leave out --format and --dyads\n"
            )
            return None
        return "sqlite"
    if args.output_format:
        return str(args.output_format)
    if args.output:
        suffix = os.path.splitext(args.output)[1].lower().lstrip(".")
        return suffix if suffix in ("csv", "tsv") else "jsonl"
    return "table" if stdout.isatty() else "jsonl"


def _cmd_query(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.io import to_dict

    chosen = _query_output(args, stdout, stderr)
    if chosen is None:
        return EXIT_USAGE
    events, failed = _read_events(args.paths, stderr)
    try:
        if args.type:
            events = events.of_type(*args.type)
        if args.country:
            events = events.involving(*args.country)
        if args.since or args.until:
            events = events.between(args.since, args.until)
        if args.status:
            events = events.with_status(*args.status)
        if args.at:
            events = events.at(args.at)
        if args.featuring:
            events = events.featuring(args.featuring)
    except (ValueError, TypeError) as exc:
        stderr.write(f"dipevents query: {exc}\n")
        return EXIT_USAGE
    if args.merge:
        events = events.merged()
    events = events.sorted()
    if chosen == "sqlite":
        events.to_sqlite(args.output)
        return EXIT_SOME_FAILED if failed else EXIT_OK
    with _text_target(args.output, stdout) as out:
        if args.dyads:
            from dipevents.io.dyads import DYAD_COLUMNS

            dyads = events.to_dyads()
            if chosen == "table":
                _write_dyad_table(dyads, out)
            elif chosen == "jsonl":
                for dyad in dyads:
                    out.write(json.dumps(dyad, ensure_ascii=False, default=_iso) + "\n")
            else:
                _RowWriter(out, list(DYAD_COLUMNS), chosen).write(dyads)
        elif chosen == "table":
            _write_table(events, out)
        elif chosen in ("csv", "tsv"):
            from dipevents.io.frames import COLUMNS

            rows = _RowWriter(out, [c for c in COLUMNS if c != "json"], chosen)
            rows.write(events.to_records())
        else:
            for event in events:
                out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _iso(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(f"not JSON serialisable: {value!r}")  # pragma: no cover


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipevents",
        description="Turn articles about diplomacy into typed, verifiable event data.",
        epilog="Exit status: 0 all inputs processed, 1 some inputs failed or the output could "
        "not be written, 2 usage error, 130 interrupted, 128+N stopped by signal N.",
    )
    parser.add_argument("--version", action="version", version=f"dipevents {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser(
        "extract",
        help="parse articles and print one JSON object per article (JSON Lines)",
        description="Parse articles and print one JSON object per article on its own line: "
        "title, published, author, url, publisher, language, format, source and events. "
        "With --format csv, tsv or table, one row per event instead, with its article's "
        "source, date and title; with -o events.db, an SQLite database (appended to: events "
        "are upserted by id). HTML pages (saved files, fetched URLs, records' html) are read "
        "with trafilatura, which the html extra installs: pip install 'dipevents[html]'. "
        "Inputs that fail (unreadable, undecodable, empty, too large, not fetched, an HTML "
        "page without the extra) are reported on standard error and the others still "
        "written; the exit status is then 1. A progress bar is shown on a terminal.",
    )
    extract.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (UTF-8 text, or saved HTML pages, told by their content), "
        "directories (searched recursively for --glob), http(s):// addresses to fetch, "
        'JSON Lines files (*.jsonl) of {"text": ..., "source": ...} records (with "title", '
        '"date", "author", "url"; or HTML as "html"), or - for standard input (one '
        "article or page, or JSON Lines records when it starts with '{')",
    )
    extract.add_argument(
        "--layout",
        metavar="NAME",
        help="parse every file as this article layout instead of detecting it "
        "(see 'dipevents formats'; 'html' for pages)",
    )
    extract.add_argument(
        "--format",
        dest="output_format",
        metavar="FORMAT",
        help="output format: jsonl (default: one article per line), csv, tsv or table "
        "(one event per row)",
    )
    extract.add_argument(
        "--fetch-timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="give up fetching a URL after SECONDS, connecting and downloading (default: 30); "
        "--timeout bounds the whole input",
    )
    known = extract.add_argument_group(
        "what you already know",
        "Metadata for every input (a JSON Lines record's own fields win): it wins over what "
        "the text suggests, and relative dates resolve against --published.",
    )
    known.add_argument(
        "--published",
        metavar="DATE",
        help="the publication date (YYYY-MM-DD, an ISO datetime, or e.g. '28 March 2017')",
    )
    known.add_argument("--title", help="the article's title")
    known.add_argument("--author", help="the article's author (the byline's person)")
    known.add_argument("--url", help="the address of the page the text comes from")
    extract.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="the files to take from directories (default: *.txt); repeat for several, "
        "e.g. --glob '*.txt' --glob '*.html'",
    )
    extract.add_argument(
        "-w",
        "--workers",
        type=int,
        metavar="N",
        help="processes to parse with (default: chosen from the batch, up to the cores available); "
        "output keeps input order",
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT, atomically (it appears complete or not at all), not to standard "
        "output; OUT ending in .db, .sqlite or .sqlite3 is an SQLite database, created or "
        "appended to in one transaction",
    )
    extract.add_argument(
        "--errors",
        metavar="FILE",
        help="write the inputs that failed to FILE as JSON Lines (source, kind, reason)",
    )
    extract.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="give up on an input after SECONDS and report it as a timeout, going on with "
        "the others (default: 300; 0: no limit)",
    )
    extract.add_argument(
        "--max-bytes",
        type=int,
        default=5_000_000,
        metavar="N",
        help="refuse files larger than N bytes (default: 5000000)",
    )
    noise = extract.add_mutually_exclusive_group()
    noise.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar or summary; errors only"
    )
    noise.add_argument(
        "-v", "--verbose", action="store_true", help="name each input as it is done, and sum up"
    )
    extract.set_defaults(run=_cmd_extract)

    fmts = commands.add_parser(
        "formats",
        help="list the registered article formats",
        description="List the article layouts that 'dipevents extract' detects, built-in and "
        "plug-in (entry-point group dipevents.formats), one per line with its description. "
        "Any of them can be forced with 'dipevents extract --layout NAME'.",
    )
    fmts.set_defaults(run=_cmd_formats)

    query = commands.add_parser(
        "query",
        help="filter, merge and print the events of JSON Lines files or SQLite databases",
        description="Read events from JSON Lines (what 'dipevents extract' writes, one "
        "article per line with its events, or one event per line), from SQLite databases "
        "that dipevents wrote, or from standard input (-), filter them and print them in "
        "date order: a table on a terminal, else one event per line in the JSON form of "
        "the dipevents codebook (docs: Reference, Codebook).",
    )
    query.add_argument(
        "paths",
        nargs="+",
        metavar="FILE",
        help="JSON Lines files, SQLite databases (*.db), or - for standard input",
    )
    query.add_argument(
        "--type",
        action="append",
        choices=["summit", "two_plus_two", "sanction", "territorial_claim"],
        help="keep events of this type (repeatable: any of them)",
    )
    query.add_argument(
        "--country",
        action="append",
        metavar="C",
        help="keep events this state or group takes part in (repeatable: all must)",
    )
    query.add_argument("--since", metavar="D", help="keep events on or after D (YYYY[-MM[-DD]])")
    query.add_argument("--until", metavar="D", help="keep events on or before D (YYYY[-MM[-DD]])")
    query.add_argument(
        "--status", action="append", metavar="S", help="keep this status (repeatable: any)"
    )
    query.add_argument("--at", metavar="PLACE", help="keep events at a place or in a country")
    query.add_argument(
        "--featuring", metavar="PERSON", help="keep meetings this person took part in"
    )
    query.add_argument(
        "--merge", action="store_true", help="merge reports of the same occurrence into one event"
    )
    query.add_argument(
        "--dyads",
        action="store_true",
        help="print one row per pair of actors (source -> target where the type has a "
        "direction) instead of one per event",
    )
    query.add_argument(
        "--format",
        dest="output_format",
        choices=list(OUTPUT_FORMATS),
        help="output format (default: from the -o file's ending, else table on a terminal, "
        "else jsonl)",
    )
    query.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT, atomically, not to standard output; OUT ending in .db, .sqlite "
        "or .sqlite3 is an SQLite database (events upserted by id)",
    )
    query.set_defaults(run=_cmd_query)

    coverage = commands.add_parser(
        "knowledge",
        help="print what the knowledge covers",
        description="Print the coverage of the packaged knowledge: office-holders per region "
        "and office, summit series and their editions, disputed territories, venues and 2+2 "
        "formats (Markdown tables, or --json).",
    )
    coverage.add_argument("--json", action="store_true", help="print the counts as JSON")
    coverage.set_defaults(run=_cmd_knowledge)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema (draft 2020-12) of what 'dipevents extract' writes: "
        "one article with its events, generated from the models. Validate your own files "
        "against it, or generate code from it.",
    )
    schema.add_argument("--event", action="store_true", help="the schema of one event only")
    schema.set_defaults(run=_cmd_schema)
    return parser


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = cast(TextIO, _Guarded(stdout if stdout is not None else sys.stdout, "to standard output"))
    err = stderr if stderr is not None else sys.stderr
    if err is None:  # standard error closed: nowhere to report, but the work can go on
        err = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        with _stop_on_signals():
            return int(args.run(args, out, err))
    except _UsageError as exc:
        err.write(f"dipevents {args.command}: {exc}\n")
        return EXIT_USAGE
    except _WriteError as exc:
        err.write(f"dipevents: {exc}\n")
        return EXIT_SOME_FAILED
    except LookupError as exc:  # UnknownFormatError: a --layout no format registered
        err.write(f"dipevents: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:
        err.write("dipevents: interrupted\n")
        return EXIT_INTERRUPTED
    except _Stopped as exc:
        err.write(f"dipevents: stopped by {signal.Signals(exc.signum).name}\n")
        return 128 + exc.signum


def _quiet_stdout() -> None:
    """After a failed or broken standard output, point it at /dev/null, so that
    Python's last flush at exit adds no second error."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def console() -> None:
    """Entry point of the ``dipevents`` script."""
    code = main()
    _quiet_stdout()
    sys.exit(code)
