"""Registration: places, the waiting list and its promotion, refusals, contributions."""

import re
import threading
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import (
    Activity,
    ActivityStatus,
    Registration,
    RegistrationAnswer,
    RegistrationState,
)
from trellis.activities.selectors.registration import waitlist_position
from trellis.activities.services.planning import activity_update
from trellis.activities.services.registration import (
    registration_answer,
    registration_cancel,
    registrations_notify_change,
    waitlist_promote,
)
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.errors import TrellisError
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

YES, MAYBE, NO = RegistrationAnswer.YES, RegistrationAnswer.MAYBE, RegistrationAnswer.NO
CONFIRMED, WAITLISTED = RegistrationState.CONFIRMED, RegistrationState.WAITLISTED


ACTIVITY_HIDDEN = re.escape(
    "This activity is for those who can see its communities; a draft only for those who plan it."
)


def members(community: Any, count: int) -> list[Any]:
    people = [UserFactory() for _ in range(count)]
    for person in people:
        MembershipFactory(community=community, person=person)
    return people


def state_of(person: Any, activity: Activity) -> tuple[str, str]:
    registration = Registration.objects.get(person=person, activity=activity)
    return registration.answer, registration.state


# Places and the waiting list ---------------------------------------------------------------


def test_yes_takes_a_place_until_full_then_joins_the_waiting_list(world):
    activity = ActivityFactory(communities=[world.public], capacity=2)
    first, second, third = members(world.public, 3)

    assert registration_answer(person=first, activity=activity, answer=YES).state == CONFIRMED
    assert registration_answer(person=second, activity=activity, answer=YES).state == CONFIRMED
    waiting = registration_answer(person=third, activity=activity, answer=YES)

    assert waiting.state == WAITLISTED
    assert waiting.waitlisted_at is not None
    assert waitlist_position(waiting) == 1


