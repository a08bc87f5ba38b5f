"""Extract events with Dask: a LocalCluster of two worker processes here, a real
cluster by passing its scheduler address.

    python examples/dask_cluster.py                       # a local cluster
    python examples/dask_cluster.py tcp://host:8786       # a running scheduler

Needs ``pip install 'dipevents[dask]'``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from distributed import Client, LocalCluster

import dipevents.dask

ARTICLES = Path(__file__).resolve().parent / "articles"


def main(address: str | None = None) -> None:
    if address is None:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(address)
    try:
        bag = dipevents.dask.articles(str(ARTICLES / "*.txt"))
        events = bag.events().compute()
        summits = [e for e in events if e.TYPE == "summit"]
        print(f"{bag.count().compute()} articles, {len(events)} events, {len(summits)} summits")
        for failure in bag.failures().compute():
            print(f"failed: {failure.source}: {failure.reason}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
