from typing import Any

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from trellis.accounts.tests.factories import UserFactory
from trellis.communities.models import (
    Community,
    Membership,
    MembershipState,
    Role,
    RoleAssignment,
)
from trellis.communities.selectors import network_get
from trellis.communities.services import member_count_refresh


class CommunityFactory(DjangoModelFactory):
    class Meta:
        model = Community

    network = factory.LazyFunction(network_get)
    code = factory.Sequence(lambda n: f"COP{n}")
    slug = factory.Sequence(lambda n: f"cop-{n}")
    name = factory.LazyAttribute(
        lambda o: {"en": f"Community {o.code}", "ru": f"Сообщество {o.code}"}
    )
    description = factory.LazyFunction(lambda: {"en": "About us", "ru": "О нас"})
    domain_statement = factory.LazyFunction(lambda: {"en": "Our domain", "ru": "Наша область"})
    value_proposition = factory.LazyFunction(
        lambda: {"why_care": {"en": "Because it matters", "ru": "Потому что это важно"}}
    )


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    community = factory.SubFactory(CommunityFactory)
    person = factory.SubFactory(UserFactory)
    state = MembershipState.ACTIVE
    joined_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _after_postgeneration(cls, instance: Membership, create: bool, results: Any = None) -> None:
        # The services keep the community's member count; a factory row must too.
        super()._after_postgeneration(instance, create, results)
        if create:
            member_count_refresh(community_ids=[instance.community_id])


class RoleAssignmentFactory(DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    person = factory.SubFactory(UserFactory)
    community = factory.SubFactory(CommunityFactory)
    role = factory.LazyFunction(lambda: Role.objects.get(code=Role.CONVENER))
