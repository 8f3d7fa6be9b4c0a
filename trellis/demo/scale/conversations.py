"""The questions, answers and discussions of a generated network, with helpful marks and
accepted answers, written in batches of questions and discussions.

Every post of a community is by one of its members, in the language of the demo text it
recombines; the log records what the conversation services record.
"""

import random
from datetime import date, timedelta

from trellis.conversations.models import Answer, Discussion, HelpfulMark, Question, Reply
from trellis.demo.scale.log import StreamedContributionLog
from trellis.demo.scale.network import ScaleNetwork
from trellis.demo.scale.size import YEARS, ScaleSize
from trellis.demo.scale.texts import Texts, body_compose, titled
from trellis.demo.timeline import moment
from trellis.participation.kinds import ContributionKind

BATCH = 500


def questions_create(
    rng: random.Random,
    size: ScaleSize,
    anchor: date,
    texts: Texts,
    network: ScaleNetwork,
    log: StreamedContributionLog,
) -> tuple[int, int]:
    """Questions with their answers; returns how many of each were written."""
    codes = [code for code, members in network.members.items() if len(members) > 1]
    weights = [len(network.members[code]) for code in codes]
    asked = answered = 0
    for start in range(0, size.questions, BATCH):
        planned = []
        for _ in range(min(BATCH, size.questions - start)):
            code = rng.choices(codes, weights)[0]
            thread = rng.choice(texts.questions)
            members = network.members[code]
            when = moment(rng, anchor - timedelta(days=YEARS * 365), anchor)
            responders = rng.sample(members, min(rng.randint(0, 2 * size.answers), len(members)))
            answers = [
                (
                    person_id,
                    when + timedelta(hours=6 + 20 * index),
                    rng.choice(thread.responses or texts.paragraphs[thread.language]),
                )
                for index, (person_id, _) in enumerate(responders)
            ]
            question = Question(
                community=network.communities[code],
                author_id=rng.choice(members)[0],
                title=titled(thread.title, network.topics[code][thread.language], 300),
                body=body_compose(rng, texts, thread.language, thread.body),
                language=thread.language,
                first_answered_at=answers[0][1] if answers else None,
                last_activity_at=answers[-1][1] if answers else when,
                created_at=when,
                updated_at=answers[-1][1] if answers else when,
            )
            planned.append((code, question, answers))
        saved = Question.objects.bulk_create([question for _, question, _ in planned])
        rows: list[tuple[str, Question, Answer]] = []
        for (code, _, answers), question in zip(planned, saved, strict=True):
            log.add_id(
                question.author_id,
                ContributionKind.QUESTION_ASKED,
                code,
                Question,
                question.pk,
                question.created_at,
            )
            rows.extend(
                (
                    code,
                    question,
                    Answer(
                        question=question,
                        author_id=person_id,
                        body=body,
                        language=question.language,
                        created_at=when,
                        updated_at=when,
                    ),
                )
                for person_id, when, body in answers
            )
        answer_rows = Answer.objects.bulk_create([answer for _, _, answer in rows], batch_size=2000)
        _answers_log(rng, size, network, rows, log)
        asked += len(saved)
        answered += len(answer_rows)
    return asked, answered


def _answers_log(
    rng: random.Random,
    size: ScaleSize,
    network: ScaleNetwork,
    rows: list[tuple[str, Question, Answer]],
    log: StreamedContributionLog,
) -> None:
    """Log the answers, mark some helpful and accept one answer of about half the questions."""
    marks = []
    accepted = []
    for code, question, answer in rows:
        log.add_id(
            answer.author_id,
            ContributionKind.ANSWER_POSTED,
            code,
            Answer,
            answer.pk,
            answer.created_at,
        )
        members = network.members[code]
        count = min(int(rng.expovariate(1 / size.helpful)), len(members))
        for person_id, _ in rng.sample(members, count):
            when = answer.created_at + timedelta(hours=rng.randint(1, 200))
            marks.append(HelpfulMark(answer=answer, person_id=person_id, created_at=when))
            log.add_id(
                person_id, ContributionKind.ANSWER_MARKED_HELPFUL, code, Answer, answer.pk, when
            )
        if question.accepted_answer_id is None and rng.random() < 0.3:
            question.accepted_answer = answer
            accepted.append(question)
            log.add_id(
                answer.author_id,
                ContributionKind.ANSWER_ACCEPTED,
                code,
                Answer,
                answer.pk,
                answer.created_at + timedelta(days=2),
            )
    HelpfulMark.objects.bulk_create(marks, batch_size=2000)
    Question.objects.bulk_update(accepted, ["accepted_answer"], batch_size=500)


def discussions_create(
    rng: random.Random,
    size: ScaleSize,
    anchor: date,
    texts: Texts,
    network: ScaleNetwork,
    log: StreamedContributionLog,
) -> tuple[int, int]:
    """Discussions with their replies; returns how many of each were written."""
    codes = [code for code, members in network.members.items() if members]
    weights = [len(network.members[code]) for code in codes]
    planned = []
    for _ in range(size.discussions):
        code = rng.choices(codes, weights)[0]
        thread = rng.choice(texts.discussions)
        members = network.members[code]
        when = moment(rng, anchor - timedelta(days=YEARS * 365), anchor)
        replies = [
            (
                rng.choice(members)[0],
                when + timedelta(hours=3 + 11 * index),
                rng.choice(thread.responses or texts.paragraphs[thread.language]),
            )
            for index in range(rng.randint(0, 2 * size.replies))
        ]
        last = replies[-1][1] if replies else when
        discussion = Discussion(
            community=network.communities[code],
            author_id=rng.choice(members)[0],
            title=titled(thread.title, network.topics[code][thread.language], 300),
            body=body_compose(rng, texts, thread.language, thread.body),
            language=thread.language,
            last_activity_at=last,
            created_at=when,
            updated_at=last,
        )
        planned.append((code, discussion, replies))
    saved = Discussion.objects.bulk_create([row for _, row, _ in planned], batch_size=1000)
    rows: list[tuple[str, Reply]] = []
    for (code, _, replies), discussion in zip(planned, saved, strict=True):
        log.add_id(
            discussion.author_id,
            ContributionKind.DISCUSSION_STARTED,
            code,
            Discussion,
            discussion.pk,
            discussion.created_at,
        )
        rows.extend(
            (
                code,
                Reply(
                    discussion=discussion,
                    author_id=person_id,
                    body=body,
                    language=discussion.language,
                    created_at=when,
                    updated_at=when,
                ),
            )
            for person_id, when, body in replies
        )
    written = Reply.objects.bulk_create([reply for _, reply in rows], batch_size=2000)
    for code, reply in rows:
        log.add_id(
            reply.author_id,
            ContributionKind.REPLY_POSTED,
            code,
            Reply,
            reply.pk,
            reply.created_at,
            discussion=reply.discussion_id,
        )
    return len(saved), len(written)
