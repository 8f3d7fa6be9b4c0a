"""What the bench asks of the Trellis database, run inside Trellis's settings.

`python -m benchmarks.world COMMAND [ARG...]` with the same environment as the server under test
(the session cookies are signed with its SECRET_KEY) prints one JSON object on its last line:

    network           how many people the scale generator made, and whether there are communities
    targets           the ids and slugs of the pages to load, as the demo member would reach them
    sessions-open     a signed-in session per demo account (member, convener, admin)
    sessions-close K  deletes the sessions whose keys are given
    facts             the database engine and its version
"""

import importlib
import json
import sys
import time
from typing import Any

import django

ROLES_SIGNED_IN = ("member", "convener", "admin")


def network_status() -> dict[str, Any]:
    from trellis.accounts.models import User
    from trellis.communities.models import Community
    from trellis.demo.scale.network import EMAIL_DOMAIN

    return {
        "generated_members": User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count(),
        "people": User.objects.count(),
        "communities": Community.objects.count(),
    }


def targets_find() -> dict[str, Any]:
    """Items the demo member may see, so each page shows what a member would open.

    Plain model queries, not the selectors under test: finding the targets must stay quick
    even when the pages are slow.
    """
    from django.db.models import Count

    from trellis.accounts.models import ProfileVisibility, User
    from trellis.activities.models import Activity, ActivityStatus
    from trellis.communities.models import Community, MembershipState, Visibility
    from trellis.conversations.models import Discussion, Question
    from trellis.demo.accounts import MEMBER
    from trellis.demo.scale.network import EMAIL_DOMAIN

    member = User.objects.get(email=MEMBER.email)
    public = Community.objects.filter(
        visibility=Visibility.PUBLIC,
        memberships__person=member,
        memberships__state=MembershipState.ACTIVE,
    )
    community = public.filter(slug="bcop").first() or public.order_by("slug").first()
    if community is None:
        raise SystemExit(f"{MEMBER.email} is an active member of no public community")
    activity = (
        Activity.objects.filter(
            communities=community,
            parent__isnull=True,
            status__in=[ActivityStatus.HELD, ActivityStatus.OPEN, ActivityStatus.CLOSED],
        )
        .order_by("-starts_at", "-id")
        .first()
    )
    question = (
        Question.objects.filter(community=community, hidden=False)
        .order_by("-last_activity_at", "-id")
        .first()
    )
    fellow_members = User.objects.filter(
        memberships__community=community,
        memberships__state=MembershipState.ACTIVE,
        profile_visibility=ProfileVisibility.PUBLIC,
        is_active=True,
    ).exclude(pk=member.pk)
    person = (
        fellow_members.filter(email__endswith=f"@{EMAIL_DOMAIN}").order_by("pk").first()
        or fellow_members.order_by("pk").first()
    )
    country = (
        User.objects.exclude(country="")
        .values("country")
        .annotate(people=Count("pk"))
        .order_by("-people", "country")
        .first()
    )
    return {
        "community": community.slug,
        "activity": activity.pk if activity else None,
        "question": question.pk if question else None,
        "discussions": Discussion.objects.filter(community=community).count(),
        "person": person.pk if person else None,
        "country": str(country["country"]) if country else None,
    }


def sessions_open() -> dict[str, dict[str, Any]]:
    """A database session per signed-in role, as `django.contrib.auth.login` and allauth's
    password login leave it: the user, the backend that authenticated them, the hash that
    ends the session when the password changes, and allauth's record of how they signed in."""
    from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

    from trellis.accounts.models import User
    from trellis.demo.accounts import ADMIN, CONVENER, MEMBER

    store = importlib.import_module(settings.SESSION_ENGINE).SessionStore
    if not issubclass(store, DatabaseSessionStore):
        raise SystemExit(
            f"the bench signs in with database sessions, not {settings.SESSION_ENGINE}"
        )
    emails = {"member": MEMBER.email, "convener": CONVENER.email, "admin": ADMIN.email}
    backend = "allauth.account.auth_backends.AuthenticationBackend"
    keys: dict[str, dict[str, Any]] = {}
    for role in ROLES_SIGNED_IN:
        person = User.objects.get(email=emails[role])
        session = store()
        session[SESSION_KEY] = person._meta.pk.value_to_string(person)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = person.get_session_auth_hash()
        session[AUTHENTICATION_METHODS_SESSION_KEY] = [
            {"method": "password", "at": time.time(), "email": person.email}
        ]
        session.create()
        assert session.session_key is not None
        keys[role] = {"key": session.session_key, "person": person.pk}
    return keys


def sessions_close(keys: list[str]) -> dict[str, int]:
    from django.contrib.sessions.models import Session

    deleted, _ = Session.objects.filter(session_key__in=keys).delete()
    return {"deleted": deleted}


def database_facts() -> dict[str, str]:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
        else:
            cursor.execute("show server_version")
        (version,) = cursor.fetchone()
    return {"engine": connection.vendor, "version": str(version)}


def main(argv: list[str]) -> None:
    django.setup()
    command, arguments = argv[0], argv[1:]
    answers: dict[str, Any] = {
        "network": network_status,
        "targets": targets_find,
        "sessions-open": sessions_open,
        "facts": database_facts,
    }
    if command == "sessions-close":
        print(json.dumps(sessions_close(arguments)))
    elif command in answers:
        print(json.dumps(answers[command]()))
    else:
        raise SystemExit(f"unknown command {command!r}; see {__doc__}")


if __name__ == "__main__":
    main(sys.argv[1:])
