"""Template helpers: translated catalogue text, markdown, pagination and export links, time
zones."""

from datetime import datetime
from typing import Any

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from trellis.core.languages import LANGUAGE_NAMES
from trellis.core.markdown import markdown_to_html
from trellis.core.time_zones import zone_label
from trellis.core.translated import LANGUAGE_MARKS, translated, translated_with_language

register = template.Library()


@register.filter(name="tr")
def translated_filter(value: dict[str, str] | None) -> str:
    """{{ community.name|tr }}: the text in the viewer's language."""
    return translated(value)


@register.filter(name="tr_marked")
def translated_marked(value: dict[str, str] | None) -> SafeString:
    """{{ change.note|tr_marked }}: the text in the viewer's language; a text only written in
    another language is shown with its language marked, "(in English)"."""
    text, language = translated_with_language(value)
    if not text or not _is_fallback(language):
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span> {}', language, text, _fallback_mark(language))


def _is_fallback(language: str) -> bool:
    return bool(language) and language != (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _fallback_mark(language: str) -> SafeString:
    """The visible mark "(in English)": the reader knows the text is not in their language."""
    mark = LANGUAGE_MARKS.get(language) or LANGUAGE_NAMES.get(language) or language
    return format_html('<span class="muted fallback-language">({})</span>', mark)


@register.filter(name="markdown")
def markdown_filter(value: str | dict[str, str] | None) -> SafeString:
    """Markdown as sanitised HTML; translated text in the viewer's language, and a text only
    written in another language marked as such (see `tr_marked`)."""
    if not isinstance(value, dict):
        return mark_safe(markdown_to_html(value or ""))  # noqa: S308 - sanitised by nh3
    text, language = translated_with_language(value)
    html = mark_safe(markdown_to_html(text))  # noqa: S308 - sanitised by nh3
    if not text or not _is_fallback(language):
        return html
    return format_html('<div lang="{}">{}</div><p>{}</p>', language, html, _fallback_mark(language))


@register.inclusion_tag("core/pagination.html", takes_context=True)
def pagination(context: dict[str, Any], page: Any) -> dict[str, Any]:
    request = context["request"]
    query = request.GET.copy()
    query.pop("page", None)
    return {"page": page, "query": query.urlencode()}


@register.inclusion_tag("core/export_links.html", takes_context=True)
def export_links(context: dict[str, Any], url_name: str, *args: Any, table: str) -> dict[str, Any]:
    """{% export_links "app:page_export" community.slug table="levels" %}: CSV and XLSX links
    to one table of the page, for the page's own query (its filters or range, not its page)."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    suffix = f"?{query.urlencode()}" if query else ""
    return {
        "links": [
            (label, reverse(url_name, args=[*args, table, file_format]) + suffix)
            for file_format, label in (("csv", "CSV"), ("xlsx", "XLSX"))
        ]
    }


@register.filter(name="get_item")
def get_item(mapping: dict[Any, Any] | None, key: Any) -> Any:
    """{{ labels|get_item:code }}: a dictionary lookup by a variable key."""
    return (mapping or {}).get(key, key)


@register.filter(name="language_names")
def language_names(codes: list[str] | None) -> str:
    """{{ activity.languages|language_names }}: "English, Russian" in the viewer's language."""
    return ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in codes or [])


@register.filter(name="zone_name")
def zone_name(zone: Any, at: Any = None) -> str:
    """{{ activity.timezone|zone_name:activity.starts_at }}: "Chișinău (UTC+02:00)", the city
    and its offset at that moment (now, without one), never the database's identifier."""
    return zone_label(zone, at if isinstance(at, datetime) else None)
