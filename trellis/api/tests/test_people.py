"""People through the API: the directory, profiles, email visibility and the person asking."""

import pytest

from trellis.accounts.models import EmailVisibility, ProfileVisibility, User
from trellis.accounts.services import access_token_create
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.api.tests.client import error_of
from trellis.communities.models import AuditEntry
from trellis.communities.tests.factories import MembershipFactory
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def test_visitors_see_only_public_profiles(api, world):
    public = UserFactory(profile_visibility=ProfileVisibility.PUBLIC)

    body = api.get("/api/v1/people").json()

    assert [item["id"] for item in body["items"]] == [public.pk]
    assert "email" not in body["items"][0]


def test_signed_in_people_see_the_network(api, world):
    body = api.get("/api/v1/people", person=world.outsider).json()
    assert body["count"] == 5


def test_the_directory_filters(api, world):
    budget = ExpertiseTopicFactory(slug="budget-planning")
    anna = UserFactory(
        full_name="Анна Петрова",
        full_name_latin="Anna Petrova",
        country="KZ",
        languages=["ru", "kk"],
        organisation="Ministry of Finance of Kazakhstan",
    )
    anna.expertise.add(budget)
    MembershipFactory(community=world.public, person=anna)

    def ids(query):
        response = api.get(f"/api/v1/people?{query}", person=world.member)
        assert response.status_code == 200
        return [item["id"] for item in response.json()["items"]]

    assert ids("country=kz") == [anna.pk]
    assert ids("language=kk") == [anna.pk]
    assert ids("expertise=budget-planning") == [anna.pk]
    assert ids("q=Петров") == [anna.pk]
    assert ids("q=kazakh") == [anna.pk]
    assert anna.pk in ids("community=public-cop")
    assert ids("community=public-cop&country=AL") == [world.convener.pk, world.member.pk]


def test_a_private_communitys_members_cannot_be_found_through_the_filter(api, world):
    body = api.get("/api/v1/people?community=private-cop", person=world.outsider).json()
    assert body["count"] == 0


def test_a_profile_shows_expertise_and_the_visible_communities(api, world):
    topic = ExpertiseTopicFactory(slug="treasury", name={"en": "Treasury", "ru": "Казначейство"})
    world.member.expertise.add(topic)

    body = api.get(f"/api/v1/people/{world.member.pk}", person=world.outsider).json()

    assert body["expertise"] == [
        {"slug": "treasury", "name": {"en": "Treasury", "ru": "Казначейство"}}
    ]
    assert [community["slug"] for community in body["communities"]] == ["public-cop"]
    assert body["country"] == "AL"


@pytest.mark.parametrize(
    ("visibility", "viewer", "visible"),
    [
        (EmailVisibility.NETWORK, "outsider", True),
        (EmailVisibility.NETWORK, "visitor", False),
        (EmailVisibility.COMMUNITIES, "outsider", False),
        (EmailVisibility.COMMUNITIES, "convener", True),
        (EmailVisibility.NOBODY, "convener", False),
        (EmailVisibility.NOBODY, "admin", True),
        (EmailVisibility.NOBODY, "member", True),
    ],
)
def test_the_email_address_follows_the_persons_choice(api, world, visibility, viewer, visible):
    world.member.email_visibility = visibility
    world.member.profile_visibility = ProfileVisibility.PUBLIC
    world.member.save()

    body = api.get(f"/api/v1/people/{world.member.pk}", person=world.person(viewer)).json()

    assert body["email"] == ("member@example.org" if visible else None)


@pytest.mark.parametrize(
    ("visibility", "viewer", "status"),
    [
        (ProfileVisibility.PUBLIC, "visitor", 200),
        (ProfileVisibility.NETWORK, "visitor", 404),
        (ProfileVisibility.NETWORK, "outsider", 200),
        (ProfileVisibility.COMMUNITIES, "outsider", 404),
        (ProfileVisibility.COMMUNITIES, "convener", 200),
    ],
)
def test_a_hidden_profile_is_not_found(api, world, visibility, viewer, status):
    world.member.profile_visibility = visibility
    world.member.save()

    response = api.get(f"/api/v1/people/{world.member.pk}", person=world.person(viewer))

    assert response.status_code == status


