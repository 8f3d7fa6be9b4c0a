"""The rules of participation levels in force in a community, in plain words; network admins
adjust them or go back to the network's defaults."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from trellis.analytics.forms import SERVICE_FIELDS, RulesForm
from trellis.analytics.levels import DEFAULT_WEIGHTS, Level, Rules
from trellis.analytics.permissions import (
    can_adjust_participation_rules,
    can_view_participation_rules,
)
from trellis.analytics.selectors.levels import rules_for
from trellis.analytics.services.rules import participation_rules_reset, participation_rules_update
from trellis.communities.selectors import access_community
from trellis.core.permissions import require, signed_in_person
from trellis.participation.kinds import ContributionKind


@require_http_methods(["GET", "POST"])
def rules(request: HttpRequest, slug: str) -> HttpResponse:
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_view_participation_rules(request.user, community))
    in_force = rules_for([community.pk])[community.pk]
    can_adjust = can_adjust_participation_rules(request.user, community)
    form = None
    if request.method == "POST":
        require(request.user, can_adjust)
        form = RulesForm(request.POST)
        if form.is_valid():
            try:
                participation_rules_update(
                    actor=signed_in_person(request), community=community, **form.service_arguments()
                )
            except ValidationError as refused:
                for field, errors in refused.message_dict.items():
                    name = field if field in SERVICE_FIELDS else None
                    for error in errors:
                        form.add_error(name, error)
            else:
                messages.success(request, _("The rules of participation levels were saved."))
                return redirect("analytics:rules", slug=community.slug)
    elif can_adjust:
        form = RulesForm(initial=RulesForm.initial_from(in_force))
    status = 422 if form is not None and form.errors else 200
    return render(
        request,
        "analytics/rules.html",
        {
            "community": community,
            "rules": in_force,
            "are_defaults": in_force == Rules(),
            "weights": [
                (ContributionKind(kind).label, in_force.weights[kind]) for kind in DEFAULT_WEIGHTS
            ],
            "thresholds": [
                (Level.CORE.label, in_force.core),
                (Level.ACTIVE.label, in_force.active),
                (Level.OCCASIONAL.label, in_force.occasional),
            ],
            "form": form,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def rules_reset(request: HttpRequest, slug: str) -> HttpResponse:
    """A confirmation step, then the community's rules go back to the network's defaults."""
    community = access_community(viewer=request.user, slug=slug)
    require(request.user, can_adjust_participation_rules(request.user, community))
    if request.method == "POST":
        participation_rules_reset(actor=signed_in_person(request), community=community)
        messages.success(request, _("The community uses the network's default rules again."))
        return redirect("analytics:rules", slug=community.slug)
    return render(request, "analytics/rules_reset.html", {"community": community})
