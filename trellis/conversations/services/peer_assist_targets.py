"""Notices about peer assists link to their page (see the discussions module)."""

from django.urls import reverse

from trellis.conversations.models import PeerAssist
from trellis.notifications.services import register_target_url


def notification_targets_register() -> None:
    """Let notices about peer assists link to their page; called when the app is ready."""
    register_target_url(
        PeerAssist,
        lambda peer_assist: reverse(
            "conversations:peer_assist_detail", args=[peer_assist.community.slug, peer_assist.pk]
        ),
        title=lambda peer_assist: peer_assist.title,
        select_related=("community",),
    )
