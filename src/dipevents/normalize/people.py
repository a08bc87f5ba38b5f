"""Who held which office when: people by any spelling, and holders of offices on a date."""

from __future__ import annotations

import enum
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from dipevents import _rx
from dipevents.models import Person
from dipevents.normalize._data import read_csv_dir, split_list
from dipevents.normalize._fold import fold


class Role(enum.Enum):
    """The offices dipevents tracks."""

    HEAD_OF_STATE = "hos"
    HEAD_OF_GOVERNMENT = "hog"
    FOREIGN_MINISTER = "fm"
    DEFENCE_MINISTER = "dm"


_ROLE_WORDS: dict[str, Role] = {
    "hos": Role.HEAD_OF_STATE, "head of state": Role.HEAD_OF_STATE, "president": Role.HEAD_OF_STATE,
    "king": Role.HEAD_OF_STATE, "queen": Role.HEAD_OF_STATE, "emperor": Role.HEAD_OF_STATE,
    "supreme leader": Role.HEAD_OF_STATE, "leader": Role.HEAD_OF_STATE,
    "hog": Role.HEAD_OF_GOVERNMENT, "head of government": Role.HEAD_OF_GOVERNMENT,
    "prime minister": Role.HEAD_OF_GOVERNMENT, "premier": Role.HEAD_OF_GOVERNMENT,
    "chancellor": Role.HEAD_OF_GOVERNMENT, "pm": Role.HEAD_OF_GOVERNMENT,
    "fm": Role.FOREIGN_MINISTER, "foreign minister": Role.FOREIGN_MINISTER,
    "minister of foreign affairs": Role.FOREIGN_MINISTER, "secretary of state": Role.FOREIGN_MINISTER,
    "foreign secretary": Role.FOREIGN_MINISTER, "external affairs minister": Role.FOREIGN_MINISTER,
    "minister of external affairs": Role.FOREIGN_MINISTER,
    "dm": Role.DEFENCE_MINISTER, "defence minister": Role.DEFENCE_MINISTER,
    "defense minister": Role.DEFENCE_MINISTER, "minister of defence": Role.DEFENCE_MINISTER,
    "minister of defense": Role.DEFENCE_MINISTER, "secretary of defense": Role.DEFENCE_MINISTER,
    "defence secretary": Role.DEFENCE_MINISTER, "defense secretary": Role.DEFENCE_MINISTER,
}  # fmt: skip

# Where the family name comes first, the surname is the first word of the name.
_FAMILY_FIRST = frozenset({"CHN", "KOR", "PRK", "VNM", "KHM", "TWN"})
# Generational suffixes are not family names ("Ferdinand Marcos Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
_KOREAN_GIVEN = _rx.compile(r"^[A-Z][a-z]+-[a-z]+$")
_CHINESE_SURNAMES = frozenset(
    [
        "Lee",
        "Goh",
        "Teo",
        "Ng",
        "Chan",
        "Ong",
        "Wong",
        "Lim",
        "Tan",
        "Koh",
        "Ho",
        "Yeo",
        "Lui",
        "Lam",
        "Chua",
        "Heng",
        "Low",
        "Khaw",
        "Chee",
        "Kao",
    ]
)
# Name order is often reversed in English for these (Abe Shinzō, Kōno Tarō).
_REVERSIBLE = frozenset({"JPN"})


@attrs.frozen
class Tenure:
    """One person in one office: ``start`` <= day < ``end`` (``end`` None: still in office)."""

    person: str
    country: str
    role: Role
    title: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@attrs.frozen
