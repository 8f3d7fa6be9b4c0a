from trellis.search.views import urlpatterns as page_urlpatterns

app_name = "search"
urlpatterns = [*page_urlpatterns]
