"""Who runs an activity: its hosts, speakers and facilitators, members or invited outsiders.

Naming a member credits them in every community of the activity; removing them withdraws that
credit. Every service checks the permission predicate itself and writes in one transaction.
"""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trellis.activities import permissions
from trellis.activities.models import Activity, ActivityContributor, ContributorRole
from trellis.communities.models import TransactionalParticipant
from trellis.communities.services import transactional_participant_record
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record, contribution_withdraw

if TYPE_CHECKING:
    from trellis.accounts.models import User

CONTRIBUTION_OF_ROLE = {
    ContributorRole.HOST: ContributionKind.ACTIVITY_HOSTED,
    ContributorRole.SPEAKER: ContributionKind.ACTIVITY_SPOKE,
    ContributorRole.FACILITATOR: ContributionKind.ACTIVITY_FACILITATED,
}


def activity_contributor_add(
    *,
    actor: "User",
    activity: Activity,
    role: str,
    person: "User | None" = None,
    guest: TransactionalParticipant | None = None,
) -> ActivityContributor:
    """Name a host, speaker or facilitator: a member, or an invited outsider (a guest record)."""
    require(actor, permissions.can_manage_activity(actor, activity))
    if (person is None) == (guest is None):
        raise ValidationError(_("Choose either a member or an invited outsider."))
    contributor = ActivityContributor(activity=activity, role=role, person=person, guest=guest)
    contributor.full_clean()
    with transaction.atomic():
        contributor.save()
        if person is not None:
            # One act, one moment: a shared activity's rows in each community are that act.
            at = timezone.now()
            for community in activity.communities.all():
                contribution_record(
                    person=person,
                    kind=CONTRIBUTION_OF_ROLE[ContributorRole(role)],
                    community=community,
                    target=activity,
                    occurred_at=at,
                    details={"role": role, "contributor": contributor.pk},
                )
    return contributor


def activity_guest_contributor_add(
    *,
    actor: "User",
    activity: Activity,
    role: str,
    full_name: str,
    organisation: str = "",
    email: str = "",
) -> ActivityContributor:
    """Name an invited outsider as host, speaker or facilitator: a guest record of the first
    of the activity's communities the actor runs, and the contributor, in one transaction."""
    require(actor, permissions.can_manage_activity(actor, activity))
    community = permissions.community_run_by(actor, activity)
    if community is None:
        raise ValidationError(_("You run none of this activity's communities."))
    with transaction.atomic():
        guest = transactional_participant_record(
            actor=actor,
            community=community,
            full_name=full_name,
            organisation=organisation,
            email=email,
            note=str(ContributorRole(role).label) if role in ContributorRole.values else "",
        )
        return activity_contributor_add(actor=actor, activity=activity, role=role, guest=guest)


def activity_contributor_remove(*, actor: "User", contributor: ActivityContributor) -> None:
    """Remove a host, speaker or facilitator; the credit their naming recorded is withdrawn
    (kept in the log, no longer counted), in every community of the activity."""
    require(actor, permissions.can_manage_activity(actor, contributor.activity))
    with transaction.atomic():
        if contributor.person is not None:
            contribution_withdraw(
                kind=CONTRIBUTION_OF_ROLE[ContributorRole(contributor.role)],
                target=contributor.activity,
                person=contributor.person,
                details={"contributor": contributor.pk},
            )
        contributor.delete()
