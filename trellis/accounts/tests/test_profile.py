"""Editing one's own profile (written by `profile_update`, recorded in the audit trail), and
whose profiles the directory lists."""

import io
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from trellis.accounts.models import ProfileVisibility, User
from trellis.accounts.permissions import can_view_profile
from trellis.accounts.selectors import person_list
from trellis.accounts.services import profile_update
from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.communities.models import AuditEntry
from trellis.communities.tests.factories import MembershipFactory
from trellis.participation.models import Contribution

OWN_PROFILE_ONLY = re.escape("You can edit only your own profile.")

pytestmark = pytest.mark.django_db


def profile_data(person, **overrides):
    data = {
        "full_name": person.full_name,
        "full_name_latin": person.full_name_latin,
        "country": "MD",
        "organisation": "Ministry of Finance of Moldova",
        "position": "Budget analyst",
        "languages": ["ro", "ru"],
        "bio": "I work on program budgeting.",
        "profile_visibility": "network",
        "email_visibility": "communities",
        "preferred_language": "",
        "time_zone": "",
    }
    data.update(overrides)
    return data


def png(name="me.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "navy").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_saving_the_profile_records_which_fields_changed_and_no_contribution(client, world):
    topic = ExpertiseTopicFactory()
    client.force_login(world.member)
    response = client.post(
        reverse("accounts:profile_edit"), profile_data(world.member, expertise=[topic.pk])
    )
    assert response.status_code == 302
    world.member.refresh_from_db()
    assert (world.member.country, world.member.position) == ("MD", "Budget analyst")
    assert list(world.member.expertise.all()) == [topic]
    entry = AuditEntry.objects.get(action="profile.updated")
    assert (entry.actor, entry.community) == (world.member, None)
    assert entry.changes == {
        "person": world.member.pk,
        "fields": ["bio", "country", "expertise", "languages", "organisation", "position"],
    }
    # The trail names the fields, and keeps none of the personal values.
    assert "program budgeting" not in str(entry.changes) + str(entry.subject) + entry.description
    assert not Contribution.objects.filter(person=world.member).exists()

    again = client.post(
        reverse("accounts:profile_edit"), profile_data(world.member, expertise=[topic.pk])
    )
    assert again.status_code == 302
    assert AuditEntry.objects.filter(action="profile.updated").count() == 1


def test_a_value_the_service_refuses_is_shown_on_its_field_and_the_typing_kept(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("accounts:profile_edit"),
        profile_data(world.member, time_zone="Mars/Olympus", bio="Text I do not want to lose"),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors == {"time_zone": ["Choose a valid time zone."]}
    assert "Text I do not want to lose" in response.content.decode()
    world.member.refresh_from_db()
    assert world.member.bio == "" and world.member.country == "AL"
    assert not AuditEntry.objects.filter(action="profile.updated").exists()


def test_a_refused_change_leaves_the_person_as_saved(world):
    with pytest.raises(ValidationError, match="Choose a valid time zone"):
        profile_update(
            actor=world.member, person=world.member, full_name="New Name", time_zone="Nowhere/X"
        )
    assert world.member.full_name == "Member Person"


def test_nobody_changes_another_persons_profile(world):
    with pytest.raises(PermissionDenied, match=OWN_PROFILE_ONLY):
        profile_update(actor=world.admin, person=world.member, full_name="Renamed")
    world.member.refresh_from_db()
    assert world.member.full_name == "Member Person"
    assert not AuditEntry.objects.filter(action="profile.updated").exists()


def test_the_photo_is_kept_when_none_is_sent_and_removed_when_cleared(client, world):
    client.force_login(world.member)
    client.post(reverse("accounts:profile_edit"), profile_data(world.member, photo=png()))
    world.member.refresh_from_db()
    saved = world.member.photo.name
    assert saved.startswith("profile-photos/")
    client.post(reverse("accounts:profile_edit"), profile_data(world.member, bio="New bio"))
    world.member.refresh_from_db()
    assert (world.member.photo.name, world.member.bio) == (saved, "New bio")
    client.post(
        reverse("accounts:profile_edit"),
        profile_data(world.member, bio="New bio", **{"photo-clear": "on"}),
    )
    world.member.refresh_from_db()
    assert not world.member.photo
    entry = AuditEntry.objects.filter(action="profile.updated").first()
    assert entry.changes["fields"] == ["photo"]


@pytest.mark.parametrize("role", ["visitor", "outsider", "member", "convener", "admin"])
def test_the_directory_shows_exactly_the_profiles_the_rule_lets_one_see(world, role):
    for visibility in ProfileVisibility.values:
        MembershipFactory(
            community=world.private, person=UserFactory(profile_visibility=visibility)
        )
        UserFactory(profile_visibility=visibility)
    viewer = world.person(role) or AnonymousUser()
    allowed = {
        person for person in User.objects.filter(is_active=True) if can_view_profile(viewer, person)
    }
    assert set(person_list(viewer=viewer)) == allowed
    assert len(allowed) < User.objects.count() or role == "admin"
