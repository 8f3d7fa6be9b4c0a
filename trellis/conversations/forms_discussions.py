"""Forms for hot-topic discussions and peer assists.

They only parse what people type; the services validate the rest (and their errors are shown
on the form with `apply_validation_error`).
"""

import zoneinfo
from datetime import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trellis.activities.forms import LocalDateTimeField
from trellis.activities.models import Mode
from trellis.communities.selectors import network_usual_languages
from trellis.conversations.models import BODY_MAX_LENGTH, PeerAssistOffer
from trellis.core.forms import (
    LanguagesField,
    SingleLineCharField,
    TimeZoneField,
    usual_languages_set,
)


class DiscussionForm(forms.Form):
    title = SingleLineCharField(label=_("Topic"), max_length=300)
    body = forms.CharField(
        label=_("What would you like to discuss?"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    quoted = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class PeerAssistForm(forms.Form):
    title = SingleLineCharField(label=_("Your problem in one sentence"), max_length=300)
    problem = forms.CharField(
        label=_("The problem"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    context = forms.CharField(
        label=_("Its context"),
        required=False,
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Your institution, the rules you work under, what you have tried already."),
    )
    languages = LanguagesField(label=_("Languages the session could be held in"))
    preferred_start = forms.DateField(
        label=_("Preferred period from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    preferred_end = forms.DateField(
        label=_("Preferred period until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        usual_languages_set(self, network_usual_languages())


class OfferForm(forms.Form):
    message = forms.CharField(
        label=_("What I can bring"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Your experience with this problem, in a few lines."),
    )


class OfferChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        person = obj.person
        country = person.country.name if person.country else ""
        return f"{person.full_name} ({country})" if country else str(person.full_name)


class ChooseForm(forms.Form):
    offers = OfferChoiceField(
        label=_("Peers to invite"),
        queryset=PeerAssistOffer.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, peer_assist: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offers = self.fields["offers"]
        assert isinstance(offers, OfferChoiceField)
        offers.queryset = peer_assist.offers.select_related("person").order_by("created_at", "id")
        offers.initial = [offer.pk for offer in peer_assist.offers.all() if offer.chosen]


class ScheduleForm(forms.Form):
    """When the session takes place, typed in its own time zone."""

    timezone = TimeZoneField(label=_("Time zone"), initial="Europe/Ljubljana")
    starts_at = LocalDateTimeField(label=_("Starts"))
    ends_at = LocalDateTimeField(label=_("Ends"))
    mode = forms.ChoiceField(label=_("Held"), choices=Mode.choices, initial=Mode.ONLINE)
    online_url = forms.URLField(label=_("Online link"), required=False, max_length=500)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        zone_name = data.get("timezone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            for name in ("starts_at", "ends_at"):
                value = data.get(name)
                if isinstance(value, datetime) and timezone.is_naive(value):
                    data[name] = value.replace(tzinfo=zone)
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The end must not be before the start."))
        return data


class OutcomeForm(forms.Form):
    outcome = forms.CharField(
        label=_("What came out of the session"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
