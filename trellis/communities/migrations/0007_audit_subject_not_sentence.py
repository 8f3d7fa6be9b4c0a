"""Audit entries keep what they concern, not an English sentence: the sentence is made in the
reader's language when read. Earlier entries keep the name or title their sentence held."""

import re

from django.db import migrations, models

# The sentences services wrote before, by code: the group named "subject" is what stays.
_EARLIER_SENTENCES = {
    "community.created": r"Created (?P<subject>.*)",
    "stakeholder.added": r"Added (?:Sponsor|Stakeholder) (?P<subject>.*)",
    "stakeholder.removed": r"Removed (?:Sponsor|Stakeholder) (?P<subject>.*)",
    "role.assigned": r"(?P<subject>.*): [\w-]+",
    "role.ended": r"(?P<subject>.*): [\w-]+",
    "membership.approved": r"Approved (?P<subject>.*)",
    "membership.declined": r"Declined (?P<subject>.*)",
    "membership.removed": r"Removed (?P<subject>.*)",
    "membership.level": r"(?P<subject>.*): (?P<before>\w*) → (?P<after>\w*)",
    "invitation.created": r"Invited (?P<subject>.*)",
    "invitation.revoked": r"Revoked the invitation of (?P<subject>.*)",
    "transactional.recorded": r"Recorded (?P<subject>.*)",
    "activity.created": r"Planned (?P<subject>.*)",
    "activity.updated": r"Changed (?P<subject>.*?): (?P<fields>[\w, ]*)",
    "profile.updated": r"Changed the profile of (?P<subject>.*?): [\w, ]*",
    "agenda.prioritised": r"Agenda item #\d+ “(?P<subject>.*)”: .*",
    "post.hidden": r"Hid a \w+: (?P<subject>.*)",
    "post.restored": r"Restored a \w+: (?P<subject>.*)",
    "post.flags_dismissed": r"Dismissed flags on a \w+: (?P<subject>.*)",
    "question.locked": r"Locked a \w+: (?P<subject>.*)",
    "question.unlocked": r"Unlocked a \w+: (?P<subject>.*)",
}
_DISCUSSION = r"\w+ discussion “(?P<subject>.*)”"


def sentences_to_subjects(apps, schema_editor):
    AuditEntry = apps.get_model("communities", "AuditEntry")
    for entry in AuditEntry.objects.iterator():
        pattern = _EARLIER_SENTENCES.get(entry.action)
        if entry.action.startswith("discussion."):
            pattern = _DISCUSSION
        match = re.fullmatch(pattern, entry.summary, re.DOTALL) if pattern else None
        changes = dict(entry.changes or {})
        if match is None:
            entry.subject = "" if entry.action == "community.updated" else entry.summary
        else:
            found = match.groupdict()
            entry.subject = found["subject"]
            if "before" in found:
                changes["level"] = [found["before"], found["after"]]
            if found.get("fields"):
                changes["fields"] = [name.strip() for name in found["fields"].split(",")]
        entry.changes = changes
        entry.save(update_fields=["subject", "changes"])


def subjects_to_sentences(apps, schema_editor):
    """Going back, an entry's summary is its code and what it concerned."""
    AuditEntry = apps.get_model("communities", "AuditEntry")
    for entry in AuditEntry.objects.iterator():
        subject = entry.subject
        if isinstance(subject, dict):
            subject = subject.get("en") or next(iter(subject.values()), "")
        entry.summary = f"{entry.action}: {subject}"[:500]
        entry.save(update_fields=["summary"])


class Migration(migrations.Migration):
    dependencies = [
        ("communities", "0006_community_stats"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="subject",
            field=models.JSONField(blank=True, default=str, verbose_name="concerning"),
        ),
        migrations.RunPython(sentences_to_subjects, subjects_to_sentences, elidable=True),
        # With a default, so that going back can add the column to a table that has rows.
        migrations.AlterField(
            model_name="auditentry",
            name="summary",
            field=models.CharField(blank=True, default="", max_length=500, verbose_name="summary"),
        ),
        migrations.RemoveField(
            model_name="auditentry",
            name="summary",
        ),
    ]
