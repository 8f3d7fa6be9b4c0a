"""Conversation pages: each views module owns its URL patterns; this file joins them."""

from trellis.conversations.views import (
    answers,
    comments,
    discussions,
    moderation,
    peer_assists,
    questions,
    translations,
)

app_name = "conversations"
urlpatterns = [
    *questions.urlpatterns,
    *answers.urlpatterns,
    *comments.urlpatterns,
    *discussions.urlpatterns,
    *peer_assists.urlpatterns,
    *moderation.urlpatterns,
    *translations.urlpatterns,
]
