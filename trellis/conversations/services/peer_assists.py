"""Peer assists: a member asks peers from other countries for help with a problem.

The request moves only forward: requested → matched (peers chosen) → scheduled (a session of
type peer assistance is in the calendar) → held (the outcome is recorded) → closed. The
requester and the community's conveners take it from one step to the next.
"""

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from trellis.activities.models import ActivityStatus, ActivityType, ContributorRole, Mode
from trellis.activities.services.planning import activity_contributor_add, activity_create
from trellis.communities.models import Community
from trellis.conversations.models import PeerAssist, PeerAssistOffer, PeerAssistStatus
from trellis.conversations.permissions import (
    MANAGE_PEER_ASSIST_REASON,
    PARTICIPATE_REASON,
    can_manage_peer_assist,
    can_participate,
)
from trellis.core.languages import LANGUAGE_NAMES
from trellis.core.permissions import require
from trellis.notifications.models import NotificationKind
from trellis.notifications.selectors import followers_of
from trellis.notifications.services import notify
from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record

if TYPE_CHECKING:
    from trellis.accounts.models import User

PEER_ASSISTANCE = "peer-assistance"
STATUS_ORDER: list[str] = list(PeerAssistStatus.values)


def _step_missing(status: str) -> str:
    """Why a peer assist cannot reach a status yet: the step before it is missing."""
    messages = {
        PeerAssistStatus.MATCHED: _("Choose at least one peer who offered to help."),
        PeerAssistStatus.SCHEDULED: _("Choose the peers before scheduling the session."),
        PeerAssistStatus.HELD: _("Schedule the session before marking it as held."),
        PeerAssistStatus.CLOSED: _(
            "Mark the session as held and record its outcome before closing the peer assist."
        ),
    }
    return messages.get(PeerAssistStatus(status), _("This step is not possible now."))


def status_check(peer_assist: PeerAssist, target: str) -> None:
    """Refuse any move but one step forward, saying what to do first."""
    current = STATUS_ORDER.index(peer_assist.status)
    wanted = STATUS_ORDER.index(target)
    if wanted <= current:
        raise ValidationError(
            {
                "status": _(
                    "This peer assist is already “%(status)s”; its status only moves forward."
                )
                % {"status": peer_assist.get_status_display()}
            }
        )
    if wanted != current + 1:
        raise ValidationError({"status": _step_missing(target)})


def _languages_check(languages: Iterable[str]) -> list[str]:
    codes = list(dict.fromkeys(code.strip().lower() for code in languages if code.strip()))
    unknown = [code for code in codes if code not in LANGUAGE_NAMES]
    if unknown:
        raise ValidationError(
            {"languages": _("Unknown language codes: %(codes)s") % {"codes": ", ".join(unknown)}}
        )
    return codes


def peer_assist_request(
    *,
    actor: "User",
    community: Community,
    title: str,
    problem: str,
    context: str = "",
    languages: Iterable[str] = (),
    preferred_start: date | None = None,
    preferred_end: date | None = None,
) -> PeerAssist:
    """A member describes a problem and asks peers of the community for help."""
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    if preferred_start and preferred_end and preferred_end < preferred_start:
        raise ValidationError(
            {"preferred_end": _("The preferred period must not end before it starts.")}
        )
    peer_assist = PeerAssist(
        community=community,
        requester=actor,
        title=title.strip(),
        problem=problem.strip(),
        context=context.strip(),
        languages=_languages_check(languages),
        preferred_start=preferred_start,
        preferred_end=preferred_end,
    )
    peer_assist.full_clean()
    with transaction.atomic():
        peer_assist.save()
        contribution_record(
            person=actor,
            kind=ContributionKind.PEER_ASSIST_REQUESTED,
            community=community,
            target=peer_assist,
        )
        notify(
            recipients=followers_of(target=community),
            kind=NotificationKind.PEER_ASSIST,
            actor=actor,
            target=peer_assist,
            community=community,
        )
    return peer_assist


