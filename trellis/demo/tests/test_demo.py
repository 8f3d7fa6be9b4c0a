"""The demo network: loaded once for this module, then inspected the way a visitor would."""

import re
from collections import Counter
from datetime import date
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import Client

from trellis.accounts.models import User
from trellis.communities import permissions
from trellis.communities.models import (
    Community,
    Membership,
    MembershipEvent,
    RoleAssignment,
    TransactionalParticipant,
    ValueQuestion,
)
from trellis.demo.accounts import demo_account_list, demo_password
from trellis.demo.names import TRADITIONS
from trellis.demo.plan import demo_plan
from trellis.demo.transliteration import transliterate
from trellis.participation.kinds import ContributionKind
from trellis.participation.models import Contribution

CYRILLIC = re.compile("[\u0400-\u04ff]")
GEORGIAN = re.compile("[\u10a0-\u10ff]")
REGION = {
    "AL", "AM", "AZ", "BY", "BA", "BG", "HR", "GE", "KZ", "XK", "KG", "MD", "ME", "MK", "RU",
    "RS", "TJ", "TR", "UA", "UZ", "HU", "SI",
}  # fmt: skip


def test_the_plan_is_the_same_for_the_same_seed() -> None:
    anchor = date(2026, 11, 27)
    assert demo_plan(anchor=anchor).digest() == demo_plan(anchor=anchor).digest()
    assert demo_plan(seed=1, anchor=anchor).digest() != demo_plan(anchor=anchor).digest()


@pytest.mark.parametrize(
    ("text", "language", "latin"),
    [
        ("Алексей Соловьёв", "ru", "Aleksey Solovyov"),
        ("Бауыржан Жумабаев", "ru", "Bauyrzhan Zhumabaev"),
        ("Юлія Олійник", "uk", "Yuliia Oliinyk"),
        ("Десислава Кръстева", "bg", "Desislava Krasteva"),
        ("Јелена Ђорђевић", "sr", "Jelena Đorđević"),
        ("Ѓорѓи Трајковски", "mk", "Gjorgji Trajkovski"),
        ("ქეთევან წიკლაური", "ka", "Ketevan Tsiklauri"),
    ],
)
def test_names_are_transliterated_as_passports_write_them(
    text: str, language: str, latin: str
) -> None:
    assert transliterate(text, language=language) == latin


def test_female_surnames_take_their_female_form() -> None:
    assert TRADITIONS["ru"].female_surname("Ковалевский") == "Ковалевская"
    assert TRADITIONS["ru"].female_surname("Соловьёв") == "Соловьёва"
    assert TRADITIONS["by"].female_surname("Лукашевич") == "Лукашевич"
    assert TRADITIONS["mk"].female_surname("Стојановски") == "Стојановска"
    assert TRADITIONS["az"].female_surname("Əliyev") == "Əliyeva"


def test_the_network_has_hundreds_of_people_from_the_region(demo: str) -> None:
    people = list(User.objects.values("full_name", "full_name_latin", "country"))
    assert len(people) >= 300
    assert len({person["country"] for person in people} & REGION) >= 20
    assert all(person["full_name_latin"] for person in people)
    assert not any(CYRILLIC.search(person["full_name_latin"]) for person in people)
    cyrillic = [p for p in people if CYRILLIC.search(p["full_name"])]
    latin = [p for p in people if re.fullmatch(r"[^\u0400-\u04ff\u10a0-\u10ff]+", p["full_name"])]
    assert len(cyrillic) >= 100
    assert len(latin) >= 100
    assert any(GEORGIAN.search(person["full_name"]) for person in people)
    assert sorted(p["full_name"] for p in people) == sorted(p.full_name for p in demo_plan().people)


def test_the_three_communities_answer_every_question_in_both_languages(demo: str) -> None:
    public = Community.objects.filter(visibility="public")
    assert set(public.values_list("code", flat=True)) == {"BCOP", "TCOP", "IACOP"}
    for community in public:
        assert community.name["en"] and CYRILLIC.search(community.name["ru"])
        assert community.domain_statement["en"] and community.domain_statement["ru"]
        for question in ValueQuestion:
            answer = community.value_proposition[question.value]
            assert answer["en"] and not CYRILLIC.search(answer["en"]), (community, question)
            assert CYRILLIC.search(answer["ru"]), (community, question)
        stages = list(community.stage_changes.order_by("changed_at"))
        assert len(stages) >= 3 and stages[-1].stage == community.stage
        assert community.stakeholders.filter(kind="sponsor").exists()
    assert Community.objects.get(code="SC").is_private


def test_every_demo_account_can_log_in_with_the_demo_password(demo: str) -> None:
    people = {}
    for account in demo_account_list():
        person = authenticate(email=account.email, password=demo_password())
        assert person is not None, account.email
        assert EmailAddress.objects.filter(user=person, verified=True, primary=True).exists()
        people[account.email.split("@")[0]] = person
    budget, treasury = Community.objects.get(code="BCOP"), Community.objects.get(code="TCOP")
    assert permissions.is_network_admin(people["admin"]) and people["admin"].is_staff
    assert permissions.is_convener(people["convener"], budget)
    assert permissions.is_member(people["convener"], budget)
    assert permissions.is_member(people["member"], budget)
    assert permissions.is_member(people["member"], treasury)
    assert "ru" in people["member"].languages
    assert permissions.is_sponsor(people["sponsor"], budget)
    assert not permissions.is_network_admin(people["sponsor"])
    generated = User.objects.exclude(email__endswith="@demo.trellis").first()
    assert generated is not None
    assert authenticate(email=generated.email, password=demo_password()) == generated


