"""Notification pages."""

from django.urls import path

from trellis.notifications import views

app_name = "notifications"
urlpatterns = [
    path("notifications/", views.notification_list, name="index"),
    path("notifications/read/", views.notifications_read, name="read"),
    path("notifications/settings/", views.notification_settings, name="settings"),
    path("notifications/<int:notification_id>/", views.notification_open, name="open"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("follow/<int:content_type_id>/<int:object_id>/", views.follow_toggle, name="follow"),
]
