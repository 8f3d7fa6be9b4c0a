"""Participation analytics' pages."""

from django.urls import path

from trellis.analytics.views import movement

app_name = "analytics"

urlpatterns: list = [
    path(
        "communities/<slug:slug>/participation/movement/",
        movement.movement_page,
        name="movement",
    ),
    path(
        "communities/<slug:slug>/participation/movement/<slug:table>.<slug:file_format>",
        movement.movement_export,
        name="movement_export",
    ),
]
