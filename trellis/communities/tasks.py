"""Background work for communities: invitation emails."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from trellis.communities.models import Invitation


@task()
def invitation_send(*, invitation_id: int) -> None:
    invitation = Invitation.objects.select_related("community", "invited_by").get(pk=invitation_id)
    language = (
        invitation.invited_by.preferred_language if invitation.invited_by else ""
    ) or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "invitation": invitation,
            "accept_url": settings.SITE_URL.rstrip("/")
            + reverse("communities:invitation", kwargs={"token": invitation.token}),
        }
        subject = render_to_string("communities/email/invitation_subject.txt", context)
        body = render_to_string("communities/email/invitation_body.txt", context)
    # A header holds one line: a line break in a name would make the email unsendable.
    send_mail(" ".join(subject.split()), body, None, [invitation.email])
