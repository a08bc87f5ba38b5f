"""Collections of events: filters, ordering, groups, merging across articles, export."""

from dipevents.query.eventset import EventSet
from dipevents.query.merge import (
    clusters,
    merge,
    merge_cluster,
    occurrence_key,
    occurrences,
    same_occurrence,
)

__all__ = [
    "EventSet",
    "clusters",
    "merge",
    "merge_cluster",
    "occurrence_key",
    "occurrences",
    "same_occurrence",
]
