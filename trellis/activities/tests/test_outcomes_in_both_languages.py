"""What came out of an activity is written in one language or both; each reader reads their
own, and a text written only in the other language is marked as such."""

import pytest
from django.urls import reverse

from trellis.activities.models import ActivityStatus
from trellis.activities.tests.factories import ActivityFactory

pytestmark = pytest.mark.django_db

IN_ENGLISH_MARK = '<span class="muted fallback-language">(на английском)</span>'
IN_RUSSIAN_MARK = '<span class="muted fallback-language">(in Russian)</span>'


def reported(world):
    return ActivityFactory(
        communities=[world.public],
        status=ActivityStatus.HELD,
        summary={"en": "We compared **three** approaches.", "ru": "Мы сравнили **три** подхода."},
        outputs={"en": "A costing checklist"},
        decisions={"ru": "Пилот в двух министерствах"},
    )


def page(client, activity, language):
    response = client.get(
        reverse("activities:detail", args=[activity.pk]), headers={"accept-language": language}
    )
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["visitor", "member", "convener"])
def test_a_russian_reader_reads_the_russian_text_and_an_english_only_one_marked(
    client, world, role
):
    activity = reported(world)
    if world.person(role):
        client.force_login(world.person(role))

    russian = page(client, activity, "ru")

    assert "Мы сравнили <strong>три</strong> подхода." in russian
    assert "We compared" not in russian
    assert '<div lang="en"><p>A costing checklist</p>' in russian
    assert IN_ENGLISH_MARK in russian
    assert "Пилот в двух министерствах" in russian
    assert "(на русском)" not in russian


def test_an_english_reader_reads_english_and_a_russian_only_text_marked(client, world):
    activity = reported(world)

    english = page(client, activity, "en")

    assert "We compared <strong>three</strong> approaches." in english
    assert "Мы сравнили" not in english
    assert "<p>A costing checklist</p>" in english and "(in English)" not in english
    assert '<div lang="ru"><p>Пилот в двух министерствах</p>' in english
    assert IN_RUSSIAN_MARK in english


def test_the_outcomes_form_has_a_box_per_language_with_what_is_recorded(client, world):
    activity = reported(world)
    client.force_login(world.convener)

    form = client.get(reverse("activities:outcomes", args=[activity.pk])).content.decode()

    assert 'name="outcomes-summary_en"' in form and 'name="outcomes-summary_ru"' in form
    assert "We compared **three** approaches.</textarea>" in form
    assert "Мы сравнили **три** подхода.</textarea>" in form
    assert 'name="outcomes-follow_ups_ru"' in form


def test_a_refused_record_keeps_what_was_typed_in_each_language(client, world):
    activity = ActivityFactory(communities=[world.public], status=ActivityStatus.HELD)
    client.force_login(world.convener)

    response = client.post(
        reverse("activities:outcomes", args=[activity.pk]),
        {
            "outcomes-summary_en": "x" * 20_001,
            "outcomes-summary_ru": "Мы сравнили три подхода.",
            "outcomes-decisions_ru": "Пилот в двух министерствах",
        },
        headers={"accept-language": "en"},
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "Ensure this value has at most 20000 characters (it has 20001)." in content
    assert "Мы сравнили три подхода.</textarea>" in content
    assert "Пилот в двух министерствах</textarea>" in content
    activity.refresh_from_db()
    assert (activity.summary, activity.decisions, activity.reported_by) == ({}, {}, None)


def test_a_record_in_both_languages_is_kept_as_written(client, world):
    activity = ActivityFactory(communities=[world.public], status=ActivityStatus.HELD)
    client.force_login(world.convener)

    response = client.post(
        reverse("activities:outcomes", args=[activity.pk]),
        {
            "outcomes-summary_en": " We compared three approaches. ",
            "outcomes-summary_ru": "Мы сравнили три подхода.",
            "outcomes-follow_ups_ru": "Опрос в июне",
            "outcomes-follow_ups_en": "",
        },
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.summary == {
        "en": "We compared three approaches.",
        "ru": "Мы сравнили три подхода.",
    }
    assert (activity.outputs, activity.follow_ups) == ({}, {"ru": "Опрос в июне"})
    assert activity.reported_by == world.convener
