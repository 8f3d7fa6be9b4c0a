"""Writing the demo's history the way the services would have recorded it as it happened.

The demo writes rows in bulk, so it keeps the historical times of `auto_now` fields and
collects the contribution-log entries the services would have recorded, for one insert at the
end through the log's bulk service.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from django.db import models

from trellis.accounts.models import User
from trellis.communities.models import Community
from trellis.participation.services import ContributionEntry, contribution_bulk_record


@contextmanager
def historical_timestamps(*model_classes: type[models.Model]) -> Iterator[None]:
    """Let bulk inserts keep the historical `auto_now`/`auto_now_add` times they are given."""
    fields = [
        field
        for model in model_classes
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]  # type: ignore[attr-defined]
    for field in fields:
        field.auto_now = field.auto_now_add = False  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add  # type: ignore[attr-defined]


class ContributionLog:
    """Contribution entries collected for one bulk insert through the log's own service; an
    entry's `community` may be None (a network-wide question)."""

    def __init__(self, communities: dict[str, Community]) -> None:
        self.communities = {code: community.pk for code, community in communities.items()}
        self.entries: list[ContributionEntry] = []

    def add(
        self,
        person: User,
        kind: str,
        community: str | None,
        target: models.Model,
        when: datetime,
        **details: str | int | None,
    ) -> None:
        self.add_id(person.pk, kind, community, type(target), target.pk, when, **details)

    def add_id(
        self,
        person_id: int,
        kind: str,
        community: str | None,
        model: type[models.Model],
        target_id: int,
        when: datetime,
        **details: str | int | None,
    ) -> None:
        self.entries.append(
            ContributionEntry(
                person_id=person_id,
                kind=kind,
                community_id=self.communities[community] if community else None,
                target_model=model,
                target_id=target_id,
                occurred_at=when,
                details=details,
            )
        )

    def write(self, *, batch_size: int = 2000) -> int:
        """Insert the collected entries and forget them; returns how many were written."""
        written = contribution_bulk_record(entries=self.entries, batch_size=batch_size)
        self.entries = []
        return written
