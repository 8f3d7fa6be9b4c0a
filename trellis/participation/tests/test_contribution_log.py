"""The contribution log records acts and forgets exactly the ones taken back."""

import pytest

from trellis.participation.models import Contribution, ContributionKind
from trellis.participation.services import contribution_record, contribution_withdraw

pytestmark = pytest.mark.django_db


def test_withdraw_forgets_only_the_given_act_of_the_given_person(world):
    item = world.public
    for person in (world.member, world.convener):
        contribution_record(person=person, kind=ContributionKind.AGENDA_VOTED, target=item)
    contribution_record(person=world.member, kind=ContributionKind.QUESTION_ASKED, target=item)

    removed = contribution_withdraw(
        person=world.member, kind=ContributionKind.AGENDA_VOTED, target=item
    )

    assert removed == 1
    assert set(Contribution.objects.values_list("person__email", "kind")) == {
        ("convener@example.org", "agenda.voted"),
        ("member@example.org", "question.asked"),
    }


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
    assert list(Contribution.objects.values_list("details__attendance", flat=True)) == [1]
