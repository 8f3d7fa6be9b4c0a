"""Forms for signing up and keeping a profile."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import ExpertiseTopic, User
from trellis.core.translated import translated


class SignupForm(forms.Form):
    """Extra fields allauth's sign-up form asks for."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        help_text=_("As you write it, in your own script."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request: Any, user: User) -> None:
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])


LANGUAGE_CHOICES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("bs", _("Bosnian")),
    ("hr", _("Croatian")),
    ("sr", _("Serbian")),
    ("sq", _("Albanian")),
    ("mk", _("Macedonian")),
    ("bg", _("Bulgarian")),
    ("ro", _("Romanian")),
    ("uk", _("Ukrainian")),
    ("be", _("Belarusian")),
    ("kk", _("Kazakh")),
    ("ky", _("Kyrgyz")),
    ("uz", _("Uzbek")),
    ("tg", _("Tajik")),
    ("tk", _("Turkmen")),
    ("az", _("Azerbaijani")),
    ("hy", _("Armenian")),
    ("ka", _("Georgian")),
    ("tr", _("Turkish")),
    ("sl", _("Slovenian")),
    ("sk", _("Slovak")),
    ("pl", _("Polish")),
    ("hu", _("Hungarian")),
    ("lt", _("Lithuanian")),
    ("de", _("German")),
    ("fr", _("French")),
]
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)

ALLOWED_PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}


class ExpertiseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return translated(obj.name)


class ProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = ExpertiseChoiceField(
        label=_("Expertise"),
        queryset=ExpertiseTopic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = User
        fields = [
            "full_name",
            "full_name_latin",
            "country",
            "organisation",
            "position",
            "languages",
            "expertise",
            "bio",
            "photo",
            "profile_visibility",
            "email_visibility",
            "preferred_language",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "profile_visibility": forms.RadioSelect,
            "email_visibility": forms.RadioSelect,
        }

    def clean_photo(self) -> Any:
        """Check the photo by its content, not its name: a real JPEG, PNG or WebP, not too big."""
        photo = self.cleaned_data.get("photo")
        if not photo or not hasattr(photo, "image"):
            return photo
        if photo.size > settings.PROFILE_PHOTO_MAX_BYTES:
            raise forms.ValidationError(
                _("The photo is too large: at most %(size)s MB."),
                params={"size": settings.PROFILE_PHOTO_MAX_BYTES // (1024 * 1024)},
            )
        if getattr(photo.image, "format", None) not in ALLOWED_PHOTO_FORMATS:
            raise forms.ValidationError(_("Upload a JPEG, PNG or WebP image."))
        return photo


class AccessTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Token name"),
        max_length=100,
        help_text=_("What the token is for, so you recognise it later."),
    )
