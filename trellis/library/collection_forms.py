"""Forms of the collections' pages: they validate and hand clean data to the services."""

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from trellis.activities.models import Activity
from trellis.communities.models import Community
from trellis.core.translated import translated
from trellis.library.models import CollectionKind
from trellis.library.permissions import MAKE_COLLECTION_REASON, can_make_collection


class CollectionForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=200)
    description = forms.CharField(
        label=gettext_lazy("Description"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=CollectionKind.choices)
    community = forms.ModelChoiceField(
        label=gettext_lazy("Community"),
        queryset=Community.objects.none(),
        required=False,
        empty_label=gettext_lazy("The whole network"),
    )
    activity = forms.ModelChoiceField(
        label=gettext_lazy("Activity"),
        queryset=Activity.objects.none(),
        required=False,
        help_text=gettext_lazy("For the materials of an activity: the activity they are for."),
    )

    def __init__(
        self,
        *args: Any,
        actor: Any,
        communities: Any,
        editing: bool = False,
        fixed_community: Any = None,
        **kwargs: Any,
    ) -> None:
        """`communities`: where the actor may make collections. When editing, the collection's
        community is `fixed_community` (None: the whole network) and cannot be changed."""
        super().__init__(*args, **kwargs)
        self.actor = actor
        self.editing = editing
        self.fixed_community = fixed_community
        community_field = self.fields["community"]
        community_field.queryset = communities  # type: ignore[attr-defined]
        if editing:
            community_field.disabled = True
        activity_communities = (
            [fixed_community] if fixed_community is not None else list(communities)
        )
        activity = self.fields["activity"]
        activity.queryset = (  # type: ignore[attr-defined]
            Activity.objects.filter(
                communities__in=activity_communities,
                starts_at__gte=timezone.now() - timedelta(days=3 * 365),
            )
            .exclude(status="draft")
            .distinct()
            .order_by("-starts_at")
        )
        activity.label_from_instance = lambda item: (  # type: ignore[attr-defined]
            f"{translated(item.title)} ({date_format(item.starts_at, 'DATE_FORMAT')})"
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        community = self.fixed_community if self.editing else data.get("community")
        kind = data.get("kind")
        if kind and not can_make_collection(self.actor, community, kind):
            self.add_error("kind", str(MAKE_COLLECTION_REASON))
        return data

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        if self.editing:
            data.pop("community", None)
        return data


class CollectionItemForm(forms.Form):
    document = forms.IntegerField(
        label=gettext_lazy("Document number"),
        min_value=1,
        max_value=2**63 - 1,
        help_text=gettext_lazy("The number in the address of its page: /library/documents/N/."),
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("Why it is in the collection, or what to read first."),
    )
