"""A network of any size on top of the demo, for benchmarks: `manage.py demo --members N`.

The demo network stays as it is; the generator adds N members in the demo's public
communities and in new ones (30 communities in all, some private), with three years of
activities, registrations and attendance, learning agendas, questions, answers and
discussions, conveners and the contribution log, in the proportions of `size.py`. Like the
demo it writes rows in bulk with their historical times, and it draws everything from one
seeded random generator and the demo's anchor, so the same N, seed and anchor always give
the same network.
"""

import random
from dataclasses import dataclass
from datetime import date

from django.db import connection, transaction

from trellis.activities.models import Activity, Attendance, Registration
from trellis.communities.models import AgendaItem, AgendaVote, Community, Membership, RoleAssignment
from trellis.communities.services import member_count_refresh
from trellis.conversations.models import Answer, Discussion, HelpfulMark, Question, Reply
from trellis.demo.history import historical_timestamps
from trellis.demo.scale.activities import activities_create, agenda_create
from trellis.demo.scale.conversations import discussions_create, questions_create
from trellis.demo.scale.log import StreamedContributionLog
from trellis.demo.scale.network import network_create
from trellis.demo.scale.size import scale_size
from trellis.demo.scale.texts import texts_load

SEED = 20261201


@dataclass(frozen=True)
class ScaleSummary:
    people: int
    communities: int
    memberships: int
    role_assignments: int
    agenda_items: int
    activities: int
    registrations: int
    attendances: int
    questions: int
    answers: int
    discussions: int
    replies: int
    contributions: int

    @property
    def posts(self) -> int:
        return self.questions + self.answers + self.discussions + self.replies


@transaction.atomic
def scale_load(*, members: int, anchor: date, seed: int = SEED) -> ScaleSummary:
    """Add a network of `members` generated people to the demo already loaded; `anchor` is
    the demo's "today" (activities before it are held, after it upcoming)."""
    size = scale_size(members)
    rng = random.Random(f"{seed}/{members}")  # noqa: S311 (demo data, not secrets)
    texts = texts_load()
    log = StreamedContributionLog({})
    with historical_timestamps(
        Community,
        Membership,
        RoleAssignment,
        AgendaItem,
        AgendaVote,
        Activity,
        Registration,
        Attendance,
        Question,
        Answer,
        HelpfulMark,
        Discussion,
        Reply,
    ):
        network = network_create(rng, size, anchor, log)
        agenda = agenda_create(rng, size, anchor, texts, network, log)
        activities, registrations, attendances = activities_create(
            rng, size, anchor, texts, network, agenda, log
        )
        questions, answers = questions_create(rng, size, anchor, texts, network, log)
        discussions, replies = discussions_create(rng, size, anchor, texts, network, log)
    log.flush()
    member_count_refresh()
    # Statistics for the query planners: a million rows arrived in minutes, before any
    # autovacuum (PostgreSQL) or `PRAGMA optimize` (SQLite) could see them.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return ScaleSummary(
        people=network.people,
        communities=Community.objects.count(),
        memberships=network.memberships,
        role_assignments=network.roles,
        agenda_items=sum(len(items) for items in agenda.values()),
        activities=activities,
        registrations=registrations,
        attendances=attendances,
        questions=questions,
        answers=answers,
        discussions=discussions,
        replies=replies,
        contributions=log.written,
    )
