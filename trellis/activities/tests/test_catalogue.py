"""The framework's activity-type catalogue, as loaded by the data migration."""

from pathlib import Path

import pytest
from django.urls import reverse

from trellis.activities.catalogue import ACTIVITY_TYPE_CATALOGUE, CATALOGUE_FILE, catalogue_read
from trellis.activities.models import ActivityFormat, ActivityType, Orientation

EXPECTED_SLUGS = {
    "hosting-visitors",
    "study-visits",
    "good-practice-exhibitions",
    "demonstrations",
    "documenting-practice",
    "case-studies",
    "problem-solving",
    "reading-groups",
    "joint-response",
    "learning-projects",
    "exchanging-tips",
    "pointing-to-resources",
    "following-the-leader",
    "hot-topic-discussions",
    "exploring-ideas",
    "project-reviews",
    "master-classes",
    "help-desk",
    "comparing-practices",
    "peer-assistance",
    "questions-and-answers",
    "role-plays",
    "document-exchange",
    "seminars-and-trainings",
    "joint-events",
    "invited-speakers",
    "systematic-analysis",
    "external-benchmarks",
    "cross-boundary-collaboration",
}


def test_catalogue_names_every_type_once():
    slugs = [entry["slug"] for entry in ACTIVITY_TYPE_CATALOGUE]
    assert len(slugs) == len(set(slugs)) == 29
    assert set(slugs) == EXPECTED_SLUGS


@pytest.mark.django_db
def test_all_types_are_loaded_by_the_migration():
    loaded = ActivityType.objects.filter(from_catalogue=True)
    assert set(loaded.values_list("slug", flat=True)) >= EXPECTED_SLUGS
    positions = [t.position for t in loaded.filter(slug__in=EXPECTED_SLUGS).order_by("position")]
    assert positions == [i * 10 for i in range(29)]
    study = ActivityType.objects.get(slug="study-visits")
    assert study.name == {"en": "Study visits", "ru": "Учебные поездки"}
    assert study.formats == ["visit"]


@pytest.mark.django_db
def test_every_type_is_bilingual_and_valid():
    for activity_type in ActivityType.objects.filter(slug__in=EXPECTED_SLUGS):
        for field in ("name", "description"):
            value = getattr(activity_type, field)
            assert value.get("en", "").strip(), (activity_type.slug, field)
            assert value.get("ru", "").strip(), (activity_type.slug, field)
        assert activity_type.formats, activity_type.slug
        assert activity_type.orientations, activity_type.slug
        assert set(activity_type.formats) <= set(ActivityFormat.values), activity_type.slug
        assert set(activity_type.orientations) <= set(Orientation.values), activity_type.slug
        activity_type.full_clean()


def test_russian_text_is_cyrillic_and_english_is_not():
    for entry in ACTIVITY_TYPE_CATALOGUE:
        for field in ("name", "description"):
            assert any("а" <= ch.lower() <= "я" for ch in entry[field]["ru"]), entry["slug"]
            assert not any("а" <= ch.lower() <= "я" for ch in entry[field]["en"]), entry["slug"]


def test_every_orientation_and_format_is_served():
    orientations = {code for entry in ACTIVITY_TYPE_CATALOGUE for code in entry["orientations"]}
    formats = {code for entry in ACTIVITY_TYPE_CATALOGUE for code in entry["formats"]}
    assert orientations == set(Orientation.values)
    assert formats == set(ActivityFormat.values)


def test_a_catalogue_entry_without_both_languages_is_refused(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(
        "- slug: tea-talks\n"
        "  name: {en: Tea talks}\n"
        "  description: {en: Talks over tea., ru: Беседы за чаем.}\n"
        "  formats: [meeting]\n"
        "  orientations: [meetings]\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"^tea-talks: name needs exactly \('en', 'ru'\)$"):
        catalogue_read(catalogue)


def test_the_catalogue_is_read_from_its_data_file_in_order() -> None:
    entries = catalogue_read(CATALOGUE_FILE)
    assert entries == ACTIVITY_TYPE_CATALOGUE
    assert entries[0]["slug"] == "hosting-visitors"
    assert entries[0]["name"] == {"en": "Hosting visitors", "ru": "Приём гостей"}
    assert entries[-1]["slug"] == "cross-boundary-collaboration"


@pytest.mark.django_db
def test_catalogue_filters_by_orientation(client, db):
    response = client.get(reverse("activities:catalogue"), {"orientation": "relationships"})
    content = response.content.decode()
    assert response.status_code == 200
    relationship_types = [
        t for t in ActivityType.objects.all() if "relationships" in t.orientations
    ]
    other_types = [t for t in ActivityType.objects.all() if "relationships" not in t.orientations]
    assert relationship_types and other_types
    assert f'id="type-{relationship_types[0].slug}"' in content
    assert f'id="type-{other_types[0].slug}"' not in content


@pytest.mark.django_db
def test_network_admin_adds_a_kind_of_activity(client, world):
    client.force_login(world.convener)
    assert client.get(reverse("activities:type_create")).status_code == 403
    client.force_login(world.admin)
    response = client.post(
        reverse("activities:type_create"),
        {
            "slug": "budget-hackathon",
            "name_en": "Budget hackathon",
            "name_ru": "Бюджетный хакатон",
            "formats": ["workshop"],
            "orientations": ["projects", "relationships"],
        },
    )
    assert response.status_code == 302
    assert ActivityType.objects.get(slug="budget-hackathon").orientations == [
        "projects",
        "relationships",
    ]
