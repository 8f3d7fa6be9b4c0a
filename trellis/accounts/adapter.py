"""How django-allauth fits Trellis: people are created with their names and matched to records,
and password checks count against the same sign-in limits as the API's."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation

from trellis.accounts.sign_in_throttle import (
    SignInAttempt,
    TooManyAttemptsError,
    client_address,
    sign_in_attempt_begin,
    sign_in_attempt_succeeded,
)
from trellis.communities.services import transactional_participants_match


class AccountAdapter(DefaultAccountAdapter):
    _sign_in_attempt: SignInAttempt | None = None

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

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        """Count the attempt per address and per account from it, in the database.

        This replaces allauth's `login_failed` limit for passwords (kept in the cache, per
        account from anywhere and per address for every account), which let one person lock
        an account, or everyone behind one address, out of the login form.
        """
        login = credentials.get("email") or credentials.get("username") or ""
        try:
            self._sign_in_attempt = sign_in_attempt_begin(
                email=login, address=client_address(request)
            )
        except TooManyAttemptsError:
            raise self.validation_error("too_many_login_attempts") from None

    def authenticate(self, request: HttpRequest, **credentials: Any) -> Any:
        person = super().authenticate(request, **credentials)
        if person is not None and self._sign_in_attempt is not None:
            sign_in_attempt_succeeded(attempt=self._sign_in_attempt)
        return person
