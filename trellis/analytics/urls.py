"""Participation analytics' pages."""

from django.urls import path

from trellis.analytics.views import big_picture, member_levels, movement, network, person, rules

app_name = "analytics"

urlpatterns: list = [
    path(
        "communities/<slug:slug>/participation/",
        big_picture.participation,
        name="participation",
    ),
    path(
        "communities/<slug:slug>/participation/<slug:table>.<slug:file_format>",
        big_picture.participation_export,
        name="participation_export",
    ),
    path(
        "communities/<slug:slug>/participation/members/",
        member_levels.member_levels,
        name="member_levels",
    ),
    path(
        "communities/<slug:slug>/participation/members/<slug:table>.<slug:file_format>",
        member_levels.member_levels_export,
        name="member_levels_export",
    ),
    path("communities/<slug:slug>/participation/rules/", rules.rules, name="rules"),
    path(
        "communities/<slug:slug>/participation/rules/reset/",
        rules.rules_reset,
        name="rules_reset",
    ),
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
    path("people/<int:person_id>/participation/", person.person, name="person"),
    path(
        "people/<int:person_id>/participation/<slug:table>.<slug:file_format>",
        person.person_export,
        name="person_export",
    ),
]
