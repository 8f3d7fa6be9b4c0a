"""Mentions: the token, who is notified, what is credited, and the search behind "@"."""

import pytest
from django.urls import reverse

from trellis.accounts.models import ProfileVisibility
from trellis.accounts.tests.factories import UserFactory
from trellis.communities.tests.factories import MembershipFactory
from trellis.conversations.mentions import MENTIONS_PER_POST, mention_ids, mention_token
from trellis.conversations.services.writing import mentions_record, post_edit
from trellis.conversations.tests.factories import AnswerFactory, QuestionFactory
from trellis.notifications.models import Notification, NotificationKind
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

pytestmark = pytest.mark.django_db


def token(person):
    return mention_token(person)


def test_mention_ids_in_order_once_each_and_not_in_code():
    text = (
        "Hi @[Анна Петрова](12), @[John](3) and @[Анна Петрова](12). `@[Code](4)`"
        "\n\n    @[Block](5)"
    )
    assert mention_ids(text) == [12, 3]


def test_mention_ids_ignore_malformed_tokens():
    assert mention_ids("@[Name](abc) @[Name](0) @[](3) @[a\nb](4) @Name [Name](5) @[x](-1)") == []


def test_mention_ids_are_capped():
    text = " ".join(f"@[P{n}]({n})" for n in range(1, MENTIONS_PER_POST + 10))
    assert len(mention_ids(text)) == MENTIONS_PER_POST


def test_token_keeps_the_name_and_removes_what_would_break_it():
    person = UserFactory(full_name="Ольга [Olga]\nIvanova")
    assert mention_token(person) == f"@[Ольга Olga Ivanova]({person.pk})"
    assert mention_ids(mention_token(person)) == [person.pk]


def mentions_of(person):
    return Notification.objects.filter(recipient=person, kind=NotificationKind.MENTIONED)


def credits_of(person):
    return Contribution.objects.filter(person=person, kind=ContributionKind.MENTIONED_SOMEONE)


def test_mentioned_people_are_notified_and_the_author_credited(world):
    other = UserFactory(full_name="Иван Иванов")
    MembershipFactory(community=world.public, person=other)
    answer = AnswerFactory(question__community=world.public, author=world.member)
    text = (
        f"Ask {token(world.convener)} or {token(other)}, again {token(other)}; "
        f"me: {token(world.member)}"
    )
    people = mentions_record(actor=world.member, post=answer, text=text, community=world.public)
    assert people == [world.convener, other]
    notice = mentions_of(other).get()
    assert notice.actor == world.member and notice.target == answer
    assert notice.community == world.public
    assert mentions_of(world.convener).count() == 1
    assert not mentions_of(world.member).exists()
    credits = credits_of(world.member)
    assert credits.count() == 2
    assert {credit.target for credit in credits} == {answer}
    assert {credit.details["person"] for credit in credits} == {world.convener.pk, other.pk}


def test_nobody_outside_a_private_community_is_notified(world):
    question = QuestionFactory(community=world.private, author=world.member)
    text = f"{token(world.outsider)} {token(world.sponsor)} {token(world.convener)}"
    people = mentions_record(actor=world.member, post=question, text=text, community=world.private)
    assert people == [world.convener]
    assert not mentions_of(world.outsider).exists()
    assert not mentions_of(world.sponsor).exists()
    assert credits_of(world.member).count() == 1


def test_inactive_people_and_unknown_ids_are_ignored(world):
    gone = UserFactory(is_active=False)
    question = QuestionFactory(community=world.public, author=world.member)
    text = f"{token(gone)} @[Nobody](999999)"
    assert (
        mentions_record(actor=world.member, post=question, text=text, community=world.public) == []
    )
    assert not credits_of(world.member).exists()


def test_people_hidden_from_the_author_are_not_mentioned(world):
    recluse = UserFactory(profile_visibility=ProfileVisibility.COMMUNITIES)
    question = QuestionFactory(community=None, author=world.outsider)
    people = mentions_record(
        actor=world.outsider, post=question, text=token(recluse), community=None
    )
    assert people == []


def test_a_person_is_notified_once_per_post_even_across_edits(world):
    answer = AnswerFactory(question__community=world.public, author=world.member, body="x")
    first = f"Thanks {token(world.convener)}"
    mentions_record(actor=world.member, post=answer, text=first, community=world.public)
    post_edit(actor=world.member, post=answer, body=first + " (edited)", community=world.public)
    assert mentions_of(world.convener).count() == 1
    newcomer = UserFactory()
    MembershipFactory(community=world.public, person=newcomer)
    post_edit(
        actor=world.member,
        post=answer,
        body=f"{first} and {token(newcomer)}",
        community=world.public,
    )
    assert mentions_of(world.convener).count() == 1
    assert mentions_of(newcomer).count() == 1
    assert credits_of(world.member).count() == 2


# The search behind "@"


def search(client, query, **params):
    return client.get(
        reverse("conversations:mention_search"), {"q": query, **params}, HTTP_HX_REQUEST="true"
    )


def test_search_offers_matching_people_as_buttons_inserting_the_token(client, world):
    anna = UserFactory(full_name="Анна Петрова", full_name_latin="Anna Petrova")
    client.force_login(world.member)
    for query in ("Анна", "petrova"):
        html = search(client, query).content.decode()
        assert f'data-mention-token="@[Анна Петрова]({anna.pk})"' in html
        assert '<button type="button"' in html
        assert "<html" not in html


def test_search_leaves_out_the_author_and_people_who_cannot_read_the_community(client, world):
    client.force_login(world.member)
    html = search(client, "Person", community=world.private.slug).content.decode()
    assert "Convener Person" in html
    assert "Outsider Person" not in html
    assert "Sponsor Person" not in html
    assert "Member Person" not in html
    html = search(client, "Person", community=world.public.slug).content.decode()
    assert "Outsider Person" in html


def test_search_needs_login_and_a_query(client, world):
    response = search(client, "Person")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(world.member)
    assert "<button" not in search(client, "").content.decode()
