"""Pagination for list pages."""

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

DEFAULT_PAGE_SIZE = 30


def paginate(
    request: HttpRequest,
    items: Any,
    *,
    per_page: int = DEFAULT_PAGE_SIZE,
    number: int | None = None,
) -> Page:
    """The requested page of items, or page `number` when the view knows which one to show (the
    page an item a link points to is on); a bad or out-of-range page number gives the nearest
    page."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(number if number is not None else request.GET.get("page"))
