import factory
from factory.django import DjangoModelFactory

from trellis.accounts.models import ExpertiseTopic, User


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    full_name_latin = factory.LazyAttribute(lambda o: o.full_name)
    country = "AL"
    organisation = "Ministry of Finance"
    languages = factory.LazyFunction(lambda: ["en"])
    password = factory.PostGenerationMethodCall("set_password", "password")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Accounts made by tests have a verified email, as allauth requires for login."""
        if not create:
            return
        self.save()
        from allauth.account.models import EmailAddress

        EmailAddress.objects.get_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )


class ExpertiseTopicFactory(DjangoModelFactory):
    class Meta:
        model = ExpertiseTopic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.LazyAttribute(lambda o: {"en": o.slug.title(), "ru": o.slug.title()})
