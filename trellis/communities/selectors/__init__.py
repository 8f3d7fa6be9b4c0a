"""Reads about the network and its communities, always on behalf of the person asking.

One module per concept; every selector is importable from here.
"""

from trellis.communities.selectors.agenda import (
    AGENDA_STATUS_ORDER,
    AgendaTimelineEntry,
    access_agenda_item,
    access_agenda_item_by_id,
    agenda_item_groups,
    agenda_item_list,
    agenda_item_timeline,
    agenda_owner_choices,
    agenda_status_history,
)
from trellis.communities.selectors.community import (
    access_community,
    access_stakeholder,
    audit_list,
    communities_visible_to,
    community_list,
    community_visible_list,
    network_get,
    stage_change_list,
    stakeholder_list,
)
from trellis.communities.selectors.membership import (
    access_invitation,
    access_membership,
    invitation_get_open,
    invitation_list,
    invitation_received_get,
    member_list,
    membership_event_list,
    membership_get,
    pending_request_list,
    transactional_participant_list,
)
from trellis.communities.selectors.roles import (
    access_role_assignment,
    leadership_list,
    role_assignment_ended_list,
    role_assignment_list,
    role_candidate_list,
    role_list,
)

__all__ = [
    "AGENDA_STATUS_ORDER",
    "AgendaTimelineEntry",
    "access_agenda_item",
    "access_agenda_item_by_id",
    "access_community",
    "access_invitation",
    "access_membership",
    "access_role_assignment",
    "access_stakeholder",
    "agenda_item_groups",
    "agenda_item_list",
    "agenda_item_timeline",
    "agenda_owner_choices",
    "agenda_status_history",
    "audit_list",
    "communities_visible_to",
    "community_list",
    "community_visible_list",
    "invitation_get_open",
    "invitation_list",
    "invitation_received_get",
    "leadership_list",
    "member_list",
    "membership_event_list",
    "membership_get",
    "network_get",
    "pending_request_list",
    "role_assignment_ended_list",
    "role_assignment_list",
    "role_candidate_list",
    "role_list",
    "stage_change_list",
    "stakeholder_list",
    "transactional_participant_list",
]
