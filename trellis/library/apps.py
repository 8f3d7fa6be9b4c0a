from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "trellis.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from trellis.communities.agenda_documents import agenda_documents_register
        from trellis.communities.collection_links import collection_links_register
        from trellis.library.agenda_documents import agenda_documents_source
        from trellis.library.collection_links import collection_links_source
        from trellis.library.search_source import document_search_source
        from trellis.search.sources import register

        agenda_documents_register(agenda_documents_source)
        collection_links_register(collection_links_source)
        register(document_search_source)
