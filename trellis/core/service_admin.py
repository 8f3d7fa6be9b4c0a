"""The admin site's pages write through the same services as Trellis's own pages.

A change made in /admin/ is checked by the service's permission predicate, written in its
transaction, recorded in the contribution log and the audit trail, exactly as the page or the
API would. So each model's admin names the fields a service may change (`service_fields`,
everything else is read-only) and hands the change to the service (`service_update`,
`service_create`); a model without a service is shown, not edited. Bulk actions, which write
many rows behind the services' back, are off.
"""

from typing import Any, ClassVar

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from trellis.core.errors import TrellisError


def refusal_text(error: ValidationError | TrellisError) -> str:
    """What a refused change says, in the reader's language."""
    if isinstance(error, TrellisError):
        return str(error.message)
    return " ".join(str(message) for message in error.messages)


class ServiceAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """An admin whose writes go through services; by default it only shows its rows."""

    actions = None
    # Fields a service changes on an existing row, and fields the add form asks for.
    service_fields: ClassVar[tuple[str, ...]] = ()
    creation_fields: ClassVar[tuple[str, ...]] = ()

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return bool(self.creation_fields) and super().has_add_permission(request, *args)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(self.service_fields) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None and self.creation_fields:
            return list(self.creation_fields)
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        shown = set(self.service_fields) | set(self.exclude or ())
        return [
            field.name
            for field in self.model._meta.get_fields()
            if (field.concrete or field.many_to_many)
            and not field.auto_created
            and field.name not in shown
        ]

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        # The service refused after the form was valid (a state changed meanwhile, a rule
        # that needs the other rows): nothing was written; the page says why.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (ValidationError, TrellisError) as error:
            self.message_user(request, refusal_text(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:  # type: ignore[type-arg]
        if not change:
            created = self.service_create(request, form.cleaned_data)
            obj.pk = created.pk
            obj._state.adding = False
            return
        changes = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in self.service_fields
        }
        if changes:
            # The form has already written its values on `obj`; the service compares them
            # with the row as it is saved.
            self.service_update(request, self.model._default_manager.get(pk=obj.pk), changes)

    def save_related(
        self,
        request: HttpRequest,
        form: ModelForm,  # type: ignore[type-arg]
        formsets: Any,
        change: bool,
    ) -> None:
        """Relations (many-to-many) are the services' to write; inlines here are read-only."""
        for formset in formsets:
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def service_create(self, request: HttpRequest, data: dict[str, Any]) -> Model:
        raise NotImplementedError

    def service_update(self, request: HttpRequest, obj: Any, changes: dict[str, Any]) -> None:
        raise NotImplementedError


class ReadOnlyInline(admin.TabularInline):  # type: ignore[type-arg]
    """Rows shown beside their parent, written only by the services."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
