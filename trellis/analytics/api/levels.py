"""API of levels: a community's rules (read by whoever sees its figures, replaced by network
admins) and a person's own participation (theirs and network admins'; 404 for anyone else)."""

from datetime import date
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema

from trellis.accounts.selectors import person_by_id
from trellis.analytics.levels import DEFAULT_WEIGHTS, Level, Rules
from trellis.analytics.permissions import (
    can_view_participation_rules,
    can_view_person_participation,
)
from trellis.analytics.selectors.levels import rules_for
from trellis.analytics.selectors.person_participation import person_participation
from trellis.analytics.services.rules import participation_rules_update
from trellis.communities.selectors import access_community
from trellis.core.api_schemas import PathId, error_responses
from trellis.core.permissions import require, signed_in_person
from trellis.core.translated import translated

router = Router(tags=["participation"])


class RulesOut(Schema):
    weights: dict[str, int] = Field(description="Points for each kind of act.")
    core_threshold: int
    active_threshold: int
    occasional_threshold: int
    window_months: int
    defaults: bool = Field(description="Whether these are the network's default rules.")


class RulesIn(Schema):
    weights: dict[str, int] = Field(
        default_factory=dict, description="Points by kind of act; kinds left out get the default."
    )
    core_threshold: int
    active_threshold: int
    occasional_threshold: int
    window_months: int


def _rules_out(rules: Rules) -> RulesOut:
    return RulesOut(
        weights=rules.weights,
        core_threshold=rules.core,
        active_threshold=rules.active,
        occasional_threshold=rules.occasional,
        window_months=rules.window_months,
        defaults=rules == Rules(),
    )


@router.get(
    "/communities/{slug}/participation-rules",
    response={200: RulesOut, **error_responses(403, 404, 422)},
)
def participation_rules_get(request: HttpRequest, slug: str) -> RulesOut:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation_rules(request.user, community))
    return _rules_out(rules_for([community.pk])[community.pk])


@router.put(
    "/communities/{slug}/participation-rules",
    response={200: RulesOut, **error_responses(403, 404, 422)},
)
def participation_rules_put(request: HttpRequest, slug: str, payload: RulesIn) -> RulesOut:
    """Network admins replace a community's rules; refused rules get a message per field."""
    community = access_community(viewer=request.user, slug=slug)
    rules = participation_rules_update(
        actor=signed_in_person(request),
        community=community,
        weights={**DEFAULT_WEIGHTS, **payload.weights},
        core=payload.core_threshold,
        active=payload.active_threshold,
        occasional=payload.occasional_threshold,
        window_months=payload.window_months,
    )
    return _rules_out(rules)


class MonthOut(Schema):
    month: str = Field(description="YYYY-MM")
    score: int
    level: Level | None


class CommunityParticipationOut(Schema):
    slug: str
    name: str
    is_member: bool
    score: int
    level: Level | None
    months: list[MonthOut]


class RoleOut(Schema):
    role: str
    community: str | None = Field(description="The community's slug; none for the network.")
    starts_on: date
    ends_on: date | None


class PersonParticipationOut(Schema):
    person_id: int
    communities: list[CommunityParticipationOut]
    roles_now: list[RoleOut]
    roles_before: list[RoleOut]


def _role_out(assignment: Any) -> RoleOut:
    return RoleOut(
        role=assignment.role.code,
        community=assignment.community.slug if assignment.community else None,
        starts_on=assignment.starts_on,
        ends_on=assignment.ends_on,
    )


@router.get(
    "/people/{person_id}/participation",
    response={200: PersonParticipationOut, **error_responses(404, 422)},
)
def person_participation_get(request: HttpRequest, person_id: PathId) -> PersonParticipationOut:
    """A person's levels now and month by month, and their roles: their own and network
    admins'; anyone else gets 404, as for a person who does not exist."""
    viewer = signed_in_person(request)
    person = person_by_id(person_id)
    if person is None or not can_view_person_participation(viewer, person):
        raise Http404
    participation = person_participation(viewer=viewer, person=person)
    return PersonParticipationOut(
        person_id=person.pk,
        communities=[
            CommunityParticipationOut(
                slug=item.community.slug,
                name=translated(item.community.name) or item.community.code,
                is_member=item.is_member,
                score=item.score_now,
                level=item.level_now,
                months=[
                    MonthOut(month=m.first_day.strftime("%Y-%m"), score=m.score, level=m.level)
                    for m in item.months
                ],
            )
            for item in participation.communities
        ],
        roles_now=[_role_out(r) for r in participation.roles_now],
        roles_before=[_role_out(r) for r in participation.roles_before],
    )
