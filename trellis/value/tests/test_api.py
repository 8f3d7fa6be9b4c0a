"""The value API: the same permissions and services as the pages; 422 with messages by field."""

import pytest

from trellis.value.models import Indicator, Observation

pytestmark = pytest.mark.django_db


def test_cycles_in_the_language_asked(client, world):
    client.force_login(world.sponsor)
    body = client.get("/api/v1/value/cycles", HTTP_ACCEPT_LANGUAGE="ru").json()
    assert body["framework"] == "2011"
    assert [c["code"] for c in body["cycles"]] == [
        "immediate",
        "potential",
        "applied",
        "realized",
        "reframing",
    ]
    assert len(body["capitals"]) == 5


def test_indicators_carry_the_definition_of_computed_ones(client, world):
    client.force_login(world.member)
    body = client.get("/api/v1/value/indicators?cycle=applied").json()
    by_code = {row["code"]: row for row in body}
    assert (
        "not an active member of the community" in by_code["document-reuse-outside"]["definition"]
    )
    assert {row["cycle"] for row in body} == {"applied"}


def test_a_convener_adds_an_indicator_and_an_observation(client, world):
    client.force_login(world.convener)
    response = client.post(
        "/api/v1/value/indicators",
        {
            "community": world.public.slug,
            "cycle": "realized",
            "name": {"en": "Budget credibility", "ru": "Достоверность бюджета"},
            "kind": "quantitative",
            "source": "manual",
            "unit": {"en": "%"},
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    indicator_id = response.json()["id"]
    response = client.post(
        "/api/v1/value/observations",
        {
            "indicator": indicator_id,
            "community": world.public.slug,
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "value": "92.5",
            "evidence_link": "https://example.org/pefa-2026",
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    rows = client.get(f"/api/v1/value/indicators/{indicator_id}/observations").json()
    assert [(r["value"], r["scope"]) for r in rows] == [("92.50", f"community:{world.public.pk}")]


def test_refusals_name_the_field(client, world):
    indicator = Indicator.objects.get(catalogue_key="organisational-performance")
    client.force_login(world.admin)
    response = client.post(
        "/api/v1/value/observations",
        {
            "indicator": indicator.pk,
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "text": "Better",
            "evidence_link": "not a link",
        },
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "evidence_link" in response.json()["error"]["fields"]
    response = client.post(
        "/api/v1/value/observations",
        {"indicator": indicator.pk, "period_start": "2026-01-01", "period_end": "2026-12-31"},
        content_type="application/json",
    )
    assert response.status_code == 422
    fields = response.json()["error"]["fields"]
    assert "text" in fields and "evidence_note" in fields
    computed = Indicator.objects.get(code="newcomers")
    response = client.post(
        "/api/v1/value/observations",
        {
            "indicator": computed.pk,
            "period_start": "2026-01-01",
            "period_end": "2026-01-31",
            "value": "3",
            "evidence_note": "Counted",
        },
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "indicator" in response.json()["error"]["fields"]
    assert not Observation.objects.exists()
