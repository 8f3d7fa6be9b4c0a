"""The indicator library and what was observed of each indicator, period by period."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trellis.core.models import TimeStampedModel
from trellis.core.translated import TranslatedField, translated
from trellis.value.cycles import Capital, CycleCode


class IndicatorKind(models.TextChoices):
    QUANTITATIVE = "quantitative", _("Quantitative")
    QUALITATIVE = "qualitative", _("Qualitative")


class IndicatorSource(models.TextChoices):
    COMPUTED = "computed", _("Computed from the platform's data")
    SURVEY = "survey", _("Evaluation surveys")
    MANUAL = "manual", _("Entered by hand, with evidence")


class ScopeKind(models.TextChoices):
    NETWORK = "network", _("The whole network")
    COMMUNITY = "community", _("A community")
    ACTIVITY = "activity", _("An activity")
    COUNTRY = "country", _("A country")


class Indicator(TimeStampedModel):
    """One indicator of one cycle. A computed indicator names its computation by `code`
    (`trellis.value.computations`); the others are observed through surveys or by hand. An
    indicator of the network (no community) is everyone's; a community's is its own."""

    cycle = models.CharField(_("cycle"), max_length=16, choices=CycleCode.choices)
    capital = models.CharField(
        _("form of knowledge capital"), max_length=16, choices=Capital.choices, blank=True
    )
    name = TranslatedField(_("name"), max_length=200)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    kind = models.CharField(
        _("kind"), max_length=12, choices=IndicatorKind.choices, default=IndicatorKind.QUANTITATIVE
    )
    source = models.CharField(
        _("source of data"),
        max_length=10,
        choices=IndicatorSource.choices,
        default=IndicatorSource.MANUAL,
    )
    unit = TranslatedField(_("unit"), max_length=60, blank=True)
    code = models.SlugField(_("computation"), max_length=60, blank=True)
    # The entry of the framework's catalogue (catalogue.yaml) this indicator was seeded from.
    catalogue_key = models.SlugField(_("catalogue entry"), max_length=60, blank=True)
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="value_indicators",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["cycle", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=~models.Q(code=""),
                name="value_indicator_one_per_computation",
                violation_error_message=_("An indicator already uses this computation."),
            ),
            models.UniqueConstraint(
                fields=["catalogue_key"],
                condition=~models.Q(catalogue_key=""),
                name="value_indicator_one_per_catalogue_entry",
                violation_error_message=_("An indicator was already seeded from this entry."),
            ),
            models.CheckConstraint(
                condition=models.Q(source="computed", kind="quantitative") & ~models.Q(code="")
                | ~models.Q(source="computed") & models.Q(code=""),
                name="value_indicator_code_iff_computed",
                violation_error_message=_(
                    "A computed indicator is quantitative and names its computation; others do not."
                ),
            ),
        ]

    def __str__(self) -> str:
        return translated(self.name)


class Observation(models.Model):
    """What an indicator showed over one period (first and last day, network calendar) in one
    scope: a number, or for a qualitative indicator a text, with the evidence behind it."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="observations",
    )
    period_start = models.DateField(_("first day"))
    period_end = models.DateField(_("last day"))
    scope_kind = models.CharField(_("scope"), max_length=10, choices=ScopeKind.choices)
    # "network", "community:3", "activity:12" or "country:AL": one key per scope, for the
    # uniqueness of an observation and a target per scope.
    scope_key = models.CharField(_("scope key"), max_length=40)
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, null=True, blank=True)
    text = models.TextField(_("observation"), blank=True)
    evidence_note = models.TextField(_("evidence"), blank=True)
    evidence_link = models.URLField(_("link to the evidence"), blank=True)
    source = models.CharField(_("source of data"), max_length=10, choices=IndicatorSource.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["period_start", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "scope_key", "period_start", "period_end"],
                name="value_observation_one_per_period",
                violation_error_message=_(
                    "This indicator already has an observation for this period and scope."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="value_observation_period_ordered",
                violation_error_message=_("The period ends before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.scope_key} {self.period_start}–{self.period_end}"


class Target(models.Model):
    """The baseline an indicator starts from and the target it aims at, in one scope."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="targets"
    )
    scope_kind = models.CharField(_("scope"), max_length=10, choices=ScopeKind.choices)
    scope_key = models.CharField(_("scope key"), max_length=40)
    community = models.ForeignKey(
        "communities.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_date = models.DateField(_("baseline measured on"), null=True, blank=True)
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "scope_key"],
                name="value_target_one_per_scope",
                violation_error_message=_("This indicator already has a target in this scope."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.scope_key}"
