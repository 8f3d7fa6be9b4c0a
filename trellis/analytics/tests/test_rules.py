"""Adjusting a community's rules: network admins only, ordered thresholds, audited."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from trellis.analytics.levels import DEFAULT_WEIGHTS, Rules
from trellis.analytics.models import ParticipationRules
from trellis.analytics.selectors.levels import rules_for
from trellis.analytics.services.rules import participation_rules_reset, participation_rules_update
from trellis.communities.models import AuditEntry
from trellis.participation.kinds import ContributionKind as Kind

pytestmark = pytest.mark.django_db


def update(actor, community, **changes):
    rules = {
        "weights": dict(DEFAULT_WEIGHTS),
        "core": 25,
        "active": 12,
        "occasional": 3,
        "window_months": 12,
    }
    rules.update(changes)
    return participation_rules_update(actor=actor, community=community, **rules)


def test_a_network_admin_adjusts_a_community_s_rules_and_the_trail_says_what(world):
    weights = dict(DEFAULT_WEIGHTS, **{Kind.ACTIVITY_ATTENDED: 6})
    rules = update(world.admin, world.public, weights=weights, core=50)
    assert rules.weights[Kind.ACTIVITY_ATTENDED] == 6 and rules.core == 50
    assert rules_for([world.public.pk, world.private.pk])[world.private.pk] == Rules()
    # Only what differs from the defaults is kept.
    assert ParticipationRules.objects.get().weights == {Kind.ACTIVITY_ATTENDED: 6}
    entry = AuditEntry.objects.get(action="participation.rules_changed")
    assert entry.changes["fields"] == ["weights", "core_threshold"]
    participation_rules_reset(actor=world.admin, community=world.public)
    assert rules_for([world.public.pk])[world.public.pk] == Rules()


@pytest.mark.parametrize("role", ["convener", "member", "sponsor", "outsider"])
def test_nobody_else_adjusts_them(world, role):
    with pytest.raises(PermissionDenied):
        update(world.person(role), world.public, core=50)
    assert not ParticipationRules.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"core": 12}, "core_threshold"),
        ({"active": 3}, "active_threshold"),
        ({"occasional": 0}, "occasional_threshold"),
        ({"window_months": 0}, "window_months"),
        ({"window_months": 37}, "window_months"),
        ({"weights": {"made.up": 1}}, "weights"),
        ({"weights": {Kind.ANSWER_POSTED: -1}}, "weights"),
        ({"weights": {Kind.ANSWER_POSTED: 101}}, "weights"),
    ],
)
def test_rules_that_cannot_order_the_levels_are_refused_by_field(world, changes, field):
    with pytest.raises(ValidationError) as refused:
        update(world.admin, world.public, **changes)
    assert field in refused.value.message_dict
    assert not ParticipationRules.objects.exists()
