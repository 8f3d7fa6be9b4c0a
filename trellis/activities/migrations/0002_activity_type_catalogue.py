"""Load the framework's activity-type catalogue (trellis/activities/catalogue.yaml)."""

from django.db import migrations


def load_catalogue(apps, schema_editor):
    from trellis.activities.catalogue import ACTIVITY_TYPE_CATALOGUE

    ActivityType = apps.get_model("activities", "ActivityType")
    for index, entry in enumerate(ACTIVITY_TYPE_CATALOGUE):
        ActivityType.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": dict(entry["name"]),
                "description": dict(entry["description"]),
                "formats": list(entry["formats"]),
                "orientations": list(entry["orientations"]),
                "position": index * 10,
                "from_catalogue": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("activities", "0001_initial")]

    operations = [migrations.RunPython(load_catalogue, migrations.RunPython.noop)]
