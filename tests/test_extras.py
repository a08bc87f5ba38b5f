"""The optional extras name themselves when they are missing."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "missing", "extra"),
    [("dipevents.strategies", "hypothesis", "testing"), ("dipevents.dask", "dask", "dask")],
)
def test_a_missing_extra_is_named(module: str, missing: str, extra: str) -> None:
    # As without the extra installed: the import of the dependency fails.
    code = (
        f"import sys; sys.modules[{missing!r}] = None\n"
        f"try:\n    import {module}\n"
        "except ImportError as exc:\n    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert f"pip install 'dipevents[{extra}]'" in done.stdout
    if module == "dipevents.strategies":
        assert done.stdout.startswith("ModuleNotFoundError dipevents.strategies needs hypothesis")
