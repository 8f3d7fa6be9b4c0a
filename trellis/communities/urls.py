from django.urls import path

from trellis.communities.views import agenda, community, coverage, membership, roles

app_name = "communities"
urlpatterns = [
    path("", community.home, name="home"),
    path("communities/", community.community_list, name="list"),
    path("communities/new/", community.community_create, name="create"),
    path("communities/<slug:slug>/", community.community_detail, name="detail"),
    path("communities/<slug:slug>/edit/", community.community_edit, name="edit"),
    path("communities/<slug:slug>/history/", community.community_history, name="history"),
    path("communities/<slug:slug>/join/", membership.community_join, name="join"),
    path("communities/<slug:slug>/leave/", membership.community_leave, name="leave"),
    path("communities/<slug:slug>/members/", membership.member_list, name="members"),
    path(
        "communities/<slug:slug>/members/<int:membership_id>/level/",
        membership.membership_level,
        name="member_level",
    ),
    path(
        "communities/<slug:slug>/members/<int:membership_id>/remove/",
        membership.membership_remove,
        name="member_remove",
    ),
    path(
        "communities/<slug:slug>/members/<int:membership_id>/decide/",
        membership.membership_decide,
        name="member_decide",
    ),
    path(
        "communities/<slug:slug>/members/<int:membership_id>/",
        membership.membership_history,
        name="member_history",
    ),
    path(
        "communities/<slug:slug>/stakeholders/",
        community.community_stakeholders,
        name="stakeholders",
    ),
    path(
        "communities/<slug:slug>/stakeholders/<int:stakeholder_id>/remove/",
        community.stakeholder_remove,
        name="stakeholder_remove",
    ),
    path("communities/<slug:slug>/manage/", membership.community_manage, name="manage"),
    path("communities/<slug:slug>/roles/", roles.community_roles, name="roles"),
    path(
        "communities/<slug:slug>/roles/coverage/",
        coverage.community_role_coverage,
        name="role_coverage",
    ),
    path(
        "communities/<slug:slug>/roles/coverage/<slug:table>.<slug:file_format>",
        coverage.community_role_coverage_export,
        name="role_coverage_export",
    ),
    path("network/roles/", roles.network_roles, name="network_roles"),
    path("network/roles/coverage/", coverage.network_role_coverage, name="network_role_coverage"),
    path(
        "network/roles/coverage/<slug:table>.<slug:file_format>",
        coverage.network_role_coverage_export,
        name="network_role_coverage_export",
    ),
    path("roles/<int:assignment_id>/end/", roles.role_end, name="role_end"),
    path("invitations/<str:token>/", membership.invitation_respond, name="invitation"),
    path("communities/<slug:slug>/agenda/", agenda.agenda, name="agenda"),
    path("communities/<slug:slug>/agenda/propose/", agenda.agenda_propose, name="agenda_propose"),
    path("communities/<slug:slug>/agenda/<int:item_id>/", agenda.agenda_item, name="agenda_item"),
    path(
        "communities/<slug:slug>/agenda/<int:item_id>/edit/",
        agenda.agenda_item_edit,
        name="agenda_item_edit",
    ),
    path(
        "communities/<slug:slug>/agenda/<int:item_id>/prioritise/",
        agenda.agenda_item_prioritise,
        name="agenda_item_prioritise",
    ),
    path(
        "communities/<slug:slug>/agenda/<int:item_id>/vote/",
        agenda.agenda_vote,
        name="agenda_vote",
    ),
]
