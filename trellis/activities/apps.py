from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "trellis.activities"
    label = "activities"
    verbose_name = _("Learning activities")

    def ready(self) -> None:
        # The personal home belongs to communities, a lower layer: it learns what activities
        # add to it through this registration.
        from trellis.activities.selectors.home import activities_home_source
        from trellis.communities.home.parts import home_source_register

        home_source_register(activities_home_source)
