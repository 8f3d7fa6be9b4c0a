"""Participation analytics' own data; the acts themselves stay in the contribution log
(`trellis.participation`)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from trellis.analytics.levels import DEFAULT_THRESHOLDS, DEFAULT_WINDOW_MONTHS, Level, Rules


class ParticipationRules(models.Model):
    """A community's own rules for computing levels, when a network admin has adjusted them;
    a community without a row uses the defaults (`trellis.analytics.levels`)."""

    community = models.OneToOneField(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="participation_rules",
    )
    weights = models.JSONField(
        _("weights"),
        default=dict,
        blank=True,
        help_text=_("Points for each kind of act; kinds left out keep their default weight."),
    )
    core_threshold = models.PositiveIntegerField(
        _("core group from"), default=DEFAULT_THRESHOLDS[Level.CORE]
    )
    active_threshold = models.PositiveIntegerField(
        _("active from"), default=DEFAULT_THRESHOLDS[Level.ACTIVE]
    )
    occasional_threshold = models.PositiveIntegerField(
        _("occasional from"), default=DEFAULT_THRESHOLDS[Level.OCCASIONAL]
    )
    window_months = models.PositiveSmallIntegerField(
        _("window in months"),
        default=DEFAULT_WINDOW_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("participation rules")
        verbose_name_plural = _("participation rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(occasional_threshold__gte=1)
                & Q(active_threshold__gt=F("occasional_threshold"))
                & Q(core_threshold__gt=F("active_threshold")),
                name="participation_thresholds_ordered",
                violation_error_message=_(
                    "Each level needs a higher score than the one below it: core group above "
                    "active, active above occasional, occasional at least 1."
                ),
            ),
            models.CheckConstraint(
                condition=Q(window_months__gte=1) & Q(window_months__lte=36),
                name="participation_window_months_range",
                violation_error_message=_("The window is between 1 and 36 months."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.community)

    def as_rules(self) -> Rules:
        base = Rules()
        weights = dict(base.weights)
        weights.update({kind: int(w) for kind, w in self.weights.items() if kind in weights})
        return Rules(
            weights=weights,
            core=self.core_threshold,
            active=self.active_threshold,
            occasional=self.occasional_threshold,
            window_months=self.window_months,
        )


class LevelSnapshot(models.Model):
    """A person's computed level in a community for a run of months (`period` to
    `last_period`, both included, each given by its first day) in which neither the level nor
    the declared core membership changed; for each of those months the level is that of the
    window ending on the month's last day (network calendar). Members and transactional
    participants only; guests without an account are counted by the live levels, not kept
    here. A month's snapshot is every run that covers it: one row per run instead of one per
    person and month is about a ninth of the rows, which is what lets the past be rebuilt
    within a few times a plain count of the log."""

    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="+",
        # The unique index below starts with the community: a second index would only slow
        # the rebuild's writes.
        db_index=False,
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    period = models.DateField(_("month"), help_text=_("The first day of the month."))
    last_period = models.DateField(
        _("last month of the run"), help_text=_("The first day of the last month with this level.")
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    declared_core = models.BooleanField(_("declared core group"), default=False)

    class Meta:
        verbose_name = _("level snapshot")
        verbose_name_plural = _("level snapshots")
        constraints = [
            models.UniqueConstraint(
                fields=["community", "person", "period"],
                name="one_level_snapshot_per_person_month",
                violation_error_message=_("This month's snapshot already has this person."),
            ),
            models.CheckConstraint(
                condition=Q(period__day=1),
                name="level_snapshot_period_month_start",
                violation_error_message=_("A snapshot's month is given by its first day."),
            ),
            models.CheckConstraint(
                condition=Q(last_period__day=1) & Q(last_period__gte=F("period")),
                name="level_snapshot_last_period_month_start",
                violation_error_message=_(
                    "A snapshot's last month is given by its first day, not before its month."
                ),
            ),
        ]

    def __str__(self) -> str:
        return (
            f"{self.community_id} {self.person_id} {self.period:%Y-%m}..{self.last_period:%Y-%m}: "
            f"{self.level}"
        )
