"""Every write to an app's tables changes its number; nothing else does."""

import pytest
from django.db import connection, transaction
from django.test import override_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import Community
from trellis.communities.tests.factories import CommunityFactory
from trellis.core import generations
from trellis.core.models import Generation


def number(area: str) -> int | None:
    return Generation.objects.filter(area=area).values_list("value", flat=True).first()


@pytest.mark.parametrize(
    ("sql", "area"),
    [
        ('INSERT INTO "communities_community" ("code") VALUES (%s)', "communities"),
        ('INSERT OR IGNORE INTO "activities_activity" ("id") VALUES (1)', "activities"),
        ('UPDATE "conversations_question" SET "title" = %s', "conversations"),
        ('DELETE FROM "notifications_notification" WHERE "id" = 1', "notifications"),
        ('  update "accounts_user" set "full_name" = %s', "accounts"),
        ('UPDATE "account_emailaddress" SET "verified" = true', "accounts"),
        ('DELETE FROM "mfa_authenticator"', "accounts"),
        ('TRUNCATE "participation_contribution" CASCADE', "participation"),
        ('TRUNCATE TABLE "communities_membership"', "communities"),
        ('SELECT * FROM "communities_community"', None),
        ('UPDATE "django_session" SET "session_data" = %s', None),
        ('INSERT INTO "core_generation" ("area", "value") VALUES (%s, %s)', None),
        ('UPDATE "accounts_accesstoken" SET "last_used_at" = %s', None),
        ('INSERT INTO "accounts_signincounter" ("key") VALUES (%s)', None),
        ('INSERT INTO "notifications_follow" ("person_id") VALUES (%s)', "follows"),
        ('/* admin */ DELETE FROM "activities_registration"', "activities"),
        ('WITH x AS (SELECT 1) UPDATE "communities_role" SET "position" = 1', "communities"),
        ('REPLACE INTO "conversations_answer" ("id") VALUES (1)', "conversations"),
        ('UPDATE "public"."activities_activity" SET "status" = %s', "activities"),
        ('SELECT "id" FROM "x" WHERE "note" = \'UPDATE "communities_role"\'', None),
    ],
)
def test_the_statements_that_write_name_their_app(sql, area):
    assert generations._areas(sql) == ({area} if area else set())


def test_a_truncate_of_several_tables_names_each_app():
    sql = 'TRUNCATE "communities_community", "activities_activity", "django_session";'
    assert generations._areas(sql) == {"communities", "activities"}


@pytest.mark.django_db
def test_each_kind_of_write_changes_the_number_of_its_app_only():
    community = Community.objects.get(pk=CommunityFactory().pk)
    seen = {number("communities")}
    people = number("accounts")

    community.description = {"en": "Changed"}
    community.save()
    seen.add(number("communities"))
    Community.objects.filter(pk=community.pk).update(code="NEW")
    seen.add(number("communities"))
    Community.objects.bulk_update([community], ["code"])
    seen.add(number("communities"))
    with connection.cursor() as cursor:
        cursor.execute(
            'UPDATE "communities_community" SET "code" = %s WHERE "id" = %s', ["RAW", community.pk]
        )
    seen.add(number("communities"))
    Community.objects.filter(pk=community.pk).delete()
    seen.add(number("communities"))

    assert len(seen) == 6  # a new number after each write
    assert number("accounts") == people
    assert number("activities") == number("activities")  # untouched areas keep theirs


@pytest.mark.django_db
def test_reading_changes_nothing():
    CommunityFactory()
    before = list(Generation.objects.values_list("area", "value"))
    list(Community.objects.all())
    assert list(Generation.objects.values_list("area", "value")) == before


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TRELLIS_GENERATIONS_AT_ONCE=False)
def test_a_transaction_counts_when_it_commits_and_not_when_it_rolls_back():
    CommunityFactory(code="FIRST")
    generations.flush()
    before = number("communities")

    with transaction.atomic():
        CommunityFactory(code="INSIDE")
        with transaction.atomic():
            UserFactory()
        assert number("communities") == before  # not until the commit
    committed = number("communities")
    assert committed != before
    assert number("accounts") is not None

    with pytest.raises(RuntimeError), transaction.atomic():
        CommunityFactory(code="UNDONE")
        raise RuntimeError
    assert number("communities") == committed


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TRELLIS_GENERATIONS_AT_ONCE=False)
def test_a_write_in_autocommit_counts_before_the_next_statement():
    generations.flush()
    before = number("communities")
    CommunityFactory(code="AUTO")  # INSERT ... RETURNING: its rows are read after the wrapper
    assert number("communities") != before  # the next statement (this read) counted it first


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TRELLIS_GENERATIONS_AT_ONCE=False)
def test_a_rolled_back_savepoint_does_not_lose_a_later_write():
    generations.flush()
    before = number("communities")
    with transaction.atomic():
        try:
            with transaction.atomic():
                CommunityFactory(code="DROPPED")
                raise RuntimeError
        except RuntimeError:
            pass
        CommunityFactory(code="KEPT")
    assert number("communities") != before
    assert Community.objects.filter(code="KEPT").exists()


@pytest.mark.django_db
def test_a_request_reads_the_numbers_once_and_stops_remembering_after_it_writes(rf):
    scope_token = generations._scope.set(generations._Scope())
    try:
        first = generations.current("communities", "accounts")
        CommunityFactory()
        assert first is not None
        assert generations.current("communities") is None  # it wrote: read the database
    finally:
        generations._scope.reset(scope_token)
    assert generations.current("communities") is None  # outside a request


def test_a_request_keeps_the_minute_it_started_in():
    """A request running across a minute's end must not forget, halfway, what it remembered
    (one more query for the same page, by the clock)."""
    import time_machine

    scope_token = generations._scope.set(generations._Scope())
    try:
        with time_machine.travel("2026-12-01 12:02:59.9+00:00", tick=False) as traveller:
            started = generations.request_minute()
            traveller.shift(1)
            assert generations.request_minute() == started
    finally:
        generations._scope.reset(scope_token)
