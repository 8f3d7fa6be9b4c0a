"""The imbalance rules, each at its threshold on small hand-made counts: one case just on
the side that fires, one just on the side that does not."""

from django.utils import translation

from trellis.analytics.imbalance import (
    COUNTRY_ABSENT,
    COUNTRY_ABSENT_MIN_PARTICIPANTS,
    COUNTRY_PERIPHERAL_MIN_MEMBERS,
    COUNTRY_PERIPHERAL_ONLY,
    LANGUAGE_GAP,
    LANGUAGE_GAP_MIN_MEMBERS,
    LANGUAGE_GAP_RATIO,
    country_absent_flags,
    country_peripheral_flags,
    imbalance_flags,
    language_gap_flags,
)
from trellis.analytics.levels import Level


def group(core=0, active=0, occasional=0, peripheral=0, transactional=0):
    return {
        Level.CORE: core,
        Level.ACTIVE: active,
        Level.OCCASIONAL: occasional,
        Level.PERIPHERAL: peripheral,
        Level.TRANSACTIONAL: transactional,
    }


def test_the_rules_in_force():
    assert (LANGUAGE_GAP_MIN_MEMBERS, LANGUAGE_GAP_RATIO) == (5, 0.5)
    assert (COUNTRY_PERIPHERAL_MIN_MEMBERS, COUNTRY_ABSENT_MIN_PARTICIPANTS) == (3, 1)


def test_a_language_group_below_half_the_most_active_share_is_flagged():
    english = group(core=1, active=3, peripheral=1)  # 4 of 5: 80%
    russian = group(active=1, peripheral=4)  # 1 of 5: 20%, below 40%
    [flag] = language_gap_flags({"en": english, "ru": russian}, label={"ru": "Russian"})
    assert flag.rule == LANGUAGE_GAP
    assert flag.groups == ("ru", "en")
    assert flag.figures["share"] == 0.2
    assert flag.figures["compared_share"] == 0.8
    assert "Russian: 20% are active or in the core group (1 of 5)" in flag.message
    assert "80% (4 of 5)" in flag.message


def test_a_language_group_at_exactly_half_is_not_flagged():
    english = group(core=1, active=3, peripheral=1)  # 80%
    russian = group(active=2, peripheral=3)  # 40%: half, not less than half
    assert language_gap_flags({"en": english, "ru": russian}) == []


def test_language_groups_are_compared_only_from_the_minimum_size():
    english = group(core=1, active=3, peripheral=1)
    just_below = group(peripheral=LANGUAGE_GAP_MIN_MEMBERS - 1)
    just_at = group(peripheral=LANGUAGE_GAP_MIN_MEMBERS)
    assert language_gap_flags({"en": english, "ru": just_below}) == []
    assert len(language_gap_flags({"en": english, "ru": just_at})) == 1
    # The most active group needs the minimum too.
    small_english = group(active=4)
    assert language_gap_flags({"en": small_english, "ru": just_at}) == []


def test_members_who_stated_no_language_are_not_a_group():
    assert language_gap_flags({"en": group(active=5), "": group(peripheral=9)}) == []


def test_a_country_with_enough_members_all_peripheral_is_flagged():
    n = COUNTRY_PERIPHERAL_MIN_MEMBERS
    [flag] = country_peripheral_flags({"KG": group(peripheral=n)}, label={"KG": "Kyrgyzstan"})
    assert flag.rule == COUNTRY_PERIPHERAL_ONLY
    assert flag.figures["members"] == n
    assert f"All {n} members from Kyrgyzstan are peripheral" in flag.message


def test_a_country_just_below_the_rule_is_not_flagged():
    n = COUNTRY_PERIPHERAL_MIN_MEMBERS
    assert country_peripheral_flags({"KG": group(peripheral=n - 1)}) == []
    # Enough members, but one of them takes part occasionally.
    assert country_peripheral_flags({"KG": group(occasional=1, peripheral=n - 1)}) == []
    # Transactional participants are not members: they neither count nor lift the country.
    assert country_peripheral_flags({"KG": group(peripheral=n - 1, transactional=5)}) == []


def test_a_network_country_absent_from_the_community_is_flagged():
    present = {"AM": group(peripheral=1)}
    [flag] = country_absent_flags(
        present, network_countries=["AM", "TJ"], label={"TJ": "Tajikistan"}
    )
    assert (flag.rule, flag.groups, flag.figures) == (COUNTRY_ABSENT, ("TJ",), {"participants": 0})
    assert "People in the network come from Tajikistan" in flag.message


def test_one_participant_is_enough_for_a_country_to_be_present():
    # A transactional participant from the country is taking part.
    present = {"TJ": group(transactional=1)}
    assert country_absent_flags(present, network_countries=["TJ"]) == []


def test_the_flags_are_written_in_the_reader_s_language():
    with translation.override("ru"):
        flags = imbalance_flags(
            by_language={"en": group(active=5), "ru": group(peripheral=5)},
            by_country={"KG": group(peripheral=3)},
            network_countries=["KG", "TJ"],
        )
    assert [flag.rule for flag in flags] == [LANGUAGE_GAP, COUNTRY_PERIPHERAL_ONLY, COUNTRY_ABSENT]
    assert all("Правило" in flag.message for flag in flags), [f.message for f in flags]
