"""Participation analytics' pages."""

from django.urls import path

from trellis.analytics.views import big_picture, network

app_name = "analytics"

urlpatterns: list = [
    path(
        "communities/<slug:slug>/participation/network/",
        network.network_page,
        name="network",
    ),
    path(
        "communities/<slug:slug>/participation/network/<slug:table>.<slug:file_format>",
        network.network_export,
        name="network_export",
    ),
    path(
        "communities/<slug:slug>/participation/",
        big_picture.participation,
        name="participation",
    ),
]
