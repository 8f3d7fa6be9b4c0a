from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "trellis.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from trellis.core.generations import watch_writes
        from trellis.core.text_matching import unicode_matching_enable

        unicode_matching_enable()
        watch_writes(self)
