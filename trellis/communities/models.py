"""The network, its communities, membership with its history, invitations, roles."""

import secrets
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from trellis.core.models import TimeStampedModel
from trellis.core.network_time import network_today
from trellis.core.translated import TranslatedField, translated


class Network(TimeStampedModel):
    """The one network this installation serves."""

    name = TranslatedField(_("name"), max_length=200)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    working_languages = models.JSONField(
        _("working languages"), default=list, help_text=_("ISO 639-1 codes.")
    )

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self) -> str:
        return translated(self.name)


class DomainType(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    TECHNICAL = "technical", _("Technical")
    ISSUE_DRIVEN = "issue", _("Issue-driven")


class Stage(models.TextChoices):
    POTENTIAL = "potential", _("Potential")
    COALESCING = "coalescing", _("Coalescing")
    MATURING = "maturing", _("Maturing")
    STEWARDSHIP = "stewardship", _("Stewardship")
    TRANSFORMATION = "transformation", _("Transformation")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see the community and ask to join")
    PRIVATE = "private", _("Private: only members see it; people join by invitation")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Anyone signed in can join")
    APPROVAL = "approval", _("Conveners approve each request")


class ValueQuestion(models.TextChoices):
    """A potential member's questions, which the community's landing page answers."""

    WHY_CARE = "why_care", _("Why should I care?")
    HELP_ME = "help_me", _("How will taking part help me?")
    HELP_INSTITUTION = "help_institution", _("How will it help my institution?")
    HELP_COUNTRY = "help_country", _("How will it help my country?")
    CONNECTIONS = "connections", _("What connections will I make?")
    TOGETHER = "together", _("What will we do together?")
    CAPABILITY = "capability", _("What capability does the community build?")
    HOW_IT_WORKS = "how_it_works", _("How does it work?")
    CONTRIBUTE = "contribute", _("What can I contribute?")
    ROLE = "role", _("What role could I take?")


class Community(TimeStampedModel):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.PROTECT, related_name="communities"
    )
    code = models.CharField(
        _("short code"), max_length=12, unique=True, help_text=_("For example BCOP.")
    )
    slug = models.SlugField(_("address"), max_length=40, unique=True)
    name = TranslatedField(_("name"), max_length=200)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    domain_statement = TranslatedField(
        _("domain"),
        multiline=True,
        blank=True,
        help_text=_("What the community is about: the shared problems and questions."),
    )
    domain_type = models.CharField(
        _("kind of domain"),
        max_length=16,
        choices=DomainType.choices,
        default=DomainType.PROFESSIONAL,
    )
    stage = models.CharField(
        _("development stage"), max_length=16, choices=Stage.choices, default=Stage.POTENTIAL
    )
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    join_policy = models.CharField(
        _("joining"), max_length=8, choices=JoinPolicy.choices, default=JoinPolicy.APPROVAL
    )
    value_proposition = models.JSONField(
        _("value proposition"),
        default=dict,
        blank=True,
        help_text=_("Answers to a potential member's questions, by question and language."),
    )

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        ordering = ["code"]

    def __str__(self) -> str:
        return translated(self.name) or self.code

    @property
    def is_private(self) -> bool:
        return self.visibility == Visibility.PRIVATE

    def value_answers(self) -> list[tuple[str, str]]:
        """(question, answer in the viewer's language) for every answered question, in order."""
        answers = []
        for question in ValueQuestion:
            answer = translated(self.value_proposition.get(question.value))
            if answer:
                answers.append((str(question.label), answer))
        return answers


class StageChange(models.Model):
    """The history of a community's development stage."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["-changed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.community} → {self.stage}"


class StakeholderKind(models.TextChoices):
    SPONSOR = "sponsor", _("Sponsor")
    STAKEHOLDER = "stakeholder", _("Stakeholder")


class Stakeholder(models.Model):
    """An organisation (or person) the community negotiates its needs with."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="stakeholders")
    kind = models.CharField(_("kind"), max_length=12, choices=StakeholderKind.choices)
    name = models.CharField(_("name"), max_length=200)
    interest = TranslatedField(_("interest"), multiline=True, blank=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("contact person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("sponsor or stakeholder")
        verbose_name_plural = _("sponsors and stakeholders")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


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
                fields=["community", "person"], name="one_membership_per_person"
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

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="events")
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
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(_("personal message"), blank=True, max_length=2000)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
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
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("transactional participant")
        verbose_name_plural = _("transactional participants")
        ordering = ["full_name"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.full_name


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
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
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
            )
        ]
        indexes = [models.Index(fields=["person", "community"])]

    def __str__(self) -> str:
        return f"{self.person} — {self.role}"


class AuditEntry(models.Model):
    """What leaders changed: who changed what in a community, and when."""

    community = models.ForeignKey(
        Community, on_delete=models.CASCADE, related_name="audit_entries", null=True, blank=True
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=64)
    summary = models.CharField(_("summary"), max_length=500)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        ordering = ["-occurred_at", "-id"]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d} {self.action}"


class AgendaStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PRIORITISED = "prioritised", _("Prioritised")
    ACTIVE = "active", pgettext_lazy("learning agenda item status", "Active")
    ADDRESSED = "addressed", _("Addressed")
    REVISITED = "revisited", _("Revisited")


class AgendaPriority(models.IntegerChoices):
    HIGH = 1, _("High")
    MEDIUM = 2, _("Medium")
    LOW = 3, _("Low")


class AgendaItem(TimeStampedModel):
    """A question or issue on a community's learning agenda.

    Activities that address an item link to it (Activity.agenda_items, reverse name
    `activities`), so the agenda shows what was done about each item and what it produced.
    """

    community = models.ForeignKey(
        Community, verbose_name=_("community"), on_delete=models.CASCADE, related_name="agenda"
    )
    title = models.CharField(_("question or issue"), max_length=300)
    description = models.TextField(_("description"), blank=True, max_length=10000)
    language = models.CharField(
        _("written in"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="agenda_proposals",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agenda setter in charge"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items_owned",
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=AgendaPriority.choices, null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AgendaStatus.choices, default=AgendaStatus.PROPOSED
    )
    target_start = models.DateField(_("target period from"), null=True, blank=True)
    target_end = models.DateField(_("target period until"), null=True, blank=True)

    class Meta:
        verbose_name = _("learning agenda item")
        verbose_name_plural = _("learning agenda items")
        ordering = ["priority", "-created_at"]
        indexes = [models.Index(fields=["community", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_end__isnull=True)
                | Q(target_start__isnull=True)
                | Q(target_end__gte=models.F("target_start")),
                name="agenda_target_period_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.title


class AgendaStatusChange(models.Model):
    """The history of an agenda item's status."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=12, choices=AgendaStatus.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("agenda status change")
        verbose_name_plural = _("agenda status changes")
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.item_id} → {self.status}"


class AgendaVote(models.Model):
    """One member's support for an agenda item; retractable."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="votes")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agenda_votes"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("agenda vote")
        verbose_name_plural = _("agenda votes")
        constraints = [
            models.UniqueConstraint(fields=["item", "person"], name="one_vote_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.item_id}"
