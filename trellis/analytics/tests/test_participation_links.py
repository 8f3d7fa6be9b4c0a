"""The participation pages are reached from the interface: the community's menu links to them
for those who may see them, each page shows the tabs its viewer may open (the current one
marked), and a profile links to the person's own participation for them and network admins."""

import re

import pytest

pytestmark = pytest.mark.django_db

TABS_NAV = re.compile(
    r'<nav aria-label="Participation pages" class="subnav">(.*?)</nav>', re.DOTALL
)
LINK = re.compile(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>')

EVERY_TAB = [
    "Overview",
    "Members' levels",
    "Movement",
    "Interaction network",
    "Leadership coverage",
    "Rules",
]
FIGURES_TABS = ["Overview", "Movement", "Interaction network", "Leadership coverage", "Rules"]


def tabs(response):
    """The tabs shown, as (label, href, current)."""
    found = TABS_NAV.search(response.content.decode())
    assert found, "no participation tabs on the page"
    return [
        (label.replace("&#x27;", "'"), href, bool(current))
        for href, current, label in LINK.findall(found.group(1))
    ]


def labels(response):
    return [label for label, _href, _current in tabs(response)]


def community_menu_links(response):
    html = response.content.decode()
    menu = re.search(r'<nav aria-label="Community" class="actions">(.*?)</nav>', html, re.DOTALL)
    assert menu
    return {
        label.strip(): href
        for href, label in re.findall(r'<a href="([^"]+)">([^<]+)</a>', menu.group(1))
    }


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("member", FIGURES_TABS),
        ("outsider", FIGURES_TABS),
        ("sponsor", FIGURES_TABS),
        ("convener", EVERY_TAB),
        ("admin", EVERY_TAB),
    ],
)
def test_each_role_sees_the_tabs_it_may_open_on_every_participation_page(
    client, world, role, expected
):
    client.force_login(world.person(role))
    slug = world.public.slug
    pages = {
        "Overview": f"/communities/{slug}/participation/",
        "Movement": f"/communities/{slug}/participation/movement/",
        "Interaction network": f"/communities/{slug}/participation/network/",
        "Leadership coverage": f"/communities/{slug}/roles/coverage/",
        "Rules": f"/communities/{slug}/participation/rules/",
        "Members' levels": f"/communities/{slug}/participation/members/",
    }
    for label in expected:
        response = client.get(pages[label])
        assert response.status_code == 200, label
        shown = tabs(response)
        assert [tab[0] for tab in shown] == expected
        # Exactly one tab is current: the page's own, and every tab leads to its page.
        assert [tab[0] for tab in shown if tab[2]] == [label]
        assert {tab[0]: tab[1] for tab in shown} == {name: pages[name] for name in expected}
    if "Members' levels" not in expected:
        assert client.get(pages["Members' levels"]).status_code == 403


def test_a_sponsor_of_a_private_community_sees_figures_but_no_coverage_tab(client, world):
    client.force_login(world.sponsor)
    response = client.get(f"/communities/{world.private.slug}/participation/")
    assert response.status_code == 200
    assert labels(response) == ["Overview", "Movement", "Interaction network", "Rules"]


def test_the_tabs_are_in_russian_for_a_russian_reader(client, world):
    client.force_login(world.convener)
    response = client.get(
        f"/communities/{world.public.slug}/participation/movement/", HTTP_ACCEPT_LANGUAGE="ru"
    )
    html = response.content.decode()
    assert 'aria-label="Страницы участия"' in html
    assert ">Движение</a>" in html
    assert "Movement</a>" not in html


@pytest.mark.parametrize(
    ("role", "linked"),
    [
        ("visitor", False),
        ("outsider", True),
        ("member", True),
        ("sponsor", True),
        ("convener", True),
        ("admin", True),
    ],
)
def test_the_community_page_links_to_participation_for_signed_in_viewers(
    client, world, role, linked
):
    if role != "visitor":
        client.force_login(world.person(role))
    response = client.get(f"/communities/{world.public.slug}/")
    assert response.status_code == 200
    links = community_menu_links(response)
    participation = f"/communities/{world.public.slug}/participation/"
    assert (links.get("Participation") == participation) is linked
    coverage = f"/communities/{world.public.slug}/roles/coverage/"
    assert (links.get("Leadership coverage") == coverage) is linked


def test_a_visitor_is_sent_to_log_in_from_the_participation_page(client, world):
    response = client.get(f"/communities/{world.public.slug}/participation/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("role", "label"),
    [
        ("member", "My participation"),
        ("admin", "Participation"),
        ("convener", None),
        ("outsider", None),
        ("sponsor", None),
    ],
)
def test_the_profile_links_to_the_person_s_participation_for_them_and_network_admins(
    client, world, role, label
):
    client.force_login(world.person(role))
    response = client.get(f"/people/{world.member.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    link = f'href="/people/{world.member.pk}/participation/"'
    if label is None:
        assert link not in html
        assert client.get(f"/people/{world.member.pk}/participation/").status_code == 404
    else:
        assert f"{link}>{label}</a>" in html
        assert client.get(f"/people/{world.member.pk}/participation/").status_code == 200
