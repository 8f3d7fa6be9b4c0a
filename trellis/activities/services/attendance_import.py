"""Importing an attendance list: what the review of its rows decides, and saving it.

A spreadsheet is read and its rows matched to people (`trellis.activities.importing`) before
anything is decided. Then each row is recorded as one member offered for it, as a guest, or
skipped. The review page lets the convener choose; the API, which has no review, takes the
choice the page proposes (`import_choice_default`): the member matched by email or name, a
guest for a row that fits nobody, and nothing for a name that fits several people. Both ask
`attendance_import_confirm`, so the page and the API cannot decide differently.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from trellis.activities import permissions
from trellis.activities.importing import (
    CHOICE_GUEST,
    CHOICE_PERSON,
    CHOICE_SKIP,
    ImportRow,
    RowMatch,
    import_choice_default,
)
from trellis.activities.models import Activity, Attendance, AttendanceRole
from trellis.activities.services.attendance import _guest_community, _mark
from trellis.communities.models import Community, TransactionalParticipant
from trellis.communities.services import transactional_participant_record
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.accounts.models import User


@dataclass(frozen=True)
class ImportDecision:
    """What to do with one reviewed row: mark this person, or (person_id None) a guest."""

    row: ImportRow
    person_id: int | None


@dataclass
class ImportOutcome:
    marked: int = 0
    role_changed: int = 0
    already_recorded: int = 0
    guests_created: int = 0
    skipped: int = 0


def _decisions(
    matches: Sequence[RowMatch], choices: Mapping[int, str] | None
) -> tuple[list[ImportDecision], int]:
    """The decision for each row that is not skipped, and how many are skipped.

    A member may only be chosen among those offered for the row; every row that chooses
    someone else is named in the refusal.
    """
    decisions = []
    skipped = 0
    errors = []
    for match in matches:
        choice = import_choice_default(match)
        if choices is not None:
            choice = choices.get(match.row.number, choice)
        if choice == CHOICE_SKIP:
            skipped += 1
            continue
        if choice == CHOICE_GUEST:
            decisions.append(ImportDecision(row=match.row, person_id=None))
            continue
        person_id = choice.removeprefix(CHOICE_PERSON)
        offered = {match.person_id, *match.candidate_ids} - {None}
        if not person_id.isdigit() or int(person_id) not in offered:
            errors.append(
                _("Row %(number)s: choose one of the people offered.")
                % {"number": match.row.number}
            )
            continue
        decisions.append(ImportDecision(row=match.row, person_id=int(person_id)))
    if errors:
        raise ValidationError(errors)
    return decisions, skipped


def attendance_import_confirm(
    *,
    actor: "User",
    activity: Activity,
    matches: Sequence[RowMatch],
    choices: Mapping[int, str] | None = None,
) -> ImportOutcome:
    """Save the matched rows of a list as reviewed: `choices` by row number ("skip",
    "guest" or "person:<id>"); a row without a choice, or every row when `choices` is None,
    takes the proposed one. All of it is saved, or nothing."""
    require(
        actor,
        permissions.can_record_attendance(actor, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    decisions, skipped = _decisions(matches, choices)
    outcome = attendance_import(actor=actor, activity=activity, decisions=decisions)
    outcome.skipped = skipped
    return outcome


def _guest_find_or_record(
    *, actor: "User", activity: Activity, row: ImportRow, community: Community
) -> tuple[TransactionalParticipant, bool]:
    """The activity's communities' guest record for the row (by email, or name and country),
    or a new one; importing the same list twice creates nobody twice."""
    guests = TransactionalParticipant.objects.filter(community__in=activity.communities.all())
    if row.email:
        guests = guests.filter(email__iexact=row.email)
    else:
        guests = guests.filter(full_name__iexact=row.full_name, country=row.country)
    existing = guests.order_by("pk").first()
    if existing is not None:
        return existing, False
    guest = transactional_participant_record(
        actor=actor,
        community=community,
        full_name=row.full_name,
        organisation=row.organisation,
        country=row.country,
        email=row.email,
        note=(_("Imported with the attendance of %(activity)s") % {"activity": activity})[:300],
    )
    return guest, True


def attendance_import(
    *, actor: "User", activity: Activity, decisions: Sequence[ImportDecision]
) -> ImportOutcome:
    """Save a reviewed attendance list in one transaction: all of it, or nothing.

    A row without a role keeps the role of an attendance already recorded (a speaker stays a
    speaker) and is a participant otherwise.
    """
    require(
        actor,
        permissions.can_record_attendance(actor, activity),
        reason=permissions.RECORD_ATTENDANCE_REASON,
    )
    person_ids = {decision.person_id for decision in decisions if decision.person_id is not None}
    user_model = get_user_model()
    people = {
        person.pk: person for person in user_model.objects.filter(pk__in=person_ids, is_active=True)
    }
    missing = person_ids - set(people)
    if missing:
        raise ValidationError(_("Some of the chosen people no longer have an active account."))
    community = (
        _guest_community(actor, activity)
        if any(decision.person_id is None for decision in decisions)
        else None
    )
    outcome = ImportOutcome()
    with transaction.atomic():
        for decision in decisions:
            row = decision.row
            person = people.get(decision.person_id) if decision.person_id is not None else None
            guest = None
            if person is None:
                assert community is not None
                guest, created = _guest_find_or_record(
                    actor=actor, activity=activity, row=row, community=community
                )
                outcome.guests_created += int(created)
            who = Q(person=person) if person is not None else Q(guest=guest)
            existing = Attendance.objects.filter(who, activity=activity).first()
            role = row.role or (existing.role if existing else AttendanceRole.PARTICIPANT)
            _attendance, changed = _mark(
                actor=actor, activity=activity, person=person, guest=guest, role=role
            )
            if existing is None:
                outcome.marked += 1
            elif changed:
                outcome.role_changed += 1
            else:
                outcome.already_recorded += 1
    return outcome
