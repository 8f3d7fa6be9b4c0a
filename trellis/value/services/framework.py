"""Choosing the value-creation framework the network reads its value through."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trellis.communities.models import Network
from trellis.communities.selectors import network_get
from trellis.communities.services.audit import audit_record
from trellis.core.permissions import require
from trellis.value.cycles import Framework
from trellis.value.permissions import can_choose_value_framework

if TYPE_CHECKING:
    from trellis.accounts.models import User


def value_framework_set(*, actor: "User", framework: str) -> Network:
    """A network admin's choice, audited (in the network's trail); choosing the one in use
    changes nothing."""
    require(actor, can_choose_value_framework(actor))
    if framework not in Framework.values:
        raise ValidationError({"framework": [_("Choose one of the frameworks offered.")]})
    with transaction.atomic():
        network = Network.objects.select_for_update().get(pk=network_get().pk)
        before = network.value_framework
        if before == framework:
            return network
        network.value_framework = framework
        network.save(update_fields=["value_framework", "updated_at"])
        audit_record(
            actor=actor,
            community=None,
            action="value.framework_changed",
            subject=str(network),
            before=before,
            after=framework,
        )
    return network
