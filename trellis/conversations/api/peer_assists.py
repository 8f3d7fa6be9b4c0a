"""peer_assists endpoints."""

from ninja import Router

router = Router()
