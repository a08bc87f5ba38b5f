"""Every row of every knowledge data file: its shape, its codes, its dates, no overlaps."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "check_knowledge.py"


def _checker():  # type: ignore[no-untyped-def]
    if not TOOL.exists():
        pytest.skip("tools/check_knowledge.py is not in this tree")
    spec = importlib.util.spec_from_file_location("check_knowledge", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_data_file_passes_its_checks() -> None:
    module = _checker()
    import dipevents.normalize

    data = Path(dipevents.normalize.__file__).parent / "data"
    assert module.check(data) == []


def test_the_checker_finds_overlapping_terms(tmp_path: Path) -> None:
    import shutil

    import dipevents.normalize

    module = _checker()
    data = tmp_path / "data"
    shutil.copytree(Path(dipevents.normalize.__file__).parent / "data", data)
    path = data / "offices" / "asia_pacific.csv"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "JPN,hog,Nobody Known,2013-01-01,2013-06-01,Prime Minister,\n"
        + "JPN,fm,Bad Dates,2013-06-01,2013-01-01,Minister for Foreign Affairs,\n"
        + "XXX,hog,Nowhere Man,2013-01-01,,Prime Minister,\n",
        encoding="utf-8",
    )
    problems = "\n".join(module.check(data))
    assert (
        "JPN hog: Nobody Known from 2013-01-01 overlaps" in problems
        or "overlaps Nobody Known" in problems
    )
    assert "bad end '2013-01-01'" in problems
    assert "unknown country code 'XXX'" in problems
