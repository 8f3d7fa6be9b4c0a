"""The site's URLs plus a view that fails, to see the server-error page Django renders."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def fail(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug")


urlpatterns = [path("test-failure/", fail), *site_urlpatterns]
