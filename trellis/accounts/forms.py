"""Forms for signing up and keeping a profile."""

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import ExpertiseTopic, User
from trellis.communities.selectors import network_usual_languages
from trellis.core.forms import (
    LanguagesField,
    SingleLineCharField,
    TimeZoneField,
    model_formfield,
    usual_languages_set,
)
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


ALLOWED_PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}


class ExpertiseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return translated(obj.name)


# The model's own form fields (labels, lengths, choices, help), for a form that only
# validates input: the profile is written by `services.profile_update`.
_PROFILE_FIELDS = forms.fields_for_model(
    User,
    fields=[
        "full_name",
        "full_name_latin",
        "country",
        "organisation",
        "position",
        "bio",
        "photo",
        "profile_visibility",
        "email_visibility",
        "preferred_language",
        "time_zone",
    ],
    formfield_callback=model_formfield,
    widgets={
        "bio": forms.Textarea(attrs={"rows": 5}),
        "profile_visibility": forms.RadioSelect,
        "email_visibility": forms.RadioSelect,
    },
)


class ProfileForm(forms.Form):
    full_name = _PROFILE_FIELDS["full_name"]
    full_name_latin = _PROFILE_FIELDS["full_name_latin"]
    country = _PROFILE_FIELDS["country"]
    organisation = _PROFILE_FIELDS["organisation"]
    position = _PROFILE_FIELDS["position"]
    languages = LanguagesField(label=_("Languages spoken"))
    expertise = ExpertiseChoiceField(
        label=_("Expertise"),
        queryset=ExpertiseTopic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    bio = _PROFILE_FIELDS["bio"]
    photo = _PROFILE_FIELDS["photo"]
    profile_visibility = _PROFILE_FIELDS["profile_visibility"]
    email_visibility = _PROFILE_FIELDS["email_visibility"]
    preferred_language = _PROFILE_FIELDS["preferred_language"]
    time_zone = TimeZoneField(
        label=_PROFILE_FIELDS["time_zone"].label,
        help_text=_PROFILE_FIELDS["time_zone"].help_text,
        required=False,
        utc_value="",
    )

    def __init__(self, *args: Any, person: User, **kwargs: Any) -> None:
        """A form showing the person's profile as it is saved (what they typed, when bound)."""
        kwargs.setdefault(
            "initial",
            {
                **{name: getattr(person, name) for name in _PROFILE_FIELDS},
                "languages": person.languages,
                "expertise": list(person.expertise.all()),
            },
        )
        super().__init__(*args, **kwargs)
        usual_languages_set(self, network_usual_languages())

    def profile_changes(self) -> dict[str, Any]:
        """The clean data as `profile_update` takes it: a photo cleared becomes None, and
        the photo already saved is left out."""
        data = dict(self.cleaned_data)
        photo = data.pop("photo", None)
        if photo is False:
            data["photo"] = None
        elif photo and "photo" in self.changed_data:
            data["photo"] = photo
        return data

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
