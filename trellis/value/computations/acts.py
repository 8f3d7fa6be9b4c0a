"""Indicators counted from the contribution log: what people did, when, where.

An act in an activity shared by several communities has a row in each; counts across the
network count distinct people, activities, documents or questions, so the act counts once.
"""

from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import Membership, MembershipState
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.selectors import contribution_list
from trellis.value.computations.registry import (
    Computation,
    Period,
    computation_register,
    ratio,
)
from trellis.value.models import ScopeKind
from trellis.value.scopes import Scope

ATTENDANCE = (
    Kind.ACTIVITY_ATTENDED,
    Kind.ACTIVITY_HOSTED,
    Kind.ACTIVITY_SPOKE,
    Kind.ACTIVITY_FACILITATED,
)
# Acts that are not taking part: joining, leaving, asking, being given a role, downloading.
NOT_TAKING_PART = (
    Kind.COMMUNITY_JOINED,
    Kind.COMMUNITY_LEFT,
    Kind.COMMUNITY_REJOINED,
    Kind.MEMBERSHIP_REQUESTED,
    Kind.ROLE_ASSIGNED,
    Kind.DOCUMENT_DOWNLOADED,
)
ALL = frozenset(ScopeKind.values)
NOT_ACTIVITY = ALL - {ScopeKind.ACTIVITY}


def acts(
    period: Period, scope: Scope, *, kinds: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> QuerySet:
    """The standing acts of the period in the scope, unordered, for grouped counting."""
    rows = contribution_list().filter(occurred_at__gte=period.since, occurred_at__lt=period.until)
    if kinds:
        rows = rows.filter(kind__in=kinds)
    if exclude:
        rows = rows.exclude(kind__in=exclude)
    if scope.kind == ScopeKind.COMMUNITY and scope.community_id is not None:
        rows = rows.filter(community_id=scope.community_id)
    elif scope.kind == ScopeKind.COUNTRY:
        rows = rows.filter(person__country=scope.country)
    elif scope.kind == ScopeKind.ACTIVITY:
        activity = ContentType.objects.get_by_natural_key("activities", "activity")
        rows = rows.filter(target_type=activity, target_id=scope.activity_id)
    return rows.order_by()


def _distinct(rows: QuerySet, *fields: str) -> Decimal:
    return Decimal(rows.values(*fields).distinct().count())


def activities_held(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=ATTENDANCE), "target_id")


def attendance_per_activity(period: Period, scope: Scope) -> Decimal | None:
    rows = acts(period, scope, kinds=ATTENDANCE)
    return ratio(
        rows.values("person_id", "target_id").distinct().count(),
        rows.values("target_id").distinct().count(),
    )


def attendance(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=ATTENDANCE), "person_id", "target_id")


def active_members(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, exclude=NOT_TAKING_PART), "person_id")


def newcomers(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=(Kind.COMMUNITY_JOINED,)), "person_id")


def questions_asked(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=(Kind.QUESTION_ASKED,)), "target_id")


def answers_given(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=(Kind.ANSWER_POSTED,)), "target_id")


def replies_posted(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=(Kind.REPLY_POSTED,)), "target_id")


def documents_published(period: Period, scope: Scope) -> Decimal | None:
    return _distinct(acts(period, scope, kinds=(Kind.DOCUMENT_PUBLISHED,)), "target_id")


def document_downloads(period: Period, scope: Scope) -> Decimal | None:
    return Decimal(acts(period, scope, kinds=(Kind.DOCUMENT_DOWNLOADED,)).count())


def document_reuse_outside(period: Period, scope: Scope) -> Decimal | None:
    """Distinct (person, document) downloads by people who are not active members of the
    community that made the document."""
    member = Membership.objects.filter(
        person_id=OuterRef("person_id"),
        community_id=OuterRef("community_id"),
        state=MembershipState.ACTIVE,
    )
    rows = acts(period, scope, kinds=(Kind.DOCUMENT_DOWNLOADED,)).filter(~Exists(member))
    return _distinct(rows, "person_id", "target_id")


def countries_taking_part(period: Period, scope: Scope) -> Decimal | None:
    rows = acts(period, scope, exclude=NOT_TAKING_PART).exclude(person__country="")
    return _distinct(rows, "person__country")


for _code, _compute, _scopes, _definition in (
    (
        "activities-held",
        activities_held,
        ALL,
        _(
            "The number of distinct activities that started in the period and have at least one "
            "attendance recorded (participant, host, speaker or facilitator)."
        ),
    ),
    (
        "attendance",
        attendance,
        ALL,
        _(
            "The number of attendances recorded at activities that started in the period: each "
            "person counts once per activity, whatever their role."
        ),
    ),
    (
        "attendance-per-activity",
        attendance_per_activity,
        ALL,
        _(
            "Attendances divided by activities held (both as defined above), to two decimals; "
            "undefined when no activity was held."
        ),
    ),
    (
        "active-members",
        active_members,
        NOT_ACTIVITY,
        _(
            "The number of distinct people with at least one standing act in the period other "
            "than joining, leaving, asking to join, being given a role or downloading."
        ),
    ),
    (
        "newcomers",
        newcomers,
        NOT_ACTIVITY,
        _(
            "The number of distinct people who joined a community for the first time in the "
            "period (rejoining does not count)."
        ),
    ),
    (
        "questions-asked",
        questions_asked,
        NOT_ACTIVITY,
        _("The number of questions asked in the period and not withdrawn."),
    ),
    (
        "answers-given",
        answers_given,
        NOT_ACTIVITY,
        _("The number of answers posted in the period and not withdrawn."),
    ),
    (
        "replies-posted",
        replies_posted,
        NOT_ACTIVITY,
        _("The number of replies posted in discussions in the period and not withdrawn."),
    ),
    (
        "documents-published",
        documents_published,
        NOT_ACTIVITY,
        _("The number of distinct documents published in the library in the period."),
    ),
    (
        "document-downloads",
        document_downloads,
        NOT_ACTIVITY,
        _(
            "The number of downloads of library documents by signed-in people in the period "
            "(visitors' downloads are not dated and are left out)."
        ),
    ),
    (
        "document-reuse-outside",
        document_reuse_outside,
        NOT_ACTIVITY,
        _(
            "The number of distinct (person, document) pairs in which a signed-in person who is "
            "not an active member of the community that made the document downloaded it in the "
            "period."
        ),
    ),
    (
        "countries-taking-part",
        countries_taking_part,
        NOT_ACTIVITY - {ScopeKind.COUNTRY},
        _(
            "The number of distinct countries of the people who took part in the period (active "
            "members as defined above) and gave their country."
        ),
    ),
):
    computation_register(Computation(_code, _definition, _compute, frozenset(_scopes)))
