"""Each computed indicator against a small world counted by hand.

March 2026 of the network's calendar. The network's zone is set east (Asia/Almaty, UTC+5) and
west (America/New_York, UTC-4 from the 8th) of UTC: an act at 23:30 on
31 March network time belongs to March, one at 00:30 on 1 April to April, whatever UTC says.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.participation.kinds import ContributionKind as Kind
from trellis.participation.models import Contribution
from trellis.value.computations import COMPUTATIONS, Period, computation_get
from trellis.value.scopes import NETWORK, activity_scope, community_scope, country_scope

pytestmark = pytest.mark.django_db

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
ZONES = ["Asia/Almaty", "America/New_York"]


def at(day: date, clock: time, zone: str) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone))


def act(person, kind, community, target_model, target_id, when):
    return Contribution.objects.create(
        person=person,
        kind=kind,
        community=community,
        target_type=ContentType.objects.get_by_natural_key(*target_model),
        target_id=target_id,
        occurred_at=when,
    )


ACTIVITY = ("activities", "activity")
DOCUMENT = ("library", "document")
QUESTION = ("conversations", "question")
ANSWER = ("conversations", "answer")
COMMUNITY = ("communities", "community")


def value(code, scope=NETWORK, period=MARCH):
    return computation_get(code).compute(period, scope)


@pytest.fixture(params=ZONES)
def small_world(request):
    zone = request.param
    with override_settings(TIME_ZONE=zone):
        bcop = CommunityFactory(code="BCOP", slug="bcop")
        tcop = CommunityFactory(code="TCOP", slug="tcop")
        ana = UserFactory(full_name="Ana", country="AL")
        boris = UserFactory(full_name="Boris", country="BY")
        chen = UserFactory(full_name="Chen", country="AL")
        dana = UserFactory(full_name="Dana", country="")
        for person in (ana, boris, chen):
            MembershipFactory(community=bcop, person=person)
        MembershipFactory(community=tcop, person=dana)
        last_evening = at(date(2026, 3, 31), time(23, 30), zone)
        next_night = at(date(2026, 4, 1), time(0, 30), zone)
        first_night = at(date(2026, 3, 1), time(0, 30), zone)
        before = at(date(2026, 2, 28), time(23, 30), zone)
        # Activity 1 (shared by both communities): Ana and Boris attend, Boris also speaks.
        for community in (bcop, tcop):
            act(ana, Kind.ACTIVITY_ATTENDED, community, ACTIVITY, 1, first_night)
            act(boris, Kind.ACTIVITY_ATTENDED, community, ACTIVITY, 1, first_night)
            act(boris, Kind.ACTIVITY_SPOKE, community, ACTIVITY, 1, first_night)
        # Activity 2 (BCOP) on the last evening: Chen. Activity 3 is in April, 4 in February.
        act(chen, Kind.ACTIVITY_ATTENDED, bcop, ACTIVITY, 2, last_evening)
        act(ana, Kind.ACTIVITY_ATTENDED, bcop, ACTIVITY, 3, next_night)
        act(dana, Kind.ACTIVITY_ATTENDED, tcop, ACTIVITY, 4, before)
        # Joining: Chen joins BCOP (new), Dana rejoins TCOP (not new), Ana joined in February.
        act(chen, Kind.COMMUNITY_JOINED, bcop, COMMUNITY, bcop.pk, first_night)
        act(dana, Kind.COMMUNITY_REJOINED, tcop, COMMUNITY, tcop.pk, first_night)
        act(ana, Kind.COMMUNITY_JOINED, bcop, COMMUNITY, bcop.pk, before)
        # Dana only downloads in March: not taking part. She downloads BCOP's document 7 twice
        # (outside her community) and Ana downloads it once (inside).
        act(dana, Kind.DOCUMENT_DOWNLOADED, bcop, DOCUMENT, 7, first_night)
        act(dana, Kind.DOCUMENT_DOWNLOADED, bcop, DOCUMENT, 7, last_evening)
        act(ana, Kind.DOCUMENT_DOWNLOADED, bcop, DOCUMENT, 7, last_evening)
        act(ana, Kind.DOCUMENT_DOWNLOADED, bcop, DOCUMENT, 7, next_night)
        # Document 7 published by Ana and Chen (two acts, one document); 8 in April.
        act(ana, Kind.DOCUMENT_PUBLISHED, bcop, DOCUMENT, 7, first_night)
        act(chen, Kind.DOCUMENT_PUBLISHED, bcop, DOCUMENT, 7, first_night)
        act(chen, Kind.DOCUMENT_PUBLISHED, bcop, DOCUMENT, 8, next_night)
        # Questions in BCOP: q1 by Ana answered by Boris after 71 hours, q2 by Chen answered by
        # Ana after 73 hours, q3 by Boris unanswered but for his own answer.
        q1 = QuestionFactory(community=bcop, author=ana)
        q2 = QuestionFactory(community=bcop, author=chen)
        q3 = QuestionFactory(community=bcop, author=boris)
        asked = at(date(2026, 3, 10), time(9), zone)
        for question, answered in ((q1, 71), (q2, 73), (q3, 1)):
            question.created_at = asked
            question.save(update_fields=["created_at"])
            author = {q1: boris, q2: ana, q3: boris}[question]
            answer = AnswerFactory(question=question, author=author)
            answer.created_at = asked + timedelta(hours=answered)
            answer.save(update_fields=["created_at"])
            act(question.author, Kind.QUESTION_ASKED, bcop, QUESTION, question.pk, asked)
            act(author, Kind.ANSWER_POSTED, bcop, ANSWER, answer.pk, answer.created_at)
        # Ana and Boris (AL, BY) first interacted in March: a new tie across countries. Ana and
        # Chen (both AL) too, but not across countries.
        yield {"bcop": bcop, "tcop": tcop, "ana": ana, "zone": zone}


def test_every_computation_has_a_definition():
    assert len(COMPUTATIONS) >= 12
    for computation in COMPUTATIONS.values():
        assert len(str(computation.definition)) > 40


def test_activities_and_attendance(small_world):
    bcop, tcop = small_world["bcop"], small_world["tcop"]
    assert value("activities-held") == 2  # 1 and 2; 3 is April's, 4 February's
    assert value("attendance") == 3  # Ana and Boris at 1 (Boris once), Chen at 2
    assert value("attendance-per-activity") == Decimal("1.50")
    assert value("activities-held", community_scope(tcop.pk)) == 1
    assert value("attendance", activity_scope(1)) == 2
    assert value("attendance-per-activity", community_scope(bcop.pk)) == Decimal("1.50")
    assert value("attendance", country_scope("AL")) == 2  # Ana and Chen


def test_members_newcomers_and_countries(small_world):
    bcop = small_world["bcop"]
    # Ana, Boris, Chen took part; Dana only downloaded and rejoined.
    assert value("active-members") == 3
    assert value("newcomers") == 1  # Chen; Dana rejoined, Ana joined in February
    assert value("countries-taking-part") == 2  # AL and BY
    assert value("active-members", community_scope(bcop.pk)) == 3
    assert value("active-members", country_scope("BY")) == 1


def test_conversations(small_world):
    bcop, tcop = small_world["bcop"], small_world["tcop"]
    assert value("questions-asked") == 3
    assert value("answers-given") == 3
    assert value("replies-posted") == 0
    # q1 within 72 hours; q2 after 73; q3 only by its asker.
    assert value("questions-answered-72h") == Decimal("33.33")
    assert value("questions-answered-72h", community_scope(tcop.pk)) is None
    assert value("questions-answered-72h", country_scope("AL")) == Decimal("50.00")
    assert value("new-ties-across-countries") == 1
    assert value("new-ties-across-countries", community_scope(bcop.pk)) == 1
    assert value("new-ties-across-countries", country_scope("BY")) == 1
    april = Period(date(2026, 4, 1), date(2026, 4, 30))
    assert value("new-ties-across-countries", period=april) == 0


def test_library(small_world):
    bcop = small_world["bcop"]
    assert value("documents-published") == 1
    assert value("document-downloads") == 3  # April's download left out
    assert value("document-reuse-outside") == 1  # Dana and document 7, once
    assert value("document-reuse-outside", community_scope(bcop.pk)) == 1


def test_followup_share_is_undefined_until_surveys_exist(small_world):
    assert value("followup-application-share") is None
    assert "Undefined until evaluation surveys" in str(
        computation_get("followup-application-share").definition
    )


def test_april_starts_at_midnight_of_the_network(small_world):
    april = Period(date(2026, 4, 1), date(2026, 4, 30))
    with override_settings(TIME_ZONE=small_world["zone"]):
        assert value("activities-held", period=april) == 1
        assert value("documents-published", period=april) == 1
