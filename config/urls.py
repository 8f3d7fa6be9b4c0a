"""URL wiring: each app owns its URLs; this file only mounts them."""

from django.contrib import admin
from django.urls import include, path

from trellis.api.urls import api

urlpatterns = [
    path("", include("trellis.communities.urls")),
    path("", include("trellis.accounts.urls")),
    path("", include("trellis.activities.urls")),
    path("", include("trellis.conversations.urls")),
    path("", include("trellis.notifications.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]
