from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "trellis.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self) -> None:
        from trellis.communities.agenda_documents import agenda_documents_register
        from trellis.library.agenda_documents import agenda_documents_source

        agenda_documents_register(agenda_documents_source)
