"""`{% registration_status activity registration as status %}`: what the registration box shows.

The box is included by the activity page with just the activity and the viewer's registration;
this tag prepares the rest (places left, waiting-list position, whether one may still answer or
cancel) from the same rules the services apply.
"""

from typing import Any

from django import template

from trellis.activities.models import Activity, Registration
from trellis.activities.selectors.registration import RegistrationStatus, registration_status

register = template.Library()


@register.simple_tag(name="registration_status")
def registration_status_tag(activity: Activity, registration: Any = None) -> RegistrationStatus:
    # A missing context variable arrives as "" (string_if_invalid): no registration.
    found = registration if isinstance(registration, Registration) else None
    return registration_status(activity=activity, registration=found)
