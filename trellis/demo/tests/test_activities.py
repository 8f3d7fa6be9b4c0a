"""The demo's two years of learning activities and the communities' learning agendas."""

import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from trellis.activities.models import (
    Activity,
    ActivityContributor,
    Attendance,
    Registration,
)
from trellis.communities.models import AgendaItem, AgendaVote, Community, Membership, RoleAssignment
from trellis.demo.accounts import CONVENER, MEMBER
from trellis.demo.activities import demo_today
from trellis.demo.plan import demo_plan
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

CYRILLIC = re.compile("[\u0400-\u04ff]")
ANCHOR = date(2026, 11, 27)
PUBLIC = ("BCOP", "TCOP", "IACOP")


def test_the_activity_plan_is_the_same_for_the_same_seed_and_anchor() -> None:
    first, second = demo_plan(anchor=ANCHOR), demo_plan(anchor=ANCHOR)
    assert first.digest() == second.digest()
    moved = demo_plan(anchor=ANCHOR + timedelta(days=30))
    assert moved.digest() != first.digest()
    # People, memberships and roles do not depend on the anchor.
    assert (moved.people, moved.memberships, moved.roles) == (
        first.people,
        first.memberships,
        first.roles,
    )


def test_the_plan_does_not_depend_on_the_process_string_hashing() -> None:
    """The plan iterates no sets: another process with another hash seed plans the same."""
    code = (
        "import django; django.setup(); from datetime import date; "
        "from trellis.demo.plan import demo_plan; "
        f"print(demo_plan(anchor=date({ANCHOR.year}, {ANCHOR.month}, {ANCHOR.day})).digest())"
    )
    environment = {
        **os.environ,
        "PYTHONHASHSEED": "12345",
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.test"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        cwd=settings.BASE_DIR,
    )
    assert result.stdout.strip() == demo_plan(anchor=ANCHOR).digest()


def test_the_plan_spans_two_years_before_the_anchor_and_months_after() -> None:
    plan = demo_plan(anchor=ANCHOR)
    now = timezone.make_aware(timezone.datetime(2026, 11, 27))
    held = [a for a in plan.activities if a.status == "held"]
    upcoming = [a for a in plan.activities if a.starts_at > now]
    assert all(a.ends_at < now for a in held)
    assert all(a.status in ("open", "closed", "draft", "cancelled") for a in upcoming)
    assert min(a.starts_at for a in plan.activities) < now - timedelta(days=700)
    assert max(a.starts_at for a in plan.activities) < now + timedelta(days=130)
    assert len(upcoming) >= 8
    for activity in plan.activities:
        moments = [r.at for r in activity.registrations] + [activity.created_at]
        assert all(moment < now for moment in moments), activity.key
        if activity.reported_at:
            assert activity.reported_at < now
    assert demo_today() >= date(2026, 11, 1)


def test_two_years_of_activities_across_the_three_communities(demo: str) -> None:
    assert Activity.objects.count() >= 60
    for code in PUBLIC:
        community = Community.objects.get(code=code)
        assert community.activities.filter(parent=None).count() >= 15, code
    statuses = Counter(Activity.objects.values_list("status", flat=True))
    assert statuses["held"] >= 40 and statuses["open"] >= 5
    assert statuses["cancelled"] == 1 and statuses["draft"] == 1
    assert "70 activities" in demo or "activities around" in demo
    plenaries = Activity.objects.annotate(size=Count("communities")).filter(
        size=3, parent=None, activity_type__slug="joint-events"
    )
    assert plenaries.count() >= 2
    for plenary in plenaries:
        assert {"en", "ru"} <= set(plenary.interpretation)
        assert plenary.capacity == 150 and plenary.mode == "in_person"
        assert plenary.sessions.count() >= 3
        for session in plenary.sessions.all():
            assert plenary.starts_at <= session.starts_at <= plenary.ends_at
            assert session.status == plenary.status
    held_plenaries = plenaries.filter(status="held")
    assert held_plenaries.exists() and plenaries.filter(status="open").exists()
    assert Activity.objects.annotate(size=Count("communities")).filter(size=2).exists()
    types = set(Activity.objects.values_list("activity_type__slug", flat=True))
    assert {
        "study-visits",
        "reading-groups",
        "peer-assistance",
        "case-studies",
        "hot-topic-discussions",
        "master-classes",
        "external-benchmarks",
        "invited-speakers",
        "systematic-analysis",
    } <= types
    assert not Activity.objects.filter(activity_type__from_catalogue=False).exists()


def test_titles_and_descriptions_are_bilingual(demo: str) -> None:
    for activity in Activity.objects.all():
        for field in (activity.title, activity.description):
            assert field["en"] and not CYRILLIC.search(field["en"]), activity.pk
            assert CYRILLIC.search(field["ru"]), activity.pk
        if activity.mode == "online":
            assert activity.online_url.startswith("https://") and not activity.venue
        else:
            assert activity.city and activity.venue and activity.country


