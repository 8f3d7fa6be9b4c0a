"""The form a network admin adjusts a community's rules of participation levels with."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from trellis.analytics.levels import DEFAULT_WEIGHTS, Rules
from trellis.analytics.services.rules import MAX_WEIGHT
from trellis.participation.kinds import ContributionKind

# The service's names for its fields, by the form's.
SERVICE_FIELDS = {
    "core_threshold": "core",
    "active_threshold": "active",
    "occasional_threshold": "occasional",
    "window_months": "window_months",
}


def weight_field_name(kind: str) -> str:
    return "weight_" + kind.replace(".", "__")


class RulesForm(forms.Form):
    """One number box per kind of act, the three thresholds and the window; the service
    checks that the thresholds order the levels."""

    core_threshold = forms.IntegerField(label=_("Core group from (points)"), min_value=1)
    active_threshold = forms.IntegerField(label=_("Active from (points)"), min_value=1)
    occasional_threshold = forms.IntegerField(label=_("Occasional from (points)"), min_value=1)
    window_months = forms.IntegerField(label=_("Window (months)"), min_value=1, max_value=36)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind in DEFAULT_WEIGHTS:
            self.fields[weight_field_name(kind)] = forms.IntegerField(
                label=ContributionKind(kind).label, min_value=0, max_value=MAX_WEIGHT
            )

    @staticmethod
    def initial_from(rules: Rules) -> dict[str, int]:
        initial = {weight_field_name(kind): w for kind, w in rules.weights.items()}
        initial.update(
            core_threshold=rules.core,
            active_threshold=rules.active,
            occasional_threshold=rules.occasional,
            window_months=rules.window_months,
        )
        return initial

    def weight_fields(self) -> list[forms.BoundField]:
        return [self[weight_field_name(kind)] for kind in DEFAULT_WEIGHTS]

    def threshold_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SERVICE_FIELDS]

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        arguments: dict[str, Any] = {
            "weights": {kind: data[weight_field_name(kind)] for kind in DEFAULT_WEIGHTS}
        }
        arguments.update({arg: data[name] for name, arg in SERVICE_FIELDS.items()})
        return arguments
