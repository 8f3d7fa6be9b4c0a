"""Forms for signing up and keeping a profile."""

import zoneinfo
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import ExpertiseTopic, User
from trellis.core.forms import SingleLineCharField, model_formfield
from trellis.core.languages import LANGUAGE_CHOICES
from trellis.core.translated import translated


class SignupForm(forms.Form):
    """Extra fields allauth's sign-up form asks for."""

    full_name = SingleLineCharField(
        label=_("Full name"),
        max_length=200,
        help_text=_("As you write it, in your own script."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request: Any, user: User) -> None:
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])


TIME_ZONE_CHOICES = [
    ("", _("UTC")),
    *((zone, zone) for zone in sorted(zoneinfo.available_timezones())),
]

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
        formfield_callback = model_formfield
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
            "time_zone",
        ]
        widgets = {
            "time_zone": forms.Select(choices=TIME_ZONE_CHOICES),
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
    name = SingleLineCharField(
        label=_("Token name"),
        max_length=100,
        help_text=_("What the token is for, so you recognise it later."),
    )
