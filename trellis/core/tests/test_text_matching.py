"""Case-insensitive matching works for Cyrillic as for Latin letters, on both databases."""

import pytest
from django.db import connection

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.importing import ImportRow
from trellis.activities.services import attendance_import as attendance_services
from trellis.activities.tests.factories import ActivityFactory
from trellis.communities.models import TransactionalParticipant
from trellis.communities.tests.factories import MembershipFactory
from trellis.core.text_matching import sql_like, unicode_case_folding


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("%иванов%", "Пётр Иванов", True),
        ("ИВАНОВ", "иванов", True),
        ("%straße%", "STRASSE", True),
        ("ива_ов", "Иванов", True),
        ("ива_ов", "Иваанов", False),
        (r"%50\%%", "rate 50% of", True),
        (r"%50\%%", "rate 500 of", False),
        (r"%a\_b%", "xa_by", True),
        (r"%a\_b%", "xacby", False),
        ("%", "", True),
        ("abc", "abcd", False),
        ("a%", "A\nb", True),
    ],
)
def test_like_follows_sql_with_case_folded_in_every_script(pattern, value, matches):
    assert sql_like(pattern, value, "\\") is matches


def test_like_of_null_is_null():
    assert sql_like(None, "x") is None
    assert sql_like("x", None) is None


@pytest.mark.django_db
def test_the_database_folds_cyrillic_case():
    assert unicode_case_folding(databases=["default"]) == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT UPPER(%s), LOWER(%s)", ["пётр", "ПЁТР"])
        assert cursor.fetchone() == ("ПЁТР", "пётр")


@pytest.fixture
def ivanov(world):
    person = UserFactory(full_name="Иванов Пётр", organisation="Министерство финансов")
    MembershipFactory(community=world.public, person=person)
    return person


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["иванов", "ИВАНОВ", "пётр", "министерство"])
def test_the_directory_finds_a_name_whatever_its_case(client, world, ivanov, query):
    client.force_login(world.member)

    page = client.get("/people/", {"q": query}).content.decode()

    assert "Иванов Пётр" in page


@pytest.mark.django_db
def test_the_member_search_of_a_community_finds_a_name_whatever_its_case(client, world, ivanov):
    client.force_login(world.member)

    page = client.get("/communities/public-cop/members/", {"q": "иванов"}).content.decode()

    assert "Иванов Пётр" in page


@pytest.mark.django_db
def test_the_check_in_search_finds_a_name_whatever_its_case(client, world, ivanov):
    activity = ActivityFactory(communities=[world.public])
    client.force_login(world.convener)

    page = client.get(f"/activities/{activity.pk}/attendance/", {"q": "иванов"}).content.decode()

    assert "Иванов Пётр" in page


@pytest.mark.django_db
def test_an_imported_guest_is_recognised_whatever_the_case_of_their_name(world):
    activity = ActivityFactory(communities=[world.public])
    first = ImportRow(2, "Петрова Анна", country="KZ")
    again = ImportRow(2, "ПЕТРОВА АННА", country="KZ")
    for row in (first, again):
        attendance_services.attendance_import(
            actor=world.convener,
            activity=activity,
            decisions=[attendance_services.ImportDecision(row=row, person_id=None)],
        )

    assert TransactionalParticipant.objects.count() == 1
