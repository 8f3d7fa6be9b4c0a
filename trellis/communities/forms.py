"""Forms for running a community: its description and proposition, members, invitations, roles."""

from typing import Any, cast

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import (
    AgendaPriority,
    AgendaStatus,
    Community,
    ParticipationLevel,
    Role,
    Stakeholder,
    TransactionalParticipant,
    ValueQuestion,
)
from trellis.core.forms import SingleLineCharField, model_formfield
from trellis.core.translated import TranslatedTextFormField, translated

VALUE_PREFIX = "value_"


def _community_fields(names: list[str]) -> dict[str, forms.Field]:
    """The community model's own form fields, so the forms validate exactly as the model does."""
    return forms.fields_for_model(
        Community,
        fields=names,
        formfield_callback=model_formfield,
        widgets={"visibility": forms.RadioSelect, "join_policy": forms.RadioSelect},
    )


class CommunityForm(forms.Form):
    """The community's description, domain and value proposition, one field per question.

    A plain form: it shows `community` and hands what was typed to `community_update`, which
    checks and saves; the community itself is never changed by validating the form.
    """

    MAIN_FIELDS = [
        "name",
        "description",
        "domain_statement",
        "domain_type",
        "stage",
        "visibility",
        "join_policy",
    ]
    model_fields = MAIN_FIELDS

    stage_note = TranslatedTextFormField(
        label=_("Why the stage changed"),
        required=False,
        multiline=True,
        max_length=2000,
        help_text=_("Kept in the stage history when you change the development stage."),
    )

    def __init__(self, *args: Any, community: Community | None = None, **kwargs: Any) -> None:
        if community is not None:
            kwargs["initial"] = {
                **forms.model_to_dict(community, fields=self.model_fields),
                **kwargs.get("initial", {}),
            }
        super().__init__(*args, **kwargs)
        self.fields = {**_community_fields(self.model_fields), **self.fields}
        answers = community.value_proposition if community is not None else {}
        for question in ValueQuestion:
            self.fields[VALUE_PREFIX + question.value] = TranslatedTextFormField(
                label=question.label,
                multiline=True,
                max_length=4000,
                required=False,
                initial=answers.get(question.value, {}),
            )

    def value_fields(self) -> list[forms.BoundField]:
        return [self[VALUE_PREFIX + question.value] for question in ValueQuestion]

    def main_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.MAIN_FIELDS]

    def service_arguments(self) -> dict[str, Any]:
        """The community's fields and value proposition as the services take them."""
        data = {name: self.cleaned_data[name] for name in self.model_fields}
        data["value_proposition"] = {
            question.value: self.cleaned_data[VALUE_PREFIX + question.value]
            for question in ValueQuestion
            if self.cleaned_data.get(VALUE_PREFIX + question.value)
        }
        return data


class CommunityCreateForm(CommunityForm):
    """A new community also needs its short code and address, shown before the main fields."""

    model_fields = ["code", "slug", *CommunityForm.MAIN_FIELDS]


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the conveners (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Tell them about your work and what you hope to learn."),
    )


class LevelForm(forms.Form):
    level = forms.ChoiceField(label=_("Participation level"), choices=ParticipationLevel.choices)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    message = forms.CharField(
        label=_("Personal message (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TransactionalParticipantForm(forms.ModelForm):
    class Meta:
        model = TransactionalParticipant
        formfield_callback = model_formfield
        fields = ["full_name", "organisation", "country", "email", "note"]


class RoleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return translated(obj.name)


class RoleAssignmentForm(forms.Form):
    person: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Person"), queryset=Role.objects.none()
    )
    role = RoleChoiceField(label=_("Role"), queryset=Role.objects.none())
    starts_on = forms.DateField(
        label=_("From"), widget=forms.DateInput(attrs={"type": "date"}), required=False
    )
    ends_on = forms.DateField(
        label=_("Until (optional)"), widget=forms.DateInput(attrs={"type": "date"}), required=False
    )

    def __init__(self, *args: Any, people: Any, roles: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["person"]).queryset = people
        cast(forms.ModelChoiceField, self.fields["role"]).queryset = roles

    def candidates_limit(self, shown: Any, *, chosen: Any = None) -> None:
        """Offer only `shown` people (and the one `chosen`), after validation: a network of
        ten thousand people is searched, not listed."""
        people = list(shown)
        if chosen is not None:
            people = [*[p for p in chosen if p not in people], *people]
        field = cast(forms.ModelChoiceField, self.fields["person"])
        field.choices = [("", "---------"), *((person.pk, str(person)) for person in people)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end date must not be before the start date."))
        return data


class StakeholderForm(forms.ModelForm):
    class Meta:
        model = Stakeholder
        formfield_callback = model_formfield
        fields = ["kind", "name", "interest"]


class AgendaItemForm(forms.Form):
    """A question or issue for the learning agenda, as its proposer writes it."""

    title = SingleLineCharField(
        label=_("Question or issue"),
        max_length=300,
        help_text=_("Put it as the question the community wants to move forward on."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Why it matters and what you would like to learn. Markdown is allowed."),
    )
    language = forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES)


def _date_field(label: Any) -> forms.DateField:
    return forms.DateField(
        label=label, required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


def _period_clean(form: forms.Form, data: dict[str, Any]) -> None:
    starts, ends = data.get("target_start"), data.get("target_end")
    if starts and ends and ends < starts:
        form.add_error(
            "target_end", _("The end of the target period must not be before its start.")
        )


class AgendaItemProposeForm(AgendaItemForm):
    target_start = _date_field(_("Target period from (optional)"))
    target_end = _date_field(_("Target period until (optional)"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        _period_clean(self, data)
        return data


class AgendaItemPrioritiseForm(forms.Form):
    """What agenda setters and conveners decide about an item."""

    priority = forms.TypedChoiceField(
        label=_("Priority"),
        choices=[("", _("Not prioritised yet")), *AgendaPriority.choices],
        coerce=int,
        empty_value=None,
        required=False,
    )
    status = forms.ChoiceField(label=_("Status"), choices=AgendaStatus.choices)
    status_note = TranslatedTextFormField(
        label=_("Note on the status"),
        required=False,
        multiline=True,
        max_length=2000,
        help_text=_("Kept in the item's status history, for example why it was prioritised."),
    )
    owner: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Agenda setter in charge"),
        queryset=Role.objects.none(),
        required=False,
        empty_label=_("No one yet"),
    )
    target_start = _date_field(_("Target period from"))
    target_end = _date_field(_("Target period until"))

    def __init__(self, *args: Any, owners: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["owner"]).queryset = owners

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        _period_clean(self, data)
        return data
