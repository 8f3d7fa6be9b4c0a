"""Leadership roles: who holds which role, for which period; assigning and ending them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from trellis.communities import permissions, selectors, services
from trellis.communities.forms import RoleAssignmentForm
from trellis.communities.models import Community
from trellis.communities.views.community import _community_context
from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person

# The person list of the form shows at most this many people matching the search.
CANDIDATES_SHOWN = 50


def _role_page(request: HttpRequest, community: Community | None) -> HttpResponse:
    require(request.user, permissions.can_assign_roles(request.user, community))
    search = (request.GET.get("q") or "").strip()[:100]
    people = selectors.role_candidate_list(community=community)
    # The coverage page links a vacant role here with `?role=<id>` to preselect it.
    preselected = request.GET.get("role", "")
    form = RoleAssignmentForm(
        request.POST or None,
        initial={"role": preselected} if preselected.isdigit() else None,
        people=people,
        roles=selectors.role_list(for_community=community is not None),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.role_assign(
                actor=signed_in_person(request), community=community, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The role has been assigned."))
            return redirect(request.path)
    # The form validates against every candidate, but offers only a screenful of them: those
    # matching the search, and the person already chosen when the form comes back with errors.
    chosen = form["person"].value() if request.method == "POST" else None
    form.candidates_limit(
        selectors.role_candidate_list(community=community, search=search)[:CANDIDATES_SHOWN],
        chosen=people.filter(pk=chosen) if str(chosen or "").isdigit() else None,
    )
    context = _community_context(request, community) if community is not None else {}
    context.update(
        {
            "scope_community": community,
            "form": form,
            "search": search,
            "shown": CANDIDATES_SHOWN,
            "current": selectors.role_assignment_list(community=community),
            "past": selectors.role_assignment_ended_list(community=community)[:50],
        }
    )
    return render(request, "communities/roles.html", context)


@require_http_methods(["GET", "POST"])
def community_roles(request: HttpRequest, slug: str) -> HttpResponse:
    community = selectors.access_community(viewer=request.user, slug=slug)
    return _role_page(request, community)


@require_http_methods(["GET", "POST"])
def network_roles(request: HttpRequest) -> HttpResponse:
    return _role_page(request, None)


@require_POST
def role_end(request: HttpRequest, assignment_id: int) -> HttpResponse:
    assignment = selectors.access_role_assignment(viewer=request.user, assignment_id=assignment_id)
    services.role_end(actor=signed_in_person(request), assignment=assignment)
    messages.success(request, _("The role has ended."))
    if assignment.community is None:
        return redirect("communities:network_roles")
    # Ended from the coverage page, the convener goes back to it (a name, never an address).
    page = "role_coverage" if request.POST.get("return_to") == "coverage" else "roles"
    return redirect(f"communities:{page}", slug=assignment.community.slug)
