"""What search needs to know about communities: whose member-only entries a viewer may find,
and which community a slug names (registered with the search app in `ready()`)."""

from typing import Any

from trellis.communities import permissions
from trellis.communities.models import Community


def search_viewer_scope(viewer: Any) -> set[int] | None:
    """Network admins find everything; others, the entries of the communities they belong to."""
    if permissions.is_network_admin(viewer):
        return None
    return permissions.active_membership_community_ids(viewer)


def search_community_resolve(viewer: Any, slug: str) -> int | None:
    community = Community.objects.filter(slug=slug).first()
    if community is None or not permissions.can_view_community(viewer, community):
        return None
    return community.pk
