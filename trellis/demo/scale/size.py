"""How big each part of a generated network is, in proportion to its number of members.

The proportions are those of the issue's benchmark network at 10,000 members: about 3,000
activities over three years, about 20,000 posts and about a million contribution-log rows.
"""

from dataclasses import dataclass

COMMUNITIES = 30  # the demo's own communities included
PRIVATE_SHARE = 0.2  # of the generated communities
YEARS = 3


@dataclass(frozen=True)
class ScaleSize:
    members: int
    activities: int
    # Per activity, answer and agenda item: constant, but never more than the community has
    # members, so a small network is a smaller version of the large one, not a denser one.
    registrants: int  # on average, per activity
    questions: int
    answers: int  # on average, per question
    discussions: int
    replies: int  # on average, per discussion
    helpful: int  # marks, on average, per answer
    agenda_items: int  # per community
    agenda_votes: int  # on average, per agenda item
    memberships: int  # communities per member, on average


def scale_size(members: int) -> ScaleSize:
    if members < 1:
        raise ValueError("A network needs at least one member.")
    return ScaleSize(
        members=members,
        activities=max(members * 3 // 10, 10),
        registrants=220,
        questions=max(members * 3 // 10, 10),
        answers=4,
        discussions=max(members // 10, 5),
        replies=6,
        helpful=14,
        agenda_items=max(min(members // 1000, 10), 2),
        agenda_votes=50,
        memberships=2,
    )
