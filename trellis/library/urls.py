"""Library pages, mounted at /library/: each views module owns its URL patterns."""

from trellis.library.views import documents, downloads, sharing

app_name = "library"
urlpatterns = [
    *documents.urlpatterns,
    *sharing.urlpatterns,
    *downloads.urlpatterns,
]
