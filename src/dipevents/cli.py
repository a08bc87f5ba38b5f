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
from collections.abc import Iterator, Sequence
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

    def __init__(self, name: str, exc: OSError) -> None:
        super().__init__(f"cannot write {name}: {exc.strerror or exc}")


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


def _why_not(path: str, exc: OSError) -> str:
    """Why an output file cannot be created, said of its directory when that is why."""
    folder = os.path.dirname(os.path.realpath(path)) or "."
    shown = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        exists = os.path.exists(folder)
        return f"{shown} is not a directory" if exists else f"the directory {shown} does not exist"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS):
        return f"the directory {shown} is not writable ({exc.strerror})"
    if isinstance(exc, IsADirectoryError):
        return "it is a directory"
    return str(exc.strerror or exc)


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


def _cmd_extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.batch import Failure, default_workers, extract_json_lines, iter_items
    from dipevents.formats import get_format

    if args.format is not None:
        get_format(args.format)  # an unknown format is a usage error, before any work
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1 or args.max_bytes < 1:
        stderr.write("dipevents extract: --workers and --max-bytes need a positive number\n")
        return EXIT_USAGE
    if not args.timeout >= 0:
        stderr.write("dipevents extract: --timeout needs a number of seconds (0: no limit)\n")
        return EXIT_USAGE
    progress = _Progress(stderr, enabled=stderr.isatty() and not args.quiet)
    failures: list[Failure] = []
    with contextlib.ExitStack() as outputs:
        out: Any = outputs.enter_context(_Output(args.output, "-o")) if args.output else stdout
        errors = outputs.enter_context(_Output(args.errors, "--errors")) if args.errors else None
        items = iter_items(args.paths, glob=args.glob, stdin=sys.stdin)
        results = extract_json_lines(
            items,
            workers=workers,
            format=args.format,
            max_bytes=args.max_bytes,
            timeout=args.timeout or None,
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
            out.write(result)
            out.write("\n")
            if not args.output:
                out.flush()
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
    rows = [("DATE", "TYPE", "STATUS", "WHO", "WHERE", "SOURCES")]
    for event in events:
        where = event.location.name if event.location else "-"
        rows.append(
            (
                event.date.isoformat() if event.date else "-",
                event.TYPE,
                event.status.value,
                _who(event),
                where,
                str(len(event.sources)),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        stdout.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        stdout.write("\n")
    stdout.write(f"({len(rows) - 1} events)\n")


def _write_csv(events: Any, stdout: TextIO) -> None:
    import csv

    from dipevents.io.frames import COLUMNS, records

    writer = csv.DictWriter(
        stdout, fieldnames=[c for c in COLUMNS if c != "json"], lineterminator="\n"
    )
    writer.writeheader()
    for row in records(events):
        row.pop("json")
        writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()})


def _cmd_query(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from dipevents.errors import DipeventsError
    from dipevents.io import to_dict
    from dipevents.query import EventSet

    events = EventSet()
    failed = 0
    for path in args.paths:
        try:
            events = events + EventSet.from_jsonl(path)
        except OSError as exc:
            failed += 1
            _report(stderr, path, f"cannot read: {exc.strerror or exc}")
        except DipeventsError as exc:
            failed += 1
            stderr.write(f"dipevents: {exc}\n")
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
    chosen = args.output_format or ("table" if stdout.isatty() else "jsonl")
    if chosen == "table":
        _write_table(events, stdout)
    elif chosen == "csv":
        _write_csv(events, stdout)
    else:
        for event in events:
            stdout.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


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
        "title, published, author, format, source and events. Inputs that fail (unreadable, "
        "undecodable, empty, too large) are reported on standard error and the others still "
        "written; the exit status is then 1. A progress bar is shown on a terminal.",
    )
    extract.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (UTF-8 text), directories (searched recursively for --glob), "
        'JSON Lines files (*.jsonl) of {"text": ..., "source": ...} records, or - for '
        "standard input (one article, or JSON Lines records when it starts with '{')",
    )
    extract.add_argument("--format", help="parse every file as this format instead of detecting it")
    extract.add_argument(
        "--glob", default="*.txt", help="the files to take from directories (default: *.txt)"
    )
    extract.add_argument(
        "-w",
        "--workers",
        type=int,
        metavar="N",
        help="processes to parse with (default: the cores available); output keeps input order",
    )
    extract.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT, atomically (it appears complete or not at all), not to standard output",
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

    fmts = commands.add_parser("formats", help="list the registered article formats")
    fmts.set_defaults(run=_cmd_formats)

    query = commands.add_parser(
        "query",
        help="filter, merge and print the events of JSON Lines files",
        description="Read events from JSON Lines, either what 'dipevents extract' writes "
        "(one article per line with its events) or one event per line, filter them and print "
        "them in date order: a table on a terminal, else one event per line in the JSON of "
        "GUIDELINES section 5.",
    )
    query.add_argument("paths", nargs="+", metavar="FILE", help="JSON Lines files")
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
        "--format",
        dest="output_format",
        choices=["table", "jsonl", "csv"],
        help="output format (default: table on a terminal, else jsonl)",
    )
    query.set_defaults(run=_cmd_query)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
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
    except LookupError as exc:  # UnknownFormatError: a --format no format registered
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
