"""Adjusting a community's rules of participation levels."""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.analytics.levels import DEFAULT_WEIGHTS, Rules
from trellis.analytics.models import ParticipationRules
from trellis.analytics.permissions import can_adjust_participation_rules
from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.communities.models import Community

MAX_WEIGHT = 100


def participation_rules_validate(
    *, weights: Mapping[str, int], core: int, active: int, occasional: int, window_months: int
) -> None:
    """Refuse rules that cannot order the levels, in the reader's language, per field."""
    errors: dict[str, list[str]] = {}
    unknown = sorted(set(weights) - set(DEFAULT_WEIGHTS))
    if unknown:
        errors["weights"] = [_("Unknown kinds of act: %(kinds)s.") % {"kinds": ", ".join(unknown)}]
    elif any(
        not isinstance(w, int) or isinstance(w, bool) or not 0 <= w <= MAX_WEIGHT
        for w in weights.values()
    ):
        errors["weights"] = [
            _("Each weight is a whole number from 0 to %(max)d.") % {"max": MAX_WEIGHT}
        ]
    if occasional < 1:
        errors["occasional_threshold"] = [_("The occasional level starts at 1 point or more.")]
    if active <= occasional:
        errors["active_threshold"] = [_("The active level needs more points than occasional.")]
    if core <= active:
        errors["core_threshold"] = [_("The core group needs more points than the active level.")]
    if not 1 <= window_months <= 36:
        errors["window_months"] = [_("The window is between 1 and 36 months.")]
    if errors:
        raise ValidationError(errors)


def participation_rules_update(
    *,
    actor: "User",
    community: "Community",
    weights: Mapping[str, int],
    core: int,
    active: int,
    occasional: int,
    window_months: int,
) -> Rules:
    """Set a community's rules (a network admin's decision, audited). Weights equal to the
    defaults are not stored, so a later change of a default reaches the community."""
    require(actor, can_adjust_participation_rules(actor, community))
    participation_rules_validate(
        weights=weights,
        core=core,
        active=active,
        occasional=occasional,
        window_months=window_months,
    )
    own = {kind: w for kind, w in weights.items() if DEFAULT_WEIGHTS.get(kind) != w}
    with transaction.atomic():
        row = ParticipationRules.objects.select_for_update().filter(community=community).first()
        before = row.as_rules() if row else Rules()
        row = row or ParticipationRules(community=community)
        row.weights = own
        row.core_threshold, row.active_threshold = core, active
        row.occasional_threshold, row.window_months = occasional, window_months
        row.updated_by = actor
        row.save()
        after = row.as_rules()
        changed = [
            name
            for name, old, new in (
                ("weights", before.weights, after.weights),
                ("core_threshold", before.core, after.core),
                ("active_threshold", before.active, after.active),
                ("occasional_threshold", before.occasional, after.occasional),
                ("window_months", before.window_months, after.window_months),
            )
            if old != new
        ]
        if changed:
            audit_record(
                actor=actor,
                community=community,
                action="participation.rules_changed",
                subject=community.name or community.code,
                fields=changed,
            )
    return after


def participation_rules_reset(*, actor: "User", community: "Community") -> Rules:
    """Back to the network's defaults."""
    defaults = Rules()
    return participation_rules_update(
        actor=actor,
        community=community,
        weights=defaults.weights,
        core=defaults.core,
        active=defaults.active,
        occasional=defaults.occasional,
        window_months=defaults.window_months,
    )
