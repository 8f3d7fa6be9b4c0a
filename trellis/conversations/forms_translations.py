"""Forms of translations of posts. The service checks the text, so that the page and the API
give the same messages."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from trellis.conversations.models_translations import TRANSLATION_MAX_LENGTH
from trellis.core.forms import SingleLineCharField


class TranslationForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Translated into"),
        choices=settings.LANGUAGES,
        error_messages={
            "invalid_choice": _(
                "Choose a language the post is not written in and has no translation into yet."
            )
        },
    )
    title = SingleLineCharField(label=_("Title, translated"), max_length=300, required=False)
    body = forms.CharField(
        label=_("Text, translated"),
        max_length=TRANSLATION_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def __init__(self, *args: Any, has_title: bool, languages: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not has_title:
            del self.fields["title"]
        field = self.fields["language"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(code, name) for code, name in settings.LANGUAGES if code in languages]


class TranslationEditForm(TranslationForm):
    def __init__(self, *args: Any, has_title: bool, **kwargs: Any) -> None:
        super().__init__(*args, has_title=has_title, languages=[], **kwargs)
        del self.fields["language"]


class TranslationRequestForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
