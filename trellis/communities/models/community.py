"""The network and its communities: domain, stage, visibility, value proposition, sponsors."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trellis.core.models import TimeStampedModel
from trellis.core.translated import TranslatedField, translated


class ValueFramework(models.TextChoices):
    """Which value-creation framework the network reads its value through (`trellis.value`)."""

    WENGER_2011 = "2011", _("Value-creation framework (2011): five cycles")
    WENGER_2020 = "2020", _("Value-creation framework (2020): eight cycles")


class Network(TimeStampedModel):
    """The one network this installation serves."""

    name = TranslatedField(_("name"), max_length=200)
    description = TranslatedField(_("description"), multiline=True, blank=True)
    working_languages = models.JSONField(
        _("working languages"), default=list, help_text=_("ISO 639-1 codes.")
    )
    value_framework = models.CharField(
        _("value-creation framework"),
        max_length=4,
        choices=ValueFramework.choices,
        default=ValueFramework.WENGER_2011,
        # Also the database's default, so that rows written without the field (by an older
        # migration's historical model, say) take it too.
        db_default=ValueFramework.WENGER_2011,
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

    def value_answers(self) -> list[tuple[str, dict[str, str]]]:
        """(question, answer as {language: text}) for every answered question, in order."""
        answers = []
        for question in ValueQuestion:
            answer = self.value_proposition.get(question.value)
            if translated(answer):
                answers.append((str(question.label), answer))
        return answers


class CommunityStats(models.Model):
    """Counts about a community, kept by the services that change what they count (see
    `member_count_refresh`), so that lists show them without counting on every page.

    A row of its own rather than columns of the community, so that saving a community loaded
    a moment ago cannot write back a count that has changed since.
    """

    community = models.OneToOneField(
        Community, primary_key=True, on_delete=models.CASCADE, related_name="stats"
    )
    members = models.PositiveIntegerField(_("active members"), default=0)

    class Meta:
        verbose_name = _("community counts")
        verbose_name_plural = _("community counts")

    def __str__(self) -> str:
        return f"{self.community_id}: {self.members}"


class StageChange(models.Model):
    """The history of a community's development stage."""

    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="stage_changes",
    )
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices)
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = TranslatedField(_("note"), multiline=True, blank=True, max_length=2000)

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

    community = models.ForeignKey(
        Community,
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="stakeholders",
    )
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
