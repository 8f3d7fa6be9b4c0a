"""Creating and editing communities, their stage and their sponsors and stakeholders."""

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    StageChange,
    Stakeholder,
)
from trellis.communities.search_content import community_content_reindex_later
from trellis.communities.selectors import network_get
from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require
from trellis.core.translated import translated_clean

if TYPE_CHECKING:
    from trellis.accounts.models import User


EDITABLE_FIELDS = (
    "name",
    "description",
    "domain_statement",
    "domain_type",
    "visibility",
    "join_policy",
    "value_proposition",
)


def community_create(*, actor: "User", code: str, slug: str, **fields: Any) -> Community:
    require(actor, permissions.can_create_community(actor))
    stage = fields.pop("stage", None)
    community = Community(network=network_get(), code=code.upper(), slug=slug, **fields)
    if stage:
        community.stage = stage
    community.full_clean()
    with transaction.atomic():
        community.save()
        StageChange.objects.create(community=community, stage=community.stage, changed_by=actor)
        audit_record(
            actor=actor,
            community=community,
            action="community.created",
            subject=community.name or community.code,
        )
    return community


def community_update(
    *,
    actor: "User",
    community: Community,
    stage_note: dict[str, str] | None = None,
    **fields: Any,
) -> Community:
    """Change a community's description, domain, proposition, visibility or stage; a stage
    change is kept in the stage history with `stage_note`, {language: why it changed}."""
    require(actor, permissions.can_manage_community(actor, community))
    unknown = set(fields) - {*EDITABLE_FIELDS, "stage"}
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    before = {name: getattr(community, name) for name in fields}
    for name, value in fields.items():
        setattr(community, name, value)
    try:
        community.full_clean()
    except ValidationError:
        # A refused change leaves the object as it was: the page showing the errors still
        # shows the community's real name.
        for name, value in before.items():
            setattr(community, name, value)
        raise
    changed: dict[str, Any] = {
        name: [before[name], getattr(community, name)]
        for name in fields
        if before[name] != getattr(community, name)
    }
    if not changed:
        return community
    with transaction.atomic():
        community.save()
        if "stage" in changed:
            StageChange.objects.create(
                community=community,
                stage=community.stage,
                changed_by=actor,
                note=translated_clean(stage_note),
            )
        audit_record(
            actor=actor,
            community=community,
            action="community.updated",
            **changed,
        )
        if changed.keys() & {"visibility", "name"}:
            # Who finds its content, and the name its content is found by.
            community_content_reindex_later(community_id=community.pk)
    return community


def stakeholder_add(
    *,
    actor: "User",
    community: Community,
    kind: str,
    name: str,
    interest: dict[str, str] | None = None,
) -> Stakeholder:
    """Name a sponsor or stakeholder the community negotiates its needs with."""
    require(actor, permissions.can_manage_community(actor, community))
    stakeholder = Stakeholder(
        community=community, kind=kind, name=name.strip(), interest=interest or {}
    )
    stakeholder.full_clean()
    with transaction.atomic():
        stakeholder.save()
        audit_record(
            actor=actor,
            community=community,
            action="stakeholder.added",
            subject=stakeholder.name,
            kind=stakeholder.kind,
        )
    return stakeholder


def stakeholder_remove(*, actor: "User", stakeholder: Stakeholder) -> None:
    community = stakeholder.community
    require(actor, permissions.can_manage_community(actor, community))
    with transaction.atomic():
        audit_record(
            actor=actor,
            community=community,
            action="stakeholder.removed",
            subject=stakeholder.name,
            kind=stakeholder.kind,
        )
        stakeholder.delete()
