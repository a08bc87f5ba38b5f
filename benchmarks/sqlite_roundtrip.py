"""How fast events go into an SQLite database and come back, and how fast ids are made.

Builds N synthetic events (default 100,000) from several articles, then times
``EventSet.to_sqlite`` into a new database, the same write again (every event an
upsert), ``EventSet.from_sqlite``, and a query by country through the indexes.
Everything is written into a temporary directory. Run:
``python benchmarks/sqlite_roundtrip.py [N]``.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta

from dipevents import DateSpan, EventSet, Evidence, Place, Report, Sanction, Summit, TwoPlusTwo

STATES = ["JPN", "RUS", "USA", "CHN", "KOR", "PRK", "IND", "FRA", "DEU", "GBR"]
PLACES = [Place(name="Tokyo", country="JPN", latitude=35.69, longitude=139.69), None]


def synthetic(n: int, seed: int = 11) -> EventSet:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(STATES, 2)
        day = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
        text = f"Sentence {i} of the article."
        start = rng.randrange(10_000)
        common = {
            "date": DateSpan.day(day),
            "evidence": [Evidence(start=start, end=start + len(text), text=text)],
        }
        kind = i % 3
        if kind == 0:
            event = Summit(status="held", countries=[a, b], location=rng.choice(PLACES), **common)
        elif kind == 1:
            event = TwoPlusTwo(status="held", countries=[a, b], **common)
        else:
            event = Sanction(status="imposed", imposers=[a], targets=[b], **common)
        source = f"articles/{i // 20:05d}.txt"
        out.append(event.with_changes(reports=[Report(id=event.id, source=source, title="T")]))
    return EventSet(out)


def timed(label: str, n: int, work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"{label:<34} {elapsed:7.2f} s  {n / elapsed:10,.0f} events/s")
    return elapsed


def main(n: int) -> None:
    started = time.perf_counter()
    events = synthetic(n)
    print(f"built {n:,} events in {time.perf_counter() - started:.1f} s")
    fresh = synthetic(min(n, 100_000), seed=12)
    timed("ids of new events (Event.id)", len(fresh), lambda: [e.id for e in fresh])
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "events.db")
        timed("to_sqlite, new database", n, lambda: events.to_sqlite(path))
        timed("to_sqlite again (all upserts)", n, lambda: events.to_sqlite(path))
        back: list[EventSet] = []
        timed("from_sqlite", n, lambda: back.append(EventSet.from_sqlite(path)))
        assert back[0] == events
        with sqlite3.connect(path) as connection:
            query = (
                "SELECT count(*) FROM events e JOIN actors a ON a.event_id = e.id "
                "WHERE a.code = 'JPN' AND e.start_date BETWEEN '2010-01-01' AND '2010-12-31'"
            )
            started = time.perf_counter()
            (count,) = connection.execute(query).fetchone()
            print(f"SQL: JPN's events of 2010: {count:,} in {time.perf_counter() - started:.3f} s")
        print(f"database size: {os.path.getsize(path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
