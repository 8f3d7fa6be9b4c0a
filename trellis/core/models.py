"""Base models shared by every app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class ScheduledRun(models.Model):
    """One period of a periodic job, enqueued once: the row is the worker's claim on it.

    Several workers (or a worker restarted within the period) try to insert the same
    (job, due_at); the unique constraint lets exactly one of them enqueue the task.
    """

    job = models.CharField(_("job"), max_length=80)
    due_at = models.DateTimeField(_("due at"))
    enqueued = models.BooleanField(
        _("enqueued"),
        default=True,
        help_text=_("False for the period current when the job was first seen, which is skipped."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        constraints = [
            models.UniqueConstraint(
                fields=["job", "due_at"],
                name="one_run_per_job_period",
                violation_error_message=_("This job has already run for this period."),
            )
        ]
        indexes = [models.Index(fields=["job", "-due_at"])]

    def __str__(self) -> str:
        return f"{self.job} @ {self.due_at:%Y-%m-%d %H:%M}"


class Generation(models.Model):
    """A random number per app, changed when any of its tables is written
    (`trellis.core.generations`): what a process remembered for older numbers is stale."""

    area = models.CharField(_("area"), max_length=40, primary_key=True)
    value = models.BigIntegerField(_("value"), default=0)

    class Meta:
        verbose_name = _("data generation")
        verbose_name_plural = _("data generations")

    def __str__(self) -> str:
        return f"{self.area}: {self.value}"
