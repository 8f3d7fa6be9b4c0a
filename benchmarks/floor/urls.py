from django.urls import path

from benchmarks.floor import views

urlpatterns = [
    path("bare/", views.bare, name="bare"),
    path("rows/", views.rows, name="rows"),
]
