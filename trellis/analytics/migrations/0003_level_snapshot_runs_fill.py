"""Snapshots become runs of months: each existing row is a run of its one month."""

from django.db import migrations, models
from django.db.models import F


def one_month_runs(apps, schema_editor):
    LevelSnapshot = apps.get_model("analytics", "LevelSnapshot")
    LevelSnapshot.objects.update(last_period=F("period"))


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0002_level_snapshots"),
    ]

    operations = [
        migrations.AddField(
            model_name="levelsnapshot",
            name="last_period",
            field=models.DateField(
                help_text="The first day of the last month with this level.",
                null=True,
                verbose_name="last month of the run",
            ),
        ),
        migrations.RunPython(one_month_runs, migrations.RunPython.noop),
    ]
