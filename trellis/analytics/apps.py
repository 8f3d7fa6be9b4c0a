from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    """Participation and leadership analytics: levels of participation, their movement, the
    interaction network and leadership coverage, read from the contribution log and the other
    apps' selectors. It writes nothing they own."""

    name = "trellis.analytics"
    label = "analytics"
    verbose_name = _("Participation analytics")
