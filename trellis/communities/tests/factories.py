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


class RoleAssignmentFactory(DjangoModelFactory):
    class Meta:
        model = RoleAssignment

    person = factory.SubFactory(UserFactory)
    community = factory.SubFactory(CommunityFactory)
    role = factory.LazyFunction(lambda: Role.objects.get(code=Role.CONVENER))
