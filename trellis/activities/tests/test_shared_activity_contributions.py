"""An activity shared by two communities counts in both communities' contribution logs, and
an attendance taken back stays in the log as withdrawn, counted by nobody."""

from typing import Any

import pytest

from trellis.activities.models import ActivityStatus, RegistrationAnswer
from trellis.activities.services import attendance as attendance_services
from trellis.activities.services.planning import (
    activity_contributor_add,
    activity_contributor_remove,
    activity_outcomes_record,
)
from trellis.activities.services.registration import registration_answer, registration_cancel
from trellis.activities.tests.factories import ActivityFactory
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution
from trellis.participation.selectors import contribution_count, contribution_list

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(world: Any) -> Any:
    return ActivityFactory(communities=[world.public, world.private])


def logged(world: Any, community: Any) -> list[tuple[str, str]]:
    """What the community's log shows as standing: (person's email, kind), sorted."""
    return sorted(
        (row.person.email, row.kind) for row in contribution_list(community_id=community.pk)
    )


def test_each_community_of_a_shared_activity_logs_attendance_hosting_speaking(world, shared):
    mark = attendance_services.attendance_mark
    mark(actor=world.convener, activity=shared, person=world.member, role="participant")
    mark(actor=world.convener, activity=shared, person=world.convener, role="host")
    mark(actor=world.convener, activity=shared, person=world.sponsor, role="speaker")

    expected = [
        ("convener@example.org", ContributionKind.ACTIVITY_HOSTED),
        ("member@example.org", ContributionKind.ACTIVITY_ATTENDED),
        ("sponsor@example.org", ContributionKind.ACTIVITY_SPOKE),
    ]
    assert logged(world, world.public) == expected
    assert logged(world, world.private) == expected


def test_each_community_logs_named_contributors_registrations_and_reports(world, shared):
    activity_contributor_add(
        actor=world.convener, activity=shared, role="speaker", person=world.sponsor
    )
    registration_answer(person=world.member, activity=shared, answer=RegistrationAnswer.YES)
    shared.status = ActivityStatus.HELD
    shared.save(update_fields=["status"])
    activity_outcomes_record(
        actor=world.convener, activity=shared, summary={"en": "We compared notes."}
    )

    expected = [
        ("convener@example.org", ContributionKind.ACTIVITY_REPORTED),
        ("member@example.org", ContributionKind.ACTIVITY_REGISTERED),
        ("sponsor@example.org", ContributionKind.ACTIVITY_SPOKE),
    ]
    assert logged(world, world.public) == expected
    assert logged(world, world.private) == expected


def test_registering_again_after_cancelling_is_not_a_new_act(world, shared):
    registration_answer(person=world.member, activity=shared, answer=RegistrationAnswer.YES)
    registration_cancel(person=world.member, activity=shared)
    registration_answer(person=world.member, activity=shared, answer=RegistrationAnswer.MAYBE)

    for community in (world.public, world.private):
        assert logged(world, community) == [
            ("member@example.org", ContributionKind.ACTIVITY_REGISTERED)
        ]


def test_unmarking_withdraws_the_attendance_in_both_communities_and_keeps_its_rows(world, shared):
    mark = attendance_services.attendance_mark
    mark(actor=world.convener, activity=shared, person=world.member, role="participant")
    attendance_services.attendance_unmark(
        actor=world.convener, activity=shared, person=world.member
    )

    assert logged(world, world.public) == []
    assert logged(world, world.private) == []
    kept = Contribution.objects.filter(person=world.member, kind=ContributionKind.ACTIVITY_ATTENDED)
    assert kept.count() == 2
    assert all(row.withdrawn_at is not None for row in kept)

    mark(actor=world.convener, activity=shared, person=world.member, role="participant")
    assert logged(world, world.public) == [
        ("member@example.org", ContributionKind.ACTIVITY_ATTENDED)
    ]
    assert Contribution.objects.filter(person=world.member).count() == 4


def test_a_changed_role_withdraws_the_old_kind_and_records_the_new(world, shared):
    mark = attendance_services.attendance_mark
    mark(actor=world.convener, activity=shared, person=world.member, role="participant")
    mark(actor=world.convener, activity=shared, person=world.member, role="speaker")

    assert logged(world, world.private) == [("member@example.org", ContributionKind.ACTIVITY_SPOKE)]
    withdrawn = Contribution.objects.filter(withdrawn_at__isnull=False)
    assert sorted(withdrawn.values_list("community__code", "kind")) == [
        ("PRIV", ContributionKind.ACTIVITY_ATTENDED),
        ("PUB", ContributionKind.ACTIVITY_ATTENDED),
    ]


def test_removing_a_named_speaker_withdraws_their_credit_in_both_communities(world, shared):
    """Named twice (a mistake), removed once: one credit stands; attending as speaker too is
    another act and stays."""
    first = activity_contributor_add(
        actor=world.convener, activity=shared, role="speaker", person=world.sponsor
    )
    activity_contributor_add(
        actor=world.convener, activity=shared, role="speaker", person=world.sponsor
    )
    attendance_services.attendance_mark(
        actor=world.convener, activity=shared, person=world.sponsor, role="speaker"
    )
    activity_contributor_remove(actor=world.convener, contributor=first)

    for community in (world.public, world.private):
        assert (
            logged(world, community)
            == [("sponsor@example.org", ContributionKind.ACTIVITY_SPOKE)] * 2
        )
    withdrawn = Contribution.objects.filter(withdrawn_at__isnull=False)
    assert sorted(withdrawn.values_list("community__code", "kind")) == [
        ("PRIV", ContributionKind.ACTIVITY_SPOKE),
        ("PUB", ContributionKind.ACTIVITY_SPOKE),
    ]


def test_across_the_network_a_shared_act_counts_once(world, shared):
    attendance_services.attendance_mark(
        actor=world.convener, activity=shared, person=world.member, role="participant"
    )
    activity_contributor_add(
        actor=world.convener, activity=shared, role="speaker", person=world.sponsor
    )
    registration_answer(person=world.sponsor, activity=shared, answer=RegistrationAnswer.YES)
    assert Contribution.objects.count() == 6  # three acts, each in both communities
    assert contribution_count() == 3
