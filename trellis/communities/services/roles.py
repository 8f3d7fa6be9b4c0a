"""Assigning and ending roles for a community or the whole network.

A role gives rights in Trellis's own pages only. The network administrator role does not make
anyone a superuser or a user of the Django admin site: that raw access to every table is given
on purpose, to the people who run the installation (`manage.py createsuperuser`, or a superuser
ticking "may use the admin site"), and it survives or ends independently of any role.
"""

from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    Role,
    RoleAssignment,
)
from trellis.communities.services.audit import audit_record
from trellis.core.network_time import network_today
from trellis.core.permissions import require
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User


def role_assign(
    *,
    actor: "User",
    person: "User",
    role: Role,
    community: Community | None,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> RoleAssignment:
    """Give someone a role for a community or the network, for a period."""
    require(actor, permissions.can_assign_roles(actor, community))
    if community is not None and role.network_scope_only:
        raise ValidationError({"role": _("This role can only be held for the whole network.")})
    if not permissions.can_hold_role(person, role, community):
        raise ValidationError({"person": _("Only members of the community can hold this role.")})
    assignment = RoleAssignment(
        role=role,
        person=person,
        community=community,
        starts_on=starts_on or network_today(),
        ends_on=ends_on,
        assigned_by=actor,
    )
    assignment.full_clean()
    with transaction.atomic():
        assignment.save()
        contribution_record(
            person=person,
            kind=ContributionKind.ROLE_ASSIGNED,
            community=community,
            target=assignment,
            details={"role": role.code},
        )
        audit_record(
            actor=actor,
            community=community,
            action="role.assigned",
            subject=str(person),
            person=person.pk,
            role=role.code,
        )
    permissions.permission_cache_clear(person)
    return assignment


def role_end(
    *, actor: "User", assignment: RoleAssignment, ends_on: date | None = None
) -> RoleAssignment:
    """End a role assignment (roles rotate); the record stays for the history."""
    require(actor, permissions.can_assign_roles(actor, assignment.community))
    ends_on = ends_on or network_today()
    if ends_on < assignment.starts_on:
        ends_on = assignment.starts_on
    with transaction.atomic():
        assignment.ends_on = ends_on
        assignment.save(update_fields=["ends_on", "updated_at"])
        audit_record(
            actor=actor,
            community=assignment.community,
            action="role.ended",
            subject=str(assignment.person),
            person=assignment.person_id,
            role=assignment.role.code,
        )
    permissions.permission_cache_clear(assignment.person)
    return assignment


def role_period_change(
    *,
    actor: "User",
    assignment: RoleAssignment,
    starts_on: date | None = None,
    ends_on: date | None = None,
    reopen: bool = False,
) -> RoleAssignment:
    """Change an assignment's period: its start, its end (`reopen` removes the end)."""
    require(actor, permissions.can_assign_roles(actor, assignment.community))
    new_start = starts_on or assignment.starts_on
    new_end = None if reopen else (ends_on or assignment.ends_on)
    if new_end is not None and new_end < new_start:
        raise ValidationError({"ends_on": _("A role cannot end before it starts.")})
    changed = [
        name
        for name, value in (("starts_on", new_start), ("ends_on", new_end))
        if getattr(assignment, name) != value
    ]
    if not changed:
        return assignment
    with transaction.atomic():
        assignment.starts_on = new_start
        assignment.ends_on = new_end
        assignment.save(update_fields=[*changed, "updated_at"])
        audit_record(
            actor=actor,
            community=assignment.community,
            action="role.period_changed",
            subject=str(assignment.person),
            person=assignment.person_id,
            role=assignment.role.code,
            starts_on=new_start.isoformat(),
            ends_on=new_end.isoformat() if new_end else None,
        )
    permissions.permission_cache_clear(assignment.person)
    return assignment
