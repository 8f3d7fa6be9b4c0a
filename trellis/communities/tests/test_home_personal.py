"""A signed-in person's home is their own page; a visitor's is the network's public page."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from trellis.accounts.tests.factories import ExpertiseTopicFactory, UserFactory
from trellis.activities.models import ActivityStatus, Registration, RegistrationAnswer
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.communities.models import CommunityVisit, Invitation, MembershipState
from trellis.communities.tests.factories import CommunityFactory, MembershipFactory
from trellis.conversations.models import ExpertInvitation, Flag
from trellis.conversations.tests.factories import (
    DiscussionFactory,
    PeerAssistFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db


def home_of(client, person) -> str:
    client.force_login(person)
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, block_id: str) -> str:
    """The HTML of one block of the page, by its id."""
    start = html.index(f'id="{block_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def card(block: str, name: str) -> str:
    """One community's card in "My communities"."""
    start = block.index(f">{name}<")
    end = block.find('<li class="card">', start)
    return block[start : end if end >= 0 else None]


@pytest.fixture
def scene(world):
    """What needs the member and the convener, and news in the public community since the
    member's last visit there a day ago."""
    now = timezone.now()
    CommunityVisit.objects.create(
        person=world.member, community=world.public, visited_at=now - timedelta(days=1)
    )
    other = UserFactory(full_name="Olga Other")
    MembershipFactory(community=world.public, person=other)  # a new member since the visit
    webinar = ActivityFactory(
        communities=[world.public],
        title={"en": "Cash forecasting webinar", "ru": "Вебинар о прогнозах"},
        mode="online",
        online_url="https://meet.example.org/cash",
        starts_at=now + timedelta(days=3),
    )
    Registration.objects.create(
        activity=webinar, person=world.member, answer=RegistrationAnswer.YES
    )
    ActivityFactory(
        communities=[world.private],
        title={"en": "Private planning call", "ru": "Закрытый созвон"},
        mode="online",
        online_url="https://meet.example.org/private",
        starts_at=now + timedelta(days=5),
    )
    topic = ExpertiseTopicFactory(slug="treasury")
    world.member.expertise.add(topic)
    expert_question = QuestionFactory(
        community=world.public, author=other, title="How do you pool treasury accounts?"
    )
    expert_question.topics.add(topic)
    invited = QuestionFactory(community=world.public, author=other, title="Who audits IT systems?")
    ExpertInvitation.objects.create(question=invited, person=world.member, invited_by=other)
    DiscussionFactory(community=world.public, author=other, title="Spending reviews this year")
    AgendaItemFactory(
        community=world.public, proposer=world.convener, title="Linking budgets to results"
    )
    third = CommunityFactory(code="AUD", name={"en": "Internal audit", "ru": "Внутренний аудит"})
    Invitation.objects.create(
        community=third, email=world.member.email, expires_at=now + timedelta(days=7)
    )
    PeerAssistFactory(community=world.public, requester=other, title="Introducing a single account")
    # For the convener: a request to join, a held activity with no attendance, a flagged post.
    MembershipFactory(community=world.public, person=UserFactory(), state=MembershipState.PENDING)
    ActivityFactory(
        communities=[world.public],
        title={"en": "Spring plenary", "ru": "Весенний пленум"},
        status=ActivityStatus.HELD,
        starts_at=now - timedelta(days=10),
    )
    Flag.objects.create(
        target_type=ContentType.objects.get_for_model(invited),
        target_id=invited.pk,
        community=world.public,
        flagged_by=other,
        reason="Off topic",
    )
    return world


def test_a_visitor_keeps_the_public_home_page(client, scene):
    html = client.get("/").content.decode()
    assert "Join the network" in html
    assert "Communities of practice" in html
    assert "My next activities" not in html


def test_the_member_sees_their_next_activities_with_the_link_where_registered(client, scene):
    block = section(home_of(client, scene.member), "my-next-activities")
    assert "Cash forecasting webinar" in block
    assert "You are registered" in block
    assert "https://meet.example.org/cash" in block
    # An activity of their community they did not register for: listed, without its link.
    assert "Private planning call" in block
    assert "https://meet.example.org/private" not in block
    assert block.index("Cash forecasting webinar") < block.index("Private planning call")
    # Held activities are past, not next.
    assert "Spring plenary" not in block


def test_the_member_sees_what_needs_them(client, scene):
    block = section(home_of(client, scene.member), "what-needs-me")
    assert "You are asked to answer" in block and "Who audits IT systems?" in block
    assert "In your expertise" in block and "How do you pool treasury accounts?" in block
    assert "Open for your vote" in block and "Linking budgets to results" in block
    assert "Invitation" in block and "Internal audit" in block
    assert "Asks for peers" in block and "Introducing a single account" in block


