from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from benchmarks.floor.models import Row


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Hello from the floor.", content_type="text/plain")


def rows(request: HttpRequest) -> HttpResponse:
    return render(request, "floor/rows.html", {"rows": Row.objects.order_by("-published_at")[:30]})
