"""The codes an actor field may hold: ISO 3166-1 alpha-3 and the group codes of codebook §3."""

from __future__ import annotations

from functools import cache

#: Organisations and groups coded by their upper-case acronym (codebook §3), and
#: ``WEST`` for "Western countries" / "the West".
GROUP_CODES: frozenset[str] = frozenset(
    {
        "APEC", "ASEAN", "AU", "BIMSTEC", "BRICS", "CELAC", "CICA", "CIS", "CSTO", "EAEU",
        "ECOWAS", "EU", "G20", "G7", "GCC", "LAS", "MERCOSUR", "NATO", "OAS", "OIC", "OPEC",
        "OSCE", "OTS", "PACIFIC_ISLANDS_FORUM", "QUAD", "SAARC", "SADC", "SCO", "UN", "WEST",
    }
)  # fmt: skip

_extra_groups: set[str] = set()


#: Codes the iso3166 package lists that ISO 3166-1 has not assigned (Kosovo's
#: user-assigned XKX): GUIDELINES §3 codes states by ISO 3166-1 alone.
_NOT_ASSIGNED = frozenset({"XKX"})


@cache
def iso_alpha3() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code (from the iso3166 package), loaded once."""
    import iso3166

    return frozenset(c.alpha3 for c in iso3166.countries) - _NOT_ASSIGNED


def register_group_code(code: str) -> None:
    """Allow another organisation code (upper case: 2 to 30 letters, digits or underscores)."""
    if not (
        isinstance(code, str)
        and 2 <= len(code) <= 30
        and code.replace("_", "").isalnum()
        and code.isupper()
        and not code.startswith("_")
    ):
        raise ValueError(
            f"a group code is 2-30 upper-case letters, digits or underscores, got {code!r}"
        )
    _extra_groups.add(code)


def group_codes() -> frozenset[str]:
    """The group codes in force: the built-in ones and those registered."""
    return GROUP_CODES | _extra_groups


def is_state(code: object) -> bool:
    """True for an ISO 3166-1 alpha-3 code."""
    return isinstance(code, str) and code in iso_alpha3()


def is_actor(code: object) -> bool:
    """True for a state code or a group code."""
    return isinstance(code, str) and (code in iso_alpha3() or code in group_codes())
