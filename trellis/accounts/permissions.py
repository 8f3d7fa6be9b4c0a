"""Who may see a person's profile and email address."""

from typing import Any

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from trellis.accounts.models import EmailVisibility, ProfileVisibility, User
from trellis.communities.models import Membership, MembershipState
from trellis.communities.permissions import is_network_admin, is_signed_in, shares_community


def can_view_profile(viewer: Any, person: Any) -> bool:
    if not person.is_active:
        return is_network_admin(viewer)
    if viewer is not None and viewer.is_authenticated and viewer.pk == person.pk:
        return True
    if person.profile_visibility == ProfileVisibility.PUBLIC:
        return True
    if not is_signed_in(viewer):
        return False
    if person.profile_visibility == ProfileVisibility.NETWORK or is_network_admin(viewer):
        return True
    return shares_community(viewer, person)


def profile_visible_filter(viewer: Any) -> Q:
    """The rule of `can_view_profile` for active people, as a filter for the directory."""
    if is_network_admin(viewer):
        return Q()
    visible = Q(profile_visibility=ProfileVisibility.PUBLIC)
    if is_signed_in(viewer):
        visible |= Q(profile_visibility=ProfileVisibility.NETWORK) | Q(pk=viewer.pk)
        shared = viewer.memberships.filter(state=MembershipState.ACTIVE).values("community")
        # The few people who show their profile to their communities only and share one with
        # the viewer: a short list (an index holds just those people), not everyone who shares
        # a community with the viewer, which is thousands.
        sharing = User.objects.filter(profile_visibility=ProfileVisibility.COMMUNITIES).filter(
            Exists(
                Membership.objects.filter(
                    person=OuterRef("pk"), community__in=shared, state=MembershipState.ACTIVE
                )
            )
        )
        visible |= Q(profile_visibility=ProfileVisibility.COMMUNITIES, pk__in=sharing.values("pk"))
    return visible


def can_see_email(viewer: Any, person: Any) -> bool:
    if not is_signed_in(viewer) or not can_view_profile(viewer, person):
        return False
    if viewer.pk == person.pk or is_network_admin(viewer):
        return True
    if person.email_visibility == EmailVisibility.NETWORK:
        return True
    if person.email_visibility == EmailVisibility.COMMUNITIES:
        return shares_community(viewer, person)
    return False


EDIT_PROFILE_REASON = _("You can edit only your own profile.")


def can_edit_profile(viewer: Any, person: Any) -> bool:
    return is_signed_in(viewer) and viewer.pk == person.pk
