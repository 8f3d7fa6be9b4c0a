"""The scale generator (`manage.py demo --members N`), built small on top of the demo."""

import hashlib
from collections.abc import Iterator
from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from trellis.accounts.models import User
from trellis.activities.models import Activity, Attendance, Registration
from trellis.communities.models import Community, Membership, MembershipState, Visibility
from trellis.communities.tests.test_member_count_kept import assert_counts_true
from trellis.conversations.models import Answer, Discussion, Question, Reply
from trellis.demo.network import COMMUNITIES
from trellis.demo.scale import ScaleSummary, scale_load
from trellis.demo.scale.network import EMAIL_DOMAIN
from trellis.participation.models import Contribution

MEMBERS = 300
ANCHOR = date(2026, 11, 27)


# These run first: the network below is built for the rest of the module when first asked for.
def test_the_plain_demo_has_no_generated_network(demo: str) -> None:
    assert not User.objects.filter(email__endswith=EMAIL_DOMAIN).exists()
    assert Community.objects.count() == len(COMMUNITIES)


def test_the_demo_keeps_its_member_counts(demo: str) -> None:
    assert_counts_true()


def test_the_command_refuses_a_network_without_members(demo: str) -> None:
    with pytest.raises(CommandError, match="positive"):
        call_command("demo", members=0, stdout=StringIO())


def test_the_command_leaves_a_loaded_database_alone(demo: str) -> None:
    output, errors = StringIO(), StringIO()
    call_command("demo", members=MEMBERS, stdout=output, stderr=errors)
    assert "the demo was not loaded" in output.getvalue()
    assert "no network was generated" in errors.getvalue()
    assert not User.objects.filter(email__endswith=EMAIL_DOMAIN).exists()


def _build() -> tuple[ScaleSummary, str]:
    """Build the small network on top of the loaded demo; its summary and digest."""
    summary = scale_load(members=MEMBERS, anchor=ANCHOR)
    return summary, _digest()


def _digest() -> str:
    """The generated network by natural keys (never by id: ids differ between databases)."""
    digest = hashlib.sha256()
    # Each query is ordered by every value it shows, so that rows which tie on the leading
    # columns still come out in one order: PostgreSQL returns ties in any order it likes.
    shown: list[tuple[Any, tuple[str, ...]]] = [
        (
            User.objects.filter(email__endswith=EMAIL_DOMAIN),
            ("email", "full_name", "country", "languages"),
        ),
        (Community.objects.all(), ("code", "name", "visibility")),
        (Membership.objects.all(), ("community__code", "person__email", "state", "joined_at")),
        (Activity.objects.all(), ("starts_at", "title", "status", "created_by__email")),
        (Registration.objects.all(), ("activity__starts_at", "person__email", "answer")),
        (
            Question.objects.all(),
            ("created_at", "title", "author__email", "accepted_answer__author__email"),
        ),
        (Reply.objects.all(), ("created_at", "author__email", "body")),
        (
            Contribution.objects.all(),
            ("occurred_at", "person__email", "kind", "community__code"),
        ),
    ]
    rows = [query.order_by(*fields).values_list(*fields) for query, fields in shown]
    for query in rows:
        for row in query:
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def scaled(loaded: str, django_db_blocker: Any) -> Iterator[tuple[ScaleSummary, str, str]]:
    """The small network, built once for the module and rolled back after it, with the
    digest of that build and of an earlier one, rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        with transaction.atomic():
            _, first = _build()
            transaction.set_rollback(True)
        summary, digest = _build()
        yield summary, digest, first
        transaction.set_rollback(True)


@pytest.fixture
def network(scaled: tuple[ScaleSummary, str, str], db: Any) -> ScaleSummary:
    return scaled[0]


def test_the_network_has_the_proportions_of_the_benchmark(network: ScaleSummary) -> None:
    assert network.people == MEMBERS
    assert User.objects.filter(email__endswith=EMAIL_DOMAIN).count() == MEMBERS
    assert network.communities == Community.objects.count() == 30
    private = Community.objects.filter(visibility=Visibility.PRIVATE)
    assert private.filter(code__startswith="S").exclude(code="SC").count() >= 5
    # At 10,000 members: about 3,000 activities, 20,000 posts and a million log rows.
    assert network.activities == MEMBERS * 3 // 10
    assert 1.5 * MEMBERS <= network.posts <= 3 * MEMBERS
    assert network.memberships >= 1.5 * MEMBERS
    assert network.registrations > network.attendances > 0
    assert network.contributions >= 10 * MEMBERS
    generated = Contribution.objects.filter(person__email__endswith=EMAIL_DOMAIN)
    assert generated.count() == network.contributions
    assert set(Question.objects.values_list("language", flat=True)) == {"en", "ru"}


def test_two_builds_are_the_same(scaled: tuple[ScaleSummary, str, str], db: Any) -> None:
    _, digest, first = scaled
    assert digest == first


def test_member_counts_are_kept_for_every_community(network: ScaleSummary) -> None:
    assert_counts_true()


def test_every_row_points_at_what_exists(network: ScaleSummary) -> None:
    communities = Community.objects.values("pk")
    assert not Membership.objects.exclude(community__in=communities).exists()
    generated = Contribution.objects.filter(person__email__endswith=EMAIL_DOMAIN)
    kinds = ContentType.objects.filter(pk__in=generated.order_by().values("target_type_id"))
    assert {kind.model for kind in kinds} >= {"membership", "activity", "question", "reply"}
    for kind in kinds:
        model = kind.model_class()
        assert model is not None
        targets = generated.filter(target_type=kind)
        assert not targets.exclude(target_id__in=model.objects.values("pk")).exists(), kind


def test_private_communities_hear_only_from_their_members(network: ScaleSummary) -> None:
    for community in Community.objects.filter(visibility=Visibility.PRIVATE):
        members = set(
            Membership.objects.filter(community=community).values_list("person_id", flat=True)
        )
        authors = [
            *Question.objects.filter(community=community).values_list("author_id", flat=True),
            *Answer.objects.filter(question__community=community).values_list(
                "author_id", flat=True
            ),
            *Discussion.objects.filter(community=community).values_list("author_id", flat=True),
            *Reply.objects.filter(discussion__community=community).values_list(
                "author_id", flat=True
            ),
            *Registration.objects.filter(activity__communities=community).values_list(
                "person_id", flat=True
            ),
            *Attendance.objects.filter(activity__communities=community).values_list(
                "person_id", flat=True
            ),
        ]
        assert set(authors) <= members, community.code
    assert Membership.objects.filter(
        community__visibility=Visibility.PRIVATE, state=MembershipState.ACTIVE
    ).exists()
