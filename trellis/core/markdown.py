"""User-written markdown, rendered and sanitised: no script or event handler reaches a page.

Besides CommonMark (with tables), the parser knows one token of its own, the mention
`@[Full Name](123)`: the name is free text in any script (spaces, Cyrillic, Latin) and the
number is the person's id, so a mention is never ambiguous. Mentions are recognised where
markdown text is (not in code), rendered as escaped text and then, like everything else, go
through the nh3 allow-list.
"""

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

MENTION_NAME_MAX_LENGTH = 100
MENTION_PATTERN = re.compile(
    rf"@\[(?P<name>[^\[\]\r\n]{{1,{MENTION_NAME_MAX_LENGTH}}})\]\((?P<id>[1-9][0-9]{{0,11}})\)"
)

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
ALLOWED_CLASSES = {"a": {"mention"}, "span": {"mention"}}
URL_SCHEMES = {"http", "https", "mailto"}

MentionUrl = Callable[[int], str]


def _mention_rule(state: StateInline, silent: bool) -> bool:
    if state.src[state.pos] != "@":
        return False
    match = MENTION_PATTERN.match(state.src, state.pos)
    if match is None or not match["name"].strip():
        return False
    if not silent:
        token = state.push("mention", "", 0)
        token.meta = {"person_id": int(match["id"]), "name": match["name"].strip()}
    state.pos = match.end()
    return True


def _render_mention(
    renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: dict[str, Any]
) -> str:
    meta = tokens[idx].meta
    name = escapeHtml(f"@{meta['name']}")
    mention_url: MentionUrl | None = env.get("mention_url")
    if mention_url is None:
        return f'<span class="mention">{name}</span>'
    href = escapeHtml(mention_url(meta["person_id"]))
    return f'<a class="mention" href="{href}">{name}</a>'


_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_markdown.inline.ruler.before("link", "mention", _mention_rule)
_markdown.add_render_rule("mention", _render_mention)


_SAFE_HREF = re.compile(r"^(https?:|mailto:|[/#?])", re.IGNORECASE)


def _href_filter(tag: str, attribute: str, value: str) -> str | None:
    """Drop a link target that looks like a scheme nh3 does not know, such as `java%09script:`.

    Browsers would treat it as a relative address, but a post has no use for one that has a
    colon before its first slash, so it is not worth the doubt.
    """
    if attribute != "href" or _SAFE_HREF.match(value) or ":" not in value.split("/", 1)[0]:
        return value
    return None


def sanitise_html(html: str) -> str:
    """Keep only the allow-listed tags, attributes, classes and link schemes."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_href_filter,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )


def markdown_to_html(text: str, *, mention_url: MentionUrl | None = None) -> str:
    """Safe HTML for markdown text written by a person.

    With `mention_url` (a person's id to the address of their page) mentions become links;
    without it they are shown as plain "@Name".
    """
    return _rendered(text or "", mention_url)


# The HTML depends only on the text and the function that names profile addresses (a module
# function, the same for the life of the process), so the texts a page shows again and again
# (a community's domain, a popular question) are rendered once per process: nothing to
# invalidate, and a bounded number of entries.
@functools.lru_cache(maxsize=2048)
def _rendered(text: str, mention_url: MentionUrl | None) -> str:
    html = _markdown.render(text, {"mention_url": mention_url})
    return sanitise_html(html)


def _walk(tokens: Iterable[Token]) -> Iterable[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def markdown_mentions(text: str) -> list[int]:
    """Ids of the people mentioned in the text, in order, each once; code is not looked into."""
    ids: list[int] = []
    for token in _walk(_markdown.parse(text or "")):
        if token.type == "mention" and token.meta["person_id"] not in ids:
            ids.append(token.meta["person_id"])
    return ids
