"""Ask an expert: whom Trellis suggests to answer a question, and why.

Two kinds of evidence count: expertise people declare on their profile, and answers of theirs
that were accepted on the question's topics (as author or co-author). The question's topics are
those its asker chose and those its words name: a topic whose name's words (in any language,
in any grammatical form) all occur in the question's title or text, so a question without
topics still finds its experts. People from another
country than the asker's and than the question's country context come first, because a view
from elsewhere is what saves a practitioner from "local blindness"; within each group, proven
answers weigh more than declarations.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trellis.accounts.models import ExpertiseTopic, User
from trellis.communities.models import MembershipState, RoleAssignment
from trellis.conversations import permissions
from trellis.conversations.models import ExpertInvitation, Question
from trellis.core.permissions import require
from trellis.core.stemming import content_stems


@dataclass
class ExpertSuggestion:
    person: User
    expertise: list[ExpertiseTopic] = field(default_factory=list)
    accepted_answers: dict[ExpertiseTopic, int] = field(default_factory=dict)
    other_country: bool = False
    invited: bool = False

    @property
    def accepted_total(self) -> int:
        return sum(self.accepted_answers.values())

    @property
    def reasons(self) -> list[str]:
        """Why this person is suggested, in the reader's language."""
        reasons = []
        if self.expertise:
            reasons.append(
                _("expert in %(topics)s")
                % {"topics": ", ".join(str(topic) for topic in self.expertise)}
            )
        for topic, count in self.accepted_answers.items():
            reasons.append(
                ngettext(
                    "%(count)d accepted answer on %(topic)s",
                    "%(count)d accepted answers on %(topic)s",
                    count,
                )
                % {"count": count, "topic": topic}
            )
        return reasons

    def rank(self) -> tuple[bool, int, int, str]:
        return (
            not self.other_country,
            -self.accepted_total,
            -len(self.expertise),
            self.person.full_name.casefold(),
        )


def topics_named_in(text: str) -> list[ExpertiseTopic]:
    """The expertise topics whose name, in one of its languages, has all its words in the text
    (compared by stem, so "бюджетного планирования" names "Бюджетное планирование")."""
    words = content_stems(text)
    if not words:
        return []
    named = []
    for topic in ExpertiseTopic.objects.only("pk", "slug", "name"):
        for name in (topic.name or {}).values():
            stems = content_stems(name or "")
            if stems and stems <= words:
                named.append(topic)
                break
    return named


def _candidates_filter(question: Question) -> Q:
    """People who may see the question, as a query (checked again with the predicate)."""
    community = question.community
    if community is None or not community.is_private:
        return Q()
    leaders = RoleAssignment.objects.current().filter(Q(community=community) | Q(community=None))
    return (
        Q(memberships__community=community, memberships__state=MembershipState.ACTIVE)
        | Q(pk__in=leaders.values("person"))
        | Q(is_superuser=True)
    )


def experts_suggest(*, question: Question, viewer: Any, limit: int = 10) -> list[ExpertSuggestion]:
    """Up to `limit` people who could answer, best first, each with the reasons for it.

    Leaves out the asker, inactive people and whoever may not see the question. Only the
    asker (and moderators) may ask for suggestions.
    """
    require(
        viewer,
        permissions.can_invite_experts(viewer, question),
        reason=permissions.INVITE_EXPERTS_REASON,
    )
    topics = {topic.pk: topic for topic in question.topics.all()}
    for topic in topics_named_in(f"{question.title}\n{question.body}"):
        topics.setdefault(topic.pk, topic)
    if not topics:
        return []
    suggestions: dict[int, ExpertSuggestion] = {}
    people = get_user_model().objects.filter(is_active=True).filter(_candidates_filter(question))
    if question.author_id is not None:
        people = people.exclude(pk=question.author_id)

    declared = (
        people.filter(expertise__in=list(topics))
        .distinct()
        .prefetch_related(
            Prefetch("expertise", queryset=ExpertiseTopic.objects.filter(pk__in=list(topics)))
        )
    )
    for person in declared:
        suggestions[person.pk] = ExpertSuggestion(
            person=person, expertise=list(person.expertise.all())
        )

    counts: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    accepted = Question.objects.filter(
        accepted_answer__isnull=False, hidden=False, topics__in=list(topics)
    ).exclude(pk=question.pk)
    for author_id, topic_id in accepted.values_list("accepted_answer__author", "topics"):
        if author_id is not None:
            counts[author_id][topic_id] += 1
    for coauthor_id, topic_id in accepted.values_list(
        "accepted_answer__coauthors", "topics"
    ).filter(accepted_answer__coauthors__isnull=False):
        counts[coauthor_id][topic_id] += 1
    missing = set(counts) - set(suggestions)
    for person in people.filter(pk__in=missing).distinct():
        suggestions[person.pk] = ExpertSuggestion(person=person)
    for person_id, by_topic in counts.items():
        if person_id in suggestions:
            suggestions[person_id].accepted_answers = {
                topics[topic_id]: count
                for topic_id, count in sorted(by_topic.items(), key=lambda item: -item[1])
            }

    home = {str(question.country_context or "")}
    if question.author is not None:
        home.add(str(question.author.country or ""))
    home.discard("")
    invited = set(
        ExpertInvitation.objects.filter(question=question).values_list("person_id", flat=True)
    )
    for suggestion in suggestions.values():
        country = str(suggestion.person.country or "")
        suggestion.other_country = bool(country) and country not in home
        suggestion.invited = suggestion.person.pk in invited

    chosen: list[ExpertSuggestion] = []
    for suggestion in sorted(suggestions.values(), key=ExpertSuggestion.rank):
        if len(chosen) >= limit:
            break
        # The query above mirrors the predicate; the predicate has the last word.
        if permissions.can_view_conversations(suggestion.person, question.community):
            chosen.append(suggestion)
    return chosen
