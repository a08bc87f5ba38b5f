"""The documentation is true: its examples run, the site builds, nothing public is undocumented."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import dipevents
from dipevents.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
BLOCKS = [
    (page, number, code)
    for page in PAGES
    for number, code in enumerate(re.findall(r"```python\n(.*?)```", page.read_text("utf-8"), re.S))
]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize(
    ("page", "number", "code"),
    BLOCKS,
    ids=[f"{p.relative_to(DOCS)}-{n}" for p, n, _ in BLOCKS],
)
def test_doc_block_runs(
    page: Path, number: int, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the examples name examples/articles relative to the clone
    exec(compile(code, f"{page}:block{number}", "exec"), {"__name__": "__main__"})


def _untracked() -> str | None:
    """What git sees changed or new in the clone (None where this is no git checkout)."""
    if not (ROOT / ".git").exists():
        return None
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    return done.stdout if done.returncode == 0 else None


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_script_runs(script: Path, tmp_path: Path) -> None:
    # Run from the clone, as a user would, with the temporary directory under tmp_path.
    before = _untracked()
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script.name} printed nothing"
    assert _untracked() == before, f"{script.name} left files in the clone"


def test_every_public_name_is_documented() -> None:
    api = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: dipevents\.(\w+)$", api, re.M))
    missing = set(dipevents.__all__) - documented - {"__version__"}
    assert not missing, f"add to docs/reference/api.md: {sorted(missing)}"
    for name in documented & set(dipevents.__all__):
        assert getattr(dipevents, name).__doc__, f"dipevents.{name} has no docstring"


def test_every_command_is_documented() -> None:
    cli = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in commands:
        assert f"## dipevents {command}\n" in cli, f"no section for dipevents {command}"
        assert f"<!-- cli: {command} -->" in cli, f"no generated help for dipevents {command}"


def test_every_page_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in PAGES:
        assert str(page.relative_to(DOCS)) in config, f"{page} is not in mkdocs.yml's nav"


def test_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # material's end-of-life banner
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    cli = (tmp_path / "site" / "reference" / "cli" / "index.html").read_text(encoding="utf-8")
    assert "--workers" in cli  # the generated help, not a copy
