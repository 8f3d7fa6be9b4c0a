"""Input the API refuses with a 4xx in the one error shape, where it once answered 500.

Each class of input is checked wherever it can occur: null for a field that cannot be null
(every PATCH), ids beyond 64 bits (every id in a body), bodies that cannot be parsed as their
Content-Type says, and line breaks in single-line text.
"""

import pytest

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.models import Activity
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.api.tests.client import error_of, openapi_document
from trellis.communities.models import Community
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.models_translations import PostTranslation
from trellis.conversations.tests.factories import (
    AnswerFactory,
    DiscussionFactory,
    PeerAssistFactory,
    QuestionFactory,
)
from trellis.library.models import Collection
from trellis.library.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

TOO_BIG = 2**63  # one more than the largest 64-bit id
NULL_REFUSED = "This field cannot be null."


@pytest.fixture
def objects(world):
    """One object behind each PATCH address, in the public community."""
    return {
        "activity": ActivityFactory(communities=[world.public]),
        "agenda": AgendaItemFactory(community=world.public, proposer=world.member),
        "question": QuestionFactory(community=world.public, author=world.member),
        "peer_assist": PeerAssistFactory(community=world.public, requester=world.member),
        "discussion": DiscussionFactory(community=world.public, author=world.member),
        "answer": AnswerFactory(
            question=QuestionFactory(community=world.public), author=world.member
        ),
        "membership": world.member.memberships.get(community=world.public),
        "role": world.convener.role_assignments.get(community=world.public),
        "translated": PostTranslation.objects.create(
            target=AnswerFactory(question=QuestionFactory(community=world.public), language="en"),
            language="ru",
            body="Ответ",
            translator=world.member,
        ),
        "document": DocumentFactory(community=world.public, created_by=world.member),
        "collection": Collection.objects.create(
            title="Essentials", community=world.public, created_by=world.member
        ),
    }


def patch_paths(objects):
    return {
        "/api/v1/me": "/api/v1/me",
        "/api/v1/communities/{slug}": "/api/v1/communities/public-cop",
        "/api/v1/activities/{activity_id}": f"/api/v1/activities/{objects['activity'].pk}",
        "/api/v1/agenda/{item_id}": f"/api/v1/agenda/{objects['agenda'].pk}",
        "/api/v1/questions/{question_id}": f"/api/v1/questions/{objects['question'].pk}",
        "/api/v1/peer-assists/{peer_assist_id}": (
            f"/api/v1/peer-assists/{objects['peer_assist'].pk}"
        ),
        "/api/v1/discussions/{discussion_id}": f"/api/v1/discussions/{objects['discussion'].pk}",
        "/api/v1/answers/{answer_id}": f"/api/v1/answers/{objects['answer'].pk}",
        "/api/v1/communities/{slug}/memberships/{membership_id}": (
            f"/api/v1/communities/public-cop/memberships/{objects['membership'].pk}"
        ),
        "/api/v1/roles/{assignment_id}": f"/api/v1/roles/{objects['role'].pk}",
        "/api/v1/posts/{kind}/{post_id}/translations/{language}": (
            f"/api/v1/posts/answer/{objects['translated'].target_id}/translations/ru"
        ),
        "/api/v1/documents/{document_id}": f"/api/v1/documents/{objects['document'].pk}",
        "/api/v1/collections/{collection_id}": (f"/api/v1/collections/{objects['collection'].pk}"),
    }


def body_schema(operation):
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    return openapi_document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]


def allows_null(field_schema):
    return any(option.get("type") == "null" for option in field_schema.get("anyOf", []))


def test_every_field_a_patch_may_not_null_is_refused_by_name(api, world, objects):
    """What the document does not declare nullable is a 422 naming the field, for every
    PATCH operation (a null description once reached the database: IntegrityError)."""
    paths = patch_paths(objects)
    patch_operations = {
        path: operations["patch"]
        for path, operations in openapi_document()["paths"].items()
        if "patch" in operations
    }
    assert set(patch_operations) == set(paths), "a PATCH operation this test does not know"
    checked = 0
    for template, operation in patch_operations.items():
        for field, field_schema in body_schema(operation)["properties"].items():
            if allows_null(field_schema):
                continue
            response = api.patch(paths[template], {field: None}, person=world.admin)
            assert response.status_code == 422, (template, field, response.content)
            assert error_of(response)["fields"] == {field: [NULL_REFUSED]}, (template, field)
            checked += 1
    assert checked >= 30
    world.public.refresh_from_db()
    assert world.public.description is not None


