"""Forms for planning activities, naming who runs them and recording what came out."""

import zoneinfo
from datetime import datetime
from typing import Any

from django import forms
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trellis.activities.models import (
    Activity,
    ActivityFormat,
    ActivityType,
    ContributorRole,
    Orientation,
)
from trellis.communities.models import AgendaItem
from trellis.communities.selectors import network_usual_languages
from trellis.core.forms import (
    LanguagesField,
    SingleLineCharField,
    TimeZoneField,
    model_formfield,
    usual_languages_set,
)
from trellis.core.translated import TranslatedTextWidget, translated

LOCAL_DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class TranslatedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return translated(obj.name) if hasattr(obj, "name") else str(obj)


class CommunityChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.code} — {translated(obj.name)}"


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed in the activity's own time zone (made aware in `clean`)."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_DATETIME_FORMAT)
    input_formats = [LOCAL_DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]

    def to_python(self, value: Any) -> datetime | None:
        # Keep the value naive here; the form makes it aware in the chosen zone.
        if value in self.empty_values:
            return None
        for fmt in self.input_formats:
            try:
                return datetime.strptime(str(value).strip(), fmt)
            except ValueError:
                continue
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


# The model's own form fields (labels, lengths, choices, help) for the forms below, which only
# validate input: activities are written by the planning services, which check the rest.
_PLANNED = forms.fields_for_model(
    Activity,
    fields=[
        "title",
        "description",
        "formality",
        "mode",
        "country",
        "city",
        "venue",
        "online_url",
        "capacity",
        "status",
    ],
    formfield_callback=model_formfield,
    widgets={"formality": forms.RadioSelect, "mode": forms.RadioSelect},
)
_LOCAL_TIMES = ("starts_at", "ends_at", "registration_deadline")
# The rule of the `activity_capacity_positive` constraint, shown beside the field.
_PLANNED["capacity"].validators.append(
    MinValueValidator(1, message=_("Places must be at least 1, or empty for no limit."))
)
_PLANNED["capacity"].widget.attrs["min"] = 1


class ActivityForm(forms.Form):
    """Plan an activity. Times are entered in the activity's own time zone."""

    activity_type = TranslatedChoiceField(
        label=_("Type of activity"), queryset=ActivityType.objects.all()
    )
    communities: forms.ModelMultipleChoiceField = CommunityChoiceField(
        label=_("Communities"),
        queryset=None,  # type: ignore[arg-type]
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose several for an activity that crosses community boundaries."),
    )
    title = _PLANNED["title"]
    description = _PLANNED["description"]
    formality = _PLANNED["formality"]
    mode = _PLANNED["mode"]
    country = _PLANNED["country"]
    city = _PLANNED["city"]
    venue = _PLANNED["venue"]
    online_url = _PLANNED["online_url"]
    timezone = TimeZoneField(label=_("Time zone"), initial="Europe/Ljubljana")
    starts_at = LocalDateTimeField(label=_("Starts"))
    ends_at = LocalDateTimeField(label=_("Ends"))
    languages = LanguagesField(label=_("Working languages"))
    interpretation = LanguagesField(label=_("Interpretation into"))
    capacity = _PLANNED["capacity"]
    registration_deadline = LocalDateTimeField(label=_("Registration deadline"), required=False)
    status = _PLANNED["status"]
    agenda_items = forms.ModelMultipleChoiceField(
        label=_("Learning agenda items it addresses"),
        queryset=AgendaItem.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(
        self,
        *args: Any,
        communities: Any,
        activity: Activity | None = None,
        session_of: Activity | None = None,
        **kwargs: Any,
    ) -> None:
        """`activity`: the activity being changed, whose saved values the form shows (its
        times in its own zone); `session_of`: the activity a new session belongs to."""
        if activity is not None:
            kwargs["initial"] = {**_saved_values(activity), **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.session_of = session_of
        usual_languages_set(self, network_usual_languages())
        community_field = self.fields["communities"]
        assert isinstance(community_field, forms.ModelMultipleChoiceField)
        community_field.queryset = communities
        agenda_field = self.fields["agenda_items"]
        assert isinstance(agenda_field, forms.ModelMultipleChoiceField)
        agenda_field.queryset = AgendaItem.objects.filter(community__in=communities).select_related(
            "community"
        )
        if session_of is not None:
            del self.fields["communities"]
            self.fields["timezone"].initial = session_of.timezone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        zone_name = data.get("timezone")
        if not zone_name:
            return data
        zone = zoneinfo.ZoneInfo(zone_name)
        for name in _LOCAL_TIMES:
            value = data.get(name)
            if isinstance(value, datetime) and timezone.is_naive(value):
                data[name] = value.replace(tzinfo=zone)
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("The end must not be before the start."))
        return data

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("communities", None)
        data.pop("agenda_items", None)
        return data


def _saved_values(activity: Activity) -> dict[str, Any]:
    """The activity's planned values as the form shows them: times in its own zone."""
    values = {name: getattr(activity, name) for name in ActivityForm.base_fields}
    values.pop("communities")
    values.pop("agenda_items")
    zone = zoneinfo.ZoneInfo(activity.timezone)
    for name in _LOCAL_TIMES:
        if values[name] is not None:
            values[name] = values[name].astimezone(zone).replace(tzinfo=None)
    return values


class ActivityTypeForm(forms.ModelForm):
    formats = forms.MultipleChoiceField(
        label=_("Typical formats"),
        choices=ActivityFormat.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    orientations = forms.MultipleChoiceField(
        label=_("Technology orientations it serves"),
        choices=Orientation.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ActivityType
        formfield_callback = model_formfield
        fields = ["slug", "name", "description", "formats", "orientations"]


class ContributorForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=ContributorRole.choices)
    person: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Member"),
        queryset=None,  # type: ignore[arg-type]
        required=False,
        help_text=_("Choose a member, or describe an invited outsider below."),
    )
    guest_name = SingleLineCharField(
        label=_("Invited outsider: full name"), max_length=200, required=False
    )
    guest_organisation = SingleLineCharField(
        label=_("Organisation"), max_length=200, required=False
    )
    guest_email = forms.EmailField(label=_("Email (optional)"), required=False)

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        person_field = self.fields["person"]
        assert isinstance(person_field, forms.ModelChoiceField)
        person_field.queryset = people

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("person")) == bool(data.get("guest_name")):
            raise forms.ValidationError(_("Choose either a member or an invited outsider."))
        return data


_OUTCOMES = forms.fields_for_model(
    Activity,
    fields=["summary", "outputs", "decisions", "follow_ups"],
    formfield_callback=model_formfield,
)
# Each text has one box per language (see `TranslatedTextFormField`); the summary's are taller.
_OUTCOMES["summary"].widget = TranslatedTextWidget(multiline=True, attrs={"rows": 6})
_OUTCOMES["summary"].help_text = _("What happened, in a few paragraphs. Markdown is allowed.")


class OutcomesForm(forms.Form):
    """What came out of an activity; shows what is recorded so far."""

    summary = _OUTCOMES["summary"]
    outputs = _OUTCOMES["outputs"]
    decisions = _OUTCOMES["decisions"]
    follow_ups = _OUTCOMES["follow_ups"]

    def __init__(self, *args: Any, activity: Activity, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {name: getattr(activity, name) for name in _OUTCOMES})
        super().__init__(*args, **kwargs)


class MaterialForm(forms.Form):
    title = SingleLineCharField(label=_("Title"), max_length=200)
    url = forms.URLField(label=_("Link"), max_length=500, assume_scheme="https")
