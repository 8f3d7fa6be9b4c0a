from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    name = "trellis.conversations"
    label = "conversations"
    verbose_name = _("Conversations")

    def ready(self) -> None:
        # Imported here: these modules need the app registry, and notifications (a lower layer)
        # learn about conversations only through what is registered with them.
        from trellis.communities.agenda_translations import agenda_translations_register
        from trellis.communities.home.parts import home_source_register
        from trellis.communities.search_content import community_content_reindex_register
        from trellis.conversations.digest import questions_you_could_answer, translations_wanted
        from trellis.conversations.search_reindex import community_conversations_reindex_later
        from trellis.conversations.search_source import answer_source, question_source
        from trellis.conversations.search_source_discussions import (
            agenda_item_source,
            discussion_source,
        )
        from trellis.conversations.selectors.home import conversations_home_source
        from trellis.conversations.selectors.translations_agenda import agenda_item_versions
        from trellis.conversations.services import (
            discussions,
            peer_assist_targets,
            questions,
            translations,
        )
        from trellis.notifications.digests import register_waiting_section
        from trellis.search.sources import register

        questions.notification_targets_register()
        discussions.notification_targets_register()
        peer_assist_targets.notification_targets_register()
        translations.translation_targets_register()
        agenda_translations_register(agenda_item_versions)
        register_waiting_section(
            questions_you_could_answer, heading=_("Questions you could answer")
        )
        home_source_register(conversations_home_source)
        register_waiting_section(translations_wanted, heading=_("Posts waiting for a translation"))
        for source in (question_source, answer_source, discussion_source, agenda_item_source):
            register(source)
        community_content_reindex_register(community_conversations_reindex_later)
