from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "trellis.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from trellis.library.search_source import document_search_source
        from trellis.search.sources import register

        register(document_search_source)
