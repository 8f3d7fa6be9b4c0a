"""Learning activities: the catalogue of types, activities with sessions, registration,
attendance, outcomes and calendar feeds."""

import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from trellis.activities.models_materials import ActivityMaterial as ActivityMaterial  # re-exported
from trellis.core.models import TimeStampedModel
from trellis.core.translated import TranslatedField, translated


class Orientation(models.TextChoices):
    """The technology orientations of Digital Habitats (Wenger, White, Smith 2009)."""

    MEETINGS = "meetings", _("Meetings")
    CONVERSATION = "conversation", _("Open-ended conversation")
    PROJECTS = "projects", _("Projects")
    CONTENT = "content", _("Content")
    EXPERTISE = "expertise", _("Access to expertise")
    RELATIONSHIPS = "relationships", _("Relationships")
    INDIVIDUAL = "individual", _("Individual participation")
    CULTIVATION = "cultivation", _("Community cultivation")
    CONTEXT = "context", _("Serving a context")


class ActivityFormat(models.TextChoices):
    """Typical formats in which an activity type is held."""

    MEETING = "meeting", _("Meeting or plenary")
    WORKSHOP = "workshop", _("Workshop")
    VISIT = "visit", _("Visit")
    WEBINAR = "webinar", _("Webinar")
    DISCUSSION = "discussion", _("Online discussion")
    WORKING_GROUP = "working_group", _("Working group")
    PROJECT = "project", _("Project")
    DOCUMENT = "document", _("Document or publication")
    ONE_TO_ONE = "one_to_one", _("One-to-one exchange")
    TRAINING = "training", _("Training course")


class ActivityType(models.Model):
    """A kind of learning activity from the framework's catalogue (or added by the network)."""

    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = TranslatedField(_("name"), max_length=120)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    formats = models.JSONField(_("typical formats"), default=list, blank=True)
    orientations = models.JSONField(_("technology orientations served"), default=list, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    from_catalogue = models.BooleanField(_("from the framework's catalogue"), default=False)

    class Meta:
        verbose_name = _("activity type")
        verbose_name_plural = _("activity types")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return translated(self.name) or self.slug

    def clean(self) -> None:
        unknown = set(self.orientations) - set(Orientation.values)
        unknown |= set(self.formats) - set(ActivityFormat.values)
        if unknown:
            raise ValidationError(_("Unknown codes: %(codes)s") % {"codes": ", ".join(unknown)})


class Formality(models.TextChoices):
    FORMAL = "formal", _("Formal")
    INFORMAL = "informal", _("Informal")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Blended")


class ActivityStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for registration")
    CLOSED = "closed", _("Registration closed")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Choose a valid time zone."))


class Activity(TimeStampedModel):
    """A learning activity of one or more communities (several make it a boundary activity).

    Sub-sessions (parallel workshops of a plenary) are activities with a parent.
    """

    activity_type = models.ForeignKey(
        ActivityType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="activities"
    )
    communities = models.ManyToManyField(
        "communities.Community", verbose_name=_("communities"), related_name="activities"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sessions",
        # Indexed by the (parent, starts_at, ...) index of Meta, which serves this key too.
        db_index=False,
    )
    title = TranslatedField(_("title"), max_length=200)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    formality = models.CharField(
        _("formal or informal"), max_length=8, choices=Formality.choices, default=Formality.FORMAL
    )
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True, max_length=500)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    timezone = models.CharField(
        _("time zone"), max_length=64, default="Europe/Ljubljana", validators=[validate_timezone]
    )
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    interpretation = models.JSONField(
        _("interpretation into"),
        default=list,
        blank=True,
        help_text=_("Languages into which speech is interpreted."),
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActivityStatus.choices, default=ActivityStatus.DRAFT
    )
    agenda_items = models.ManyToManyField(
        "communities.AgendaItem",
        verbose_name=_("learning agenda items addressed"),
        related_name="activities",
        blank=True,
    )
    # What came out of it, written by its leaders in one language or more: {language: text}.
    summary = TranslatedField(_("summary"), multiline=True, blank=True, max_length=20000)
    outputs = TranslatedField(_("outputs"), multiline=True, blank=True, max_length=20000)
    decisions = TranslatedField(_("decisions"), multiline=True, blank=True, max_length=20000)
    follow_ups = TranslatedField(_("follow-ups"), multiline=True, blank=True, max_length=20000)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # iCalendar SEQUENCE: raised on every change, so calendar programs take updates.
    sequence = models.PositiveIntegerField(_("version sent to calendars"), default=0)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")),
                name="activity_ends_after_start",
                violation_error_message=_("The end must not be before the start."),
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(capacity__gt=0),
                name="activity_capacity_positive",
                violation_error_message=_("Places must be at least 1, or empty for no limit."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_at"]),
            # The calendar: top-level activities by start, with what it filters on (ended or
            # not, drafts) in the index, so a count or a page reads no table row it skips.
            models.Index(
                fields=["parent", "starts_at", "ends_at", "status"],
                name="activity_calendar_idx",
            ),
            # The API list and the calendar's country filter, over sessions too.
            models.Index(
                fields=["starts_at", "ends_at", "status", "country"],
                name="activity_start_idx",
            ),
        ]

    def __str__(self) -> str:
        return translated(self.title) or f"#{self.pk}"


