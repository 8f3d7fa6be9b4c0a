from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "trellis.communities"
    label = "communities"
    verbose_name = _("Communities")

    def ready(self) -> None:
        # Search sits below communities: it learns who may see what through these hooks.
        from trellis.communities import search_scope
        from trellis.search import scope

        scope.register_viewer_scope(search_scope.search_viewer_scope)
        scope.register_community_resolver(search_scope.search_community_resolve)
        scope.register_community_choices(search_scope.search_community_choices)
