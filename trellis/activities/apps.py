from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "trellis.activities"
    label = "activities"
    verbose_name = _("Learning activities")

    def ready(self) -> None:
        # The personal home belongs to communities, a lower layer: it learns what activities
        # add to it through this registration.
        from trellis.activities.search_source import (
            activity_source,
            community_activities_reindex_later,
        )
        from trellis.activities.selectors.home import activities_home_source
        from trellis.communities.home.parts import home_source_register
        from trellis.communities.search_content import community_content_reindex_register
        from trellis.search.sources import register

        home_source_register(activities_home_source)
        register(activity_source)
        community_content_reindex_register(community_activities_reindex_later)
