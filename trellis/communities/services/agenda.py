"""The learning agenda: proposing items, voting for them, and prioritising them.

Members propose questions and issues and vote for them (one retractable vote each); agenda
setters and conveners prioritise: priority, status (kept in the status history with a note),
the agenda setter in charge and the target period. What leaders change goes to the audit trail.
"""

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities import permissions
from trellis.communities.models import (
    AgendaItem,
    AgendaPriority,
    AgendaStatus,
    AgendaStatusChange,
    AgendaVote,
    Community,
)
from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require
from trellis.core.translated import translated_clean
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import (
    contribution_record,
    mark_once,
    mark_withdraw,
)
from trellis.search.indexing import search_index_later

if TYPE_CHECKING:
    from trellis.accounts.models import User

TEXT_FIELDS = ("title", "description", "language")
LEADERSHIP_FIELDS = ("priority", "status", "owner", "target_start", "target_end")

# The search index's kind for agenda items (their source lives with their translations, in
# the conversations app).
AGENDA_ITEM_KIND = "agenda_item"


def _period_check(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            {"target_end": _("The end of the target period must not be before its start.")}
        )


def _text_check(*, title: str, language: str) -> None:
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = _("Write the question or issue.")
    if language not in {code for code, _name in settings.LANGUAGES}:
        errors["language"] = _("Choose one of the network's languages.")
    if errors:
        raise ValidationError(errors)


def agenda_item_propose(
    *,
    person: "User",
    community: Community,
    title: str,
    description: str = "",
    language: str,
    target_start: date | None = None,
    target_end: date | None = None,
) -> AgendaItem:
    """A member puts a question or issue on the agenda; it starts as proposed."""
    require(person, permissions.can_propose_agenda_item(person, community))
    title = title.strip()
    _text_check(title=title, language=language)
    _period_check(target_start, target_end)
    item = AgendaItem(
        community=community,
        title=title,
        description=description.strip(),
        language=language,
        proposer=person,
        target_start=target_start,
        target_end=target_end,
    )
    item.full_clean(exclude=["community", "proposer"])
    with transaction.atomic():
        item.save()
        AgendaStatusChange.objects.create(
            item=item, status=AgendaStatus.PROPOSED, changed_by=person
        )
        contribution_record(
            person=person, kind=ContributionKind.AGENDA_PROPOSED, community=community, target=item
        )
        search_index_later(kind=AGENDA_ITEM_KIND, ids=[item.pk])
    return item


def agenda_item_update(
    *, actor: "User", item: AgendaItem, status_note: dict[str, str] | None = None, **changes: Any
) -> AgendaItem:
    """Change an item: its text (see `permissions.can_edit_agenda_text`) and, for agenda
    setters and conveners, its priority, status, owner and target period.

    Only the fields given are changed. A status change, or a note alone (about the current
    status), is kept in the status history with `status_note` ({language: text}); what leaders
    change is written to the audit trail.
    """
    note = translated_clean(status_note)
    unknown = set(changes) - set(TEXT_FIELDS) - set(LEADERSHIP_FIELDS)
    if unknown:
        raise TypeError(f"agenda_item_update() got unknown fields: {sorted(unknown)}")
    community = item.community
    text = {name: value for name, value in changes.items() if name in TEXT_FIELDS}
    leadership = {name: value for name, value in changes.items() if name in LEADERSHIP_FIELDS}
    if text:
        require(actor, permissions.can_edit_agenda_text(actor, item))
    if leadership or note:
        require(actor, permissions.can_prioritise_agenda(actor, community))
    if not text and not leadership and not note:
        require(actor, permissions.can_edit_agenda_text(actor, item))
        return item

    if "title" in text:
        text["title"] = (text["title"] or "").strip()
    if "description" in text:
        text["description"] = (text["description"] or "").strip()
    _text_check(title=text.get("title", item.title), language=text.get("language", item.language))
    _period_check(
        leadership.get("target_start", item.target_start),
        leadership.get("target_end", item.target_end),
    )
    if (
        leadership.get("priority") is not None
        and leadership["priority"] not in AgendaPriority.values
    ):
        raise ValidationError({"priority": _("Choose high, medium or low priority.")})
    if "status" in leadership and leadership["status"] not in AgendaStatus.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    owner = leadership.get("owner")
    if (
        owner is not None
        and owner.pk != item.owner_id
        and not permissions.can_own_agenda_item(owner, community)
    ):
        raise ValidationError(
            {"owner": _("The owner must be an agenda setter, a convener or a member.")}
        )

    before = {name: _audit_value(getattr(item, name)) for name in leadership}
    old_status = item.status
    previous = {name: getattr(item, name) for name in [*text, *leadership]}
    for name, value in {**text, **leadership}.items():
        setattr(item, name, value)
    try:
        item.full_clean(exclude=["community", "proposer"])
    except ValidationError:
        # A refused change leaves the item as it was, for the page that shows the errors.
        for name, value in previous.items():
            setattr(item, name, value)
        raise
    status_changed = item.status != old_status
    with transaction.atomic():
        # Only the fields given are written, so two people changing different fields of the
        # same item at once (the proposer its text, a leader its status) do not undo each other.
        item.save(update_fields=[*text, *leadership, "updated_at"])
        search_index_later(kind=AGENDA_ITEM_KIND, ids=[item.pk])
        if status_changed or note:
            AgendaStatusChange.objects.create(
                item=item, status=item.status, changed_by=actor, note=note
            )
        changed = {
            name: [before[name], _audit_value(getattr(item, name))]
            for name in leadership
            if before[name] != _audit_value(getattr(item, name))
        }
        if changed or note:
            audit_record(
                actor=actor,
                community=community,
                action="agenda.prioritised",
                subject=item.title[:200],
                item=item.pk,
                **changed,
            )
    return item


def _audit_value(value: Any) -> Any:
    """A JSON-friendly form of a field value for the audit trail."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    return value


def agenda_vote_cast(*, person: "User", item: AgendaItem) -> AgendaVote:
    """Vote for an item. Voting twice is harmless: the existing vote is kept, nothing recorded."""
    require(person, permissions.can_vote_on_agenda(person, item.community))
    return mark_once(
        model=AgendaVote,
        person=person,
        kind=ContributionKind.AGENDA_VOTED,
        community=item.community,
        target=item,
        item=item,
    )


def agenda_vote_withdraw(*, person: "User", item: AgendaItem) -> None:
    """Withdraw one's vote (nothing happens when there is none).

    The vote goes and its contribution is withdrawn: the row stays in the log with the time of
    the withdrawal, for history, and participation analytics count only what stands, so they
    need no pairing logic. Voting again records a new contribution.
    """
    require(person, permissions.can_withdraw_agenda_vote(person, item.community))
    mark_withdraw(
        model=AgendaVote, person=person, kind=ContributionKind.AGENDA_VOTED, target=item, item=item
    )
