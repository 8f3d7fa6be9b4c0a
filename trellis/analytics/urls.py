"""Participation analytics' pages."""

from django.urls import path

from trellis.analytics.views import big_picture

app_name = "analytics"

urlpatterns: list = [
    path(
        "communities/<slug:slug>/participation/",
        big_picture.participation,
        name="participation",
    ),
]
