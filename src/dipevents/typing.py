"""Documented type aliases and the Protocols behind dipevents' extension points."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    from dipevents.models import Article

#: A path given as a string or a path-like object.
StrPath: TypeAlias = "str | os.PathLike[str]"


@runtime_checkable
class ArticleFormat(Protocol):
    """An article layout: scores how well a text fits it and parses it into an Article.

    Register one under the entry-point group ``dipevents.formats``::

        [project.entry-points."dipevents.formats"]
        mysite = "mypackage.mysite:FORMAT"

    where ``FORMAT`` is an object with these attributes.
    """

    #: The identifier stored in ``Article.format`` (lower case, e.g. ``"penzanews"``).
    name: str
    #: One line saying which publisher or layout this is.
    description: str

    def score(self, text: str) -> float:
        """How well ``text`` fits this layout, from 0.0 (not at all) to 1.0 (certainly)."""
        ...

    def parse(self, text: str, *, source: str | None = None) -> Article:
        """Parse ``text`` (kept unchanged as ``Article.text``) into an Article."""
        ...


__all__ = ["ArticleFormat", "StrPath"]
assert os  # used in the alias above
