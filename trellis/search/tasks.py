"""Background work for search: bringing entries up to date after their objects changed."""

from django_tasks import task

from trellis.search.index_writes import search_reindex


@task()
def search_reindex_task(*, kind: str, ids: list[int]) -> None:
    """Asked when it runs, so it indexes what is true then, not what was true when queued."""
    search_reindex(kind=kind, ids=ids)
