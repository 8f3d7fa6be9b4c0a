"""People: accounts, profiles, expertise and personal API tokens."""

import zoneinfo
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from trellis.core.models import TimeStampedModel
from trellis.core.translated import TranslatedField, translated


def validate_time_zone(value: str) -> None:
    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(_("Choose a valid time zone."))


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields: Any) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields: Any) -> "User":
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields: Any) -> "User":
        fields.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **fields)


class ExpertiseTopic(models.Model):
    slug = models.SlugField(_("code"), max_length=80, unique=True)
    name = TranslatedField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("expertise topic")
        verbose_name_plural = _("expertise topics")
        ordering = ["slug"]

    def __str__(self) -> str:
        return translated(self.name) or self.slug


class ProfileVisibility(models.TextChoices):
    PUBLIC = "public", _("Everyone, including visitors")
    NETWORK = "network", _("Signed-in members of the network")
    COMMUNITIES = "communities", _("Only people in my communities")


class EmailVisibility(models.TextChoices):
    NETWORK = "network", _("Signed-in members of the network")
    COMMUNITIES = "communities", _("Only people in my communities")
    NOBODY = "nobody", _("Nobody but the network's administrators")


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(
        _("full name"), max_length=200, help_text=_("As you write it, in your own script.")
    )
    full_name_latin = models.CharField(
        _("full name in Latin script"),
        max_length=200,
        blank=True,
        help_text=_("How your name is written in Latin letters, for example in your passport."),
    )
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    languages = models.JSONField(
        _("languages spoken"), default=list, blank=True, help_text=_("ISO 639-1 codes.")
    )
    expertise = models.ManyToManyField(
        ExpertiseTopic, verbose_name=_("expertise"), blank=True, related_name="experts"
    )
    bio = models.TextField(_("short bio"), max_length=2000, blank=True)
    photo = models.ImageField(_("photo"), upload_to="profile-photos/%Y/", blank=True)
    profile_visibility = models.CharField(
        _("who may see my profile"),
        max_length=16,
        choices=ProfileVisibility.choices,
        default=ProfileVisibility.NETWORK,
    )
    email_visibility = models.CharField(
        _("who may see my email address"),
        max_length=16,
        choices=EmailVisibility.choices,
        default=EmailVisibility.COMMUNITIES,
    )
    preferred_language = models.CharField(
        _("interface language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Times of activities are shown in this zone. Leave empty to use UTC."),
    )
    is_staff = models.BooleanField(_("may use the admin site"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name", "id"]
        indexes = [
            # The directory's order, for everyone signed in and for the API's list.
            models.Index(fields=["full_name", "id"], name="person_directory_order"),
            # Visitors see public profiles only: a short list, already in order.
            models.Index(
                fields=["full_name", "id"],
                condition=models.Q(profile_visibility="public"),
                name="person_public_order",
            ),
            models.Index(fields=["country", "full_name", "id"], name="person_country_order"),
            # The few who show their profile to their communities only (see
            # permissions.profile_visible_filter).
            models.Index(
                fields=["profile_visibility", "id"],
                condition=models.Q(profile_visibility="communities"),
                name="person_communities_only",
            ),
            # Covers the directory's counts and its list of countries (in order), which read
            # every person: without it each reads every row of the table.
            models.Index(
                fields=["country", "is_active", "profile_visibility"], name="person_visibility"
            ),
            models.Index(fields=["full_name_latin"]),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class AccessToken(TimeStampedModel):
    """A personal API token. Only a hash is stored; the token is shown once, when created."""

    person = models.ForeignKey(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="access_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("starts with"), max_length=12, db_index=True)
    token_hash = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("access token")
        verbose_name_plural = _("access tokens")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class SignInCounter(models.Model):
    """Sign-in attempts counted against one limit (see `trellis.accounts.sign_in_throttle`).

    `key` is a keyed hash of what is limited (an address, or an account from an address), so
    the table keeps neither addresses nor emails.
    """

    key = models.CharField(max_length=64, unique=True)
    window_started_at = models.DateTimeField(db_index=True)
    attempts = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key[:8]}…: {self.attempts}"