def test_null_description_is_refused_and_changes_nothing(api, world):
    response = api.patch(
        "/api/v1/communities/public-cop", {"description": None}, person=world.admin
    )

    assert response.status_code == 422
    assert error_of(response)["fields"] == {"description": [NULL_REFUSED]}
    assert Community.objects.get(slug="public-cop").description == world.public.description


def test_null_is_refused_in_russian_too(api, world, objects):
    response = api.patch(
        f"/api/v1/activities/{objects['activity'].pk}",
        {"communities": None},
        person=world.convener,
        language="ru",
    )

    assert response.status_code == 422
    assert error_of(response)["fields"]["communities"] == ["Это поле не может иметь значение null."]


def test_a_member_who_may_not_edit_is_refused_before_the_input_is_resolved(api, world, objects):
    """The communities and agenda items named are not looked up for someone who may not
    change the activity: 403, not a 404 or 422 that tells what exists."""
    path = f"/api/v1/activities/{objects['activity'].pk}"
    for body in (
        {"communities": ["no-such-community"]},
        {"communities": [world.private.slug]},
        {"agenda_items": [TOO_BIG - 1]},
    ):
        response = api.patch(path, body, person=world.member)
        assert response.status_code == 403, body
        assert error_of(response)["code"] == "permission_denied"
    assert list(Activity.objects.get().communities.all()) == [world.public]


def test_question_topics_are_looked_up_only_for_those_who_may_edit(api, world, objects):
    colleague = UserFactory()
    MembershipFactory(community=world.public, person=colleague)

    response = api.patch(
        f"/api/v1/questions/{objects['question'].pk}",
        {"topics": ["no-such-topic"]},
        person=colleague,
    )

    assert response.status_code == 403


def test_an_agenda_owner_is_looked_up_only_for_those_who_may_set_it(api, world, objects):
    response = api.patch(
        f"/api/v1/agenda/{objects['agenda'].pk}", {"owner": 999_999}, person=world.member
    )

    assert response.status_code == 403


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/api/v1/notifications/read", {"ids": [1, TOO_BIG]}, "ids.1"),
        ("PATCH", "/api/v1/peer-assists/{peer_assist}", {"chosen_offers": [TOO_BIG]}, None),
        ("POST", "/api/v1/activities", {"agenda_items": [TOO_BIG]}, "agenda_items.0"),
        ("POST", "/api/v1/activities", {"parent_id": TOO_BIG}, "parent_id"),
        ("PATCH", "/api/v1/activities/{activity}", {"agenda_items": [TOO_BIG]}, None),
        ("PATCH", "/api/v1/agenda/{agenda}", {"owner": TOO_BIG}, "owner"),
        ("POST", "/api/v1/activities/{activity}/attendance", {"person_id": TOO_BIG}, None),
        (
            "POST",
            "/api/v1/discussions/{discussion}/replies",
            {"body": "x", "quoted": TOO_BIG},
            None,
        ),
        ("POST", "/api/v1/notifications/read", {"ids": [0]}, "ids.0"),
        ("POST", "/api/v1/answers/{answer}/coauthors", {"person": TOO_BIG}, "person"),
        ("POST", "/api/v1/questions/{question}/expert-invitations", {"person": 0}, "person"),
    ],
)
def test_every_id_in_a_body_is_range_checked(api, world, objects, method, path, body, field):
    path = path.format(
        peer_assist=objects["peer_assist"].pk,
        activity=objects["activity"].pk,
        agenda=objects["agenda"].pk,
        discussion=objects["discussion"].pk,
        answer=objects["answer"].pk,
        question=objects["question"].pk,
    )

    response = api.request(method, path, body, person=world.admin)

    assert response.status_code == 422, response.content
    fields = error_of(response)["fields"]
    if field is not None:
        assert field in fields, fields
    else:
        assert any(
            message.startswith("Ensure this value") for m in fields.values() for message in m
        )


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/activities/{activity}",
        "/api/v1/activities/{activity}.ics",
        "/api/v1/people/{activity}",
        "/api/v1/questions/{activity}",
        "/api/v1/agenda/{activity}",
        "/api/v1/peer-assists/{activity}",
        "/api/v1/discussions/{activity}",
        "/api/v1/answers/{activity}/comments",
        "/api/v1/questions/{activity}/comments",
    ],
)
@pytest.mark.parametrize("number", [TOO_BIG, 0])
def test_ids_in_the_address_are_range_checked_alike(api, world, objects, path, number):
    response = api.get(path.format(activity=number), person=world.member)

    assert response.status_code == 422
    assert error_of(response)["code"] == "validation_error"


