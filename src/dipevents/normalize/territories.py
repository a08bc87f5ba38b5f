"""Disputed territories, their names in each language of the dispute and their features."""

from __future__ import annotations

from functools import cache

import attrs

from dipevents import _rx
from dipevents.normalize._data import read_json
from dipevents.normalize._fold import fold


@attrs.frozen
class Territory:
    """A disputed territory: ``claimants`` claim it and do not hold it; ``held_by`` holds it."""

    name: str
    aliases: tuple[str, ...]
    features: tuple[str, ...]
    claimants: tuple[str, ...]
    held_by: str | None
    status: str = "active"
    #: The year the settlement entered into force (or the ruling was accepted), if settled.
    resolved: int | None = None
    #: "land" or "maritime".
    kind: str = "land"
    #: The group a feature held apart from it belongs to ("Spratly Islands" for Mischief Reef).
    part_of: str | None = None
    #: Phrases (regular expressions) a text names it by without a name ("the three islands"),
    #: read only beside a party's name.
    descriptions: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Its name, aliases and features, and the phrases a boundary's name is told in."""
        return (self.name, *self.aliases, *self.features, *_phrasings(self.name))


# "Timor Sea maritime boundary", "Israel–Lebanon maritime boundary": the boundary and what
# it lies in or between.
_BOUNDARY = _rx.compile(r"^(?P<of>.+?)\s+(?P<noun>(?:maritime\s+|land\s+)?(?:boundary|border))$")
_PAIR = _rx.compile(r"^(?P<a>[^–—-]+?)\s*[–—-]\s*(?P<b>[^–—-]+)$")
_WATER = _rx.compile(r"\b(?:Sea|Gulf|Bay|Ocean|Strait|Channel|Lake|Sound|Passage)\b")


def _phrasings(name: str) -> tuple[str, ...]:
    """ "the maritime boundary in the Timor Sea", "the maritime boundary between Israel and
    Lebanon": the ways texts name a boundary the knowledge names "Timor Sea maritime boundary"
    or "Israel–Lebanon maritime boundary"."""
    found = _BOUNDARY.match(name)
    if found is None:
        return ()
    where, noun = found["of"], found["noun"]
    plural = noun.replace("boundary", "boundaries").replace("border", "borders")
    pair = _PAIR.match(where)
    if pair is not None:
        a, b = pair["a"], pair["b"]
        pairs = [f"{n} between {x} and {y}" for n in (noun, plural) for x, y in ((a, b), (b, a))]
        return (*pairs, f"{b}–{a} {noun}")
    if _WATER.search(where) is None:
        return ()
    the = "" if where.lower().startswith("the ") else "the "
    nouns: tuple[str, ...] = (noun, plural)
    if noun.startswith("maritime"):
        nouns = (*nouns, "maritime delimitation", "maritime border")
    within = [f"{n} {p} {the}{where}" for n in nouns for p in ("in", "of")]
    return (*within, f"{where} {plural}")


_extra: list[Territory] = []


@cache
def _builtin() -> tuple[Territory, ...]:
    return tuple(
        Territory(
            name=t["name"],
            aliases=tuple(t.get("aliases", [])),
            features=tuple(t.get("features", [])),
            claimants=tuple(sorted(t.get("claimants", []))),
            held_by=t.get("held_by"),
            status=t.get("status", "active"),
            resolved=t.get("resolved"),
            kind=t.get("kind", "land"),
            part_of=t.get("part_of"),
            descriptions=tuple(t.get("descriptions", [])),
        )
        for t in read_json("territories.json")["territories"]
    )


def all_territories() -> tuple[Territory, ...]:
    return (*_builtin(), *_extra)


@cache
def _index_cached(extra_count: int) -> dict[str, Territory]:
    index: dict[str, Territory] = {}
    for item in all_territories():
        for name in item.names():
            index[fold(name)] = item
    return index


def territory_index() -> dict[str, Territory]:
    """Folded name, alias or feature -> territory (later additions win).

    Built once per state of the additions (which are only ever appended).
    """
    return _index_cached(len(_extra))


def territory(name: str) -> Territory | None:
    """The disputed territory a name or a named feature belongs to.

    >>> territory("Etorofu").name, territory("Diaoyu").name, territory("Malvinas").held_by
    ('Southern Kuril Islands', 'Senkaku Islands', 'GBR')
    """
    if not isinstance(name, str):
        return None
    key = fold(name)
    index = territory_index()
    return index.get(key) or index.get(key.removeprefix("the "))


def add_territory(
    name: str,
    *,
    claimants: tuple[str, ...] | list[str],
    held_by: str | None,
    aliases: tuple[str, ...] | list[str] = (),
    features: tuple[str, ...] | list[str] = (),
    part_of: str | None = None,
    descriptions: tuple[str, ...] | list[str] = (),
) -> None:
    """Add a disputed territory (or replace the one of that name) for lookups and extraction.

    ``part_of`` names the group a feature held apart from it belongs to; ``descriptions``
    are phrases (regular expressions) a text names it by beside one of its parties."""
    from dipevents.models._codes import is_state

    for code in [*claimants, *([held_by] if held_by else [])]:
        if not is_state(code):
            raise ValueError(f"add_territory needs ISO 3166-1 alpha-3 codes, got {code!r}")
    if held_by in claimants:
        raise ValueError(f"add_territory: the holder {held_by} cannot also be a claimant")
    _extra.append(
        Territory(
            name,
            tuple(aliases),
            tuple(features),
            tuple(sorted(claimants)),
            held_by,
            part_of=part_of,
            descriptions=tuple(descriptions),
        )
    )
    from dipevents.normalize import _gazetteer

    _gazetteer.invalidate()
