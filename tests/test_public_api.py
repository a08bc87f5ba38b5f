from __future__ import annotations

import subprocess
import sys

import dipevents


def test_all_is_sorted_and_exists() -> None:
    assert dipevents.__all__ == sorted(dipevents.__all__)
    for name in dipevents.__all__:
        assert hasattr(dipevents, name), name


def test_version_is_single_sourced() -> None:
    from importlib.metadata import version

    assert dipevents.__version__ == version("dipevents")


def test_import_does_not_import_hypothesis() -> None:
    code = "import sys, dipevents; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_import_does_not_import_trafilatura() -> None:
    code = (
        "import sys, dipevents; dipevents.parse('A\\n\\nB.'); print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
