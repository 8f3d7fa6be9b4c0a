"""Roles as data and who holds them, for the network or one community, for a period."""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from trellis.communities.models.community import Community
from trellis.communities.models.membership import Membership, MembershipState
from trellis.core.models import TimeStampedModel
from trellis.core.network_time import network_today
from trellis.core.translated import TranslatedField, translated


class RoleKind(models.TextChoices):
    ADMINISTRATION = "admin", _("Network administration")
    CONVENING = "convening", _("Convening")
    LEADERSHIP = "leadership", _("Social learning leadership")
    SPONSORSHIP = "sponsorship", _("Sponsorship")


class Role(models.Model):
    """A role as data: the framework's leadership roles, conveners, admins and sponsors."""

    NETWORK_ADMIN = "network_admin"
    CONVENER = "convener"
    SPONSOR = "sponsor"
    # Held from outside the community. Every other community role is for its members and is
    # in force only while its holder is one (see `RoleAssignmentQuerySet.current`).
    HELD_WITHOUT_MEMBERSHIP = frozenset({SPONSOR})

    code = models.SlugField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=RoleKind.choices)
    name = TranslatedField(_("name"), max_length=120)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    network_scope_only = models.BooleanField(_("held for the whole network only"), default=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return translated(self.name) or self.code


class RoleAssignmentQuerySet(models.QuerySet["RoleAssignment"]):
    def current(self, on: date | None = None) -> "RoleAssignmentQuerySet":
        """Assignments in force on a day (today by default): within their period and, for a
        role only members hold, while the holder is an active member of the community (as
        they are now). A convener who leaves no longer runs the community, nor sees it when
        it is private, without anyone having to end the role first."""
        on = on or network_today()
        in_period = self.filter(starts_on__lte=on).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )
        held_as_member = Exists(
            Membership.objects.filter(
                person=OuterRef("person"),
                community=OuterRef("community"),
                state=MembershipState.ACTIVE,
            )
        )
        return in_period.filter(
            Q(community__isnull=True)
            | Q(role__code__in=Role.HELD_WITHOUT_MEMBERSHIP)
            | held_as_member
        )


class RoleAssignment(TimeStampedModel):
    """A person holds a role for the network (no community) or for one community, for a period."""

    role = models.ForeignKey(
        Role, verbose_name=_("role"), on_delete=models.PROTECT, related_name="assignments"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
        null=True,
        blank=True,
        help_text=_("Leave empty for a role held for the whole network."),
    )
    starts_on = models.DateField(_("from"), default=network_today)
    ends_on = models.DateField(_("until"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = RoleAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["role__position", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="role_period_ends_after_it_starts",
                violation_error_message=_("A role cannot end before it starts."),
            )
        ]
        indexes = [models.Index(fields=["person", "community"])]

    def __str__(self) -> str:
        return f"{self.person} — {self.role}"