def test_each_demo_account_opens_in_the_language_its_description_says(
    demo: str, client: Client
) -> None:
    """The "Russian speaker" reads Trellis in Russian from the first page; the others in English."""
    languages = dict(
        User.objects.filter(email__endswith="@demo.trellis", is_active=True)
        .filter(email__in=[account.email for account in demo_account_list()])
        .values_list("email", "preferred_language")
    )
    assert languages == {
        "admin@demo.trellis": "en",
        "convener@demo.trellis": "en",
        "member@demo.trellis": "ru",
        "sponsor@demo.trellis": "en",
    }
    client.force_login(User.objects.get(email="member@demo.trellis"))
    page = client.get("/communities/")
    assert page.headers["Content-Language"] == "ru"
    assert "Сообщества" in page.text


def test_only_the_demo_administrator_account_uses_the_admin_site(demo: str) -> None:
    network_admins = RoleAssignment.objects.current().filter(
        community=None, role__code="network_admin"
    )
    assert network_admins.values("person").distinct().count() > 1
    staff = User.objects.filter(is_staff=True).values_list("email", flat=True)
    assert list(staff) == ["admin@demo.trellis"]


def test_declared_levels_follow_the_usual_shares(demo: str) -> None:
    active = Membership.objects.filter(state="active", community__visibility="public")
    levels = Counter(active.values_list("declared_level", flat=True))
    total = sum(levels.values())
    assert 0.08 <= levels["core"] / total <= 0.17
    assert 0.13 <= levels["active"] / total <= 0.25
    assert (levels["occasional"] + levels["peripheral"]) / total >= 0.55
    states = Counter(Membership.objects.values_list("state", flat=True))
    assert states["left"] >= 10 and states["pending"] >= 3


def test_membership_histories_agree_with_states_and_the_contribution_log(demo: str) -> None:
    for membership in Membership.objects.prefetch_related("events"):
        kinds = [event.kind for event in membership.events.all()]
        moves = [kind for kind in kinds if kind != "level"]
        expected_last = {
            "active": {"joined", "rejoined"},
            "left": {"left"},
            "pending": {"requested"},
            "declined": {"declined"},
        }[membership.state]
        assert moves[-1] in expected_last, (membership, kinds)
    events = Counter(MembershipEvent.objects.values_list("kind", flat=True))
    contributions = Counter(Contribution.objects.values_list("kind", flat=True))
    assert events["rejoined"] > 0
    assert contributions[ContributionKind.COMMUNITY_JOINED] == events["joined"]
    assert contributions[ContributionKind.COMMUNITY_REJOINED] == events["rejoined"]
    assert contributions[ContributionKind.COMMUNITY_LEFT] == events["left"]
    assert contributions[ContributionKind.ROLE_ASSIGNED] == RoleAssignment.objects.count()


def test_leadership_roles_rotate_and_are_held_by_members(demo: str) -> None:
    current = RoleAssignment.objects.current().filter(community__visibility="public")
    codes = set(current.values_list("role__code", flat=True))
    assert {"convener", "agenda_setter", "community_keeper", "critical_friend"} <= codes
    assert {"social_reporter", "value_detective", "sponsor"} <= codes
    assert RoleAssignment.objects.filter(ends_on__isnull=False, role__code="convener").exists()
    assert RoleAssignment.objects.filter(ends_on__isnull=False, role__kind="leadership").exists()
    for assignment in current.exclude(role__code="sponsor"):
        assert permissions.is_member(assignment.person, assignment.community), assignment
    assert TransactionalParticipant.objects.count() >= 15
    assert TransactionalParticipant.objects.exclude(email="").exists()


def test_the_output_says_how_to_log_in(demo: str) -> None:
    assert "Loaded the demo network" in demo
    assert f"password: {demo_password()}" in demo
    for account in demo_account_list():
        assert account.email in demo


def test_a_second_run_changes_nothing_and_still_prints_the_accounts(demo: str) -> None:
    def counts() -> list[int]:
        return [model.objects.count() for model in (User, Community, Membership, Contribution)]

    before = counts()
    output = StringIO()
    call_command("demo", stdout=output)
    assert counts() == before
    assert "not loaded" in output.getvalue()
    assert "admin@demo.trellis" in output.getvalue()


def test_accounts_alone_prints_the_accounts_and_loads_nothing(demo: str) -> None:
    output = StringIO()
    call_command("demo", accounts=True, stdout=output)
    lines = output.getvalue().splitlines()
    assert lines[0] == f"Log in with (password: {demo_password()}):"
    assert [line.split()[0] for line in lines[1:]] == [
        account.email for account in demo_account_list()
    ]
    assert "not loaded" not in output.getvalue()
