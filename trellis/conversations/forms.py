"""Forms of conversations. Each feature keeps its own, clearly named, classes."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from trellis.accounts.models import ExpertiseTopic, User
from trellis.accounts.selectors import expertise_by_name
from trellis.communities.models import Community
from trellis.conversations.models import BODY_MAX_LENGTH
from trellis.core.forms import SingleLineCharField

# Questions and answers (the help desk)


class QuestionForm(forms.Form):
    """A question as its asker writes it; `communities` offers where it may be asked."""

    community = forms.ModelChoiceField(
        label=_("Where to ask"),
        queryset=Community.objects.none(),
        required=False,
        empty_label=_("The whole network"),
        help_text=_(
            "The help desk of one of your communities, whose members know your field, "
            "or the whole network, to reach everyone."
        ),
    )
    title = SingleLineCharField(
        label=_("Your question"),
        max_length=300,
        help_text=_("One sentence that says what you want to know."),
    )
    body = forms.CharField(
        label=_("Details"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Your context: what you tried, what constraints you have. Markdown is allowed."
        ),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=ExpertiseTopic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They help Trellis find people who can answer."),
    )
    language = forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES)
    country_context = forms.ChoiceField(
        label=_("Country context (optional)"),
        required=False,
        help_text=_("The country whose situation the question is about."),
    )

    def __init__(
        self, *args: Any, communities: Any = None, similar_url: str = "", **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if similar_url:
            # While the title is typed, questions like it are shown below it (htmx; without
            # JavaScript nothing is shown and nothing is missed).
            self.fields["title"].widget.attrs.update(
                {
                    "hx-get": similar_url,
                    "hx-trigger": "keyup changed delay:400ms",
                    "hx-target": "#similar-questions",
                    "hx-swap": "innerHTML",
                    "aria-controls": "similar-questions",
                    "autocomplete": "off",
                }
            )
        self.fields["country_context"].choices = [("", "—"), *countries]  # type: ignore[attr-defined]
        self.fields["topics"].queryset = expertise_by_name()  # type: ignore[attr-defined]
        if communities is None:
            del self.fields["community"]
        else:
            self.fields["community"].queryset = communities  # type: ignore[attr-defined]


class QuestionEditForm(QuestionForm):
    """The same fields, without moving the question to another help desk."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["communities"] = None
        super().__init__(*args, **kwargs)


class AnswerForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown is allowed; mention people with @."),
    )
    language = forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES)


class AnswerEditForm(forms.Form):
    body = forms.CharField(
        label=_("Answer"), max_length=BODY_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 8})
    )


class QuestionCommentForm(forms.Form):
    """A short comment on a question or an answer."""

    body = forms.CharField(
        label=_("Comment"), max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )
    language = forms.ChoiceField(label=_("Written in"), choices=settings.LANGUAGES)


class CoauthorInviteForm(forms.Form):
    """The author of an answer picks a co-author among those who may answer."""

    person = forms.ModelChoiceField(label=_("Write this answer with"), queryset=User.objects.none())

    def __init__(self, *args: Any, people: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people  # type: ignore[attr-defined]


class ExpertInviteForm(forms.Form):
    person = forms.IntegerField(min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
