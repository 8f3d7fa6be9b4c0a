"""Reads for writing and moderation: which community a post belongs to, the flag queue, edit
history, who moderates, and whom an author may mention."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from trellis.accounts.models import User
from trellis.accounts.selectors import person_list
from trellis.communities.models import Community, Role, RoleAssignment
from trellis.conversations.models import (
    Answer,
    Comment,
    Discussion,
    Flag,
    FlagState,
    Question,
    Reply,
    Revision,
)
from trellis.conversations.permissions import (
    MODERATE_REASON,
    can_moderate,
    can_see_post,
    can_view_conversations,
    is_signed_in,
)
from trellis.core.errors import LoginRequired
from trellis.core.permissions import require
from trellis.notifications.registry import target_url

Post = Question | Answer | Comment | Discussion | Reply

POST_MODELS: dict[str, type[Post]] = {
    "question": Question,
    "answer": Answer,
    "comment": Comment,
    "discussion": Discussion,
    "reply": Reply,
}
# What to load with each kind of post so that its community is known without further queries.
_COMMUNITY_PATHS: dict[str, tuple[str, ...]] = {
    "question": ("community",),
    "answer": ("question__community",),
    "comment": ("question__community", "answer__question__community"),
    "discussion": ("community",),
    "reply": ("discussion__community",),
}
EXCERPT_LENGTH = 280
MENTION_CANDIDATES = 8


def post_kind(post: Any) -> str:
    """The kind of post as named in URLs: question, answer, comment, discussion or reply."""
    for kind, model in POST_MODELS.items():
        if isinstance(post, model):
            return kind
    raise ValueError(f"not a post: {post!r}")


def _comment_question(comment: Comment) -> Question:
    """The question a comment is under, directly or through the answer it comments on."""
    if comment.question is not None:
        return comment.question
    assert comment.answer is not None  # the comment_on_question_or_answer constraint
    return comment.answer.question


def post_community(post: Any) -> Community | None:
    """The community a post belongs to; None for a network-wide question and what is under it."""
    if isinstance(post, Question | Discussion):
        return post.community
    if isinstance(post, Answer):
        return post.question.community
    if isinstance(post, Comment):
        return _comment_question(post).community
    if isinstance(post, Reply):
        return post.discussion.community
    raise ValueError(f"not a post: {post!r}")


def post_title(post: Any) -> str:
    """What a post is about: its own title, or the title of the question or discussion."""
    if isinstance(post, Question | Discussion):
        return post.title
    if isinstance(post, Answer):
        return post.question.title
    if isinstance(post, Comment):
        return _comment_question(post).title
    if isinstance(post, Reply):
        return post.discussion.title
    return str(post)


def post_excerpt(post: Any, length: int = EXCERPT_LENGTH) -> str:
    body = " ".join(str(post.body).split())
    return body if len(body) <= length else body[: length - 1].rstrip() + "…"


def post_url(post: Any) -> str:
    """The page showing the post, as its app registered it; "" when it has none."""
    return target_url(post)


def post_edit_url(post: Any) -> str:
    """The post's own edit page (owned by the questions and discussions pages), if it has one."""
    kind = post_kind(post)
    args: list[Any] = [post.pk]
    if isinstance(post, Discussion):
        args = [post.community.slug, post.pk]
    try:
        return reverse(f"conversations:{kind}_edit", args=args)
    except NoReverseMatch:
        return ""


def access_post(*, viewer: Any, kind: str, post_id: int) -> tuple[Post, Community | None]:
    """The post and its community; 404 when it does not exist or the viewer may not read the
    conversations it belongs to (a sponsor who sees a private community does not see its posts).

    Network-wide posts ask a visitor to log in. A hidden post exists only for those who may
    moderate it.
    """
    model = POST_MODELS.get(kind)
    if model is None:
        raise Http404
    posts: QuerySet[Any] = model.objects.select_related("author", *_COMMUNITY_PATHS[kind])  # type: ignore[attr-defined]
    post = posts.filter(pk=post_id).first()
    if post is None:
        raise Http404
    community = post_community(post)
    if community is None and not is_signed_in(viewer):
        raise LoginRequired
    if not can_see_post(viewer, post, community):
        raise Http404
    return post, community


def moderator_list(*, community: Community | None) -> list[User]:
    """Who looks at flags: the community's current conveners; network admins for network-wide
    posts, and for a community that has no convener at the moment."""
    assignments = RoleAssignment.objects.current()
    if community is not None:
        conveners = User.objects.filter(
            is_active=True,
            role_assignments__in=assignments.filter(community=community, role__code=Role.CONVENER),
        ).distinct()
        found = list(conveners.order_by("pk"))
        if found:
            return found
    admins = User.objects.filter(is_active=True).filter(
        Q(is_superuser=True)
        | Q(role_assignments__in=assignments.filter(community=None, role__code=Role.NETWORK_ADMIN))
    )
    return list(admins.distinct().order_by("pk"))


