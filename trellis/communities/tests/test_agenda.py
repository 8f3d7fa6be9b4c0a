"""The learning agenda as people use it: proposing, voting, prioritising, the timeline."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from trellis.accounts.tests.factories import UserFactory
from trellis.activities.tests.factories import ActivityFactory, AgendaItemFactory
from trellis.communities import services
from trellis.communities.models import (
    AgendaItem,
    AgendaStatus,
    AgendaStatusChange,
    AgendaVote,
    AuditEntry,
    Role,
)
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory
from trellis.participation.models import Contribution, ContributionKind

pytestmark = pytest.mark.django_db


def agenda_url(community):
    return reverse("communities:agenda", args=[community.slug])


def item_url(item, suffix=""):
    name = f"communities:agenda_item_{suffix}" if suffix else "communities:agenda_item"
    return reverse(name, args=[item.community.slug, item.pk])


def vote_url(item):
    return reverse("communities:agenda_vote", args=[item.community.slug, item.pk])


def agenda_setter_of(community):
    person = UserFactory(full_name="Agenda Setter")
    MembershipFactory(community=community, person=person)
    RoleAssignmentFactory(
        community=community, person=person, role=Role.objects.get(code="agenda_setter")
    )
    return person


def proposed_item(world, **fields):
    return services.agenda_item_propose(
        person=world.member,
        community=fields.pop("community", world.public),
        title=fields.pop("title", "How do we link budgets to results?"),
        language="en",
        **fields,
    )


# Proposing


def test_member_proposes_an_item_which_starts_proposed_with_history_and_contribution(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {
            "title": "  How do we cost medium-term programmes?  ",
            "description": "We keep *guessing*.",
            "language": "en",
            "target_start": "2026-01-01",
            "target_end": "2026-06-30",
        },
    )
    item = AgendaItem.objects.get(community=world.public)
    assert response.status_code == 302
    assert response["Location"] == item_url(item)
    assert item.title == "How do we cost medium-term programmes?"
    assert item.status == AgendaStatus.PROPOSED
    assert item.proposer == world.member
    assert item.priority is None
    assert list(item.status_changes.values_list("status", "changed_by")) == [
        ("proposed", world.member.pk)
    ]
    assert Contribution.objects.filter(
        person=world.member,
        kind=ContributionKind.AGENDA_PROPOSED,
        community=world.public,
        target_id=item.pk,
    ).exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "How do we cost medium-term programmes?" in page
    assert "<em>guessing</em>" in page


def test_a_bad_proposal_shows_clear_messages_and_keeps_what_was_typed(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {
            "title": "",
            "description": "A long thought I do not want to lose",
            "language": "en",
            "target_start": "2026-06-30",
            "target_end": "2026-01-01",
        },
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in content
    assert "The end of the target period must not be before its start." in content
    assert "A long thought I do not want to lose" in content
    assert not AgendaItem.objects.exists()


def test_a_proposal_in_an_unknown_language_or_a_nonsense_date_is_refused_not_a_500(client, world):
    client.force_login(world.member)
    response = client.post(
        reverse("communities:agenda_propose", args=[world.public.slug]),
        {"title": "Kept", "language": "xx", "target_start": "not a date"},
    )
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
    assert 'value="Kept"' in response.content.decode()
    assert not AgendaItem.objects.exists()


def test_outsiders_cannot_propose_and_visitors_are_asked_to_log_in(client, world):
    url = reverse("communities:agenda_propose", args=[world.public.slug])
    assert "/accounts/login/" in client.post(url, {"title": "x", "language": "en"})["Location"]
    client.force_login(world.outsider)
    assert client.post(url, {"title": "x", "language": "en"}).status_code == 403
    assert not AgendaItem.objects.exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "Propose a question or issue" not in page


def test_the_community_navigation_links_to_the_agenda(client, world):
    page = client.get(reverse("communities:detail", args=[world.public.slug])).content.decode()
    assert agenda_url(world.public) in page
    assert "Learning agenda" in page


# Voting


def test_member_votes_once_and_withdraws_the_vote_and_its_contribution(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    first = client.post(vote_url(item), {"next": agenda_url(world.public)})
    second = client.post(vote_url(item))
    assert first.status_code == 302 and first["Location"] == agenda_url(world.public)
    assert second.status_code == 302 and second["Location"] == item_url(item)
    assert AgendaVote.objects.filter(item=item).count() == 1
    votes = Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED, target_id=item.pk)
    assert votes.count() == 1
    assert votes.get().community == world.public

    client.post(vote_url(item), {"withdraw": "1"})
    assert not AgendaVote.objects.filter(item=item).exists()
    assert not votes.exists()
    assert Contribution.objects.filter(kind=ContributionKind.AGENDA_PROPOSED).exists()


def test_vote_redirect_never_leaves_the_site(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    response = client.post(vote_url(item), {"next": "https://evil.example/"})
    assert response["Location"] == item_url(item)


def test_htmx_vote_toggle_answers_only_the_vote_fragment(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    voted = client.post(
        vote_url(item), {"next": agenda_url(world.public)}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "<html" not in voted and "<nav" not in voted
    assert f'id="vote-{item.pk}"' in voted
    assert "1 vote" in voted
    assert "Withdraw my vote" in voted
    assert f'value="{agenda_url(world.public)}"' in voted

    withdrawn = client.post(
        vote_url(item), {"withdraw": "1"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "0 votes" in withdrawn
    assert "Vote for this item" in withdrawn


def test_only_members_vote(client, world):
    item = proposed_item(world)
    client.force_login(world.outsider)
    assert client.post(vote_url(item)).status_code == 403
    client.force_login(world.sponsor)
    assert client.post(vote_url(item)).status_code == 403
    assert not AgendaVote.objects.exists()
    page = client.get(agenda_url(world.public)).content.decode()
    assert "0 votes" in page
    assert "Vote for this item" not in page


def test_a_vote_cast_twice_by_the_service_is_one_vote(world):
    item = proposed_item(world)
    first = services.agenda_vote_cast(person=world.member, item=item)
    second = services.agenda_vote_cast(person=world.member, item=item)
    assert first.pk == second.pk
    assert Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED).count() == 1
    services.agenda_vote_withdraw(person=world.member, item=item)
    services.agenda_vote_withdraw(person=world.member, item=item)
    assert not AgendaVote.objects.exists()


def test_withdrawing_keeps_other_peoples_votes_and_contributions(world):
    item = proposed_item(world)
    services.agenda_vote_cast(person=world.member, item=item)
    services.agenda_vote_cast(person=world.convener, item=item)
    services.agenda_vote_withdraw(person=world.member, item=item)
    assert list(AgendaVote.objects.values_list("person", flat=True)) == [world.convener.pk]
    assert list(
        Contribution.objects.filter(kind=ContributionKind.AGENDA_VOTED).values_list(
            "person", flat=True
        )
    ) == [world.convener.pk]


# Prioritising


def prioritise(client, item, **fields):
    data = {"priority": "1", "status": "prioritised", "status_note": "Asked by most countries"}
    data.update(fields)
    return client.post(item_url(item, "prioritise"), data)


def test_a_member_cannot_prioritise(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    assert prioritise(client, item).status_code == 403
    item.refresh_from_db()
    assert item.priority is None and item.status == AgendaStatus.PROPOSED
    assert "Prioritise" not in client.get(item_url(item)).content.decode()


@pytest.mark.parametrize("who", ["agenda_setter", "convener"])
def test_agenda_setters_and_conveners_prioritise_with_history_and_audit(client, world, who):
    item = proposed_item(world)
    leader = agenda_setter_of(world.public) if who == "agenda_setter" else world.convener
    client.force_login(leader)
    response = prioritise(
        client,
        item,
        owner=str(leader.pk),
        target_start="2026-02-01",
        target_end="2026-03-01",
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.priority == 1
    assert item.status == AgendaStatus.PRIORITISED
    assert item.owner == leader
    assert str(item.target_start) == "2026-02-01"
    history = list(item.status_changes.values_list("status", "note", "changed_by"))
    assert history == [
        ("proposed", "", world.member.pk),
        ("prioritised", "Asked by most countries", leader.pk),
    ]
    audit = AuditEntry.objects.get(community=world.public, action="agenda.prioritised")
    assert audit.actor == leader
    assert audit.changes["status"] == ["proposed", "prioritised"]
    assert audit.changes["priority"] == [None, 1]
    page = client.get(item_url(item)).content.decode()
    assert "Asked by most countries" in page
    assert "Agenda setter in charge" in page


def test_saving_without_a_status_change_adds_no_history(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    prioritise(client, item, status="proposed", status_note="")
    assert item.status_changes.count() == 1
    item.refresh_from_db()
    assert item.priority == 1


def test_bad_prioritising_input_is_refused_with_messages(client, world):
    item = proposed_item(world)
    client.force_login(world.convener)
    response = prioritise(
        client,
        item,
        priority="7",
        owner=str(world.outsider.pk),
        target_start="2026-05-01",
        target_end="2026-01-01",
        status_note="A note I typed",
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice." in content
    assert "The end of the target period must not be before its start." in content
    assert "A note I typed" in content
    item.refresh_from_db()
    assert item.status == AgendaStatus.PROPOSED and item.priority is None
    assert not AuditEntry.objects.filter(action="agenda.prioritised").exists()


def test_the_owner_must_belong_to_the_community(world):
    item = proposed_item(world)
    with pytest.raises(ValidationError, match="agenda setter, a convener or a member"):
        services.agenda_item_update(actor=world.convener, item=item, owner=world.outsider)


# Editing


def test_the_proposer_edits_the_text_while_proposed_but_not_after(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    form = client.get(item_url(item, "edit"))
    assert form.status_code == 200
    assert "How do we link budgets to results?" in form.content.decode()
    response = client.post(
        item_url(item, "edit"),
        {"title": "How do we link budgets to outcomes?", "description": "", "language": "ru"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "How do we link budgets to outcomes?"
    assert item.language == "ru"

    services.agenda_item_update(actor=world.convener, item=item, status=AgendaStatus.PRIORITISED)
    assert client.get(item_url(item, "edit")).status_code == 403
    assert client.post(item_url(item, "edit"), {"title": "x", "language": "en"}).status_code == 403
    item.refresh_from_db()
    assert item.title == "How do we link budgets to outcomes?"


def test_another_member_cannot_edit_someone_elses_proposal(client, world):
    item = proposed_item(world)
    other = UserFactory()
    MembershipFactory(community=world.public, person=other)
    client.force_login(other)
    assert client.get(item_url(item, "edit")).status_code == 403
    assert "Edit the text" not in client.get(item_url(item)).content.decode()


def test_a_blank_title_on_edit_is_refused_and_kept(client, world):
    item = proposed_item(world)
    client.force_login(world.member)
    response = client.post(
        item_url(item, "edit"), {"title": "   ", "description": "Keep me", "language": "en"}
    )
    assert response.status_code == 200
    assert "Keep me" in response.content.decode()
    item.refresh_from_db()
    assert item.title == "How do we link budgets to results?"


# The agenda page and the item page


def test_agenda_groups_by_status_and_sorts_by_priority_then_votes(client, world):
    low = proposed_item(world, title="Low priority")
    popular = proposed_item(world, title="High and popular")
    quiet = proposed_item(world, title="High and quiet")
    waiting = proposed_item(world, title="Still proposed")
    for item, priority in ((low, 3), (popular, 1), (quiet, 1)):
        services.agenda_item_update(
            actor=world.convener, item=item, priority=priority, status="prioritised"
        )
    services.agenda_vote_cast(person=world.member, item=popular)
    page = client.get(agenda_url(world.public)).content.decode()
    order = [page.index(item.title) for item in (popular, quiet, low, waiting)]
    assert order == sorted(order)
    assert page.index("Prioritised") < page.index("Still proposed")

    filtered = client.get(agenda_url(world.public), {"status": "proposed"}).content.decode()
    assert "Still proposed" in filtered and "High and popular" not in filtered
    ignored = client.get(agenda_url(world.public), {"status": "<nonsense>"})
    assert ignored.status_code == 200
    assert "High and popular" in ignored.content.decode()


def test_agenda_shows_what_activities_produced_and_hides_drafts_from_members(client, world):
    item = proposed_item(world)
    held = ActivityFactory(
        communities=[world.public],
        title={"en": "Costing workshop", "ru": "Семинар по оценке"},
        status="held",
        summary="We compared **three** methods.",
        outputs="A costing checklist",
    )
    draft = ActivityFactory(communities=[world.public], title={"en": "Secret plan"}, status="draft")
    held.agenda_items.add(item)
    draft.agenda_items.add(item)
    client.force_login(world.member)
    page = client.get(agenda_url(world.public)).content.decode()
    assert "Costing workshop" in page
    assert "<strong>three</strong>" in page
    assert "A costing checklist" in page
    assert f"/activities/{held.pk}/" in page
    assert "Secret plan" not in page
    russian = client.get(agenda_url(world.public), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Семинар по оценке" in russian
    client.force_login(world.convener)
    assert "Secret plan" in client.get(agenda_url(world.public)).content.decode()


def test_item_timeline_interleaves_status_changes_and_activities_by_date(client, world):
    item = proposed_item(world)
    AgendaStatusChange.objects.filter(item=item).update(
        changed_at=timezone.now() - timedelta(days=30)
    )
    first = ActivityFactory(
        communities=[world.public],
        title={"en": "First webinar"},
        status="held",
        starts_at=timezone.now() - timedelta(days=20),
    )
    first.agenda_items.add(item)
    services.agenda_item_update(
        actor=world.convener, item=item, status="active", status_note="Work started"
    )
    later = ActivityFactory(
        communities=[world.public],
        title={"en": "Study visit"},
        starts_at=timezone.now() + timedelta(days=20),
    )
    later.agenda_items.add(item)
    page = client.get(item_url(item)).content.decode()
    timeline = page[page.index('class="timeline"') :]
    positions = [
        timeline.index(text)
        for text in ("Status: Proposed", "First webinar", "Status: Active", "Study visit")
    ]
    assert positions == sorted(positions)
    assert "Work started" in timeline


def test_private_agenda_is_invisible_to_outsiders(client, world):
    item = proposed_item(world, community=world.private, title="Private question")
    urls = [
        agenda_url(world.private),
        item_url(item),
        item_url(item, "edit"),
        item_url(item, "prioritise"),
        reverse("communities:agenda_propose", args=[world.private.slug]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(vote_url(item)).status_code == 404
    client.force_login(world.outsider)
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.post(vote_url(item)).status_code == 404
    assert not AgendaVote.objects.exists()
    # An item number of a private community does not open through a public one either.
    assert (
        client.get(
            reverse("communities:agenda_item", args=[world.public.slug, item.pk])
        ).status_code
        == 404
    )
    client.force_login(world.member)
    assert "Private question" in client.get(agenda_url(world.private)).content.decode()


def populate_agenda(world, count):
    voters = [UserFactory() for _ in range(3)]
    for voter in voters:
        MembershipFactory(community=world.public, person=voter)
    for number in range(count):
        item = AgendaItemFactory(
            community=world.public,
            proposer=world.member,
            owner=world.convener,
            priority=1 + number % 3,
            status=AgendaStatus.values[number % 5],
        )
        AgendaStatusChange.objects.create(item=item, status=item.status, changed_by=world.member)
        for voter in voters[: 1 + number % 3]:
            AgendaVote.objects.create(item=item, person=voter)
        ActivityFactory(communities=[world.public], status="held").agenda_items.add(item)
    return item


@pytest.mark.parametrize("count", [3, 30])
def test_agenda_page_runs_a_bounded_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    populate_agenda(world, count)
    client.force_login(world.member)
    with django_assert_max_num_queries(11):
        response = client.get(agenda_url(world.public))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="card agenda-item"') == count
    assert all(item.title in page for item in AgendaItem.objects.filter(community=world.public))


@pytest.mark.parametrize("count", [3, 30])
def test_item_page_runs_a_bounded_number_of_queries(
    client, world, count, django_assert_max_num_queries
):
    item = populate_agenda(world, count)
    for _ in range(count):
        ActivityFactory(communities=[world.public], status="held").agenda_items.add(item)
        AgendaStatusChange.objects.create(item=item, status="active", changed_by=world.convener)
    client.force_login(world.convener)
    with django_assert_max_num_queries(13):
        response = client.get(item_url(item))
    assert response.status_code == 200
    page = response.content.decode()
    assert all(f'href="/activities/{activity.pk}/"' in page for activity in item.activities.all())


def test_an_owner_who_left_stays_owner_when_leaders_change_something_else(client, world):
    item = proposed_item(world)
    owner = agenda_setter_of(world.public)
    services.agenda_item_update(actor=world.convener, item=item, owner=owner)
    owner.memberships.update(state="left")
    owner.role_assignments.update(
        starts_on=timezone.localdate() - timedelta(days=10),
        ends_on=timezone.localdate() - timedelta(days=1),
    )
    client.force_login(world.convener)
    response = prioritise(client, item, owner=str(owner.pk), priority="2")
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.owner == owner and item.priority == 2
