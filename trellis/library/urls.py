"""Library pages, mounted at /library/: each views module owns its URL patterns."""

from trellis.library.views import collection_items, collections, documents, downloads, sharing

app_name = "library"
urlpatterns = [
    *documents.urlpatterns,
    *sharing.urlpatterns,
    *downloads.urlpatterns,
    *collections.urlpatterns,
    *collection_items.urlpatterns,
]
