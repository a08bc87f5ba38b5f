"""Every Python block of the README runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{n}" for n in range(len(BLOCKS))])
def test_readme_block_runs(code: str) -> None:
    exec(compile(code, str(README), "exec"), {"__name__": "readme"})


def test_readme_has_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "python3 -m pip install . && dipevents extract examples/articles/*.txt" in text
    assert "python3 -m pip install -e '.[test]' && python3 -m pytest" in text
