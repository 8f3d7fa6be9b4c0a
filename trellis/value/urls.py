"""Value creation's pages, under /value/."""

from django.urls import path

from trellis.value.views import cycles, indicators

app_name = "value"

urlpatterns: list = [
    path("cycles/", cycles.cycles, name="cycles"),
    path("framework/", cycles.framework, name="framework"),
    path("indicators/", indicators.indicators, name="indicators"),
    path("indicators/new/", indicators.indicator_new, name="indicator_new"),
    path("indicators/<int:indicator_id>/", indicators.indicator, name="indicator"),
    path(
        "indicators/<int:indicator_id>/observations/",
        indicators.observation_add,
        name="observation_add",
    ),
    path("indicators/<int:indicator_id>/target/", indicators.target_update, name="target"),
]
