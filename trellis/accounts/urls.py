from django.urls import path

from trellis.accounts import views

app_name = "accounts"
urlpatterns = [
    path("people/", views.directory, name="directory"),
    path("people/<int:person_id>/", views.profile, name="profile"),
    path("people/<int:person_id>/photo/", views.photo, name="photo"),
    path("profile/", views.profile_edit, name="profile_edit"),
    path("profile/tokens/", views.token_create, name="token_create"),
    path("profile/tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("i18n/setlang/", views.set_language, name="set_language"),
]