def test_what_needs_the_member_goes_once_done(client, scene):
    from trellis.communities.models import AgendaItem, AgendaVote
    from trellis.conversations.tests.factories import AnswerFactory

    AgendaVote.objects.create(item=AgendaItem.objects.get(), person=scene.member)
    for question in scene.public.questions.all():
        AnswerFactory(question=question, author=scene.convener)
        question.first_answered_at = timezone.now()
        question.save(update_fields=["first_answered_at"])
    block = section(home_of(client, scene.member), "what-needs-me")
    assert "Linking budgets to results" not in block
    assert "Who audits IT systems?" not in block
    assert "How do you pool treasury accounts?" not in block


def test_the_member_sees_what_is_new_in_each_community_since_their_last_visit(client, scene):
    block = section(home_of(client, scene.member), "my-communities")
    public, private = card(block, "Community PUB"), card(block, "Community PRIV")
    # The most news first.
    assert block.index(">Community PUB<") < block.index(">Community PRIV<")
    assert "Since your last visit on" in public
    assert "2 new questions" in public
    assert "1 new discussion" in public
    # Olga, and the convener who joined after the member's visit; the webinar and the plenary.
    assert "2 new members" in public
    assert "2 new activities" in public
    # Never opened since joining: news counts from the joining (the convener joined after).
    assert "Since you joined on" in private
    assert "1 new member" in private
    assert "1 new activity" in private
    assert "new question" not in private


def test_opening_a_community_page_makes_its_news_old_even_on_a_remembered_home(client, scene):
    html = home_of(client, scene.member)
    assert "2 new questions" in html
    assert client.get(f"/communities/{scene.public.slug}/").status_code == 200
    html = client.get("/").content.decode()
    public = card(section(html, "my-communities"), "Community PUB")
    assert "Nothing new." in public
    assert "new question" not in public
    # The visit is written once a minute at most, and only for members.
    assert client.get(f"/communities/{scene.public.slug}/").status_code == 200
    assert CommunityVisit.objects.filter(person=scene.member).count() == 1
    client.force_login(scene.outsider)
    client.get(f"/communities/{scene.public.slug}/")
    assert not CommunityVisit.objects.filter(person=scene.outsider).exists()


def test_a_member_sees_no_conveners_block(client, scene):
    assert 'id="waiting-for-conveners"' not in home_of(client, scene.member)


def test_the_convener_sees_what_waits_for_them(client, scene):
    html = home_of(client, scene.convener)
    block = section(html, "waiting-for-conveners")
    assert "1 person asks to join" in block
    assert "Attendance to record" in block and "Spring plenary" in block
    assert "1 post waits for a moderator" in block
    assert "Community PUB" in block


def test_a_network_admin_sees_what_waits_in_every_community(client, scene):
    block = section(home_of(client, scene.admin), "waiting-for-conveners")
    assert "1 person asks to join" in block
    assert "Spring plenary" in block
    assert "1 post waits for a moderator" in block


def test_a_newcomer_sees_each_block_say_what_to_do_next(client, world):
    html = home_of(client, UserFactory(full_name="New Comer"))
    assert "Welcome, New Comer" in html
    assert "No activity is coming up in your communities" in section(html, "my-next-activities")
    assert 'href="/activities/"' in section(html, "my-next-activities")
    assert "Nothing waits for you right now." in section(html, "what-needs-me")
    assert 'href="/questions/unanswered/"' in section(html, "what-needs-me")
    assert "You are not a member of any community yet." in section(html, "my-communities")
    assert 'href="/communities/"' in section(html, "my-communities")
    assert 'id="waiting-for-conveners"' not in html


def test_a_convener_with_nothing_waiting_is_told_so(client, world):
    block = section(home_of(client, world.convener), "waiting-for-conveners")
    assert "No requests to join, attendance to record or flagged posts wait for you." in block
    assert 'href="/activities/new/"' in block


def test_the_home_speaks_russian(client, scene):
    scene.member.preferred_language = "ru"
    scene.member.save(update_fields=["preferred_language"])
    client.force_login(scene.member)
    html = client.get("/", headers={"accept-language": "ru"}).content.decode()
    assert "Мои ближайшие мероприятия" in html
    assert "2 новых вопроса" in html


def test_a_long_standing_member_who_never_visited_sees_the_last_month(client, scene):
    from trellis.communities.models import Membership

    Membership.objects.filter(person=scene.member, community=scene.private).update(
        joined_at=timezone.now() - timedelta(days=400)
    )
    DiscussionFactory(community=scene.private, title="An old debate")
    from trellis.conversations.models import Discussion

    Discussion.objects.filter(title="An old debate").update(
        created_at=timezone.now() - timedelta(days=45)
    )
    block = section(home_of(client, scene.member), "my-communities")
    private = card(block, "Community PRIV")
    assert "In the last 30 days" in private
    assert "new discussion" not in private
    assert "1 new member" in private
