"""dipevents.dask on a LocalCluster of two worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipevents import Article, parse_file

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))


def test_articles_and_events_on_a_local_cluster(tmp_path: Path) -> None:
    import dipevents.dask

    for path in EXAMPLES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = dipevents.dask.articles(str(tmp_path / "*.txt"), partition_size=2)
        articles = bag.compute()
        assert len(client.scheduler_info()["workers"]) == 2
        assert [a.source for a in articles] == [
            str(p) for p in sorted(tmp_path.glob("*.txt")) if p.name != "broken.txt"
        ]
        assert all(isinstance(a, Article) for a in articles)
        assert articles == [parse_file(a.source) for a in articles]
        events = bag.events().compute()
        assert len(events) == sum(len(a.events) for a in articles)
        assert all(e.sources for e in events)
        (failure,) = bag.failures().compute()
        assert failure.source.endswith("broken.txt")
        assert failure.kind == "undecodable"
        assert bag.map(lambda a: a.format).distinct().count().compute() == 6
