"""Outcomes written before they were bilingual are kept, under the activity's language."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("activities", "0006_field_labels")]
AFTER = [("activities", "0007_outcomes_in_both_languages")]
STARTS = datetime(2026, 3, 2, 9, tzinfo=UTC)


def migrated(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outcomes_written_in_one_language_are_kept_under_the_activitys_language():
    apps = migrated(BEFORE)
    try:
        apps.get_model("communities", "Network").objects.create(
            name={"en": "Network"}, working_languages=["ru", "en"]
        )
        activity_type = apps.get_model("activities", "ActivityType").objects.create(
            slug="webinar", name={"en": "Webinar"}
        )
        activity_model = apps.get_model("activities", "Activity")

        def activity(languages, **outcomes):
            return activity_model.objects.create(
                activity_type=activity_type,
                title={"en": "A title"},
                starts_at=STARTS,
                ends_at=STARTS,
                languages=languages,
                **outcomes,
            ).pk

        english = activity(["en"], summary="We compared three approaches.", outputs="  ")
        bilingual = activity(
            ["en", "ru"], summary="Сравнили три подхода", decisions="Pilot in two ministries"
        )
        russian = activity(["ru"], follow_ups="- PEFA")
        network_language = activity(["hr"], summary="Usporedili smo tri pristupa.")
        without = activity(["en"])

        apps = migrated(AFTER)
        outcomes = {
            row["pk"]: row
            for row in apps.get_model("activities", "Activity").objects.values(
                "pk", "summary", "outputs", "decisions", "follow_ups"
            )
        }
    finally:
        migrated(executor_leaves())

    assert outcomes[english]["summary"] == {"en": "We compared three approaches."}
    assert outcomes[english]["outputs"] == {}
    assert outcomes[bilingual]["summary"] == {"ru": "Сравнили три подхода"}
    assert outcomes[bilingual]["decisions"] == {"en": "Pilot in two ministries"}
    assert outcomes[russian]["follow_ups"] == {"ru": "- PEFA"}
    assert outcomes[russian]["summary"] == {}
    # An activity held in no interface language: the network's first working language.
    assert outcomes[network_language]["summary"] == {"ru": "Usporedili smo tri pristupa."}
    assert {name: outcomes[without][name] for name in ("summary", "follow_ups")} == {
        "summary": {},
        "follow_ups": {},
    }


def executor_leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()
