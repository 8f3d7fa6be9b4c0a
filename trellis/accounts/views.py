"""People's pages: the directory, profiles, editing one's own profile, tokens, language."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django.views.i18n import set_language as django_set_language

from trellis.accounts import permissions, selectors
from trellis.accounts.forms import AccessTokenForm, ProfileForm
from trellis.accounts.services import (
    access_token_create,
    access_token_revoke,
    person_language_set,
    profile_update,
)
from trellis.communities.permissions import is_signed_in
from trellis.core.forms import apply_validation_error
from trellis.core.languages import LANGUAGE_CHOICES, LANGUAGE_NAMES
from trellis.core.pagination import paginate
from trellis.core.permissions import signed_in_person
from trellis.core.remembered_pages import remember_page
from trellis.search.ranking import search_query


@require_safe
def directory(request: HttpRequest) -> HttpResponse:
    """Browse people, filtered by community, country, language and expertise, or search them.

    A search is not remembered: the index follows writes a moment later, so a remembered
    result could miss what was just written."""
    if search_query(request.GET.get("q")):
        return _directory_page(request)
    return _directory_remembered(request)


def _directory_page(request: HttpRequest) -> HttpResponse:
    filters = {
        "community_slug": request.GET.get("community", "")[:40],
        "country": request.GET.get("country", "")[:2],
        "language": request.GET.get("language", "")[:8],
        "expertise": request.GET.get("expertise", "")[:80],
        "search": search_query(request.GET.get("q")),
    }
    people = selectors.person_directory(
        viewer=request.user, **{k: v or None for k, v in filters.items()}
    )
    page = paginate(request, people, per_page=24)
    return render(
        request,
        "accounts/directory.html",
        {
            "page": page,
            "filters": filters,
            "communities": selectors.directory_community_choices(viewer=request.user),
            "countries": selectors.directory_country_list(),
            "languages": LANGUAGE_CHOICES,
            "expertise_topics": selectors.directory_expertise_choices(),
        },
    )


_directory_remembered = remember_page(_directory_page)


@require_safe
@remember_page
def profile(request: HttpRequest, person_id: int) -> HttpResponse:
    person = selectors.access_person(viewer=request.user, person_id=person_id)
    return render(
        request,
        "accounts/profile.html",
        {
            "person": person,
            "show_email": permissions.can_see_email(request.user, person),
            "languages": [LANGUAGE_NAMES.get(code, code) for code in person.languages],
            "communities": selectors.person_communities(viewer=request.user, person=person),
            "is_self": permissions.can_edit_profile(request.user, person),
        },
    )


@require_safe
def photo(request: HttpRequest, person_id: int) -> FileResponse:
    """Profile photos are served through the app so a hidden profile hides its photo too."""
    person = selectors.access_person(viewer=request.user, person_id=person_id)
    if not person.photo:
        raise Http404
    try:
        handle = person.photo.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    person = signed_in_person(request)
    form = ProfileForm(request.POST or None, request.FILES or None, person=person)
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(actor=person, person=person, **form.profile_changes())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:profile", person_id=person.pk)
            if person.preferred_language:
                response.set_cookie(settings.LANGUAGE_COOKIE_NAME, person.preferred_language)
            return response
    return render(
        request,
        "accounts/profile_edit.html",
        {
            "form": form,
            "tokens": selectors.access_token_list(person=person),
            "token_form": AccessTokenForm(),
        },
    )


@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    person = signed_in_person(request)
    form = AccessTokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the token a name of at most 100 characters."))
        return redirect("accounts:profile_edit")
    token, raw = access_token_create(person=person, name=form.cleaned_data["name"])
    return render(request, "accounts/token_created.html", {"token": token, "raw": raw})


@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    access_token_revoke(person=signed_in_person(request), token_id=token_id)
    messages.success(request, _("The token has been revoked."))
    return redirect("accounts:profile_edit")


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language, and remember it for a signed-in person."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if language in dict(settings.LANGUAGES) and is_signed_in(request.user):
        person_language_set(person=signed_in_person(request), language=language)
    return response
