"""Questions, discussions and peer assists between meetings, planned in memory from the roster.

The words come from the content (`templates`, read from `data/`); this package decides who wrote
them and when. Every author is a member of the conversation's community at the moment of writing
(any public community for a network-wide question) and reads the language the text is written
in; answerers and peers come from the countries the content names, so a Moldovan question gets a
Georgian answer that talks about Georgia. Times are counted back from the anchor and nothing
happens after it, so a freshly loaded demo has an unanswered queue of the last two weeks.

Peer assists that reached the "scheduled" or "held" stage become activities of type peer
assistance, planned here as `ActivitySpec`s and written with the other activities; the closed
one is the peer assist of the programme (`bcop-peer-assist-kg`), requested by its host and
answered by its speakers.

Like the rest of the plan, this iterates lists only, so it is the same in every process.
"""

import random
from datetime import date

from trellis.demo.activities.specs import ActivitySpec
from trellis.demo.conversations.authors import Authors
from trellis.demo.conversations.discussions import discussion_plan
from trellis.demo.conversations.notices import follows_plan, notices_plan, settings_plan
from trellis.demo.conversations.peer_assists import peer_assist_plan
from trellis.demo.conversations.questions import question_plan
from trellis.demo.conversations.specs import ConversationsPlan, PeerAssistSpec
from trellis.demo.conversations.templates import DISCUSSIONS, PEER_ASSISTS, QUESTIONS
from trellis.demo.roster import Roster


def conversations_plan(
    rng: random.Random, roster: Roster, anchor: date, programme: tuple[ActivitySpec, ...]
) -> ConversationsPlan:
    """Who asked, answered, discussed and helped whom, and when; `programme` gives the
    activities a peer assist may be linked to."""
    authors = Authors(rng, roster, anchor)
    questions = [question_plan(authors, template) for template in QUESTIONS]
    discussions = [discussion_plan(authors, template) for template in DISCUSSIONS]
    by_key = {activity.key: activity for activity in programme}
    peer_assists: list[PeerAssistSpec] = []
    sessions: list[ActivitySpec] = []
    for template in PEER_ASSISTS:
        peer_assist, session = peer_assist_plan(authors, template, by_key)
        peer_assists.append(peer_assist)
        if session is not None:
            sessions.append(session)
    follows = follows_plan(authors, questions, discussions)
    return ConversationsPlan(
        questions=tuple(questions),
        discussions=tuple(discussions),
        peer_assists=tuple(peer_assists),
        activities=tuple(sessions),
        follows=tuple(follows),
        settings=tuple(settings_plan(authors)),
        notices=tuple(notices_plan(authors, questions, discussions, peer_assists, follows)),
    )
