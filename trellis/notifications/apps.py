from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "trellis.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from django.urls import reverse

        from trellis.accounts.models import ExpertiseTopic
        from trellis.communities.models import Community
        from trellis.communities.permissions import can_view_community, is_signed_in
        from trellis.notifications.registry import register_followable, register_target_url

        register_followable(Community, can_view_community)
        register_target_url(
            Community, lambda community: reverse("communities:detail", args=[community.slug])
        )
        register_followable(ExpertiseTopic, lambda person, topic: is_signed_in(person))
        # A topic has no page of its own: the directory of people with that expertise stands in.
        register_target_url(
            ExpertiseTopic,
            lambda topic: f"{reverse('accounts:directory')}?expertise={topic.slug}",
        )
