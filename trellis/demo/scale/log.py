"""The contribution log of a generated network, written as it is collected.

A network of ten thousand members has about a million log rows: too many to hold as model
instances until the end, so rows go to the database in batches as soon as a batch is full.
"""

from datetime import datetime

from django.db import models

from trellis.communities.models import Community
from trellis.demo.history import ContributionLog

BATCH = 5000


class StreamedContributionLog(ContributionLog):
    """A `ContributionLog` that inserts its rows every `BATCH` rows and counts them."""

    def __init__(self, communities: dict[str, Community]) -> None:
        super().__init__(communities)
        self.written = 0

    def add_id(
        self,
        person_id: int | None,
        kind: str,
        community: str | None,
        model: type[models.Model],
        target_id: int,
        when: datetime,
        **details: str | int | None,
    ) -> None:
        if person_id is None:
            raise ValueError("Every contribution is somebody's.")
        super().add_id(person_id, kind, community, model, target_id, when, **details)
        if len(self.entries) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.written += self.write(batch_size=BATCH)