def test_outcomes_are_written_in_the_activity_main_language(demo: str) -> None:
    reported = Activity.objects.exclude(summary={})
    assert reported.count() >= 35
    for activity in reported:
        assert activity.status == "held" and activity.reported_by_id
        main = activity.languages[0]
        for text in (activity.summary, activity.outputs, activity.decisions, activity.follow_ups):
            assert list(text) == [main], activity.pk
        assert bool(CYRILLIC.search(activity.summary[main])) == (main == "ru"), activity.pk
    assert not Activity.objects.exclude(status="held").exclude(summary={}).exists()


def test_attendance_only_for_held_activities(demo: str) -> None:
    assert Attendance.objects.exists()
    assert not Attendance.objects.exclude(activity__status="held").exists()
    held = Activity.objects.filter(status="held", parent=None)
    assert not held.annotate(n=Count("attendances")).filter(n=0).exists()
    roles = Counter(Attendance.objects.values_list("role", flat=True))
    assert {"participant", "speaker", "host", "facilitator", "interpreter", "organiser"} <= set(
        roles
    )
    assert Attendance.objects.filter(guest__isnull=False, role="participant").exists()


def test_registrations_and_attendance_respect_capacity(demo: str) -> None:
    assert Registration.objects.filter(state="waitlisted").exists()
    for activity in Activity.objects.filter(capacity__isnull=False).prefetch_related(
        "registrations", "attendances"
    ):
        capacity = activity.capacity
        assert capacity is not None
        registrations = list(activity.registrations.all())
        confirmed = [r for r in registrations if r.answer == "yes" and r.state == "confirmed"]
        waiting = [r for r in registrations if r.state == "waitlisted"]
        assert len(confirmed) <= capacity, activity.pk
        assert len(activity.attendances.all()) <= capacity, activity.pk
        if waiting:
            assert len(confirmed) == capacity, activity.pk
            assert all(r.answer == "yes" and r.waitlisted_at for r in waiting)


def test_who_came_agrees_with_who_registered(demo: str) -> None:
    registrations = {
        (r.activity_id, r.person_id): r
        for r in Registration.objects.all().only("activity_id", "person_id", "answer", "state")
    }
    contributors = set(
        ActivityContributor.objects.filter(person__isnull=False).values_list(
            "activity_id", "person_id"
        )
    )
    walk_ins = 0
    for activity_id, person_id, role in Attendance.objects.filter(
        person__isnull=False, activity__parent__isnull=True
    ).values_list("activity_id", "person_id", "role"):
        registration = registrations.get((activity_id, person_id))
        if registration is not None:
            assert registration.answer != "no" and registration.state == "confirmed"
        elif role == "participant":
            walk_ins += 1
        if (activity_id, person_id) in contributors:
            assert role in ("host", "speaker", "facilitator")
    assert 0 < walk_ins < Attendance.objects.count() * 0.05
    # Sessions are attended by people who came to the plenary.
    for session in Activity.objects.filter(parent__isnull=False, status="held"):
        at_plenary = set(session.parent.attendances.values_list("person_id", flat=True))
        at_session = set(
            session.attendances.filter(role="participant").values_list("person_id", flat=True)
        )
        assert at_session <= at_plenary


def test_registrants_are_members_who_speak_the_languages(demo: str) -> None:
    members = defaultdict(set)
    for person_id, code in Membership.objects.values_list("person_id", "community__code"):
        members[person_id].add(code)
    activities = {
        a.pk: a for a in Activity.objects.prefetch_related("communities").filter(parent=None)
    }
    codes = {pk: {c.code for c in a.communities.all()} for pk, a in activities.items()}
    for registration in Registration.objects.select_related("person"):
        activity = activities[registration.activity_id]
        assert members[registration.person_id] & codes[activity.pk], registration
        understood = set(activity.languages) | set(activity.interpretation)
        assert understood & set(registration.person.languages), registration
    russian_only = [a for a in activities.values() if a.languages == ["ru"]]
    assert russian_only
    balkans = [
        activity
        for activity in activities.values()
        if "bs" in activity.interpretation and len(codes[activity.pk]) < 3
    ]
    assert balkans
    for activity in balkans:
        countries = set(activity.registrations.values_list("person__country", flat=True))
        assert countries <= {"AL", "BA", "HR", "ME", "MK", "RS", "XK"}


