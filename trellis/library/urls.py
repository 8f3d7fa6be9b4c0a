"""Library pages, mounted at /library/: each views module owns its URL patterns."""

from trellis.library.views import downloads

app_name = "library"
urlpatterns = [
    *downloads.urlpatterns,
]