def mention_community_get(*, viewer: Any, slug: str) -> Community | None:
    """The community an author writes in, to mention its readers; None when there is none by
    that slug or the author may not read its conversations (then anyone may be mentioned)."""
    if not slug:
        return None
    community = Community.objects.filter(slug=slug).first()
    if community is None or not can_view_conversations(viewer, community):
        return None
    return community


def mention_candidate_list(*, viewer: Any, query: str, community: Community | None) -> list[User]:
    """People whose name starts a word with `query`, whom the viewer may see in the directory and
    who may read the conversations of `community` (so mentioning them means something)."""
    query = query.strip()
    if not query:
        return []
    people = person_list(viewer=viewer, search=query).exclude(pk=viewer.pk)
    found: list[User] = []
    for person in people[: MENTION_CANDIDATES * 4]:
        if community is None or can_view_conversations(person, community):
            found.append(person)
        if len(found) == MENTION_CANDIDATES:
            break
    return found


def revision_list(*, viewer: Any, post: Any, community: Community | None) -> QuerySet[Revision]:
    """Earlier versions of a post, newest first; for moderators only."""
    require(viewer, can_moderate(viewer, community), reason=MODERATE_REASON)
    return Revision.objects.filter(
        target_type=ContentType.objects.get_for_model(post), target_id=post.pk
    ).select_related("edited_by")


@dataclass
class PostVersion:
    """One version of a post's text: who wrote it and when, and who replaced it and when."""

    title: str
    body: str
    written_by: User | None
    written_at: datetime
    replaced_by: User | None = None
    replaced_at: datetime | None = None

    @property
    def is_current(self) -> bool:
        return self.replaced_at is None


def post_version_list(*, viewer: Any, post: Any, community: Community | None) -> list[PostVersion]:
    """The current text and every earlier one, newest first; for moderators only.

    A revision keeps the text an edit replaced, so the text of each version was written by the
    person who made the edit before it (the author, for the first version).
    """
    revisions = list(revision_list(viewer=viewer, post=post, community=community))
    versions: list[PostVersion] = []
    writer, written_at = post.author, post.created_at
    for revision in reversed(revisions):
        versions.append(
            PostVersion(
                title=revision.title,
                body=revision.body,
                written_by=writer,
                written_at=written_at,
                replaced_by=revision.edited_by,
                replaced_at=revision.edited_at,
            )
        )
        writer, written_at = revision.edited_by, revision.edited_at
    versions.append(
        PostVersion(
            title=getattr(post, "title", ""),
            body=post.body,
            written_by=writer,
            written_at=written_at,
        )
    )
    versions.reverse()
    return versions


@dataclass
class FlaggedPost:
    """A post in the flag queue with every flag raised on it."""

    post: Any
    kind: str
    title: str
    excerpt: str
    url: str
    edit_url: str
    flags: list[Flag] = field(default_factory=list)

    @property
    def latest(self) -> Any:
        return max(flag.created_at for flag in self.flags) if self.flags else timezone.now()


def _load_posts(flags: list[Flag]) -> dict[tuple[int, int], Any]:
    """Each flagged post, loaded once per kind with what its title and community need."""
    wanted: dict[int, set[int]] = {}
    for flag in flags:
        wanted.setdefault(flag.target_type_id, set()).add(flag.target_id)
    posts: dict[tuple[int, int], Any] = {}
    for kind, model in POST_MODELS.items():
        content_type = ContentType.objects.get_for_model(model)
        ids = wanted.get(content_type.pk)
        if not ids:
            continue
        related = ("author", *_COMMUNITY_PATHS[kind])
        if kind == "answer":
            related = (*related, "question")
        loaded: QuerySet[Model] = model.objects.select_related(*related).filter(pk__in=ids)  # type: ignore[attr-defined]
        for post in loaded:
            posts[(content_type.pk, post.pk)] = post
    return posts


def flagged_post_list(
    *, viewer: Any, community: Community | None, state: str = FlagState.OPEN, limit: int = 100
) -> list[FlaggedPost]:
    """Flagged posts of a community (or network-wide), each with its flags, latest first.

    For moderators only. A fixed number of queries: the flags, then one per kind of post.
    """
    require(viewer, can_moderate(viewer, community), reason=MODERATE_REASON)
    flags = list(
        Flag.objects.filter(community=community, state=state)
        .select_related("flagged_by", "resolved_by")
        .order_by("-created_at", "-id")[: limit * 5]
    )
    posts = _load_posts(flags)
    grouped: dict[tuple[int, int], FlaggedPost] = {}
    for flag in flags:
        key = (flag.target_type_id, flag.target_id)
        post = posts.get(key)
        if post is None:
            continue
        if state == FlagState.HIDDEN and not post.hidden:
            continue
        entry = grouped.get(key)
        if entry is None:
            if len(grouped) == limit:
                continue
            entry = grouped[key] = FlaggedPost(
                post=post,
                kind=post_kind(post),
                title=post_title(post),
                excerpt=post_excerpt(post),
                url=post_url(post),
                edit_url=post_edit_url(post),
            )
        entry.flags.append(flag)
    return list(grouped.values())
