"""Conversation pages: each views module owns its URL patterns; this file joins them."""

from trellis.conversations.views import discussions, moderation, peer_assists, questions

app_name = "conversations"
urlpatterns = [
    *questions.urlpatterns,
    *discussions.urlpatterns,
    *peer_assists.urlpatterns,
    *moderation.urlpatterns,
]
