"""An activity's outcomes (summary, outputs, decisions, follow-ups) are written in both
languages, like its title and description.

A text written before is kept under the activity's language: its first working language that is
also an interface language (or, when it has none, the network's first such working language or
the site's default). When the activity works in several, the script decides: a text in Cyrillic
is kept as Russian, another one under the first of its languages that is not Russian.
"""

import re

from django.conf import settings
from django.db import migrations

import trellis.core.translated

OUTCOME_FIELDS = ("summary", "outputs", "decisions", "follow_ups")
LABELS = {
    "summary": "summary",
    "outputs": "outputs",
    "decisions": "decisions",
    "follow_ups": "follow-ups",
}
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _interface_languages():
    return [code for code, _name in settings.LANGUAGES]


def _network_language(apps):
    network = apps.get_model("communities", "Network").objects.first()
    for code in network.working_languages if network else []:
        if code in _interface_languages():
            return code
    return settings.LANGUAGE_CODE


def _language_of(text, candidates):
    if _CYRILLIC.search(text) and "ru" in candidates:
        return "ru"
    for code in candidates:
        if code != "ru":
            return code
    return candidates[0]


def outcomes_under_their_language(apps, schema_editor):
    network_language = _network_language(apps)
    interface = _interface_languages()
    activity_model = apps.get_model("activities", "Activity")
    for activity in activity_model.objects.iterator():
        old = {name: getattr(activity, f"{name}_single_language") for name in OUTCOME_FIELDS}
        if not any(text.strip() for text in old.values()):
            continue
        candidates = [code for code in activity.languages or [] if code in interface]
        candidates = candidates or [network_language]
        for name, text in old.items():
            text = text.strip()
            setattr(activity, name, {_language_of(text, candidates): text} if text else {})
        activity.save(update_fields=list(OUTCOME_FIELDS))


def outcomes_back_to_one_language(apps, schema_editor):
    activity_model = apps.get_model("activities", "Activity")
    for activity in activity_model.objects.iterator():
        for name in OUTCOME_FIELDS:
            texts = getattr(activity, name) or {}
            languages = [*(activity.languages or []), settings.LANGUAGE_CODE]
            chosen = next((texts[code] for code in languages if texts.get(code)), "")
            setattr(activity, f"{name}_single_language", chosen or next(iter(texts.values()), ""))
        activity.save(update_fields=[f"{name}_single_language" for name in OUTCOME_FIELDS])


class Migration(migrations.Migration):
    dependencies = [
        ("activities", "0006_field_labels"),
        ("communities", "0008_leaders_notes_in_both_languages"),
    ]

    operations = [
        *(
            migrations.RenameField("activity", name, f"{name}_single_language")
            for name in OUTCOME_FIELDS
        ),
        *(
            migrations.AddField(
                model_name="activity",
                name=name,
                field=trellis.core.translated.TranslatedField(
                    blank=True,
                    default=dict,
                    max_length=20000,
                    multiline=True,
                    verbose_name=LABELS[name],
                ),
            )
            for name in OUTCOME_FIELDS
        ),
        migrations.RunPython(outcomes_under_their_language, outcomes_back_to_one_language),
        *(migrations.RemoveField("activity", f"{name}_single_language") for name in OUTCOME_FIELDS),
    ]
