from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "trellis.accounts"
    label = "accounts"
    verbose_name = _("People")

    def ready(self) -> None:
        from trellis.accounts.search_source import person_source
        from trellis.search.sources import register

        register(person_source)
