"""Adding indicators to the library."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require
from trellis.core.translated import translated_clean
from trellis.value.cycles import Capital, CycleCode
from trellis.value.models import Indicator, IndicatorKind, IndicatorSource
from trellis.value.permissions import can_record_value

if TYPE_CHECKING:
    from trellis.accounts.models import User
    from trellis.communities.models import Community


def indicator_create(
    *,
    actor: "User",
    community: "Community | None",
    cycle: str,
    name: dict[str, str],
    description: dict[str, str],
    kind: str,
    source: str,
    unit: dict[str, str],
    capital: str = "",
) -> Indicator:
    """A survey or manual indicator of a community (its conveners) or of the network (network
    admins). Computed indicators come with the catalogue: their computation is code."""
    require(actor, can_record_value(actor, community))
    errors: dict[str, list[str]] = {}
    name = translated_clean(name)
    if not name:
        errors["name"] = [_("Name the indicator in at least one language.")]
    if cycle not in CycleCode.values:
        errors["cycle"] = [_("Choose one of the cycles.")]
    if kind not in IndicatorKind.values:
        errors["kind"] = [_("Choose quantitative or qualitative.")]
    if source not in (IndicatorSource.SURVEY, IndicatorSource.MANUAL):
        errors["source"] = [
            _("A new indicator takes its data from surveys or from manual entries.")
        ]
    if capital and (capital not in Capital.values or cycle != CycleCode.POTENTIAL):
        errors["capital"] = [_("Only potential value has forms of knowledge capital.")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        indicator = Indicator.objects.create(
            community=community,
            cycle=cycle,
            capital=capital,
            name=name,
            description=translated_clean(description),
            kind=kind,
            source=source,
            unit=translated_clean(unit),
            created_by=actor,
        )
        audit_record(
            actor=actor, community=community, action="indicator.created", subject=name, cycle=cycle
        )
    return indicator
