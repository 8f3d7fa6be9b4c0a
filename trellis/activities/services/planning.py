"""Planning activities: creating and changing them, their sessions, what came out of them.

Every service checks the permission predicate itself, writes in one transaction and records
contributions; side effects (emails to registrants) are queued after commit.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.activities import permissions
from trellis.activities.models import (
    Activity,
    ActivityMaterial,
    ActivityStatus,
    ActivityType,
)
from trellis.activities.search_source import KIND as ACTIVITY_KIND

# Who runs an activity has its own module; these names stay importable from here.
from trellis.activities.services.contributors import (
    CONTRIBUTION_OF_ROLE as CONTRIBUTION_OF_ROLE,
)
from trellis.activities.services.contributors import (
    activity_contributor_add as activity_contributor_add,
)
from trellis.activities.services.contributors import (
    activity_contributor_remove as activity_contributor_remove,
)
from trellis.activities.services.contributors import (
    activity_guest_contributor_add as activity_guest_contributor_add,
)
from trellis.activities.services.registration import registrations_notify_change
from trellis.communities.models import AgendaItem, Community
from trellis.communities.services import audit_record
from trellis.core.permissions import require
from trellis.core.translated import translated_clean
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User

PLANNED_FIELDS = (
    "activity_type",
    "title",
    "description",
    "formality",
    "mode",
    "country",
    "city",
    "venue",
    "online_url",
    "starts_at",
    "ends_at",
    "timezone",
    "languages",
    "interpretation",
    "capacity",
    "registration_deadline",
    "status",
)

# Changes that registrants are told about by email.
NOTICEABLE_FIELDS = frozenset(
    {"starts_at", "ends_at", "timezone", "venue", "city", "country", "online_url", "mode", "status"}
)


def _check(activity: Activity, *, opening: bool = False) -> None:
    """The activity's own rules; `opening`: registration is being opened (by creating it open,
    changing its status to open, or moving the start of an open activity)."""
    activity.full_clean(exclude=["communities", "agenda_items"])
    if opening and activity.starts_at <= timezone.now():
        # Registration refuses every answer once the activity has started (`_open_check`).
        raise ValidationError(
            {
                "status": _(
                    "This activity has already started: registration cannot be opened. "
                    "Mark it held to record attendance and outcomes, or move its date."
                )
            }
        )
    if activity.registration_deadline and activity.registration_deadline > activity.starts_at:
        raise ValidationError(
            {"registration_deadline": _("The registration deadline must be before the start.")}
        )
    if activity.parent_id and activity.parent is not None:
        parent = activity.parent
        if activity.starts_at < parent.starts_at or activity.ends_at > parent.ends_at:
            raise ValidationError(
                {"starts_at": _("A session must take place within the activity it belongs to.")}
            )


@contextmanager
def _kept_if_refused(activity: Activity, fields: dict[str, Any]) -> Iterator[None]:
    """Give the activity the new values for the checks inside; when they refuse, it gets its
    old values back, so a page showing the refusal shows the activity as it is saved."""
    before = {name: getattr(activity, name) for name in fields}
    for name, value in fields.items():
        setattr(activity, name, value)
    try:
        yield
    except ValidationError:
        for name, value in before.items():
            setattr(activity, name, value)
        raise


def _agenda_items_check(
    items: Iterable[AgendaItem],
    communities: list[Community],
    *,
    actor: "User",
    linked: Iterable[AgendaItem] = (),
) -> list[Any]:
    """Items of the activity's own communities; an item the actor newly links must also be of
    a community they may see (one hidden from them is refused as if it were of no community
    of the activity, telling nothing of it)."""
    items = list(items)
    already = {item.pk for item in linked}
    visible = {c.pk for c in communities if permissions.can_view_community(actor, c)}
    allowed = {community.pk for community in communities}
    if any(
        item.community_id not in allowed
        or (item.pk not in already and item.community_id not in visible)
        for item in items
    ):
        raise ValidationError(
            {"agenda_items": _("Choose agenda items of the activity's own communities.")}
        )
    return items


def activity_create(
    *,
    actor: "User",
    communities: list[Community],
    activity_type: ActivityType,
    parent: Activity | None = None,
    agenda_items: Iterable[AgendaItem] = (),
    **fields: Any,
) -> Activity:
    """Plan an activity for one or more communities (several make it a boundary activity)."""
    if parent is not None:
        # A session belongs to its activity's communities; whoever runs the activity (for
        # any of them) plans its sessions.
        communities = list(parent.communities.all())
        require(actor, permissions.can_manage_activity(actor, parent))
    if not communities:
        raise ValidationError({"communities": _("Choose at least one community.")})
    if parent is None:
        for community in communities:
            require(
                actor,
                permissions.can_manage_activities(actor, community),
                reason=permissions.MANAGE_ACTIVITIES_REASON,
            )
    unknown = set(fields) - set(PLANNED_FIELDS)
    if unknown:
        raise ValidationError(
            _("These fields cannot be set: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    activity = Activity(activity_type=activity_type, parent=parent, created_by=actor, **fields)
    _check(activity, opening=activity.status == ActivityStatus.OPEN)
    items = _agenda_items_check(agenda_items, communities, actor=actor)
    with transaction.atomic():
        activity.save()
        activity.communities.set(communities)
        activity.agenda_items.set(items)
        search_index_later(kind=ACTIVITY_KIND, ids=[activity.pk])
        for community in communities:
            audit_record(
                actor=actor,
                community=community,
                action="activity.created",
                subject=activity.title,
                activity=activity.pk,
            )
    return activity


def activity_update(
    *,
    actor: "User",
    activity: Activity,
    communities: list[Community] | None = None,
    agenda_items: Iterable[AgendaItem] | None = None,
    **fields: Any,
) -> Activity:
    """Change an activity; registrants hear about changes of date, place or status."""
    require(actor, permissions.can_manage_activity(actor, activity))
    unknown = set(fields) - set(PLANNED_FIELDS)
    if unknown:
        raise ValidationError(
            _("These fields cannot be set: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    # Nobody removes what they cannot see: a boundary activity's communities hidden from the
    # actor (and their agenda items) stay, whatever list the actor sends.
    hidden = [
        community
        for community in activity.communities.all()
        if not permissions.can_view_community(actor, community)
    ]
    if communities is not None:
        if not communities:
            raise ValidationError({"communities": _("Choose at least one community.")})
        for community in communities:
            if community not in activity.communities.all():
                require(
                    actor,
                    permissions.can_manage_activities(actor, community),
                    reason=permissions.MANAGE_ACTIVITIES_REASON,
                )
        communities = list(dict.fromkeys([*communities, *hidden]))
    if agenda_items is not None and hidden:
        hidden_ids = {community.pk for community in hidden}
        kept = [item for item in activity.agenda_items.all() if item.community_id in hidden_ids]
        agenda_items = list(dict.fromkeys([*agenda_items, *kept]))
    changed = {name for name, value in fields.items() if getattr(activity, name) != value}
    final_communities = communities if communities is not None else list(activity.communities.all())
    with _kept_if_refused(activity, fields):
        _check(
            activity,
            opening=activity.status == ActivityStatus.OPEN
            and bool(changed & {"status", "starts_at"}),
        )
        items = (
            _agenda_items_check(
                agenda_items, final_communities, actor=actor, linked=activity.agenda_items.all()
            )
            if agenda_items is not None
            else None
        )
    with transaction.atomic():
        if changed:
            activity.sequence += 1
        activity.save()
        if communities is not None:
            activity.communities.set(communities)
        if items is not None:
            activity.agenda_items.set(items)
        search_index_later(kind=ACTIVITY_KIND, ids=[activity.pk])
        for community in final_communities:
            audit_record(
                actor=actor,
                community=community,
                action="activity.updated",
                subject=activity.title,
                fields=sorted(changed),
                activity=activity.pk,
            )
        # Capacity is passed too: more places promote people from the waiting list.
        noticed = changed & (NOTICEABLE_FIELDS | {"capacity"})
        if noticed:
            transaction.on_commit(
                lambda: registrations_notify_change(activity=activity, changed=noticed)
            )
    return activity


def activity_outcomes_record(
    *,
    actor: "User",
    activity: Activity,
    summary: dict[str, str],
    outputs: dict[str, str] | None = None,
    decisions: dict[str, str] | None = None,
    follow_ups: dict[str, str] | None = None,
) -> Activity:
    """The social reporter's record of what came out of an activity, the whole of it: each
    text is {language: text}, in one language or more; a text left out is recorded empty."""
    require(actor, permissions.can_report_outcomes(actor, activity))
    recorded: dict[str, Any] = {
        "summary": translated_clean(summary),
        "outputs": translated_clean(outputs),
        "decisions": translated_clean(decisions),
        "follow_ups": translated_clean(follow_ups),
        "reported_by": actor,
    }
    with _kept_if_refused(activity, recorded):
        activity.full_clean(exclude=["communities", "agenda_items"])
    with transaction.atomic():
        activity.save()
        search_index_later(kind=ACTIVITY_KIND, ids=[activity.pk])
        at = timezone.now()
        for community in activity.communities.all():
            contribution_record(
                person=actor,
                kind=ContributionKind.ACTIVITY_REPORTED,
                community=community,
                target=activity,
                occurred_at=at,
            )
    return activity


def activity_material_add(
    *, actor: "User", activity: Activity, title: str, url: str
) -> ActivityMaterial:
    require(actor, permissions.can_report_outcomes(actor, activity))
    material = ActivityMaterial(activity=activity, title=title.strip(), url=url, added_by=actor)
    material.full_clean()
    material.save()
    return material


def activity_type_create(
    *,
    actor: "User",
    slug: str,
    name: dict[str, str],
    description: dict[str, str] | None = None,
    formats: list[str] | None = None,
    orientations: list[str] | None = None,
) -> ActivityType:
    """Network admins add activity types to the catalogue."""
    require(actor, permissions.can_add_activity_type(actor))
    activity_type = ActivityType(
        slug=slug,
        name=name,
        description=description or {},
        formats=formats or [],
        orientations=orientations or [],
        position=(ActivityType.objects.count() + 1) * 10,
    )
    activity_type.full_clean()
    activity_type.save()
    return activity_type
