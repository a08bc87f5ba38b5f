"""The article formats: found through the entry-point group ``dipevents.formats``."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.metadata import entry_points

from dipevents.errors import UnknownFormatError
from dipevents.typing import ArticleFormat

GROUP = "dipevents.formats"

# The built-in formats, registered in pyproject.toml under the same group. They are
# also loaded from here when the package runs without its metadata (a vendored copy).
BUILTIN: dict[str, str] = {
    "blogger": "dipevents.formats.blogger:FORMAT",
    "focusosa": "dipevents.formats.focusosa:FORMAT",
    "generic": "dipevents.formats.generic:FORMAT",
    "moderndiplomacy": "dipevents.formats.moderndiplomacy:FORMAT",
    "penzanews": "dipevents.formats.penzanews:FORMAT",
    "valdai": "dipevents.formats.valdai:FORMAT",
}

#: A text that fits no format at least this well is parsed as ``generic``.
THRESHOLD = 0.5


def _load(target: str) -> ArticleFormat:
    module, _, attribute = target.partition(":")
    obj = getattr(import_module(module), attribute)
    if not isinstance(obj, ArticleFormat):
        raise TypeError(f"{target} is not an ArticleFormat (needs name, description, score, parse)")
    return obj


@cache
def formats() -> dict[str, ArticleFormat]:
    """Every registered format by name, built-in ones included, in name order."""
    found: dict[str, ArticleFormat] = {}
    for point in entry_points(group=GROUP):
        try:
            fmt = point.load()
        except Exception:  # a broken plug-in must not stop the others
            continue
        if isinstance(fmt, ArticleFormat):
            found[fmt.name] = fmt
    for name, target in BUILTIN.items():
        if name not in found:
            found[name] = _load(target)
    return dict(sorted(found.items()))


def get_format(name: str) -> ArticleFormat:
    """The format registered as ``name``; raises :class:`UnknownFormatError`."""
    try:
        return formats()[name]
    except KeyError:
        raise UnknownFormatError(name, list(formats())) from None


def detect(text: str) -> tuple[ArticleFormat, float]:
    """The format that fits ``text`` best, and its score; ``generic`` below the threshold."""
    best: ArticleFormat = formats()["generic"]
    best_score = 0.0
    for name, fmt in formats().items():
        if name == "generic":
            continue
        try:
            score = float(fmt.score(text))
        except Exception:  # a plug-in's scorer failing on odd input only disqualifies it
            score = 0.0
        if score > best_score:
            best, best_score = fmt, score
    if best_score < THRESHOLD:
        return formats()["generic"], best_score
    return best, best_score
