"""The demo's value evidence: two years of computed observations from its own data, targets
for the headline indicators, and manual observations with evidence, as a member would read
them on the indicator pages."""

from django.test import Client

from trellis.accounts.models import User
from trellis.demo.accounts import ADMIN
from trellis.value.models import Indicator, IndicatorSource, Observation, Target


def test_two_years_of_computed_observations_with_targets(demo: str) -> None:
    assert "value indicator observations" in demo
    active = Indicator.objects.get(code="active-members")
    network = Observation.objects.filter(indicator=active, scope_key="network")
    assert network.count() == 24
    assert any(o.value for o in network)
    target = Target.objects.get(indicator=active, scope_key="network")
    assert target.target is not None and target.baseline is not None
    assert target.target > target.baseline
    manual = Observation.objects.filter(source=IndicatorSource.MANUAL)
    assert manual.count() == 6 and all(o.evidence_note for o in manual)


def test_a_member_reads_an_indicator_with_its_history(demo: str) -> None:
    client = Client()
    client.force_login(User.objects.get(email=ADMIN.email))
    indicator = Indicator.objects.get(catalogue_key="organisational-performance")
    page = client.get(f"/value/indicators/{indicator.pk}/").content.decode()
    assert "medium-term budget framework" in page
    assert "Letters from the ministries of finance" in page
