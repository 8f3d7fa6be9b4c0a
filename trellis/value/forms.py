"""The forms of value pages: they validate and hand clean data to a service."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from trellis.communities.models import Community
from trellis.core.translated import TranslatedTextFormField
from trellis.value.cycles import Capital, CycleCode, Framework
from trellis.value.models import IndicatorKind, IndicatorSource

NETWORK_CHOICE = ("", _("The whole network"))


class FrameworkForm(forms.Form):
    framework = forms.ChoiceField(
        label=_("Framework"), choices=Framework.choices, widget=forms.RadioSelect
    )


class ScopedForm(forms.Form):
    """A form whose first field chooses where it applies among the communities the person
    records value in (and the network, for network admins)."""

    community = forms.ChoiceField(label=_("Where"), required=False)

    def __init__(
        self, *args: Any, communities: list[Community], network: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.communities = {c.slug: c for c in communities}
        choices: list[tuple[str, Any]] = [NETWORK_CHOICE] if network else []
        choices += [(c.slug, str(c)) for c in communities]
        community_field = self.fields["community"]
        assert isinstance(community_field, forms.ChoiceField)
        community_field.choices = choices
        self.fields["community"].required = not network

    def chosen_community(self) -> Community | None:
        return self.communities.get(self.cleaned_data.get("community") or "")


class CountryScopedForm(ScopedForm):
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("No country"))],
        help_text=_("For an observation of one country across the network."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        country_field = self.fields["country"]
        assert isinstance(country_field, forms.ChoiceField)
        country_field.choices = [("", _("No country")), *countries]


class IndicatorForm(ScopedForm):
    cycle = forms.ChoiceField(label=_("Cycle"), choices=CycleCode.choices)
    capital = forms.ChoiceField(
        label=_("Form of knowledge capital"),
        choices=[("", _("None")), *Capital.choices],
        required=False,
        help_text=_("For potential value only."),
    )
    name = TranslatedTextFormField(label=_("Name"), max_length=200)
    description = TranslatedTextFormField(label=_("Description"), multiline=True, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=IndicatorKind.choices)
    source = forms.ChoiceField(
        label=_("Source of data"),
        choices=[
            (IndicatorSource.MANUAL, IndicatorSource.MANUAL.label),
            (IndicatorSource.SURVEY, IndicatorSource.SURVEY.label),
        ],
    )
    unit = TranslatedTextFormField(label=_("Unit"), max_length=60, required=False)


class ObservationForm(CountryScopedForm):
    period_start = forms.DateField(label=_("First day of the period"))
    period_end = forms.DateField(label=_("Last day of the period"))
    value = forms.DecimalField(label=_("Value"), required=False, max_digits=14, decimal_places=2)
    text = forms.CharField(label=_("What was observed"), widget=forms.Textarea, required=False)
    evidence_note = forms.CharField(label=_("Evidence"), widget=forms.Textarea, required=False)
    evidence_link = forms.URLField(label=_("Link to the evidence"), required=False)


class TargetForm(CountryScopedForm):
    baseline = forms.DecimalField(
        label=_("Baseline"), required=False, max_digits=14, decimal_places=2
    )
    baseline_date = forms.DateField(label=_("Baseline measured on"), required=False)
    target = forms.DecimalField(label=_("Target"), required=False, max_digits=14, decimal_places=2)
    target_date = forms.DateField(label=_("Target date"), required=False)
