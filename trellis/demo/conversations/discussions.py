"""Planning a discussion of the content: who started it and who replied, and when."""

from datetime import timedelta

from trellis.demo.conversations.authors import Authors
from trellis.demo.conversations.specs import DiscussionSpec, ReplySpec, language_of
from trellis.demo.conversations.templates import DiscussionTemplate


def discussion_plan(authors: Authors, template: DiscussionTemplate) -> DiscussionSpec:
    language = language_of(template.title)
    community = template.community
    started_at = authors.moment(template.days_ago)
    author = authors.pick(template.by, community, started_at, language, [])
    replies: list[ReplySpec] = []
    for reply in template.replies:
        at = started_at + timedelta(days=reply.after, minutes=authors.rng.randint(5, 240))
        if at > authors.cutoff:
            continue
        reply_language = language_of(reply.body)
        if reply.by == "author":
            by = author
        elif reply.by.startswith("="):
            by = replies[int(reply.by[1:])].author
        else:
            taken = [author, *(r.author for r in replies)]
            by = authors.pick(reply.by, community, at, reply_language, taken)
        replies.append(ReplySpec(by, reply.body, reply_language, at, reply.quotes))
    return DiscussionSpec(
        key=template.key,
        community=community,
        author=author,
        title=template.title,
        body=template.body,
        language=language,
        started_at=started_at,
        replies=tuple(replies),
        pinned=template.pinned,
        locked=template.locked,
        closed=template.closed,
    )
