"""The contribution log records acts, keeps the ones taken back with the time they were
withdrawn, and lets its readers count only what stands."""

from datetime import UTC, datetime

import pytest

from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution
from trellis.participation.selectors import (
    contribution_count,
    contribution_details_list,
    contribution_exists,
    contribution_list,
)
from trellis.participation.services import (
    ContributionEntry,
    contribution_bulk_record,
    contribution_record,
    contribution_withdraw,
)

pytestmark = pytest.mark.django_db


def test_withdraw_keeps_the_row_with_its_time_and_readers_no_longer_count_it(world):
    item = world.public
    for person in (world.member, world.convener):
        contribution_record(person=person, kind=ContributionKind.AGENDA_VOTED, target=item)
    contribution_record(person=world.member, kind=ContributionKind.QUESTION_ASKED, target=item)

    withdrawn = contribution_withdraw(
        person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item
    )

    assert withdrawn == 1
    assert Contribution.objects.count() == 3
    vote = Contribution.objects.get(person=world.member, kind=ContributionKind.AGENDA_VOTED)
    assert vote.withdrawn_at is not None
    assert vote.withdrawn_at >= vote.occurred_at
    assert set(contribution_list().values_list("person__email", "kind")) == {
        ("convener@example.org", "agenda.voted"),
        ("member@example.org", "question.asked"),
    }
    assert contribution_count() == 2
    assert not contribution_exists(
        kind=ContributionKind.AGENDA_VOTED, target=item, person=world.member
    )
    assert contribution_exists(
        kind=ContributionKind.AGENDA_VOTED, target=item, person=world.convener
    )


def test_withdrawing_twice_changes_nothing_and_redoing_records_a_new_row(world):
    item = world.public
    contribution_record(person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item)
    contribution_withdraw(person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item)
    first_withdrawal = Contribution.objects.get().withdrawn_at

    assert (
        contribution_withdraw(person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item)
        == 0
    )
    assert Contribution.objects.get().withdrawn_at == first_withdrawal

    contribution_record(person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item)
    assert Contribution.objects.count() == 2
    assert contribution_list(person=world.member).count() == 1


def test_withdraw_can_narrow_by_details(world):
    target = world.private
    for attendance in (1, 2):
        contribution_record(
            person=world.member,
            kind=ContributionKind.ACTIVITY_ATTENDED,
            target=target,
            details={"attendance": attendance},
        )
    contribution_withdraw(
        kind=ContributionKind.ACTIVITY_ATTENDED, target=target, details={"attendance": 2}
    )
    assert list(contribution_list().values_list("details__attendance", flat=True)) == [1]
    assert Contribution.objects.count() == 2


def test_details_list_reads_what_stands_on_the_target(world):
    post = world.public
    for person_id in (7, 8):
        contribution_record(
            person=world.member,
            kind=ContributionKind.MENTIONED_SOMEONE,
            target=post,
            details={"person": person_id},
        )
    contribution_record(person=world.member, kind=ContributionKind.QUESTION_ASKED, target=post)
    contribution_withdraw(
        kind=ContributionKind.MENTIONED_SOMEONE, target=post, details={"person": 8}
    )

    assert contribution_details_list(kind=ContributionKind.MENTIONED_SOMEONE, target=post) == [
        {"person": 7}
    ]


def test_bulk_record_writes_the_entries_as_given_in_batches(world):
    when = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    entries = [
        ContributionEntry(
            person_id=person.pk,
            kind=ContributionKind.COMMUNITY_JOINED,
            community_id=world.public.pk,
            target_model=type(world.public),
            target_id=world.public.pk,
            occurred_at=when,
            details={"via": "demo"},
        )
        for person in (world.member, world.convener, world.sponsor)
    ]

    assert contribution_bulk_record(entries=entries, batch_size=2) == 3

    rows = contribution_list(community_id=world.public.pk).filter(occurred_at=when)
    assert sorted(rows.values_list("person__email", flat=True)) == [
        "convener@example.org",
        "member@example.org",
        "sponsor@example.org",
    ]
    assert {row.target for row in rows} == {world.public}
    assert {row.details["via"] for row in rows} == {"demo"}
