"""The search page's box and filters."""

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from trellis.search.selectors import MAX_PAGE
from trellis.search.text import MAX_QUERY_CHARS


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=MAX_QUERY_CHARS, required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    community = forms.ChoiceField(label=_("Community"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    page = forms.IntegerField(min_value=1, max_value=MAX_PAGE, required=False)

    def __init__(
        self,
        *args: Any,
        kinds: list[tuple[str, str]],
        communities: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        choices = self.fields
        choices["kind"].choices = [("", _("Everything")), *kinds]  # type: ignore[attr-defined]
        choices["community"].choices = [  # type: ignore[attr-defined]
            ("", _("All communities")),
            *communities,
        ]
        choices["language"].choices = [  # type: ignore[attr-defined]
            ("", _("All languages")),
            *settings.LANGUAGES,
        ]
        choices["country"].choices = [  # type: ignore[attr-defined]
            ("", _("All countries")),
            *countries,
        ]

    def search_arguments(self) -> dict[str, Any]:
        """The cleaned filters as `search_run` takes them."""
        data = self.cleaned_data
        date_from: datetime.date | None = data.get("date_from")
        date_to: datetime.date | None = data.get("date_to")
        return {
            "q": data.get("q") or "",
            "kind": data.get("kind") or "",
            "community": data.get("community") or "",
            "language": data.get("language") or "",
            "country": data.get("country") or "",
            "date_from": date_from,
            "date_to": date_to,
            "page": data.get("page") or 1,
        }

    def has_filters(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(
            data.get(name)
            for name in ("kind", "community", "language", "country", "date_from", "date_to")
        )
