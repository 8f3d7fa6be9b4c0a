"""How django-allauth fits Trellis: people are created with their names and matched to records."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation

from trellis.communities.services import transactional_participants_match


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=False)
        user.full_name = form.cleaned_data.get("full_name", "") or user.full_name
        user.preferred_language = (translation.get_language() or "en").split("-")[0]
        if commit:
            user.save()
        return user

    def confirm_email(self, request: HttpRequest, email_address: Any) -> Any:
        """Once an address is verified, link earlier records of the person's participation."""
        result = super().confirm_email(request, email_address)
        transactional_participants_match(person=email_address.user)
        return result
