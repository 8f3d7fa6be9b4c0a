"""Seed the indicator library with the framework's catalogue (idempotent: by catalogue key)."""

from typing import Any

from django.db import migrations


def seed(apps: Any, schema_editor: Any) -> None:
    from trellis.value.catalogue import indicator_catalogue_seed

    indicator_catalogue_seed(apps.get_model("value", "Indicator"))


class Migration(migrations.Migration):
    dependencies = [("value", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
