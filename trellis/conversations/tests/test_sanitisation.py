"""Hostile input never reaches a page as markup: no script, no event handler, no script link.

The output is checked with an HTML parser, as a browser would read it, rather than by looking
for substrings: text such as "onclick=" written by a person may appear, escaped, as text.
"""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trellis.conversations.templatetags.conversations import post_markdown

DANGEROUS_ELEMENTS = {
    "script",
    "iframe",
    "style",
    "svg",
    "math",
    "object",
    "embed",
    "img",
    "form",
    "input",
    "link",
    "meta",
    "base",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "background"}
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)


def assert_harmless(html: str) -> None:
    assert "<script" not in html.lower()
    parser = _Elements()
    parser.feed(html)
    parser.close()
    assert not parser.comments, html
    for tag, attrs in parser.tags:
        assert tag not in DANGEROUS_ELEMENTS, html
        for name, value in attrs:
            assert not name.startswith("on"), html
            assert name != "style", html
            if name in URL_ATTRIBUTES:
                # What a browser would follow: entities decoded (the parser did), then
                # whitespace and control characters ignored, case ignored.
                scheme = _INVISIBLE.sub("", value or "").lower()
                assert not scheme.startswith(("javascript:", "data:", "vbscript:")), html


HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    '<a href="#" onclick="alert(1)">click</a>',
    "<div onmouseover=alert(1)>hover</div>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1))",
    "[click](&#x6A;avascript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    '[a](https://example.org "title" onmouseover="alert(1)")',
    "<b><i>unclosed <u>nested <a href='javascript:alert(1)'>x",
    "**bold *nested** broken*` `` ```",
    "<!-- <script>alert(1)</script> -->",
    "<!--[if IE]><script>alert(1)</script><![endif]-->",
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<object data=javascript:alert(1)></object><embed src=javascript:alert(1)>",
    "<form action=javascript:alert(1)><input type=submit></form>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "| a | b |\n|---|---|\n| <script>x</script> | [y](javascript:z) |",
    "> <img src=x onerror=alert(1)>\n> - [x](javascript:alert(1))",
    "@[Name](javascript:alert(1))",
    "@[Name](1 onclick=alert(1))",
    "@[Name](abc)",
    '@[<img src=x onerror=alert(1)>"><script>alert(1)</script>](5)',
    '@[Name" onmouseover="alert(1)](5)',
    "@[<a href='javascript:alert(1)'>x</a>](7)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_renders_harmless(text):
    assert_harmless(post_markdown(text))


def test_script_text_is_shown_escaped_not_run():
    html = post_markdown("<script>alert(1)</script>")
    assert "&lt;script&gt;" in html


def links(html: str) -> list[dict[str, str | None]]:
    parser = _Elements()
    parser.feed(html)
    return [dict(attrs) for tag, attrs in parser.tags if tag == "a"]


def test_obfuscated_javascript_links_lead_nowhere():
    for text in HOSTILE[6:16]:
        assert all("href" not in link for link in links(post_markdown(text))), text


def test_mention_with_markup_in_name_is_escaped_text():
    html = post_markdown('@[<img src=x onerror=alert(1)>"><script>](5)')
    assert 'href="/people/5/"' in html
    assert "&lt;img" in html
    assert "<img" not in html


def test_mention_with_non_numeric_id_is_not_a_mention():
    html = post_markdown("@[Name](javascript:alert(1))")
    assert 'class="mention"' not in html
    assert "href" not in html


def test_normal_markdown_still_renders():
    html = post_markdown(
        "**bold** and *italic*\n\n- one\n- two\n\n1. first\n\n"
        "[a link](https://example.org/page?a=1&b=2) `code`\n\n```\nblock\n```\n\n> quoted"
    )
    assert "<strong>bold</strong>" in html
    assert "<em>italic</em>" in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert "<ol>" in html
    assert '<a href="https://example.org/page?a=1&amp;b=2"' in html
    assert 'rel="nofollow noopener noreferrer"' in html
    assert "<code>code</code>" in html
    assert "<pre><code>block" in html
    assert "<blockquote>" in html


def test_mentions_link_to_profiles_in_any_script():
    html = post_markdown("Спасибо, @[Анна Петрова](12) and @[John Smith](3)!")
    assert '<a class="mention" href="/people/12/"' in html
    assert ">@Анна Петрова</a>" in html
    assert '<a class="mention" href="/people/3/"' in html


def test_mention_inside_code_stays_code():
    html = post_markdown("`@[Anna](12)`")
    assert "<code>@[Anna](12)</code>" in html
    assert "mention" not in html


def test_class_attribute_other_than_mention_is_dropped():
    # Only the parser produces class="mention"; markdown cannot, and nothing else survives nh3.
    html = post_markdown('<a class="mention evil" href="/x">x</a> [y](/y)')
    assert links(html) == [{"href": "/y", "rel": "nofollow noopener noreferrer"}]


HOSTILE_FRAGMENTS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        " onclick=",
        "javascript:",
        "JaVaScRiPt:",
        "java\tscript:",
        "&#106;",
        "data:",
        "[",
        "](",
        ")",
        "@[",
        "<",
        ">",
        '"',
        "'",
        "`",
        "*",
        "\n",
        "<!--",
        "-->",
        "<svg",
        "<a href=",
        "&",
        ";",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(HOSTILE_FRAGMENTS, st.text(max_size=20)), max_size=30).map("".join))
def test_any_text_renders_harmless(text):
    html = post_markdown(text)
    assert "<script" not in html.lower()
    assert_harmless(html)
