"""The admin site's pages for the network, its communities, membership, roles and agenda.

Every change goes through the communities' services (`trellis.core.service_admin`), so the audit
trail and the contribution log see it.
"""

from trellis.communities.admin import community, membership, roles

__all__ = ["community", "membership", "roles"]