def peer_assist_offer(
    *, actor: "User", peer_assist: PeerAssist, message: str = ""
) -> PeerAssistOffer:
    """A peer from another country than the requester's volunteers to help."""
    community = peer_assist.community
    require(actor, can_participate(actor, community), reason=PARTICIPATE_REASON)
    requester = peer_assist.requester
    if requester is not None and requester.pk == actor.pk:
        raise ValidationError(_("You cannot offer help with your own request."))
    if peer_assist.status not in {PeerAssistStatus.REQUESTED, PeerAssistStatus.MATCHED}:
        raise ValidationError(
            _("This peer assist is no longer looking for peers: its session is already planned.")
        )
    if not actor.country:
        raise ValidationError(
            _(
                "Add your country to your profile first: peer assists bring in peers from "
                "other countries than the requester's."
            )
        )
    if requester is not None and requester.country and requester.country == actor.country:
        raise ValidationError(
            _(
                "Peer assists bring in peers from other countries: you work in the same country "
                "as the requester (%(country)s), so you cannot volunteer for this one."
            )
            % {"country": countries.name(actor.country)}
        )
    if peer_assist.offers.filter(person=actor).exists():
        raise ValidationError(_("You have already offered to help with this peer assist."))
    offer = PeerAssistOffer(peer_assist=peer_assist, person=actor, message=message.strip())
    offer.full_clean()
    with transaction.atomic():
        offer.save()
        contribution_record(
            person=actor,
            kind=ContributionKind.PEER_ASSIST_OFFERED,
            community=community,
            target=peer_assist,
        )
        notify(
            recipients=[requester] if requester is not None else [],
            kind=NotificationKind.PEER_ASSIST,
            actor=actor,
            target=peer_assist,
            community=community,
        )
    return offer


def peer_assist_choose(
    *, actor: "User", peer_assist: PeerAssist, offers: Iterable[PeerAssistOffer]
) -> PeerAssist:
    """The requester (or a convener) picks the peers; they may change the pick until the
    session is scheduled. Newly chosen peers are told."""
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    chosen_ids = {offer.pk for offer in offers}
    if not chosen_ids:
        raise ValidationError({"offers": _step_missing(PeerAssistStatus.MATCHED)})
    if peer_assist.status not in {PeerAssistStatus.REQUESTED, PeerAssistStatus.MATCHED}:
        raise ValidationError(
            {"offers": _("The peers can no longer be changed: the session is already scheduled.")}
        )
    with transaction.atomic():
        all_offers = list(
            PeerAssistOffer.objects.select_for_update()
            .filter(peer_assist=peer_assist)
            .select_related("person")
        )
        if not chosen_ids <= {offer.pk for offer in all_offers}:
            raise ValidationError({"offers": _("Choose among the offers made to this request.")})
        newly_chosen = []
        for offer in all_offers:
            chosen = offer.pk in chosen_ids
            if chosen and not offer.chosen:
                newly_chosen.append(offer.person)
            if chosen != offer.chosen:
                offer.chosen = chosen
                offer.save(update_fields=["chosen", "updated_at"])
        if peer_assist.status == PeerAssistStatus.REQUESTED:
            peer_assist.status = PeerAssistStatus.MATCHED
            peer_assist.save(update_fields=["status", "updated_at"])
        notify(
            recipients=newly_chosen,
            kind=NotificationKind.PEER_ASSIST,
            actor=actor,
            target=peer_assist,
            community=peer_assist.community,
        )
    return peer_assist


def _title_language(peer_assist: PeerAssist) -> str:
    """The key of the session's translated title: the request's first interface language."""
    interface = [code for code, _name in settings.LANGUAGES]
    for code in [*peer_assist.languages, (get_language() or "").split("-")[0]]:
        if code in interface:
            return str(code)
    return str(settings.LANGUAGE_CODE)


def peer_assist_schedule(
    *,
    actor: "User",
    peer_assist: PeerAssist,
    starts_at: datetime,
    ends_at: datetime,
    timezone_name: str,
    mode: str = Mode.ONLINE,
    online_url: str = "",
) -> PeerAssist:
    """Put the session in the calendar as an activity of type peer assistance, with the chosen
    peers as its facilitators, and tell them.

    The activity is planned through the activities service, which asks for the right to plan
    the community's activities (conveners and network admins).
    """
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    status_check(peer_assist, PeerAssistStatus.SCHEDULED)
    activity_type = ActivityType.objects.filter(slug=PEER_ASSISTANCE).first()
    if activity_type is None:
        raise ValidationError(
            _("The activity catalogue has no type “peer assistance”; ask a network admin.")
        )
    chosen = list(peer_assist.offers.filter(chosen=True).select_related("person"))
    language = _title_language(peer_assist)
    with transaction.atomic():
        activity = activity_create(
            actor=actor,
            communities=[peer_assist.community],
            activity_type=activity_type,
            title={language: peer_assist.title},
            description={language: peer_assist.problem},
            mode=mode,
            online_url=online_url,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=timezone_name,
            languages=list(peer_assist.languages),
            # The chosen peers are invited; nobody else registers for the session.
            status=ActivityStatus.CLOSED,
        )
        for offer in chosen:
            activity_contributor_add(
                actor=actor,
                activity=activity,
                role=ContributorRole.FACILITATOR,
                person=offer.person,
            )
        peer_assist.activity = activity
        peer_assist.status = PeerAssistStatus.SCHEDULED
        peer_assist.save(update_fields=["activity", "status", "updated_at"])
        notify(
            recipients=[offer.person for offer in chosen],
            kind=NotificationKind.PEER_ASSIST,
            actor=actor,
            target=peer_assist,
            community=peer_assist.community,
        )
    return peer_assist


