"""The big picture's "by language" breakdown groups members by their working language: the
interface language when the network works in it, else Russian for those who speak Russian and
not English, else English."""

from datetime import timedelta

import pytest
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.analytics.imbalance import working_language
from trellis.analytics.levels import Level
from trellis.analytics.selectors.big_picture import LANGUAGE, big_picture
from trellis.communities.selectors import network_get
from trellis.communities.tests.factories import MembershipFactory
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.services import contribution_record

NETWORK = ("en", "ru")


@pytest.mark.parametrize(
    ("preferred", "spoken", "expected"),
    [
        ("ru", ["en", "ru"], "ru"),  # the interface language the network works in
        ("en", ["ru"], "en"),  # even when the person also speaks only Russian
        ("", ["ru"], "ru"),  # no interface language: Russian without English
        ("", ["ru", "kk"], "ru"),
        ("", ["en", "ru"], "en"),  # speaks both: English
        ("", ["sq"], "en"),  # neither: English
        ("", [], "en"),  # said nothing: English
        ("fr", ["fr", "ru"], "ru"),  # an interface language the network does not work in
        ("fr", ["fr"], "en"),
    ],
)
def test_the_working_language(preferred, spoken, expected):
    assert (
        working_language(preferred=preferred, spoken=spoken, network_languages=NETWORK) == expected
    )


def test_an_interface_language_outside_the_network_s_languages_does_not_count():
    assert working_language(preferred="ru", spoken=["ru"], network_languages=["en"]) == "ru"
    assert working_language(preferred="ru", spoken=["en", "ru"], network_languages=["en"]) == "en"


def _member(community, name, *, preferred, spoken, active=False):
    person = UserFactory(full_name=name, preferred_language=preferred, languages=spoken)
    MembershipFactory(community=community, person=person)
    if active:
        at = timezone.now() - timedelta(days=2)  # inside the window whatever the hour
        for _ in range(5):
            contribution_record(
                person=person, kind=Kind.ACTIVITY_ATTENDED, community=community, occurred_at=at
            )
    return person


def _language_counts(world, community):
    rows = big_picture(viewer=world.admin, community=community).groups[LANGUAGE]
    return {
        row.group: (row.counts[Level.ACTIVE], row.counts[Level.PERIPHERAL], row.label)
        for row in rows
    }


@pytest.mark.django_db
def test_members_of_each_kind_are_counted_in_their_working_language(world):
    community = world.public
    world.member.preferred_language, world.member.languages = "ru", ["en", "ru"]
    world.member.save()
    world.convener.preferred_language, world.convener.languages = "", []
    world.convener.save()
    _member(community, "Prefers English", preferred="en", spoken=["ru"], active=True)
    _member(community, "Russian only", preferred="", spoken=["ru", "ky"], active=True)
    _member(community, "Both", preferred="", spoken=["ru", "en"])
    _member(community, "Albanian", preferred="", spoken=["sq"])
    # Russian: the member (interface ru) peripheral, "Russian only" active.
    # English: "Prefers English" active; the convener, "Both" and "Albanian" peripheral.
    assert _language_counts(world, community) == {
        "ru": (1, 1, "Russian"),
        "en": (1, 3, "English"),
    }


@pytest.mark.django_db
def test_when_the_network_works_in_english_only_russian_speakers_without_english_group_apart(
    world,
):
    network = network_get()
    network.working_languages = ["en"]
    network.save()
    community = world.public
    world.member.preferred_language, world.member.languages = "ru", ["en", "ru"]
    world.member.save()
    world.convener.preferred_language, world.convener.languages = "ru", ["ru"]
    world.convener.save()
    assert _language_counts(world, community) == {"en": (0, 1, "English"), "ru": (0, 1, "Russian")}