class PersonRecord:
    """Everything known of one person: the canonical name, its variants and their tenures."""

    name: str
    aliases: tuple[str, ...]
    tenures: tuple[Tenure, ...]

    def tenure_on(self, day: date) -> Tenure | None:
        """The office held on ``day``; of several, the highest (head of state first)."""
        held = [t for t in self.tenures if t.holds_on(day)]
        order = list(Role)
        return min(held, key=lambda t: order.index(t.role)) if held else None

    def latest(self) -> Tenure:
        """The office held last; of offices that ended together, the one listed first."""
        last = max((t.end is None, t.end or t.start) for t in self.tenures)
        return next(t for t in self.tenures if (t.end is None, t.end or t.start) == last)

    @property
    def home(self) -> str:
        """The state (or group) the person serves, by their latest office."""
        return self.latest().country

    def surname(self) -> str:
        """The family name: the first word for East Asian names (Moon Jae-in, Ban Ki-moon)."""
        words = [w for w in self.name.split() if w.rstrip(".").lower() not in _SUFFIXES] or [
            self.name
        ]
        if len(words) < 2:
            return words[-1]
        family_first = any(t.country in _FAMILY_FIRST for t in self.tenures)
        # A hyphenated given name last is the Korean order, whatever the office (Ban Ki-moon).
        family_first = family_first or (len(words) == 2 and bool(_KOREAN_GIVEN.match(words[1])))
        # Chinese names in Singapore and Malaysia put the family name first (Lee Hsien Loong).
        family_first = family_first or (
            words[0] in _CHINESE_SURNAMES
            and len(words) == 3
            and any(t.country in ("SGP", "MYS") for t in self.tenures)
        )
        return words[0] if family_first else words[-1]


_extra_rows: list[dict[str, str]] = []


def _parse_date(value: str, field: str, row: dict[str, str]) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"offices: {field} needs an ISO date, got {value!r} in {row}") from None


def _tenures(rows: list[dict[str, str]]) -> dict[str, PersonRecord]:
    names: dict[str, list[str]] = defaultdict(list)
    tenures: dict[str, list[Tenure]] = defaultdict(list)
    for row in rows:
        name = row["name"].strip()
        names[name].extend(split_list(row.get("aliases")))
        role = _ROLE_WORDS.get(row["role"].strip().lower())
        if role is None:
            raise ValueError(f"offices: unknown role {row['role']!r} for {name}")
        end = row.get("end", "").strip()
        tenures[name].append(
            Tenure(
                person=name,
                country=row["country"].strip(),
                role=role,
                title=row.get("title", "").strip() or role.name.replace("_", " ").title(),
                start=_parse_date(row["start"].strip(), "start", row),
                end=_parse_date(end, "end", row) if end else None,
            )
        )
    return {
        name: PersonRecord(
            name, tuple(dict.fromkeys(names[name])), tuple(sorted(ts, key=lambda t: t.start))
        )
        for name, ts in tenures.items()
    }


@cache
def _builtin_rows() -> tuple[dict[str, str], ...]:
    # Read from the cache directory when an earlier process kept them (parsing the CSV
    # files is most of what loading the office-holders costs).
    from dipevents import _cache
    from dipevents.normalize._data import knowledge_key

    key = knowledge_key()
    kept = _cache.load("offices", key) if key is not None else None
    if isinstance(kept, list) and all(isinstance(row, dict) for row in kept):
        return tuple(kept)
    rows = read_csv_dir("offices")
    if key is not None:
        _cache.store("offices", key, rows)
    return tuple(rows)


def _plain(records: dict[str, PersonRecord]) -> dict[str, Any]:
    """The records as plain values :mod:`marshal` keeps (days as ordinals, 0 for none)."""
    return {
        name: [
            list(record.aliases),
            [
                [t.country, t.role.value, t.title, t.start.toordinal(), t.end.toordinal() if t.end else 0]
                for t in record.tenures
            ],
        ]
        for name, record in records.items()
    }  # fmt: skip


def _from_plain(kept: dict[str, Any]) -> dict[str, PersonRecord]:
    roles = {role.value: role for role in Role}
    ordinal = date.fromordinal
    return {
        name: PersonRecord(
            name,
            tuple(aliases),
            tuple(
                Tenure(name, country, roles[role], title, ordinal(start), ordinal(end) if end else None)
                for country, role, title, start, end in tenures
            ),
        )
        for name, (aliases, tenures) in kept.items()
    }  # fmt: skip