def test_an_inactive_persons_profile_is_not_found(api, world):
    world.member.is_active = False
    world.member.save()
    assert api.get(f"/api/v1/people/{world.member.pk}", person=world.outsider).status_code == 404


@pytest.mark.parametrize("person_id", ["0", "-1", "abc", "99999999999999999999999", "1.5"])
def test_impossible_ids_are_client_errors(api, world, person_id):
    response = api.get(f"/api/v1/people/{person_id}", person=world.member)
    assert response.status_code in {404, 422}
    error_of(response)


def test_the_directory_runs_a_fixed_number_of_queries(api, world, django_assert_max_num_queries):
    topic = ExpertiseTopicFactory()
    for _ in range(25):
        UserFactory().expertise.add(topic)
    _token, raw = access_token_create(person=world.member, name="test")

    with django_assert_max_num_queries(8):
        response = api.get("/api/v1/people?page_size=50", token=raw)

    assert response.json()["count"] == 30
    assert {item["full_name"] for item in response.json()["items"]} == set(
        User.objects.values_list("full_name", flat=True)
    )


def test_me_is_the_person_asking(api, world):
    body = api.get("/api/v1/me", person=world.admin).json()

    assert body["id"] == world.admin.pk
    assert body["email"] == "admin@example.org"
    assert body["is_network_admin"] is True
    assert body["email_visibility"] == "communities"


def test_me_needs_someone_signed_in(api, world):
    response = api.get("/api/v1/me")
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_one_changes_ones_profile_and_the_trail_names_the_fields(api, world):
    topic = ExpertiseTopicFactory(slug="treasury")
    response = api.patch(
        "/api/v1/me",
        {
            "position": "Budget analyst",
            "country": "md",
            "languages": ["ro", "ru"],
            "expertise": ["treasury"],
            "time_zone": "Europe/Chisinau",
        },
        person=world.member,
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["position"], body["country"], body["languages"]) == (
        "Budget analyst",
        "MD",
        ["ro", "ru"],
    )
    assert [item["slug"] for item in body["expertise"]] == ["treasury"]
    world.member.refresh_from_db()
    assert world.member.time_zone == "Europe/Chisinau"
    assert list(world.member.expertise.all()) == [topic]
    entry = AuditEntry.objects.get(action="profile.updated")
    assert entry.actor == world.member
    assert entry.changes["fields"] == ["country", "expertise", "languages", "position", "time_zone"]
    assert not Contribution.objects.filter(person=world.member).exists()


def test_fields_left_out_stay_as_they_are(api, world):
    User.objects.filter(pk=world.member.pk).update(organisation="Ministry of Finance", bio="Hi")
    response = api.patch("/api/v1/me", {"position": "Analyst"}, person=world.member)
    assert response.status_code == 200
    world.member.refresh_from_db()
    assert (world.member.organisation, world.member.bio) == ("Ministry of Finance", "Hi")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"expertise": ["no-such-topic"]}, "No expertise topic has the code no-such-topic."),
        ({"full_name": ""}, "This field cannot be blank."),
        ({"full_name": None}, "This field cannot be null."),
        ({"country": "XX"}, "That choice is not one of the available choices."),
        ({"time_zone": "Mars/Olympus"}, "Choose a valid time zone."),
        ({"languages": ["xx"]}, "That choice is not one of the available choices."),
        ({"organisation": "a" * 201}, "at most 200 characters"),
        ({"position": "two\nlines"}, "Write this on one line, without line breaks."),
        ({"bio": "x" * 1_000_000}, "at most 2000 characters"),
        ({"profile_visibility": "everyone"}, "That choice is not one of the available choices."),
    ],
)
def test_bad_profile_input_is_refused_and_changes_nothing(api, world, body, message):
    before = User.objects.get(pk=world.member.pk)
    response = api.patch("/api/v1/me", body, person=world.member)
    assert response.status_code == 422, response.content
    assert message in str(error_of(response)), error_of(response)
    after = User.objects.get(pk=world.member.pk)
    assert [getattr(after, f) for f in body] == [getattr(before, f) for f in body]
    assert not AuditEntry.objects.filter(action="profile.updated").exists()


def test_visitors_change_no_profile(api, world):
    response = api.patch("/api/v1/me", {"position": "Anyone"})
    assert response.status_code == 401
