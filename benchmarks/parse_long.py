"""Time parse() on long texts of the shapes of issue 15: it must stay linear.

For 20 KB, 200 KB and 2 MB of each shape, prints the median seconds of
``--repeat`` runs and MB/s, then the ratio of each size's time to the size ten
times smaller (at most 12 when linear) and whether 2 MB of the event-dense
shapes parse in under 20 s. Each run is capped (``--cap``, 20 s by default: the
target for 2 MB): a run over the cap is shown as ``> 20 s`` and the larger sizes
of that shape are skipped, so the script ends in minutes whatever the engine
does. Times are CPU seconds of this process (parse() is single-threaded), so
that other work on the machine does not count; ``--wall`` for wall-clock time.

    python benchmarks/parse_long.py                 # every shape, 3 runs each
    python benchmarks/parse_long.py --repeat 5 --cap 60 --shape dates
"""

from __future__ import annotations

import argparse
import itertools
import random
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dipevents import parse

ROOT = Path(__file__).resolve().parent.parent
SIZES = (20_000, 200_000, 2_000_000)
#: The target of issue 15: a linear parse takes at most 12 times as long for 10 times the text.
RATIO_LIMIT = 12.0
#: And 2 MB of event-dense text parses in under this many seconds.
TWO_MB_LIMIT = 20.0
WIDTH = 24


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def two_plus_two(size: int) -> str:
    """Issue 15's first shape: one event-dense sentence, again and again (was cubic)."""
    unit = (
        "The 2+2 talks between Russia and Japan took place in Tokyo on Monday, "
        "March 20, 2017, amid sanctions. "
    )
    return "Talks\n\n" + _repeat(unit, size - 7)


def dates(size: int) -> str:
    """Issue 15's second shape: dates and separators only (was quadratic)."""
    return "Dates\n\n" + _repeat("12.03.2017 | 3/22/2017 | ", size - 7)


def one_sentence(size: int) -> str:
    """A sentence with no break, as long as the text: the work per sentence must be bounded."""
    unit = (
        "Russia and Japan discussed the sanctions and the islands in Tokyo on March 20, 2017 "
        "while Abe and Putin agreed to meet again in Moscow and "
    )
    return "No break\n\n" + _repeat(unit, size - 10)


def _paragraphs() -> list[str]:
    found = []
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            paragraph = paragraph.strip()
            if len(paragraph) >= 120 and "\n" not in paragraph:  # prose, not page furniture
                found.append(paragraph)
    return found


def report(size: int) -> str:
    """A long realistic report: the prose paragraphs of the example articles, shuffled."""
    rng = random.Random(15)
    paragraphs = _paragraphs()
    parts = ["A long report on diplomacy in Asia and Europe", "March 28, 2017"]
    total = sum(len(p) + 2 for p in parts)
    while total < size:
        paragraph = rng.choice(paragraphs)
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


SHAPES: dict[str, tuple[Callable[[int], str], bool]] = {
    # name: (make, event-dense: held to the 2 MB limit)
    "2+2 sentence repeated": (two_plus_two, True),
    "dates and separators": (dates, False),
    "one sentence, no break": (one_sentence, True),
    "long realistic report": (report, True),
}


class _Capped(BaseException):
    pass


def _ring(signum: int, frame: object) -> None:
    raise _Capped


def timed(text: str, cap: float, wall: bool) -> float | None:
    """Seconds to parse ``text``, or None when over ``cap``."""
    timer, clock = (
        (signal.ITIMER_REAL, time.perf_counter) if wall else (signal.ITIMER_PROF, time.process_time)
    )
    signal.setitimer(timer, cap)
    start = clock()
    try:
        parse(text)
    except _Capped:
        return None
    finally:
        signal.setitimer(timer, 0)
    return clock() - start


def median_time(text: str, repeat: int, cap: float, wall: bool) -> float | None:
    times = []
    for _ in range(repeat):
        seconds = timed(text, cap, wall)
        if seconds is None:
            return None
        times.append(seconds)
    return statistics.median(times)


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (default 3)")
    parser.add_argument("--cap", type=float, default=20.0, help="seconds per run (default 20)")
    parser.add_argument("--shape", action="append", help="only shapes whose name has this")
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args = parser.parse_args()
    if not hasattr(signal, "setitimer"):
        sys.exit("needs signal.setitimer (POSIX)")
    signal.signal(signal.SIGALRM, _ring)
    signal.signal(signal.SIGPROF, _ring)
    parse("Warm-up\n\nThe leaders of Japan and Russia met in Tokyo on 1 May 2018.")
    chosen = {
        name: spec
        for name, spec in SHAPES.items()
        if not args.shape or any(s in name for s in args.shape)
    }
    clock = "wall-clock" if args.wall else "CPU"
    print(
        f"{clock} seconds, median of {args.repeat} runs, each capped at {args.cap:g} s; "
        f"python {sys.version.split()[0]}"
    )
    head = "".join(f"{_label(size):>{WIDTH}}" for size in SIZES)
    print(f"{'shape':<24}{head}   10x ratios (<= {RATIO_LIMIT:g})")
    verdicts = []
    for name, (make, dense) in chosen.items():
        times: list[float | None] = []
        cells = []
        for size in SIZES:
            if times and times[-1] is None:
                times.append(None)
                cells.append(f"{'skipped':>{WIDTH}}")
                continue
            text = make(size)
            seconds = median_time(text, args.repeat, args.cap, args.wall)
            times.append(seconds)
            if seconds is None:
                cells.append(f"{'> ' + format(args.cap, 'g') + ' s':>{WIDTH}}")
            else:
                rate = len(text.encode()) / 1e6 / seconds
                cells.append(f"{seconds:.3f} s {rate:5.2f} MB/s".rjust(WIDTH))
        ratios = []
        for small, large in itertools.pairwise(times):
            if small is None or large is None:
                ratios.append("  -  ")
            else:
                ratio = large / small
                ratios.append(f"{ratio:5.1f}{'' if ratio <= RATIO_LIMIT else '!'}")
        print(f"{name:<24}{''.join(cells)}   {' '.join(ratios)}", flush=True)
        linear = all(
            s is not None and b is not None and b / s <= RATIO_LIMIT
            for s, b in itertools.pairwise(times)
        )
        verdicts.append(f"{name}: {'linear' if linear else 'NOT linear (or capped)'}")
        if dense:
            two_mb = times[-1]
            within = two_mb is not None and two_mb < TWO_MB_LIMIT
            shown = (
                f"{two_mb:.1f} s" if two_mb is not None else f"over {args.cap:g} s or not reached"
            )
            verdicts.append(
                f"{name}: 2 MB in {shown}: {'within' if within else 'OVER'} {TWO_MB_LIMIT:g} s"
            )
    print()
    print("\n".join(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
