from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "trellis.communities"
    label = "communities"
    verbose_name = _("Communities")

    def ready(self) -> None:
        from trellis.communities.search_scope import (
            search_community_resolve,
            search_viewer_scope,
        )
        from trellis.search.scope import register_community_resolver, register_viewer_scope

        register_viewer_scope(search_viewer_scope)
        register_community_resolver(search_community_resolve)