class ContributorRole(models.TextChoices):
    HOST = "host", _("Host")
    SPEAKER = "speaker", _("Speaker")
    FACILITATOR = "facilitator", _("Facilitator")


class ActivityContributor(models.Model):
    """Who runs an activity: a member, or an invited outsider recorded as a guest."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="contributors"
    )
    role = models.CharField(_("role"), max_length=12, choices=ContributorRole.choices)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="activity_roles",
    )
    guest = models.ForeignKey(
        "communities.TransactionalParticipant",
        verbose_name=_("invited outsider"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="activity_roles",
    )

    class Meta:
        verbose_name = _("host, speaker or facilitator")
        verbose_name_plural = _("hosts, speakers and facilitators")
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, guest__isnull=True)
                | Q(person__isnull=True, guest__isnull=False),
                name="contributor_is_member_or_guest",
                violation_error_message=_("Choose either a member or an invited outsider."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.person or self.guest} ({self.role})"


class RegistrationAnswer(models.TextChoices):
    YES = "yes", _("Yes, I will come")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No, I cannot come")


class RegistrationState(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(TimeStampedModel):
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="registrations"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    answer = models.CharField(_("answer"), max_length=6, choices=RegistrationAnswer.choices)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=RegistrationState.choices,
        default=RegistrationState.CONFIRMED,
    )
    waitlisted_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "person"],
                name="one_registration_each",
                violation_error_message=_("This person has already answered for this activity."),
            )
        ]
        indexes = [models.Index(fields=["activity", "state", "answer"])]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.activity_id}: {self.answer}/{self.state}"


class AttendanceRole(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    SPEAKER = "speaker", _("Speaker")
    HOST = "host", _("Host")
    FACILITATOR = "facilitator", _("Facilitator")
    INTERPRETER = "interpreter", _("Interpreter")
    ORGANISER = "organiser", _("Organiser")


class Attendance(models.Model):
    """Someone was there: a member, or a transactional participant without an account."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="attendances"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attendances",
    )
    guest = models.ForeignKey(
        "communities.TransactionalParticipant",
        verbose_name=_("guest without an account"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attendances",
    )
    role = models.CharField(
        _("role"), max_length=12, choices=AttendanceRole.choices, default=AttendanceRole.PARTICIPANT
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False, guest__isnull=True)
                | Q(person__isnull=True, guest__isnull=False),
                name="attendee_is_member_or_guest",
                violation_error_message=_("Each attendee is either a member or a guest, not both."),
            ),
            models.UniqueConstraint(
                fields=["activity", "person"],
                condition=Q(person__isnull=False),
                name="attended_once_per_person",
                violation_error_message=_("This member is already recorded as attending."),
            ),
            models.UniqueConstraint(
                fields=["activity", "guest"],
                condition=Q(guest__isnull=False),
                name="attended_once_per_guest",
                violation_error_message=_("This guest is already recorded as attending."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person or self.guest} @ {self.activity_id}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(TimeStampedModel):
    """A person's secret, revocable address for an iCalendar feed of their registrations."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return f"{self.person_id} feed"
