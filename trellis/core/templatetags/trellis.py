"""Template helpers: translated catalogue text, markdown, pagination links, time zones."""

from datetime import datetime
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from trellis.core.languages import LANGUAGE_NAMES
from trellis.core.markdown import markdown_to_html
from trellis.core.time_zones import zone_label
from trellis.core.translated import translated

register = template.Library()


@register.filter(name="tr")
def translated_filter(value: dict[str, str] | None) -> str:
    """{{ community.name|tr }}: the text in the viewer's language."""
    return translated(value)


@register.filter(name="markdown")
def markdown_filter(value: str | dict[str, str] | None) -> SafeString:
    text = translated(value) if isinstance(value, dict) else (value or "")
    return mark_safe(markdown_to_html(text))  # noqa: S308 - sanitised by nh3


@register.inclusion_tag("core/pagination.html", takes_context=True)
def pagination(context: dict[str, Any], page: Any) -> dict[str, Any]:
    request = context["request"]
    query = request.GET.copy()
    query.pop("page", None)
    return {"page": page, "query": query.urlencode()}


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
