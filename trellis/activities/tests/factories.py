from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from trellis.activities.models import Activity, ActivityStatus, ActivityType
from trellis.communities.models import AgendaItem
from trellis.communities.tests.factories import CommunityFactory


class ActivityTypeFactory(DjangoModelFactory):
    class Meta:
        model = ActivityType
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"type-{n}")
    name = factory.LazyAttribute(lambda o: {"en": o.slug.title(), "ru": o.slug.title()})
    formats = factory.LazyFunction(lambda: ["workshop"])
    orientations = factory.LazyFunction(lambda: ["meetings"])


class ActivityFactory(DjangoModelFactory):
    """An open, in-person activity of one community, a month from now."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    activity_type = factory.SubFactory(ActivityTypeFactory)
    title = factory.Sequence(lambda n: {"en": f"Workshop {n}", "ru": f"Семинар {n}"})
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=3))
    timezone = "Europe/Ljubljana"
    country = "SI"
    city = "Ljubljana"
    languages = factory.LazyFunction(lambda: ["en", "ru"])
    status = ActivityStatus.OPEN

    @factory.post_generation
    def communities(self, create, extracted, **kwargs):
        if not create:
            return
        self.communities.set(extracted or [CommunityFactory()])


class AgendaItemFactory(DjangoModelFactory):
    class Meta:
        model = AgendaItem

    community = factory.SubFactory(CommunityFactory)
    title = factory.Sequence(lambda n: f"How do we link budgets to results? ({n})")
