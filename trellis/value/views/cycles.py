"""The value-creation cycles the network reads its value through, and the choice of them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from trellis.core.forms import apply_validation_error
from trellis.core.permissions import require, signed_in_person
from trellis.value.cycles import CycleCode, Framework
from trellis.value.forms import FrameworkForm
from trellis.value.permissions import can_choose_value_framework, can_view_value
from trellis.value.selectors import capital_list, value_cycle_list, value_framework_get
from trellis.value.services.framework import value_framework_set


@require_safe
def cycles(request: HttpRequest) -> HttpResponse:
    require(request.user, can_view_value(request.user))
    return render(
        request,
        "value/cycles.html",
        {
            "framework": Framework(value_framework_get()).label,
            "cycles": value_cycle_list(),
            "potential": CycleCode.POTENTIAL,
            "capitals": capital_list(),
            "can_choose": can_choose_value_framework(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def framework(request: HttpRequest) -> HttpResponse:
    require(request.user, can_choose_value_framework(request.user))
    form = FrameworkForm(request.POST or None, initial={"framework": value_framework_get()})
    if request.method == "POST" and form.is_valid():
        try:
            value_framework_set(
                actor=signed_in_person(request), framework=form.cleaned_data["framework"]
            )
        except ValidationError as refused:
            apply_validation_error(form, refused)
        else:
            messages.success(request, _("The network now uses this value-creation framework."))
            return redirect("value:cycles")
    status = 422 if form.errors else 200
    return render(request, "value/framework.html", {"form": form}, status=status)
