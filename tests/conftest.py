"""Shared test configuration: hypothesis profiles and the path to ../shared when it exists."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# Caches of the test run stay out of the user's cache directory (and subprocesses inherit it).
os.environ.setdefault("DIPEVENTS_CACHE_DIR", tempfile.mkdtemp(prefix="dipevents-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIPEVENTS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder with the specification and corpora; skips when absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is not here (a user's clone): corpus tests skipped")
    return SHARED
