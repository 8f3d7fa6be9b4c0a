"""The audit trail and leaders' notes in the reader's language: sentences and field labels
translated, notes written in both languages shown in each reader's, and a note only written
in another language shown with its language marked."""

import pytest
from django.urls import reverse

from trellis.communities import services
from trellis.communities.models import JoinPolicy, Membership, Stage

pytestmark = pytest.mark.django_db


def leaders_change_things(world):
    services.community_update(
        actor=world.convener,
        community=world.public,
        name={"en": "Budget people", "ru": "Бюджетники"},
        value_proposition={"why_care": {"en": "Budgets matter", "ru": "Бюджет важен"}},
    )
    world.public.join_policy = JoinPolicy.APPROVAL
    world.public.save(update_fields=["join_policy"])
    services.membership_join(person=world.outsider, community=world.public)
    request = Membership.objects.get(person=world.outsider, community=world.public)
    services.membership_decide(actor=world.convener, membership=request, approve=True)


def _history(client, world, language):
    client.force_login(world.convener)
    response = client.get(
        reverse("communities:history", args=[world.public.slug]), HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_history_reads_in_russian_with_field_labels(client, world):
    leaders_change_things(world)
    page = _history(client, world, "ru")
    assert "Изменено: название, почему стоит участвовать" in page
    assert f"Одобрена заявка на вступление: {world.outsider}" in page
    for english in ("Changed", "Approved", "value_proposition", "membership.approved"):
        assert english not in page


def test_the_history_reads_in_english_with_field_labels(client, world):
    leaders_change_things(world)
    page = _history(client, world, "en")
    assert "Changed: name, value proposition" in page
    assert f"Approved the request to join of {world.outsider}" in page
    assert "value_proposition" not in page


def _change_stage(world, note):
    services.community_update(
        actor=world.convener, community=world.public, stage=Stage.MATURING, stage_note=note
    )


@pytest.mark.parametrize("page", ["communities:detail", "communities:history"])
def test_a_stage_note_in_both_languages_shows_each_reader_theirs(client, world, page):
    _change_stage(world, {"en": "We found our focus", "ru": "Мы нашли свою тему"})
    client.force_login(world.convener)
    url = reverse(page, args=[world.public.slug])
    russian = client.get(url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Мы нашли свою тему" in russian and "We found our focus" not in russian
    assert "We found our focus" in english and "Мы нашли свою тему" not in english
    assert "на английском" not in russian and "(in Russian)" not in english


@pytest.mark.parametrize("page", ["communities:detail", "communities:history"])
def test_a_note_only_in_english_is_marked_for_the_russian_reader(client, world, page):
    _change_stage(world, {"en": "We found our focus", "ru": "  "})
    client.force_login(world.convener)
    url = reverse(page, args=[world.public.slug])
    russian = client.get(url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<span lang="en">We found our focus</span>' in russian
    assert "(на английском)" in russian
    assert "We found our focus" in english and "(in English)" not in english


def test_the_stage_form_has_a_box_per_language(client, world):
    client.force_login(world.convener)
    page = client.get(reverse("communities:edit", args=[world.public.slug])).content.decode()
    assert 'name="stage_note_en"' in page and 'name="stage_note_ru"' in page


def test_the_landing_page_marks_a_description_only_in_english(client, world):
    services.community_update(
        actor=world.convener,
        community=world.public,
        description={"en": "We plan **budgets** together"},
        value_proposition={"why_care": {"en": "Budgets matter", "ru": "Бюджет важен"}},
    )
    url = reverse("communities:detail", args=[world.public.slug])
    russian = client.get(url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<div lang="en"><p>We plan <strong>budgets</strong> together</p>' in russian
    assert russian.count("(на английском)") == 1
    assert "Бюджет важен" in russian and "Budgets matter" not in russian
    assert "We plan <strong>budgets</strong> together" in english
    assert "(in English)" not in english and "Budgets matter" in english
