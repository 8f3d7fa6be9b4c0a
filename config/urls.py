"""URL wiring: each app owns its URLs; this file only mounts them."""

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from trellis.api.urls import api

# The admin site signs people in through the login page, with its limits and second factor;
# its own form would check a password alone.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns = [
    path("", include("trellis.communities.urls")),
    path("", include("trellis.accounts.urls")),
    path("", include("trellis.activities.urls")),
    path("", include("trellis.conversations.urls")),
    path("", include("trellis.notifications.urls")),
    path("", include("trellis.analytics.urls")),
    path("library/", include("trellis.library.urls")),
    path("", include("trellis.search.urls")),
    path("value/", include("trellis.value.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
]
