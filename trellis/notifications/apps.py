from datetime import time

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
        from trellis.core.remembered_pages import vary_pages_on
        from trellis.core.schedule import PeriodicJob, periodic_job_register
        from trellis.notifications.models import Frequency
        from trellis.notifications.registry import register_followable, register_target_url
        from trellis.notifications.selectors import unread_count
        from trellis.notifications.tasks import digests_send

        # The header of every page shows the viewer's unread count.
        vary_pages_on(lambda request: unread_count(viewer=getattr(request, "user", None)))
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
        # Digests go out at six in the morning of the network's calendar; weekly on Mondays.
        periodic_job_register(
            PeriodicJob(
                "notifications.daily_digests",
                digests_send,
                at=time(6),
                kwargs={"frequency": Frequency.DAILY},
            )
        )
        periodic_job_register(
            PeriodicJob(
                "notifications.weekly_digests",
                digests_send,
                at=time(6),
                weekday=0,
                kwargs={"frequency": Frequency.WEEKLY},
            )
        )
