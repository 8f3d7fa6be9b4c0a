"""The admin's list of the contribution log shows what stands, like every other reader."""

import pytest
from django.test import Client
from django.urls import reverse

from trellis.participation.kinds import ContributionKind
from trellis.participation.services import contribution_record, contribution_withdraw

pytestmark = pytest.mark.django_db


def test_the_admin_list_leaves_out_withdrawn_acts(client: Client, world):
    operator = world.admin
    operator.is_staff = operator.is_superuser = True
    operator.save(update_fields=["is_staff", "is_superuser"])
    for person in (world.member, world.convener):
        contribution_record(
            person=person,
            kind=ContributionKind.AGENDA_VOTED,
            community=world.public,
            target=world.public,
        )
    contribution_withdraw(
        kind=ContributionKind.AGENDA_VOTED, target=world.public, person=world.member
    )
    client.force_login(operator)

    response = client.get(reverse("admin:participation_contribution_changelist"))

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    shown = [str(row.person) for row in response.context["cl"].result_list]
    assert shown == [str(world.convener)]
