"""Writing to the contribution log."""

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from trellis.participation.models import Contribution, ContributionKind

if TYPE_CHECKING:
    from trellis.accounts.models import User


def contribution_record(
    *,
    person: "User",
    kind: ContributionKind | str,
    community: models.Model | None = None,
    target: models.Model | None = None,
    occurred_at: datetime | None = None,
    details: dict[str, Any] | None = None,
) -> Contribution:
    """Record one meaningful act: who did what kind of thing, in which community, on what, when.

    Every capability calls this for each act it wants counted in participation and value
    analytics. It writes inside the caller's transaction, so an act that rolls back leaves no
    trace in the log.
    """
    kind = ContributionKind(kind)
    return Contribution.objects.create(
        person=person,
        kind=kind,
        community_id=community.pk if community is not None else None,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        occurred_at=occurred_at or timezone.now(),
        details=details or {},
    )
