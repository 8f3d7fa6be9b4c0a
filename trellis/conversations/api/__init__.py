"""The conversations API: each module owns a router; this package joins them."""

from ninja import Router

from trellis.conversations.api import (
    comments,
    discussions,
    moderation,
    peer_assists,
    questions,
    translations,
)

router = Router(tags=["conversations"])
router.add_router("", questions.router)
router.add_router("", comments.router)
router.add_router("", discussions.router)
router.add_router("", peer_assists.router)
router.add_router("", moderation.router)
router.add_router("", translations.router)
