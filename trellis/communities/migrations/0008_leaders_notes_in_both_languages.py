"""Stage-change and agenda status notes are written in both languages, like the community's
other texts. A note written before is kept under its language: Russian when written in Cyrillic,
otherwise the network's first working language (or the site's default)."""

import re

from django.conf import settings
from django.db import migrations

import trellis.core.translated

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _default_language(apps):
    interface = [code for code, _name in settings.LANGUAGES]
    network = apps.get_model("communities", "Network").objects.first()
    for code in network.working_languages if network else []:
        if code in interface:
            return code
    return settings.LANGUAGE_CODE


def notes_under_their_language(apps, schema_editor):
    default = _default_language(apps)
    for model_name in ("StageChange", "AgendaStatusChange"):
        model = apps.get_model("communities", model_name)
        for change in model.objects.exclude(note_single_language="").iterator():
            text = change.note_single_language
            language = "ru" if _CYRILLIC.search(text) else default
            change.note = {language: text}
            change.save(update_fields=["note"])


def notes_back_to_one_language(apps, schema_editor):
    for model_name in ("StageChange", "AgendaStatusChange"):
        model = apps.get_model("communities", model_name)
        for change in model.objects.exclude(note={}).iterator():
            texts = change.note or {}
            change.note_single_language = texts.get(settings.LANGUAGE_CODE) or next(
                iter(texts.values()), ""
            )
            change.save(update_fields=["note_single_language"])


class Migration(migrations.Migration):
    dependencies = [
        ("communities", "0007_audit_subject_not_sentence"),
    ]

    operations = [
        migrations.RenameField("stagechange", "note", "note_single_language"),
        migrations.RenameField("agendastatuschange", "note", "note_single_language"),
        migrations.AddField(
            model_name="stagechange",
            name="note",
            field=trellis.core.translated.TranslatedField(
                blank=True, default=dict, max_length=2000, multiline=True, verbose_name="note"
            ),
        ),
        migrations.AddField(
            model_name="agendastatuschange",
            name="note",
            field=trellis.core.translated.TranslatedField(
                blank=True, default=dict, max_length=2000, multiline=True, verbose_name="note"
            ),
        ),
        migrations.RunPython(notes_under_their_language, notes_back_to_one_language),
        migrations.RemoveField("stagechange", "note_single_language"),
        migrations.RemoveField("agendastatuschange", "note_single_language"),
    ]
