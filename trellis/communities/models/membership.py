"""Membership with its history, invitations, and people who take part without an account."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from trellis.communities.models.community import Community
from trellis.core.models import TimeStampedModel


class ParticipationLevel(models.TextChoices):
    CORE = "core", _("Core group")
    ACTIVE = "active", _("Active")
    OCCASIONAL = "occasional", _("Occasional")
    PERIPHERAL = "peripheral", _("Peripheral")


class MembershipState(models.TextChoices):
    PENDING = "pending", _("Asked to join")
    ACTIVE = "active", _("Member")
    LEFT = "left", _("Left")
    DECLINED = "declined", _("Request declined")


class Membership(TimeStampedModel):
    community = models.ForeignKey(
        Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="memberships"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=MembershipState.choices, default=MembershipState.PENDING
    )
    declared_level = models.CharField(
        _("declared participation level"),
        max_length=12,
        choices=ParticipationLevel.choices,
        default=ParticipationLevel.PERIPHERAL,
    )
    joined_at = models.DateTimeField(_("member since"), null=True, blank=True)
    request_message = models.TextField(_("message to the conveners"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["community", "person"],
                name="one_membership_per_person",
                violation_error_message=_("This person is already a member or has asked to join."),
            )
        ]
        indexes = [models.Index(fields=["community", "state"])]

    def __str__(self) -> str:
        return f"{self.person} @ {self.community}"

    @property
    def is_active(self) -> bool:
        return self.state == MembershipState.ACTIVE


class MembershipEventKind(models.TextChoices):
    REQUESTED = "requested", _("asked to join")
    JOINED = "joined", _("joined")
    REJOINED = "rejoined", _("rejoined")
    DECLINED = "declined", _("request declined")
    LEFT = "left", _("left")
    REMOVED = "removed", _("removed by a convener")
    LEVEL_CHANGED = "level", _("participation level changed")


class MembershipEvent(models.Model):
    """The history of one membership: joins, leaves, rejoins and declared-level changes."""

    membership = models.ForeignKey(
        Membership, verbose_name=_("membership"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("what happened"), max_length=12, choices=MembershipEventKind.choices)
    level = models.CharField(
        _("participation level"), max_length=12, choices=ParticipationLevel.choices, blank=True
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    occurred_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("membership event")
        verbose_name_plural = _("membership events")
        ordering = ["occurred_at", "id"]

    def __str__(self) -> str:
        return f"{self.membership} {self.kind}"


def new_invitation_token() -> str:
    return secrets.token_urlsafe(24)


class Invitation(TimeStampedModel):
    community = models.ForeignKey(
        Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    token = models.CharField(
        _("secret code"), max_length=64, unique=True, default=new_invitation_token
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    message = models.TextField(_("personal message"), blank=True, max_length=2000)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("expires"))

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.community}"

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class TransactionalParticipant(TimeStampedModel):
    """Someone who takes part without an account: a guest speaker, a one-time attendee."""

    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="transactional_participants",
        null=True,
        blank=True,
    )
    full_name = models.CharField(_("full name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    email = models.EmailField(_("email address"), blank=True)
    note = models.CharField(_("how they took part"), max_length=300, blank=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("matched account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="transactional_records",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("transactional participant")
        verbose_name_plural = _("transactional participants")
        ordering = ["full_name"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.full_name