def test_maybe_and_no_never_take_a_place(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    undecided, absent, coming = members(world.public, 3)

    registration_answer(person=undecided, activity=activity, answer=MAYBE)
    registration_answer(person=absent, activity=activity, answer=NO)

    assert registration_answer(person=coming, activity=activity, answer=YES).state == CONFIRMED
    assert state_of(undecided, activity) == (MAYBE, CONFIRMED)


def test_unlimited_activity_never_waitlists(world):
    activity = ActivityFactory(communities=[world.public], capacity=None)
    for person in members(world.public, 5):
        assert registration_answer(person=person, activity=activity, answer=YES).state == CONFIRMED


def test_answering_the_same_again_keeps_the_waiting_list_position(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, early, late = members(world.public, 3)
    registration_answer(person=holder, activity=activity, answer=YES)
    registration_answer(person=early, activity=activity, answer=YES)
    registration_answer(person=late, activity=activity, answer=YES)

    again = registration_answer(person=early, activity=activity, answer=YES)

    assert waitlist_position(again) == 1
    assert waitlist_position(Registration.objects.get(person=late, activity=activity)) == 2


def test_changing_yes_to_maybe_frees_the_place_for_the_first_on_the_waiting_list(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, first_waiting, second_waiting = members(world.public, 3)
    registration_answer(person=holder, activity=activity, answer=YES)
    registration_answer(person=first_waiting, activity=activity, answer=YES)
    registration_answer(person=second_waiting, activity=activity, answer=YES)

    registration_answer(person=holder, activity=activity, answer=MAYBE)

    assert state_of(holder, activity) == (MAYBE, CONFIRMED)
    assert state_of(first_waiting, activity) == (YES, CONFIRMED)
    assert state_of(second_waiting, activity) == (YES, WAITLISTED)
    promoted = Registration.objects.get(person=first_waiting, activity=activity)
    assert promoted.waitlisted_at is None


def test_cancelling_promotes_first_come_first_served(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, later, earlier = members(world.public, 3)
    registration_answer(person=holder, activity=activity, answer=YES)
    now = timezone.now()
    for person, since in ((later, now), (earlier, now - timedelta(hours=1))):
        Registration.objects.create(
            activity=activity, person=person, answer=YES, state=WAITLISTED, waitlisted_at=since
        )

    cancelled = registration_cancel(person=holder, activity=activity)

    assert cancelled.state == RegistrationState.CANCELLED
    assert state_of(earlier, activity) == (YES, CONFIRMED)
    assert state_of(later, activity) == (YES, WAITLISTED)


def test_cancelling_a_maybe_promotes_nobody(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, undecided, waiting = members(world.public, 3)
    registration_answer(person=holder, activity=activity, answer=YES)
    registration_answer(person=undecided, activity=activity, answer=MAYBE)
    registration_answer(person=waiting, activity=activity, answer=YES)

    registration_cancel(person=undecided, activity=activity)

    assert state_of(waiting, activity) == (YES, WAITLISTED)


def test_registering_again_after_cancelling(world):
    activity = ActivityFactory(communities=[world.public], capacity=3)
    registration_answer(person=world.member, activity=activity, answer=YES)
    registration_cancel(person=world.member, activity=activity)

    again = registration_answer(person=world.member, activity=activity, answer=YES)

    assert again.state == CONFIRMED
    assert Registration.objects.filter(activity=activity).count() == 1


def test_more_places_promote_the_waiting_list(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, first, second, third = members(world.public, 4)
    for person in (holder, first, second, third):
        registration_answer(person=person, activity=activity, answer=YES)

    Activity.objects.filter(pk=activity.pk).update(capacity=3)
    promoted = waitlist_promote(activity=activity)

    assert [registration.person for registration in promoted] == [first, second]
    assert state_of(third, activity) == (YES, WAITLISTED)


def test_a_planned_change_also_moves_the_waiting_list(world):
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, waiting = members(world.public, 2)
    registration_answer(person=holder, activity=activity, answer=YES)
    registration_answer(person=waiting, activity=activity, answer=YES)
    Activity.objects.filter(pk=activity.pk).update(capacity=2)

    registrations_notify_change(activity=activity, changed={"capacity"})

    assert state_of(waiting, activity) == (YES, CONFIRMED)


def test_a_newcomer_does_not_overtake_the_waiting_list(world):
    """Places that appeared without promotion go to those waiting before a new "yes"."""
    activity = ActivityFactory(communities=[world.public], capacity=1)
    holder, waiting, newcomer = members(world.public, 3)
    registration_answer(person=holder, activity=activity, answer=YES)
    registration_answer(person=waiting, activity=activity, answer=YES)
    Activity.objects.filter(pk=activity.pk).update(capacity=2)

    late = registration_answer(person=newcomer, activity=activity, answer=YES)

    assert state_of(waiting, activity) == (YES, CONFIRMED)
    assert late.state == WAITLISTED


# The last place, asked for twice at once ------------------------------------------------------


def test_two_answers_for_the_last_place_get_one_place_and_one_waiting_position(world):
    """Both callers loaded the activity before either answered: capacity is recounted under
    the row lock, not taken from the instance they hold."""
    activity = ActivityFactory(communities=[world.public], capacity=1)
    first, second = members(world.public, 2)
    seen_by_first = Activity.objects.get(pk=activity.pk)
    seen_by_second = Activity.objects.get(pk=activity.pk)

    one = registration_answer(person=first, activity=seen_by_first, answer=YES)
    other = registration_answer(person=second, activity=seen_by_second, answer=YES)

    assert sorted([one.state, other.state]) == [CONFIRMED, WAITLISTED]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite serialises writers; row locks need PostgreSQL"
)
def test_concurrent_answers_for_the_last_place_on_postgresql():
    from trellis.communities.tests.factories import CommunityFactory

    community = CommunityFactory()
    activity = ActivityFactory(communities=[community], capacity=1)
    people = members(community, 4)
    barrier = threading.Barrier(len(people))
    errors: list[BaseException] = []

    def answer(person: Any) -> None:
        try:
            barrier.wait()
            registration_answer(
                person=person, activity=Activity.objects.get(pk=activity.pk), answer=YES
            )
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=answer, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors
    states = list(Registration.objects.filter(activity=activity).values_list("state", flat=True))
    assert sorted(states) == [CONFIRMED] + [WAITLISTED] * 3


# Refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [ActivityStatus.CLOSED, ActivityStatus.HELD, ActivityStatus.CANCELLED]
)
def test_answers_are_refused_when_registration_is_not_open(world, status):
    activity = ActivityFactory(communities=[world.public], status=status)
    with pytest.raises(TrellisError, match="Registration for this activity is not open") as refused:
        registration_answer(person=world.member, activity=activity, answer=YES)
    assert refused.value.code == "not_open"
    assert not Registration.objects.exists()


def test_answers_are_refused_after_the_deadline(world):
    activity = ActivityFactory(
        communities=[world.public], registration_deadline=timezone.now() - timedelta(minutes=1)
    )
    with pytest.raises(TrellisError, match="The registration deadline has passed") as refused:
        registration_answer(person=world.member, activity=activity, answer=MAYBE)
    assert refused.value.code == "deadline_passed"


def test_answers_are_accepted_until_the_deadline(world):
    activity = ActivityFactory(
        communities=[world.public], registration_deadline=timezone.now() + timedelta(minutes=5)
    )
    assert registration_answer(person=world.member, activity=activity, answer=YES).pk


def test_answers_are_refused_once_the_activity_started(world):
    start = timezone.now() - timedelta(hours=1)
    activity = ActivityFactory(
        communities=[world.public], starts_at=start, ends_at=start + timedelta(hours=3)
    )
    with pytest.raises(TrellisError, match="This activity has already started"):
        registration_answer(person=world.member, activity=activity, answer=YES)


def test_an_unknown_answer_is_a_validation_error(world):
    activity = ActivityFactory(communities=[world.public])
    with pytest.raises(ValidationError, match="Answer yes, maybe or no"):
        registration_answer(person=world.member, activity=activity, answer="perhaps")


def test_outsiders_cannot_register_for_a_private_communitys_activity(world):
    activity = ActivityFactory(communities=[world.private])
    with pytest.raises(PermissionDenied, match=ACTIVITY_HIDDEN):
        registration_answer(person=world.outsider, activity=activity, answer=YES)


def test_cancelling_without_a_registration_is_refused(world):
    activity = ActivityFactory(communities=[world.public])
    with pytest.raises(TrellisError, match="You are not registered for this activity"):
        registration_cancel(person=world.member, activity=activity)


def test_cancelling_after_the_start_is_refused(world):
    activity = ActivityFactory(communities=[world.public])
    registration_answer(person=world.member, activity=activity, answer=YES)
    Activity.objects.filter(pk=activity.pk).update(status=ActivityStatus.HELD)
    with pytest.raises(
        TrellisError,
        match="This activity has started or is over; its registrations stay as they are",
    ):
        registration_cancel(person=world.member, activity=Activity.objects.get(pk=activity.pk))


# Contributions ---------------------------------------------------------------------------------


def registered_contributions(person: Any) -> list[Contribution]:
    return list(
        Contribution.objects.filter(person=person, kind=ContributionKind.ACTIVITY_REGISTERED)
    )


def test_registering_is_recorded_once_per_person_and_activity(world):
    activity = ActivityFactory(communities=[world.public, world.private])

    registration = registration_answer(person=world.member, activity=activity, answer=MAYBE)
    registration_answer(person=world.member, activity=activity, answer=YES)
    registration_cancel(person=world.member, activity=activity)
    registration_answer(person=world.member, activity=activity, answer=YES)

    contributions = registered_contributions(world.member)
    assert {contribution.community_id for contribution in contributions} == {
        world.public.pk,
        world.private.pk,
    }
    assert len(contributions) == 2
    for contribution in contributions:
        assert contribution.target_type == ContentType.objects.get_for_model(Registration)
        assert contribution.target_id == registration.pk
        assert contribution.details == {"answer": "maybe"}


def test_answering_no_is_not_a_registration(world):
    activity = ActivityFactory(communities=[world.public])
    registration_answer(person=world.member, activity=activity, answer=NO)
    assert registered_contributions(world.member) == []


def test_planning_a_new_date_keeps_registrations(world):
    activity = ActivityFactory(communities=[world.public], capacity=2)
    registration_answer(person=world.member, activity=activity, answer=YES)
    start = timezone.now() + timedelta(days=40)

    activity_update(
        actor=world.convener, activity=activity, starts_at=start, ends_at=start + timedelta(hours=2)
    )

    assert state_of(world.member, activity) == (YES, CONFIRMED)