@cache
def _builtin_records() -> dict[str, PersonRecord]:
    """The packaged office-holders, kept in the cache directory as built (reading the rows
    into records is most of what a fresh process spends on them)."""
    from dipevents import _cache
    from dipevents.normalize._data import knowledge_files

    try:
        key: str | None = _cache.digest([*knowledge_files(), Path(__file__)])
    except (OSError, TypeError):
        key = None
    kept = _cache.load("people", key) if key is not None else None
    if isinstance(kept, dict):
        try:
            return _from_plain(kept)
        except (TypeError, ValueError, KeyError, OverflowError):
            pass  # an entry of another layout: built again below
    built = _tenures(list(_builtin_rows()))
    if key is not None:
        _cache.store("people", key, _plain(built))
    return built


@cache
def _records_cached(extra_count: int) -> dict[str, PersonRecord]:
    if not extra_count:
        return _builtin_records()
    return _tenures([*_builtin_rows(), *_extra_rows])


def records() -> dict[str, PersonRecord]:
    """Every person, by canonical name."""
    return _records_cached(len(_extra_rows))


@cache
def _holders_cached(extra_count: int) -> dict[tuple[str, Role], list[tuple[PersonRecord, Tenure]]]:
    """The tenures of each office of each state, in the order of :func:`records`."""
    index: dict[tuple[str, Role], list[tuple[PersonRecord, Tenure]]] = defaultdict(list)
    for record in _records_cached(extra_count).values():
        for tenure in record.tenures:
            index[(tenure.country, tenure.role)].append((record, tenure))
    return dict(index)


def _variants(record: PersonRecord) -> set[str]:
    out = {record.name, *record.aliases}
    words = record.name.split()
    if record.home in _REVERSIBLE and len(words) == 2:
        out.add(f"{words[1]} {words[0]}")
    if len(words) >= 3 and record.home not in _FAMILY_FIRST:
        out.add(f"{words[0]} {words[-1]}")  # without middle names
    return out