def peer_assist_mark_held(*, actor: "User", peer_assist: PeerAssist, outcome: str) -> PeerAssist:
    """After the session took place, record what came out of it."""
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    status_check(peer_assist, PeerAssistStatus.HELD)
    activity = peer_assist.activity
    if activity is not None and activity.starts_at > timezone.now():
        raise ValidationError(
            {"status": _("The session has not taken place yet; mark it as held afterwards.")}
        )
    if not outcome.strip():
        raise ValidationError({"outcome": _("Record what came out of the session.")})
    peer_assist.outcome = outcome.strip()
    peer_assist.status = PeerAssistStatus.HELD
    peer_assist.full_clean()
    peer_assist.save(update_fields=["outcome", "status", "updated_at"])
    return peer_assist


def peer_assist_outcome_record(
    *, actor: "User", peer_assist: PeerAssist, outcome: str
) -> PeerAssist:
    """Correct or complete the outcome of a session that was held."""
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    if peer_assist.status not in {PeerAssistStatus.HELD, PeerAssistStatus.CLOSED}:
        raise ValidationError({"outcome": _step_missing(PeerAssistStatus.CLOSED)})
    if not outcome.strip():
        raise ValidationError({"outcome": _("Record what came out of the session.")})
    peer_assist.outcome = outcome.strip()
    peer_assist.full_clean()
    peer_assist.save(update_fields=["outcome", "updated_at"])
    return peer_assist


def peer_assist_close(*, actor: "User", peer_assist: PeerAssist) -> PeerAssist:
    """The peer assist reached its end."""
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    status_check(peer_assist, PeerAssistStatus.CLOSED)
    peer_assist.status = PeerAssistStatus.CLOSED
    peer_assist.save(update_fields=["status", "updated_at"])
    return peer_assist


def peer_assist_update(
    *,
    actor: "User",
    peer_assist: PeerAssist,
    status: str | None = None,
    outcome: str | None = None,
    chosen_offer_ids: list[int] | None = None,
    session: dict[str, Any] | None = None,
) -> PeerAssist:
    """Several steps at once, as the API's PATCH sends them: choose peers, then move the
    status (scheduling needs `session`: starts_at, ends_at, timezone, optional mode and
    online_url), then record the outcome. All or nothing."""
    require(actor, can_manage_peer_assist(actor, peer_assist), reason=MANAGE_PEER_ASSIST_REASON)
    with transaction.atomic():
        if chosen_offer_ids is not None:
            offers = list(peer_assist.offers.filter(pk__in=chosen_offer_ids))
            if len(offers) != len(set(chosen_offer_ids)):
                raise ValidationError(
                    {"chosen_offers": _("Choose among the offers made to this request.")}
                )
            peer_assist_choose(actor=actor, peer_assist=peer_assist, offers=offers)
        if status is not None and status != peer_assist.status:
            if status == PeerAssistStatus.MATCHED:
                status_check(peer_assist, status)
                raise ValidationError({"chosen_offers": _step_missing(PeerAssistStatus.MATCHED)})
            if status == PeerAssistStatus.SCHEDULED:
                if not session:
                    raise ValidationError(
                        {"session": _("Give the start, end and time zone of the session.")}
                    )
                peer_assist_schedule(
                    actor=actor,
                    peer_assist=peer_assist,
                    starts_at=session["starts_at"],
                    ends_at=session["ends_at"],
                    timezone_name=session["timezone"],
                    mode=session.get("mode") or Mode.ONLINE,
                    online_url=session.get("online_url") or "",
                )
            elif status == PeerAssistStatus.HELD:
                peer_assist_mark_held(actor=actor, peer_assist=peer_assist, outcome=outcome or "")
                outcome = None
            elif status == PeerAssistStatus.CLOSED:
                if outcome is not None and peer_assist.status == PeerAssistStatus.HELD:
                    peer_assist_outcome_record(
                        actor=actor, peer_assist=peer_assist, outcome=outcome
                    )
                    outcome = None
                peer_assist_close(actor=actor, peer_assist=peer_assist)
            else:
                status_check(peer_assist, status)
        if outcome is not None:
            peer_assist_outcome_record(actor=actor, peer_assist=peer_assist, outcome=outcome)
    return peer_assist
