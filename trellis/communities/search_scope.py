"""What search needs to know about communities: whose member-only entries a viewer may find,
and which community a slug names (registered with the search app in `ready()`)."""

from typing import Any

from trellis.communities import permissions
from trellis.communities.models import Community
from trellis.communities.selectors import community_visible_list
from trellis.core.translated import translated


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


def search_community_choices(viewer: Any) -> list[tuple[str, str]]:
    return [
        (community.slug, translated(community.name))
        for community in community_visible_list(viewer=viewer).order_by("code")
    ]
