"""Articles and events as Dask bags, for corpora too large for one machine.

Needs ``pip install 'dipevents[dask]'``. The same code runs on the local
scheduler, a ``LocalCluster`` or a real cluster: connect a
``distributed.Client`` to its scheduler first and ``compute()`` runs there.
Workers read the files themselves, so the paths must be visible to them (a
shared file system, or URLs your workers can open)::

    from distributed import Client
    import dipevents.dask

    client = Client("tcp://scheduler.example.org:8786")
    bag = dipevents.dask.articles("/data/news/**/*.txt")
    summits = bag.events().filter(lambda e: e.TYPE == "summit").compute()
    failed = bag.failures().compute()  # bad files as values: the rest still computed
"""

from __future__ import annotations

import glob as globbing
import os
from collections.abc import Iterable
from typing import Any

from dipevents.batch import DEFAULT_MAX_BYTES, Failure, Item, Options, process
from dipevents.models import Article, Event

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - only without the extra
    raise ImportError("dipevents.dask needs dask: pip install 'dipevents[dask]'") from exc


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths_or_glob, (str, os.PathLike)):
        pattern = os.fspath(paths_or_glob)
        if os.path.isdir(pattern):
            pattern = os.path.join(pattern, "**", "*.txt")
        found = sorted(globbing.glob(pattern, recursive=True))
        return found if globbing.has_magic(pattern) else (found or [pattern])
    return [os.fspath(p) for p in paths_or_glob]


def _parse(path: str, format: str | None, max_bytes: int) -> Article | Failure:
    return process(
        Item(source=path, path=path), options=Options(format=format, max_bytes=max_bytes)
    )


def _events(result: Article | Failure) -> list[Event]:
    if isinstance(result, Failure):
        return []
    from dipevents.query import EventSet

    return list(EventSet.from_articles([result]))


class ArticleBag:
    """A Dask bag of :class:`~dipevents.Article` (what :func:`articles` returns).

    Behaves as the bag of the articles that parsed (``map``, ``filter``,
    ``compute``, ``take`` ... are the bag's), and adds :meth:`events` and
    :meth:`failures`.
    """

    def __init__(self, results: db.Bag) -> None:
        self.results = results  #: every input's Article or Failure, in input order

    @property
    def bag(self) -> db.Bag:
        """The articles that parsed, as a plain Dask bag."""
        return self.results.filter(lambda r: isinstance(r, Article))

    def events(self) -> db.Bag:
        """Every event of every article, its evidence stamped with the article's source."""
        return self.results.map(_events).flatten()

    def failures(self) -> db.Bag:
        """The inputs that could not be parsed, as :class:`~dipevents.batch.Failure` values."""
        return self.results.filter(lambda r: isinstance(r, Failure))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.bag, name)

    def __repr__(self) -> str:
        return f"<ArticleBag of {self.results.npartitions} partitions>"


def articles(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = 64,
) -> ArticleBag:
    """A bag of the articles of files: a glob (``"news/**/*.txt"``), a directory
    (its ``*.txt``, recursively) or a list of paths. Nothing is read until computed.
    """
    paths = _paths(paths_or_glob)
    partitions = max(1, -(-len(paths) // partition_size))
    return ArticleBag(
        db.from_sequence(paths, npartitions=partitions).map(
            _parse, format=format, max_bytes=max_bytes
        )
    )


__all__ = ["ArticleBag", "articles"]
