"""Groups of states named as one: the data and what the gazetteer makes of it."""

from __future__ import annotations

from dipevents.models._codes import is_state
from dipevents.normalize._data import read_json
from dipevents.normalize._gazetteer import gazetteer


def test_every_group_names_its_states() -> None:
    data = read_json("groups.json")
    assert data["_source"]
    assert data["_reviewed"]
    names: set[str] = set()
    for group in data["groups"]:
        assert len(group["members"]) >= 2
        assert group["members"] == sorted(set(group["members"]))
        assert all(is_state(code) for code in group["members"]), group["name"]
        for name in (group["name"], *group["aliases"]):
            assert name.lower() not in names, name
            names.add(name.lower())


def test_the_gazetteer_reads_a_group_as_its_members() -> None:
    text = "The Baltic states and the Nordic countries met in Riga."
    found = {m.surface: m.of("group") for m in gazetteer().mentions(text) if m.of("group")}
    assert found == {
        "Baltic states": ["EST|LTU|LVA"],
        "Nordic countries": ["DNK|FIN|ISL|NOR|SWE"],
    }
