"""The demo's contribution history read as participation: a realistic spread of levels in the
busy communities, and a language imbalance in the internal audit community for the flag to find
(issue 11). Figures move with the day the demo is loaded, so the tests assert their shape."""

import pytest
from django.test import Client

from trellis.accounts.models import User
from trellis.analytics.imbalance import LANGUAGE_GAP
from trellis.analytics.levels import MEMBER_LEVELS, Level
from trellis.analytics.selectors.big_picture import big_picture
from trellis.communities.models import Community
from trellis.demo.roster import LANGUAGE_GAP_COMMUNITY

BUSY = ("BCOP", "TCOP", "IACOP")


def test_the_language_flag_is_raised_for_the_internal_audit_community_only(demo: str) -> None:
    assert LANGUAGE_GAP_COMMUNITY == "IACOP"
    flagged = {}
    for code in BUSY:
        picture = big_picture(
            viewer=User.objects.get(email="admin@demo.trellis"),
            community=Community.objects.get(code=code),
        )
        flagged[code] = [flag for flag in picture.flags if flag.rule == LANGUAGE_GAP]
    assert not flagged["BCOP"] and not flagged["TCOP"]
    [flag] = flagged["IACOP"]
    assert flag.groups == ("ru", "en")
    figures = flag.figures
    assert figures["members"] >= 20 and figures["compared_members"] >= 20
    assert figures["share"] < 0.5 * figures["compared_share"]


@pytest.mark.parametrize(
    ("email", "sentences"),
    [
        (
            "admin@demo.trellis",  # reads in English
            ("Members working in Russian:", "members working in English:"),
        ),
        (
            "member@demo.trellis",  # reads in Russian, and is no member of IACOP
            ("Участники с рабочим языком «Русский»:", "участников с рабочим языком «Английский»:"),
        ),
    ],
)
def test_the_participation_page_shows_the_flag_with_its_figures(
    demo: str, client: Client, email: str, sentences: tuple[str, str]
) -> None:
    client.force_login(User.objects.get(email=email))
    html = client.get("/communities/iacop/participation/").content.decode()
    for sentence in sentences:
        assert sentence in html


@pytest.mark.parametrize("code", BUSY)
def test_the_busy_communities_have_members_at_every_level(demo: str, code: str) -> None:
    picture = big_picture(
        viewer=User.objects.get(email="admin@demo.trellis"),
        community=Community.objects.get(code=code),
    )
    counts = {row.level: row.count for row in picture.levels}
    members = sum(counts[level] for level in MEMBER_LEVELS)
    assert members >= 100
    assert 0.05 <= counts[Level.CORE] / members <= 0.25
    assert all(counts[level] >= 10 for level in MEMBER_LEVELS)
    assert counts[Level.TRANSACTIONAL] > 0
