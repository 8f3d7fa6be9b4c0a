"""Who wrote in the demo's conversations, and when: members of the conversation's community at
the time, who read its language, from the country the content names when there is one."""

import random
from datetime import UTC, date, datetime, time, timedelta

from trellis.demo.conversations.specs import FIXED, PUBLIC
from trellis.demo.roster import Roster, weighted_sample


class Authors:
    """The demo's members as authors, and the clock of the conversations, drawn from one
    generator in a fixed order so that every plan is the same."""

    def __init__(self, rng: random.Random, roster: Roster, anchor: date) -> None:
        self.rng = rng
        self.roster = roster
        self.anchor = anchor
        self.now = datetime.combine(anchor, time(0), tzinfo=UTC)
        self.cutoff = self.now - timedelta(hours=1)  # nothing the demo wrote is in the future

    def moment(self, days_ago: int) -> datetime:
        day = self.anchor - timedelta(days=days_ago)
        return datetime.combine(day, time(self.rng.randint(6, 14), self.rng.randint(0, 59)), UTC)

    def later(self, start: datetime, hours: float) -> datetime:
        return start + timedelta(hours=hours, minutes=self.rng.randint(0, 50))

    def candidates(
        self,
        community: str | None,
        when: datetime,
        language: str,
        exclude: list[str],
        country: str | None,
    ) -> list[str]:
        found: list[str] = []
        for code in (community,) if community else PUBLIC:
            for email in self.roster.members(code, when):
                if email in found or email in exclude or email.endswith("@demo.trellis"):
                    continue
                person = self.roster.people[email]
                if country is not None and person.country != country:
                    continue
                if language in person.languages:
                    found.append(email)
        return found

    def pick(
        self,
        selector: str,
        community: str | None,
        when: datetime,
        language: str,
        exclude: list[str],
    ) -> str:
        """A member at `when` who reads `language`, from the selector's country if possible."""
        if selector in FIXED:
            return FIXED[selector]
        found = self.candidates(community, when, language, exclude, selector)
        if not found:
            # Nobody from that country then: a peer from another country than the others.
            countries = [self.roster.people[email].country for email in exclude]
            found = [
                email
                for email in self.candidates(community, when, language, exclude, None)
                if self.roster.people[email].country not in countries
            ]
        if not found:
            found = self.candidates(community, when, language, exclude, None)
        codes = [community] if community else list(PUBLIC)
        weights = [self.roster.propensity(email, codes) for email in found]
        return weighted_sample(self.rng, found, weights, 1)[0]
