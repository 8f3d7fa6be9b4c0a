"""The 30 rows the list shows, the same on every run."""

from datetime import UTC, datetime, timedelta

from django.db import migrations

AUTHORS = ("Ana Novak", "Dmitriy Volkov", "Nino Beridze", "Aigerim Sadykova", "Marko Petrović")


def rows_create(apps, schema_editor):
    Row = apps.get_model("floor", "Row")
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    Row.objects.bulk_create(
        Row(
            title=f"How did your ministry introduce programme budgeting, step {number}?",
            author=AUTHORS[number % len(AUTHORS)],
            published_at=start + timedelta(days=number, hours=number % 7),
        )
        for number in range(1, 31)
    )


class Migration(migrations.Migration):
    dependencies = [("floor", "0001_initial")]

    operations = [migrations.RunPython(rows_create, migrations.RunPython.noop)]
