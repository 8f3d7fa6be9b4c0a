"""The indicator library by cycle, one indicator with its definition, observations and target,
and the forms that add indicators, observations and targets."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from trellis.communities.permissions import is_network_admin
from trellis.communities.selectors import access_community, community_list
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person
from trellis.core.translated import translated
from trellis.value.charts import observations_svg
from trellis.value.forms import IndicatorForm, ObservationForm, TargetForm
from trellis.value.models import Indicator, IndicatorSource
from trellis.value.permissions import can_view_value
from trellis.value.selectors import (
    access_indicator,
    indicator_computation,
    indicator_list,
    observation_list,
    target_list,
    value_recording_communities,
)
from trellis.value.services.indicators import indicator_create
from trellis.value.services.observations import observation_record, target_set


def _scoped(request: HttpRequest, form_class: Any, indicator: Indicator | None = None) -> Any:
    communities = value_recording_communities(viewer=request.user)
    if indicator is not None and indicator.community_id is not None:
        communities = [c for c in communities if c.pk == indicator.community_id]
    network = is_network_admin(request.user) and (
        indicator is None or indicator.community_id is None
    )
    data = request.POST if request.method == "POST" else None
    return form_class(data, communities=communities, network=network)


@require_safe
def indicators(request: HttpRequest) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    community = None
    if request.GET.get("community"):
        community = access_community(viewer=request.user, slug=request.GET["community"])
    return render(
        request,
        "value/indicators.html",
        {
            "groups": indicator_list(viewer=request.user, community=community),
            "community": community,
            "communities": community_list(viewer=request.user),
            "can_add": bool(value_recording_communities(viewer=request.user))
            or is_network_admin(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def indicator_new(request: HttpRequest) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    form = _scoped(request, IndicatorForm)
    require(request.user, len(form.fields["community"].choices) > 0)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            indicator = indicator_create(
                actor=signed_in_person(request),
                community=form.chosen_community(),
                cycle=data["cycle"],
                capital=data["capital"],
                name=data["name"],
                description=data["description"],
                kind=data["kind"],
                source=data["source"],
                unit=data["unit"],
            )
        except ValidationError as refused:
            apply_validation_error(form, refused)
        else:
            messages.success(request, _("The indicator was added to the library."))
            return redirect("value:indicator", indicator_id=indicator.pk)
    status = 422 if form.errors else 200
    return render(request, "value/indicator_new.html", {"form": form}, status=status)


def _detail(
    request: HttpRequest,
    indicator: Indicator,
    *,
    observation_form: Any = None,
    target_form: Any = None,
    status: int = 200,
) -> HttpResponse:
    recording = bool(value_recording_communities(viewer=request.user)) or is_network_admin(
        request.user
    )
    manual = indicator.source != IndicatorSource.COMPUTED
    if recording and observation_form is None and manual:
        observation_form = _scoped(request, ObservationForm, indicator)
    if recording and target_form is None and indicator.kind == "quantitative":
        target_form = _scoped(request, TargetForm, indicator)
    observations = list(observation_list(viewer=request.user, indicator=indicator))
    targets = list(target_list(viewer=request.user, indicator=indicator))
    title = _("%(indicator)s over time") % {"indicator": translated(indicator.name)}
    return render(
        request,
        "value/indicator.html",
        {
            "indicator": indicator,
            "computation": indicator_computation(indicator),
            "observations": observations,
            "targets": targets,
            "chart": observations_svg(observations, targets, title=title),
            "observation_form": observation_form if recording and manual else None,
            "target_form": target_form if recording else None,
        },
        status=status,
    )


@require_safe
def indicator(request: HttpRequest, indicator_id: int) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    return _detail(request, access_indicator(viewer=request.user, indicator_id=indicator_id))


def _refused_scope(form: Any) -> bool:
    return not form.fields["community"].choices


@require_POST
def observation_add(request: HttpRequest, indicator_id: int) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    indicator = access_indicator(viewer=request.user, indicator_id=indicator_id)
    form = _scoped(request, ObservationForm, indicator)
    require(request.user, not _refused_scope(form))
    if form.is_valid():
        data = form.cleaned_data
        try:
            observation_record(
                actor=signed_in_person(request),
                indicator=indicator,
                community=form.chosen_community(),
                country=data["country"],
                period_start=data["period_start"],
                period_end=data["period_end"],
                value=data["value"],
                text=data["text"],
                evidence_note=data["evidence_note"],
                evidence_link=data["evidence_link"],
            )
        except ValidationError as refused:
            apply_validation_error(form, refused)
        else:
            messages.success(request, _("The observation was recorded."))
            return redirect("value:indicator", indicator_id=indicator.pk)
    return _detail(request, indicator, observation_form=form, status=422)


@require_POST
def target_update(request: HttpRequest, indicator_id: int) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    indicator = access_indicator(viewer=request.user, indicator_id=indicator_id)
    form = _scoped(request, TargetForm, indicator)
    require(request.user, not _refused_scope(form))
    if form.is_valid():
        data = form.cleaned_data
        try:
            target_set(
                actor=signed_in_person(request),
                indicator=indicator,
                community=form.chosen_community(),
                country=data["country"],
                baseline=data["baseline"],
                baseline_date=data["baseline_date"],
                target=data["target"],
                target_date=data["target_date"],
            )
        except ValidationError as refused:
            apply_validation_error(form, refused)
        else:
            messages.success(request, _("The baseline and target were saved."))
            return redirect("value:indicator", indicator_id=indicator.pk)
    return _detail(request, indicator, target_form=form, status=422)
