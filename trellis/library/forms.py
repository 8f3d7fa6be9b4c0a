"""Forms of the library's pages: they validate and hand clean data to the services."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.forms.models import ModelChoiceIterator
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from trellis.accounts.models import ExpertiseTopic
from trellis.activities.models import Activity
from trellis.communities.models import AgendaItem, Community
from trellis.core.languages import LANGUAGE_CHOICES
from trellis.core.translated import translated
from trellis.library.files import accepted_types_sentence
from trellis.library.models import DocumentKind
from trellis.library.selectors import (
    document_origin_activity_list,
    document_origin_agenda_item_list,
)

# The activity list offers the newest activities and those of the chosen community, not the
# thousands a network admin could choose from; any activity of the full choice is still valid.
RECENT_ACTIVITIES_OFFERED = 20
COMMUNITY_ACTIVITIES_OFFERED = 200


class OfferedChoices(ModelChoiceIterator):
    """The choices a select shows: a part of what its field accepts."""

    def __init__(self, field: forms.ModelChoiceField, offered: Any) -> None:
        super().__init__(field)
        self.queryset = offered


def _chosen_id(value: Any) -> int:
    text = str(value or "")
    return int(text) if text.isdigit() and len(text) < 12 else 0


class DocumentForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    description = forms.CharField(
        label=gettext_lazy("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=DocumentKind.choices)
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=LANGUAGE_CHOICES)
    community = forms.ModelChoiceField(
        label=gettext_lazy("Community"),
        queryset=Community.objects.none(),
        required=False,
        empty_label=gettext_lazy("The whole network"),
    )
    agenda_item = forms.ModelChoiceField(
        label=gettext_lazy("Learning-agenda item it came from"),
        queryset=AgendaItem.objects.none(),
        required=False,
        help_text=gettext_lazy(
            "The item's page then lists the document and puts it on its timeline."
        ),
    )
    activity = forms.ModelChoiceField(
        label=gettext_lazy("Activity it came from"),
        queryset=Activity.objects.none(),
        required=False,
        help_text=gettext_lazy(
            "Listed: the newest activities and those of the chosen community. For an older one, "
            "choose its community and press “List this community's activities”."
        ),
    )
    file = forms.FileField(label=gettext_lazy("File"), required=False)
    link = forms.URLField(
        label=gettext_lazy("Or a link"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("For a document kept elsewhere."),
    )
    authors = forms.CharField(
        label=gettext_lazy("Authors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "One a line: a member's email address, or the name of an author who is not a member."
        ),
    )
    topics = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Topics"), queryset=ExpertiseTopic.objects.all(), required=False
    )
    countries = forms.MultipleChoiceField(
        label=gettext_lazy("Countries"), choices=countries, required=False
    )
    date = forms.DateField(
        label=gettext_lazy("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, communities: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = communities  # type: ignore[attr-defined]
        # What a document can come from: the agenda items and the activities of the
        # communities the person may share in; the service checks that the one chosen belongs
        # to the document's community.
        agenda = self.fields["agenda_item"]
        agenda.queryset = document_origin_agenda_item_list(communities=communities)  # type: ignore[attr-defined]
        agenda.label_from_instance = lambda item: f"{item.community.code}: {item.title}"  # type: ignore[attr-defined]
        # An item chosen beforehand (from its page) brings its community along.
        chosen = agenda.queryset.filter(pk=self.initial.get("agenda_item") or 0).first()  # type: ignore[attr-defined]
        if chosen is not None:
            self.initial["community"] = chosen.community_id
        activity = self.fields["activity"]
        activity.queryset = document_origin_activity_list(communities=communities)  # type: ignore[attr-defined]
        activity.label_from_instance = lambda item: (  # type: ignore[attr-defined]
            f"{translated(item.title)} ({date_format(item.starts_at, 'DATE_FORMAT')})"
        )
        activity.widget.choices = OfferedChoices(activity, self._offered_activities(activity))  # type: ignore[arg-type]
        limit = round(settings.LIBRARY_MAX_UPLOAD_BYTES / (1024 * 1024))
        self.fields["file"].help_text = (
            accepted_types_sentence() + " " + _("At most %(limit)s MB.") % {"limit": max(1, limit)}
        )

    def _chosen(self, name: str) -> int:
        """The id chosen for a field: as submitted, or as given beforehand."""
        return _chosen_id(self.data.get(name) if self.is_bound else self.initial.get(name))

    def _offered_activities(self, field: forms.Field) -> Any:
        accepted = field.queryset  # type: ignore[attr-defined]
        ids = list(accepted.values_list("pk", flat=True)[:RECENT_ACTIVITIES_OFFERED])
        if community_id := self._chosen("community"):
            of_community = accepted.filter(communities=community_id)
            ids += of_community.values_list("pk", flat=True)[:COMMUNITY_ACTIVITIES_OFFERED]
        if activity_id := self._chosen("activity"):
            ids.append(activity_id)
        return accepted.filter(pk__in=ids)

    def clean_authors(self) -> tuple[list[Any], list[str]]:
        members: list[Any] = []
        names: list[str] = []
        unknown: list[str] = []
        people = get_user_model()
        for line in str(self.cleaned_data.get("authors") or "").splitlines():
            entry = line.strip()
            if not entry:
                continue
            if "@" in entry:
                person = people.objects.filter(email__iexact=entry, is_active=True).first()
                if person is None:
                    unknown.append(entry)
                else:
                    members.append(person)
            else:
                names.append(entry[:200])
        if unknown:
            raise forms.ValidationError(
                _("No member has the address %(emails)s: write the author's name instead.")
                % {"emails": ", ".join(unknown)}
            )
        return members, names

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        members, names = data.pop("authors")
        return {
            **data,
            "file": data.get("file") or None,
            "author_members": members,
            "author_names": names,
        }


class VersionForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    note = forms.CharField(label=gettext_lazy("What changed"), max_length=300, required=False)


class TranslationLinkForm(forms.Form):
    other = forms.IntegerField(
        label=gettext_lazy("Number of the translated document"),
        min_value=1,
        help_text=gettext_lazy("The number in the address of its page: /library/documents/N/."),
    )


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            ("publish", gettext_lazy("Publish")),
            ("return", gettext_lazy("Send back to the authors")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=gettext_lazy("Note to the authors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