@cache
def _indexes_cached(extra_count: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    full: dict[str, list[str]] = defaultdict(list)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for record in records().values():
        for variant in _variants(record):
            key = fold(variant)
            if record.name not in full[key]:
                full[key].append(record.name)
        key = fold(record.surname())
        if record.name not in by_surname[key]:
            by_surname[key].append(record.name)
    return dict(full), dict(by_surname)


def name_index() -> dict[str, list[str]]:
    """Folded spelling -> canonical names (several where a spelling is shared)."""
    return _indexes_cached(len(_extra_rows))[0]


def _pick(names: list[str], on: date | None, country: str | None) -> PersonRecord | None:
    candidates = [records()[n] for n in names]
    if country is not None:
        candidates = [r for r in candidates if any(t.country == country for t in r.tenures)]
    if on is not None and len(candidates) > 1:
        in_office = [r for r in candidates if r.tenure_on(on) is not None]
        candidates = in_office or candidates
        if len(in_office) > 1:
            # Of two people of one name in office at once, the press means the higher office
            # ("Castro" in 2003: Fidel, the head of state, not Raúl, the defence minister).
            order = list(Role)
            ranks = sorted((order.index(r.tenure_on(on).role), n) for n, r in enumerate(in_office))  # type: ignore[union-attr]
            if ranks[0][0] < ranks[1][0]:
                return in_office[ranks[0][1]]
    return candidates[0] if len(candidates) == 1 else None


def lookup(name: str, on: date | None = None, *, country: str | None = None) -> PersonRecord | None:
    """The record for a name or bare surname, or None when unknown or ambiguous."""
    if not isinstance(name, str):
        return None
    key = fold(name)
    if not key:
        return None
    full, surnames = _indexes_cached(len(_extra_rows))
    if key in full:
        return _pick(full[key], on, country)
    if key in surnames:
        return _pick(surnames[key], on, country)
    return None


def _as_person(record: PersonRecord, on: date | None) -> Person:
    tenure = record.tenure_on(on) if on is not None else record.latest()
    if tenure is None:
        return Person(name=record.name, country=record.home, office=None)
    return Person(name=record.name, country=tenure.country, office=tenure.title)


def person(name: str, on: date | None = None, *, country: str | None = None) -> Person | None:
    """The canonical person for any spelling, with the office held on ``on``.

    A bare surname resolves when only one known person has it (or only one of
    them held office on ``on``, or served ``country``). Without ``on``, the
    person's latest office is given; on a day out of office, ``office`` is None.

    >>> from datetime import date
    >>> person("Shoygu", on=date(2017, 3, 20))
    Person(name='Sergei Shoigu', country='RUS', office='Minister of Defence')
    >>> person("Putin", on=date(2010, 1, 1)).office
    'Prime Minister'
    """
    record = lookup(name, on, country=country)
    return _as_person(record, on) if record else None


def role_of(value: str | Role) -> Role | None:
    if isinstance(value, Role):
        return value
    return _ROLE_WORDS.get(fold(value)) if isinstance(value, str) else None


def holder(country: str, office: str | Role, on: date) -> Person | None:
    """Who held ``office`` in ``country`` on ``on``.

    ``office`` is a :class:`Role` or words such as "prime minister", "foreign
    minister", "defence minister", "head of state". Where a state has no head
    of government apart from its president, the president is given.

    >>> from datetime import date
    >>> holder("JPN", "defence minister", date(2017, 3, 20)).name
    'Tomomi Inada'
    """
    role = role_of(office)
    if role is None or not isinstance(country, str) or not isinstance(on, date):
        return None
    index = _holders_cached(len(_extra_rows))
    for wanted in (role, Role.HEAD_OF_STATE) if role is Role.HEAD_OF_GOVERNMENT else (role,):
        for record, tenure in index.get((country, wanted), ()):
            if tenure.holds_on(on):
                return Person(name=record.name, country=country, office=tenure.title)
        if wanted is Role.HEAD_OF_GOVERNMENT and _has_role(country, wanted, on):
            return None
    return None


def _has_role(country: str, role: Role, on: date) -> bool:
    """Whether ``on`` falls in a vacancy of ``role`` in ``country``: a holder left within two
    years before and another came within two years after (or none is known to have left)."""
    before = after = False
    for record in records().values():
        for tenure in record.tenures:
            if tenure.country != country or tenure.role is not role:
                continue
            if tenure.start <= on and (tenure.end is None or tenure.end.year + 2 >= on.year):
                before = True
            if tenure.start > on and tenure.start.year - 2 <= on.year:
                after = True
    return before and after


def _default_title(office: str | Role) -> str:
    if isinstance(office, Role) or office.strip().lower() in {r.value for r in Role}:
        return ""
    return " ".join(w[:1].upper() + w[1:] for w in office.split())


def add_person(
    name: str,
    *,
    country: str,
    office: str | Role,
    start: date,
    end: date | None = None,
    title: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
) -> None:
    """Add a tenure (and the person, if new) to the knowledge the extraction uses."""
    from dipevents.models._codes import is_actor

    role = role_of(office)
    if role is None:
        raise ValueError(
            f"add_person needs an office among {sorted({r.value for r in Role})} or its name, got {office!r}"
        )
    if not is_actor(country):
        raise ValueError(f"add_person needs an ISO 3166-1 alpha-3 or group code, got {country!r}")
    if end is not None and end < start:
        raise ValueError(f"add_person needs end on or after start, got {start} .. {end}")
    _extra_rows.append(
        {
            "country": country,
            "role": role.value,
            "name": name,
            "start": start.isoformat(),
            "end": end.isoformat() if end else "",
            "title": title or _default_title(office),
            "aliases": "|".join(aliases),
        }
    )
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
