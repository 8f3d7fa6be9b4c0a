"""planning endpoints."""

from ninja import Router

router = Router()