@pytest.mark.parametrize("person", ["visitor", "member", "convener"])
@pytest.mark.parametrize(
    "content_type",
    ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8"],
)
def test_a_multipart_body_without_a_boundary_is_a_400(api, world, objects, person, content_type):
    response = api.post(
        f"/api/v1/activities/{objects['activity'].pk}/attendance/import?dry_run=true",
        raw=b"--x\r\n",
        person=world.person(person),
        headers={"Content-Type": content_type},
    )

    assert response.status_code == 400
    assert error_of(response)["code"] == "bad_request"


def test_a_page_answers_a_malformed_multipart_body_with_a_translated_400(client, world, objects):
    client.force_login(world.convener)

    response = client.post(
        f"/activities/{objects['activity'].pk}/attendance/import/",
        b"--x\r\n",
        content_type="multipart/form-data",
        headers={"Accept-Language": "ru"},
    )

    assert response.status_code == 400
    assert "Не удалось прочитать запрос" in response.content.decode()


def line_break_cases(objects):
    activity = objects["activity"]
    return [
        ("POST", "/api/v1/communities", {"code": "NEW", "slug": "new", "name": {"en": "A\nB"}}),
        ("PATCH", "/api/v1/communities/public-cop", {"name": {"ru": "Казначейство\r\nСНГ"}}),
        ("PATCH", f"/api/v1/activities/{activity.pk}", {"title": {"en": "Cash\u2028forecasts"}}),
        ("PATCH", f"/api/v1/activities/{activity.pk}", {"venue": "Hall\nB"}),
        ("POST", "/api/v1/questions", {"title": "Two\nlines", "body": "x", "language": "en"}),
        (
            "POST",
            "/api/v1/discussions",
            {"community": "public-cop", "title": "Two\nlines", "body": "x"},
        ),
        (
            "POST",
            "/api/v1/communities/public-cop/agenda",
            {"title": "Two\x0blines", "language": "en"},
        ),
    ]


def test_single_line_text_refuses_line_breaks_by_field(api, world, objects):
    for method, path, body in line_break_cases(objects):
        response = api.request(method, path, body, person=world.admin)
        assert response.status_code == 422, (path, body, response.content)
        messages = [message for field in error_of(response)["fields"].values() for message in field]
        assert "Write this on one line, without line breaks." in messages, (path, messages)
    assert Activity.objects.get().venue == objects["activity"].venue


def test_a_title_and_its_trailing_newline(api, world, objects):
    """Whitespace around a single-line text is trimmed, a final newline with it."""
    response = api.patch(
        f"/api/v1/activities/{objects['activity'].pk}",
        {"title": {"en": "Cash forecasts\n"}},
        person=world.convener,
    )

    assert response.status_code == 200
    assert response.json()["title"]["en"] == "Cash forecasts"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/communities", {"code": "NEW", "slug": "new", "name": {}}, "name"),
        ("/api/v1/questions", {"title": "Cash?", "body": " \n ", "language": "en"}, "body"),
        ("/api/v1/discussions", {"community": "public-cop", "title": "T", "body": ""}, "body"),
    ],
)
def test_text_that_must_say_something_is_refused_blank_as_the_document_says(
    api, world, path, body, field
):
    response = api.post(path, body, person=world.admin)

    assert response.status_code == 422
    assert error_of(response)["fields"][field] == ["This field cannot be blank."]
