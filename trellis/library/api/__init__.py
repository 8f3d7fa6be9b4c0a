"""The library API: each module owns a router; this package joins them."""

from ninja import Router

from trellis.library.api import collections, documents, versions

router = Router(tags=["library"])
router.add_router("", documents.router)
router.add_router("", versions.router)
router.add_router("", collections.router)
