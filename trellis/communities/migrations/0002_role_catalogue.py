from django.db import migrations

from trellis.communities.roles import ROLE_CATALOGUE


def load_roles(apps, schema_editor):
    Role = apps.get_model("communities", "Role")
    for position, entry in enumerate(ROLE_CATALOGUE):
        Role.objects.update_or_create(
            code=entry["code"],
            defaults={
                "kind": entry["kind"],
                "name": entry["name"],
                "description": entry["description"],
                "network_scope_only": entry.get("network_scope_only", False),
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("communities", "0001_initial")]
    operations = [migrations.RunPython(load_roles, migrations.RunPython.noop)]
