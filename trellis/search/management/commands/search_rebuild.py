"""Rebuild the search index from every registered source (or one kind's)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trellis.search.indexing import search_rebuild
from trellis.search.sources import all_sources

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Rebuild the search index from the registered sources, with a progress bar on stderr."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--kind", help="Rebuild only this kind's entries.")

    def handle(self, *args: Any, kind: str | None = None, **options: Any) -> None:
        kinds = sorted(source.kind for source in all_sources())
        if kind is not None and kind not in kinds:
            raise CommandError(f"Unknown kind {kind!r}; known kinds: {', '.join(kinds) or 'none'}")
        chosen = [source for source in all_sources() if kind in (None, source.kind)]
        totals = {source.kind: self._count(source) for source in chosen}
        err = self.stderr

        def progress(done_kind: str, written: int) -> None:
            total = max(totals.get(done_kind, 0), written, 1)
            filled = BAR_WIDTH * written // total
            err.write(
                f"\r{done_kind:<16} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {written}/{total}",
                ending="",
            )
            err.flush()

        written = search_rebuild(kind=kind, progress=progress)
        if written:
            err.write("")
        for done_kind, count in sorted(written.items()):
            self.stdout.write(f"{done_kind}: {count} entries")

    @staticmethod
    def _count(source: Any) -> int:
        """How many entries a source will yield, when it can say so cheaply (for the bar)."""
        count = getattr(source, "count", None)
        return int(count()) if callable(count) else 0
