"""Addresses and builders the learning agenda's tests share."""

from django.urls import reverse

from trellis.accounts.tests.factories import UserFactory
from trellis.communities import services
from trellis.communities.models import Role
from trellis.communities.tests.factories import MembershipFactory, RoleAssignmentFactory


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
