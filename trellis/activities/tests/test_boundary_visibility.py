"""A boundary activity of a public and a private community, as every role sees it: the private
community's name, address and agenda reach only those who may see that community."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Activity, Registration
from trellis.activities.services.feeds import calendar_feed_create
from trellis.activities.services.planning import activity_create
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.api.tests.client import ApiClient
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory

pytestmark = pytest.mark.django_db

# Who sees the private community (member of both, its convener, its sponsor, a network admin)
# and who does not (a visitor, someone signed in in no community, a member of the public one).
SEES_PRIVATE = {
    "visitor": False,
    "outsider": False,
    "public_member": False,
    "member": True,
    "convener": True,
    "sponsor": True,
    "admin": True,
}


def public_member(world):
    person = UserFactory(email="public-member@example.org", full_name="Public Member")
    MembershipFactory(community=world.public, person=person)
    return person


def public_convener(world):
    """Runs the public community only, so runs the boundary activity but not the private one."""
    person = UserFactory(email="public-convener@example.org", full_name="Public Convener")
    MembershipFactory(community=world.public, person=person)
    RoleAssignmentFactory(community=world.public, person=person)
    return person


def person_of(world, role):
    return public_member(world) if role == "public_member" else world.person(role)


@pytest.fixture
def joint(world):
    """An open boundary activity addressing an agenda item of each community."""
    # Mid-month, mid-day: in the same month in every zone, whenever the test runs.
    starts_at = datetime(timezone.now().year + 1, 3, 15, 9, 0, tzinfo=UTC)
    activity = ActivityFactory(
        title={"en": "Joint budget and audit forum", "ru": "Совместный форум"},
        communities=[world.public, world.private],
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
    )
    activity.agenda_items.set(
        [
            AgendaItemFactory(community=world.public, title="Open agenda question"),
            AgendaItemFactory(community=world.private, title="Confidential agenda question"),
        ]
    )
    return activity


def private_traces(world, text):
    """What of the private community a text shows: its name, its address, its agenda."""
    return {
        "name": world.private.name["en"] in text,
        "address": f"/communities/{world.private.slug}/" in text,
        "agenda": "Confidential agenda question" in text,
    }


def sign_in(client, person):
    if person is not None:
        client.force_login(person)


@pytest.mark.parametrize("role", SEES_PRIVATE)
def test_the_activity_page_names_only_the_communities_the_viewer_may_see(
    client, world, joint, role
):
    sign_in(client, person_of(world, role))
    page = client.get(reverse("activities:detail", args=[joint.pk])).content.decode()

    assert "Joint budget and audit forum" in page
    assert world.public.name["en"] in page and "Open agenda question" in page
    sees = SEES_PRIVATE[role]
    assert private_traces(world, page) == {"name": sees, "address": sees, "agenda": sees}
    # "Across communities" beside one name would say a hidden community takes part.
    assert ("Across communities" in page) == sees


@pytest.mark.parametrize("role", SEES_PRIVATE)
@pytest.mark.parametrize("args", [[], ["public-cop"]], ids=["network", "community"])
def test_the_calendar_names_only_the_communities_the_viewer_may_see(
    client, world, joint, role, args
):
    sign_in(client, person_of(world, role))
    name = "activities:community_calendar" if args else "activities:calendar"
    page = client.get(reverse(name, args=args)).content.decode()
    assert "Joint budget and audit forum" in page
    assert (world.private.name["en"] in page) == SEES_PRIVATE[role]

    # The month lists titles only; it must not name the private community either.
    name = "activities:community_month" if args else "activities:month"
    month = f"{joint.starts_at:%Y-%m}"
    page = client.get(reverse(name, args=args), {"month": month}).content.decode()
    assert "Joint budget and audit forum" in page
    if not SEES_PRIVATE[role]:
        assert private_traces(world, page) == {"name": False, "address": False, "agenda": False}


def test_a_convener_of_the_public_community_edits_without_seeing_or_dropping_the_private_one(
    client, world, joint
):
    convener = public_convener(world)
    client.force_login(convener)
    url = reverse("activities:edit", args=[joint.pk])
    form = client.get(url).content.decode()
    assert private_traces(world, form) == {"name": False, "address": False, "agenda": False}
    assert "Open agenda question" in form

    open_item = joint.agenda_items.get(community=world.public)
    start = joint.starts_at
    response = client.post(
        url,
        {
            "activity_type": joint.activity_type.pk,
            "communities": [world.public.pk],
            "title_en": "Joint forum, renamed",
            "title_ru": "Совместный форум",
            "formality": "formal",
            "mode": "in_person",
            "timezone": "UTC",
            "starts_at": f"{start:%Y-%m-%dT%H:%M}",
            "ends_at": f"{start + timedelta(hours=2):%Y-%m-%dT%H:%M}",
            "status": "open",
            "agenda_items": [open_item.pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    joint = Activity.objects.get(pk=joint.pk)
    assert joint.title["en"] == "Joint forum, renamed"
    assert set(joint.communities.all()) == {world.public, world.private}
    assert {item.title for item in joint.agenda_items.all()} == {
        "Open agenda question",
        "Confidential agenda question",
    }


def test_a_convener_cannot_link_an_agenda_item_of_a_community_hidden_from_them(world, joint):
    hidden_item = AgendaItemFactory(community=world.private, title="Another confidential one")
    api = ApiClient()

    response = api.patch(
        f"/api/v1/activities/{joint.pk}",
        {"agenda_items": [hidden_item.pk]},
        person=public_convener(world),
    )

    assert response.status_code == 422
    assert "Another confidential one" not in response.content.decode()
    assert hidden_item not in joint.agenda_items.all()


def test_a_convener_of_one_community_plans_sessions_of_a_boundary_activity(world, joint):
    convener = public_convener(world)
    session = {
        "actor": convener,
        "communities": [],
        "parent": joint,
        "activity_type": joint.activity_type,
        "title": {"en": "Session"},
        "starts_at": joint.starts_at,
        "ends_at": joint.ends_at,
        "timezone": "UTC",
    }
    hidden_item = joint.agenda_items.get(community=world.private)
    open_item = joint.agenda_items.get(community=world.public)

    with pytest.raises(ValidationError, match="agenda items of the activity's own communities"):
        activity_create(**session, agenda_items=[hidden_item])
    planned = activity_create(**session, agenda_items=[open_item])

    assert set(planned.communities.all()) == {world.public, world.private}
    assert list(planned.agenda_items.all()) == [open_item]


def test_a_session_form_offers_only_agenda_items_the_convener_may_see(client, world, joint):
    client.force_login(public_convener(world))
    form = client.get(reverse("activities:session_create", args=[joint.pk])).content.decode()
    assert "Open agenda question" in form
    assert private_traces(world, form) == {"name": False, "address": False, "agenda": False}


def test_the_hosts_to_choose_from_are_members_of_the_communities_the_convener_sees(
    client, world, joint
):
    inward = UserFactory(full_name="Only In The Private One")
    MembershipFactory(community=world.private, person=inward)
    url = reverse("activities:contributors", args=[joint.pk])

    client.force_login(public_convener(world))
    page = client.get(url).content.decode()
    assert "Member Person" in page
    assert "Only In The Private One" not in page

    client.force_login(world.convener)
    assert "Only In The Private One" in client.get(url).content.decode()


@pytest.mark.parametrize("role", ["visitor", "outsider", "public_member"])
def test_the_calendar_files_say_nothing_of_the_private_community(client, world, joint, role):
    person = person_of(world, role)
    sign_in(client, person)
    files = [
        client.get(reverse("activities:ics", args=[joint.pk])),
        client.get(reverse("activities:community_ics", args=[world.public.slug])),
    ]
    if person is not None:
        Registration.objects.create(activity=joint, person=person, answer="yes")
        feed = calendar_feed_create(person=person)
        files.append(client.get(reverse("activities:personal_ics", args=[feed.token])))
    for response in files:
        text = response.content.decode()
        assert "Joint budget and audit forum" in text
        assert world.private.name["en"] not in text and world.private.slug not in text
