"""Planning a question of the content: who asked, who answered (invited experts first), who
commented, marked answers helpful and accepted one, and when."""

from datetime import datetime, timedelta

from trellis.demo.conversations.authors import Authors
from trellis.demo.conversations.specs import (
    FIXED,
    AnswerSpec,
    CommentSpec,
    QuestionSpec,
    language_of,
)
from trellis.demo.conversations.templates import QuestionTemplate
from trellis.demo.roster import weighted_sample


def question_plan(authors: Authors, template: QuestionTemplate) -> QuestionSpec:
    language = language_of(template.title)
    community = template.community
    asked_at = authors.moment(template.days_ago)
    author = authors.pick(template.by, community, asked_at, language, [])
    invitations: list[tuple[str, datetime]] = []
    for selector in template.experts:
        taken = [author, *(email for email, _ in invitations)]
        expert = authors.pick(selector, community, asked_at, language, taken)
        invitations.append((expert, asked_at + timedelta(hours=2)))

    answers: list[AnswerSpec] = []
    index: dict[int, int] = {}  # template answer → planned answer
    for number, answer in enumerate(template.answers):
        at = authors.later(asked_at, answer.after)
        if at > authors.cutoff:
            continue
        taken = [author] + [e for a in answers for e in (a.author, *a.coauthors)]
        by = _invited(authors, answer.by, invitations, taken) or authors.pick(
            answer.by, community, at, language, taken
        )
        coauthors: list[str] = []
        for selector in answer.co_authors:
            coauthors.append(
                authors.pick(selector, community, at, language, [*taken, by, *coauthors])
            )
        helpful = _helpful_marks(
            authors, community, at, language, answer.helpful, author, [by, *coauthors]
        )
        index[number] = len(answers)
        answers.append(AnswerSpec(by, tuple(coauthors), answer.body, at, helpful))

    accepted = index.get(template.accepted) if template.accepted is not None else None
    accepted_at = None
    if accepted is not None:
        accepted_at = min(
            authors.later(answers[accepted].at, authors.rng.randint(4, 60)), authors.cutoff
        )

    comments: list[CommentSpec] = []
    for comment in template.comments:
        on = index.get(comment.on_answer) if comment.on_answer >= 0 else None
        if comment.on_answer >= 0 and on is None:
            continue
        at = authors.later(asked_at, comment.after)
        if at > authors.cutoff:
            continue
        if comment.by == "author":
            by = author
        elif comment.by == "answerer" and on is not None:
            by = answers[on].author
        else:
            by = authors.pick(comment.by, community, at, language, [author])
        comments.append(CommentSpec(by, comment.body, at, on))

    return QuestionSpec(
        key=template.key,
        community=community,
        author=author,
        title=template.title,
        body=template.body,
        language=language,
        topics=template.topics,
        country_context=authors.roster.people[author].country if template.context else "",
        asked_at=asked_at,
        answers=tuple(answers),
        accepted=accepted,
        accepted_at=accepted_at,
        comments=tuple(comments),
        invitations=tuple(invitations),
    )


def _invited(
    authors: Authors, selector: str, invitations: list[tuple[str, datetime]], taken: list[str]
) -> str | None:
    """An invited expert answers when the content has someone from their country answer."""
    for email, _ in invitations:
        if email in taken:
            continue
        if FIXED.get(selector) == email or authors.roster.people[email].country == selector:
            return email
    return None


def _helpful_marks(
    authors: Authors,
    community: str | None,
    answered_at: datetime,
    language: str,
    count: int,
    asker: str,
    answered_by: list[str],
) -> tuple[tuple[str, datetime], ...]:
    if count == 0:
        return ()
    readers = authors.candidates(community, answered_at, language, [asker, *answered_by], None)
    people = [asker, *weighted_sample(authors.rng, readers, [1.0] * len(readers), count - 1)]
    marks = []
    for email in people:
        at = authors.later(answered_at, authors.rng.randint(2, 300))
        if at <= authors.cutoff:
            marks.append((email, at))
    return tuple(marks)
