"""The one application error domain code raises besides ValidationError and PermissionDenied."""

from django.utils.functional import Promise


class LoginRequired(Exception):  # noqa: N818 - reads as the condition it signals
    """The action needs a signed-in person; pages redirect to login, the API answers 401.

    Its message is for logs and tests only: people see the login page or the API's own 401.
    """

    def __init__(self, message: str = "This needs a signed-in person.") -> None:
        super().__init__(message)


class TrellisError(Exception):
    """An action impossible in the current state (a conflict); its message is translated."""

    def __init__(self, message: str | Promise, *, code: str = "conflict") -> None:
        super().__init__(str(message))
        self.message = message
        self.code = code
