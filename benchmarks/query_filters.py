"""How long EventSet's filters and merging take over a large synthetic collection.

Builds N events (default 1,000,000) by varying a handful of templates (types,
countries, dates, places), then times each filter: the median of 5 runs, and
events per second. Merging is timed on a smaller set (it compares events within
a key). Run: ``python benchmarks/query_filters.py [N]``.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from dipevents import (
    DateSpan,
    EventSet,
    Evidence,
    Place,
    Sanction,
    Summit,
    TerritorialClaim,
    TwoPlusTwo,
)

STATES = ["JPN", "RUS", "USA", "CHN", "KOR", "PRK", "IND", "FRA", "DEU", "GBR"]
PLACES = [Place(name="Tokyo", country="JPN"), Place(name="Helsinki", country="FIN"), None]


def synthetic(n: int, seed: int = 7) -> EventSet:
    rng = random.Random(seed)
    start = date(2000, 1, 1)
    out = []
    for i in range(n):
        a, b = rng.sample(STATES, 2)
        day = start + timedelta(days=rng.randrange(9000))
        span = DateSpan.day(day) if i % 3 else DateSpan.month(day.year, day.month)
        evidence = (Evidence(start=0, end=4, text="Text", source=f"article-{i % 5000}"),)
        kind = i % 4
        if kind == 0:
            out.append(
                Summit(
                    status="held",
                    countries=(a, b),
                    date=span,
                    location=rng.choice(PLACES),
                    evidence=evidence,
                )
            )
        elif kind == 1:
            out.append(TwoPlusTwo(status="planned", countries=(a, b), date=span, evidence=evidence))
        elif kind == 2:
            out.append(
                Sanction(
                    status="imposed", imposers=(a,), targets=(b,), date=span, evidence=evidence
                )
            )
        else:
            out.append(
                TerritorialClaim(
                    status="active",
                    territory="Crimea",
                    claimants=("UKR",),
                    held_by="RUS",
                    evidence=evidence,
                )
            )
    return EventSet(out)


def timed(function: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    began = time.perf_counter()
    events = synthetic(n)
    print(f"built {n:,} events in {time.perf_counter() - began:.1f} s")
    filters: dict[str, Callable[[], object]] = {
        "of_type(TwoPlusTwo)": lambda: events.of_type(TwoPlusTwo),
        "involving('JPN')": lambda: events.involving("JPN"),
        "involving('JPN', 'RUS')": lambda: events.involving("JPN", "RUS"),
        "between('2017', '2018')": lambda: events.between("2017", "2018"),
        "with_status('held')": lambda: events.with_status("held"),
        "at('Tokyo')": lambda: events.at("Tokyo"),
        "where(lambda)": lambda: events.where(lambda e: e.location is not None),
        "sorted()": events.sorted,
        "counts('year')": lambda: events.counts("year"),
    }
    print(f"{'operation':<28} {'median s':>9} {'events/s':>14}")
    for name, function in filters.items():
        seconds = timed(function)
        print(f"{name:<28} {seconds:>9.3f} {n / seconds:>14,.0f}")
    small = events[: min(n, 100_000)]
    seconds = timed(small.merged, runs=3)
    print(
        f"{'merged() of ' + format(len(small), ','):<28} {seconds:>9.3f} {len(small) / seconds:>14,.0f}"
    )


if __name__ == "__main__":
    main()