def test_contributions_match_registrations_attendance_roles_and_agenda(demo: str) -> None:
    """The rows the services write: a registration unless the answer is no (on the
    registration), an attendance by its role, each host, speaker and facilitator named, each
    report, proposal and vote; an act on an activity once for each of its communities."""
    codes = {
        activity.pk: {community.code for community in activity.communities.all()}
        for activity in Activity.objects.prefetch_related("communities")
    }
    assert any(len(shared) > 1 for shared in codes.values())
    kinds = Counter(Contribution.objects.values_list("kind", flat=True))
    answered = Registration.objects.exclude(answer="no")
    assert answered.exists()
    assert kinds[ContributionKind.ACTIVITY_REGISTERED] == sum(
        len(codes[activity_id]) for activity_id in answered.values_list("activity_id", flat=True)
    )
    came: Counter[str] = Counter()
    for role, activity_id in Attendance.objects.filter(person__isnull=False).values_list(
        "role", "activity_id"
    ):
        came[role] += len(codes[activity_id])
    named: Counter[str] = Counter()
    for role, activity_id in ActivityContributor.objects.filter(person__isnull=False).values_list(
        "role", "activity_id"
    ):
        named[role] += len(codes[activity_id])
    assert kinds[ContributionKind.ACTIVITY_HOSTED] == named["host"] + came["host"] > 0
    assert kinds[ContributionKind.ACTIVITY_SPOKE] == named["speaker"] + came["speaker"] > 0
    assert (
        kinds[ContributionKind.ACTIVITY_FACILITATED]
        == named["facilitator"] + came["facilitator"]
        > 0
    )
    took_part = came["participant"] + came["organiser"] + came["interpreter"]
    assert kinds[ContributionKind.ACTIVITY_ATTENDED] == took_part > 0
    assert kinds[ContributionKind.ACTIVITY_REPORTED] == sum(
        len(codes[pk])
        for pk in Activity.objects.filter(reported_by__isnull=False).values_list("pk", flat=True)
    )
    assert kinds[ContributionKind.AGENDA_PROPOSED] == AgendaItem.objects.count()
    assert kinds[ContributionKind.AGENDA_VOTED] == AgendaVote.objects.count()

    registered = {
        (person_id, pk, code)
        for person_id, pk, activity_id in answered.values_list("person_id", "pk", "activity_id")
        for code in codes[activity_id]
    }
    logged = set(
        Contribution.objects.filter(kind=ContributionKind.ACTIVITY_REGISTERED).values_list(
            "person_id", "target_id", "community__code"
        )
    )
    assert logged == registered
    attendance = {
        (pk, code): (person_id, role)
        for pk, person_id, role, activity_id in Attendance.objects.filter(
            person__isnull=False
        ).values_list("pk", "person_id", "role", "activity_id")
        for code in codes[activity_id]
    }
    logged_attendance = Contribution.objects.filter(details__attendance__isnull=False)
    assert logged_attendance.count() == len(attendance)
    for person_id, code, details in logged_attendance.values_list(
        "person_id", "community__code", "details"
    ):
        assert attendance[details["attendance"], code] == (person_id, details["role"])
    assert not Contribution.objects.filter(occurred_at__gt=timezone.now()).exists()
    for target_id, code in Contribution.objects.filter(
        kind__startswith="activity.", target_type__model="activity"
    ).values_list("target_id", "community__code"):
        assert target_id is not None and code in codes[target_id]


def test_the_learning_agendas(demo: str) -> None:
    for code in PUBLIC:
        items = AgendaItem.objects.filter(community__code=code)
        assert 6 <= items.count() <= 10, code
        assert items.filter(status="proposed").exists()
        assert items.filter(status__in=("addressed", "revisited")).exists()
        assert {"en", "ru"} == set(items.values_list("language", flat=True))
        setters = set(
            RoleAssignment.objects.current()
            .filter(community__code=code, role__code="agenda_setter")
            .values_list("person_id", flat=True)
        )
        for item in items.prefetch_related("status_changes", "votes", "activities"):
            changes = list(item.status_changes.all())
            assert changes[0].status == "proposed" and changes[-1].status == item.status
            assert [c.changed_at for c in changes] == sorted(c.changed_at for c in changes)
            assert bool(CYRILLIC.search(item.title)) == (item.language == "ru")
            assert item.votes.count() >= 3
            assert not item.votes.filter(person=item.proposer).exists()
            if item.status == "proposed":
                assert item.owner_id is None and item.priority is None
            else:
                assert item.owner_id in setters and item.priority
            if item.status in ("addressed", "revisited"):
                assert any(a.status == "held" for a in item.activities.all())
        assert items.filter(activities__isnull=False).exists()


def test_the_demo_accounts_take_part(demo: str) -> None:
    now = timezone.now()
    mine = Registration.objects.filter(
        person__email=MEMBER.email, answer="yes", state="confirmed", activity__starts_at__gt=now
    )
    assert mine.count() >= 2
    assert (
        Attendance.objects.filter(person__email=MEMBER.email, activity__starts_at__lt=now).count()
        >= 3
    )
    hosting = ActivityContributor.objects.filter(
        person__email=CONVENER.email,
        role="host",
        activity__starts_at__gt=now,
        activity__communities__code="BCOP",
        activity__status="open",
    )
    assert hosting.exists()
    full = hosting.first().activity
    assert full.registrations.filter(state="waitlisted").exists()
    assert Registration.objects.filter(~Q(state="confirmed"), activity__status="held").exists()
