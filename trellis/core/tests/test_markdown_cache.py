"""Rendered markdown is remembered per process, keyed by the text and how mentions link."""

from trellis.core.markdown import _rendered, markdown_to_html


def _profile(person_id: int) -> str:
    return f"/people/{person_id}/"


def test_a_text_shown_again_is_not_rendered_again():
    text = "A **unique** text for the cache test, mentioning @[Ana](7)."
    first = markdown_to_html(text)
    hits = _rendered.cache_info().hits
    assert markdown_to_html(text) == first
    assert _rendered.cache_info().hits == hits + 1


def test_mentions_linked_or_not_are_remembered_apart():
    text = "Thanks to @[Ana](7) for the cache test."
    plain = markdown_to_html(text)
    linked = markdown_to_html(text, mention_url=_profile)
    assert 'href="/people/7/"' in linked
    assert "href" not in plain
    assert markdown_to_html(text) == plain
