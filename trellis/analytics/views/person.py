"""A person's own participation: theirs and network admins' to see; anyone else gets the
same 404 as for a person who does not exist, so nobody learns more."""

from base64 import b64encode
from functools import partial
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from trellis.accounts.selectors import person_by_id
from trellis.analytics.levels import Level
from trellis.analytics.network.drawing import country_name
from trellis.analytics.network.person_ties import person_tie_list
from trellis.analytics.permissions import can_view_person_participation
from trellis.analytics.selectors.person_participation import (
    CommunityParticipation,
    PersonParticipation,
    person_participation,
)
from trellis.core.charts import figure, svg
from trellis.core.exports import Table, table_export
from trellis.core.permissions import signed_in_person
from trellis.core.translated import translated


def _participation(request: HttpRequest, person_id: int) -> PersonParticipation:
    viewer = signed_in_person(request)
    subject = person_by_id(person_id)
    if subject is None or not can_view_person_participation(viewer, subject):
        raise Http404
    return person_participation(viewer=viewer, person=subject)


@require_safe
def person(request: HttpRequest, person_id: int) -> HttpResponse:
    participation = _participation(request, person_id)
    subject = participation.person
    communities = participation.communities
    return render(
        request,
        "analytics/person.html",
        {
            "subject": subject,
            "participation": participation,
            "month_rows": [
                (date_format(first, "YEAR_MONTH_FORMAT"), [c.months[i] for c in communities])
                for i, first in enumerate(participation.month_starts)
            ],
            "chart": _chart(participation) if participation.communities else None,
            "ties": [
                (community, rows, _ties_table_name(community))
                for community, rows in _ties(subject, participation)
            ],
        },
    )


@require_safe
def person_export(
    request: HttpRequest, person_id: int, table: str, file_format: str
) -> HttpResponse:
    """`now` (each community's score and level), `months` (a row per month and community) or
    `ties-<community>` (the person's ties in one community), as CSV or XLSX: for the person
    and network admins, like the page."""
    participation = _participation(request, person_id)
    # Ties cost a graph per community: read them only when a ties table is asked for.
    ties = (
        {
            _ties_table_name(community): partial(_ties_table, rows)
            for community, rows in _ties(participation.person, participation)
        }
        if table.startswith("ties-")
        else {}
    )
    return table_export(
        tables={
            "now": partial(_now_table, participation),
            "months": partial(_months_table, participation),
            **ties,
        },
        table=table,
        format=file_format,
        filename=["participation", person_id, table],
    )


def _community_name(item: CommunityParticipation) -> str:
    return translated(item.community.name) or item.community.code


def _level_label(level: Level | None) -> str:
    return str(level.label) if level else ""


def _now_table(participation: PersonParticipation) -> Table:
    headers = [_("Community"), _("Score"), _("Computed level")]
    rows = [
        [_community_name(item), item.score_now, _level_label(item.level_now)]
        for item in participation.communities
    ]
    return headers, rows


def _months_table(participation: PersonParticipation) -> Table:
    headers = [_("Month"), _("Community"), _("Score"), _("Computed level")]
    rows = [
        [f"{month.first_day:%Y-%m}", _community_name(item), month.score, _level_label(month.level)]
        for item in participation.communities
        for month in item.months
    ]
    return headers, rows


def _ties_table_name(community: Any) -> str:
    return f"ties-{community.slug}"


def _ties_table(rows: list[Any]) -> Table:
    headers = [_("Tied to"), _("Country"), _("Interactions"), _("How")]
    return headers, [
        [other.name, country, weight, ", ".join(kinds)] for other, country, weight, kinds in rows
    ]


def _ties(subject: Any, participation: PersonParticipation) -> list[tuple[Any, list[Any]]]:
    """Per community the person belongs to: who they are tied to, its country, how often, how."""
    found = person_tie_list(
        person=subject,
        communities=[c.community for c in participation.communities if c.is_member],
    )
    return [
        (
            entry.community,
            [
                (tie.second, country_name(tie.second.country), tie.weight, tie.kind_labels())
                for tie in entry.ties
            ],
        )
        for entry in found
    ]


def _chart(participation: PersonParticipation) -> str:
    """The chart as a data address for an <img>: inline, matplotlib's SVG carries style
    attributes the content security policy refuses; inside an image they are the image's own."""
    title = _("Points month by month in each community")
    element = _chart_svg(participation, title)
    return "data:image/svg+xml;base64," + b64encode(element.encode()).decode()


def _chart_svg(participation: PersonParticipation, title: str) -> SafeString:
    chart = figure(width=6.4, height=3.2)
    axes = chart.add_subplot()
    labels = [date_format(d, "M y") for d in participation.month_starts]
    for community in participation.communities:
        axes.plot(
            labels,
            [month.score for month in community.months],
            marker="o",
            label=translated(community.community.name) or community.community.code,
        )
    axes.set_ylabel(_("Points in the month"))
    axes.tick_params(axis="x", labelrotation=45)
    axes.legend(loc="upper left", fontsize="small")
    return svg(chart, title=title)
