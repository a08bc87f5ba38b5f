"""Named formats of 2+2 meetings (AUSMIN, AUKMIN, the US-Japan Security Consultative
Committee) and their meetings: which pair of states each name stands for."""

from __future__ import annotations

from datetime import date
from functools import cache

import attrs

from dipevents.normalize._data import read_csv, split_list


@attrs.frozen
class Format:
    """A standing 2+2 format: the two states and the names it goes by."""

    pair: tuple[str, str]
    name: str
    aliases: tuple[str, ...]


@attrs.frozen
class FormatMeeting:
    """One meeting of a 2+2 format: ``start``..``end`` inclusive."""

    pair: tuple[str, str]
    start: date
    end: date
    city: str = ""
    country: str = ""
    edition: int | None = None
    note: str = ""


def _pair(value: str) -> tuple[str, str]:
    first, second = sorted(split_list(value))
    return first, second


@cache
def formats() -> tuple[Format, ...]:
    """Every named 2+2 format the data knows."""
    return tuple(
        Format(_pair(row["pair"]), row["name"], tuple(split_list(row.get("aliases"))))
        for row in read_csv("two_plus_two.csv")
    )


@cache
def meetings() -> tuple[FormatMeeting, ...]:
    """Every known meeting of the formats, in date order."""
    out = [
        FormatMeeting(
            pair=_pair(row["pair"]),
            start=date.fromisoformat(row["start"]),
            end=date.fromisoformat(row["end"]),
            city=row.get("city", "") or "",
            country=row.get("country", "") or "",
            edition=int(row["edition"]) if row.get("edition") else None,
            note=row.get("note", "") or "",
        )
        for row in read_csv("two_plus_two_meetings.csv")
    ]
    return tuple(sorted(out, key=lambda m: m.start))


def meetings_of(pair: tuple[str, str] | list[str] | set[str]) -> list[FormatMeeting]:
    """The known meetings of one pair of states."""
    key = tuple(sorted(pair))
    return [m for m in meetings() if m.pair == key]
