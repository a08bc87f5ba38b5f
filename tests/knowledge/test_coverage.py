"""The coverage of the knowledge: the counts the issue asks for, printed by the CLI."""

from __future__ import annotations

import io
import json

from dipevents import knowledge
from dipevents.cli import main


def test_the_knowledge_covers_the_world_diplomatic_reporting_covers() -> None:
    data = knowledge.coverage()
    assert data["offices"]["states"] >= 120
    assert data["summits"]["series"] >= 45
    assert data["territories"]["total"] >= 80
    regions = {r["region"] for r in data["offices"]["regions"]}
    assert {"Africa", "The Americas", "Middle East", "Asia and the Pacific"} <= regions
    for region in data["offices"]["regions"]:
        assert region["tenures"] > 0


def test_the_cli_prints_the_coverage_as_tables_or_json() -> None:
    out = io.StringIO()
    assert main(["knowledge"], stdout=out) == 0
    assert "| Africa |" in out.getvalue()
    assert "**Summit series:**" in out.getvalue()
    out = io.StringIO()
    assert main(["knowledge", "--json"], stdout=out) == 0
    assert json.loads(out.getvalue())["summits"]["editions"] >= 700
