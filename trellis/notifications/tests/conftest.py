"""Fixtures of the notification tests; the SMTP server (`smtp`) is in trellis/tests/smtp.py."""

from email.message import EmailMessage
from typing import Any

import pytest

from trellis.notifications import digests
from trellis.tests.smtp import body_of

__all__ = ["body_of", "unsubscribe_link"]


@pytest.fixture(autouse=True)
def _no_waiting_sections(monkeypatch) -> None:
    """Sections other apps register must not leak into these tests; each test adds its own."""
    monkeypatch.setattr(digests, "_waiting_sections", {})


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks) -> Any:
    """Run what services queue after commit, as a real request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def unsubscribe_link(message: EmailMessage) -> str:
    """The address in the List-Unsubscribe header, without its angle brackets."""
    return message["List-Unsubscribe"].strip().removeprefix("<").removesuffix(">")
