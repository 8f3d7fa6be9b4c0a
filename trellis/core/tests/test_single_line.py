"""Single-line text refuses line breaks in forms, in the translated-text model field and on
the pages people use; multi-line text keeps them."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from trellis.activities.models import Activity
from trellis.activities.tests.factories import ActivityTypeFactory
from trellis.activities.tests.test_planning import plan_data
from trellis.communities.models import Community
from trellis.conversations.models import Question
from trellis.core.forms import SingleLineCharField, model_formfield
from trellis.core.single_line import has_line_break
from trellis.core.translated import TranslatedTextFormField

MESSAGE = "Write this on one line, without line breaks."
# Each of the characters str.splitlines breaks a line at.
LINE_BREAKS = [
    *("\n", "\r", "\r\n", "\x0b", "\x0c"),
    *("\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"),
]


@pytest.mark.parametrize("line_break", LINE_BREAKS)
def test_every_kind_of_line_break_is_one(line_break):
    assert has_line_break(f"one{line_break}two")
    assert not has_line_break("one\ttwo  three")


@pytest.mark.parametrize("line_break", LINE_BREAKS)
def test_a_single_line_form_field_refuses_line_breaks_inside_and_trims_them_around(line_break):
    field = SingleLineCharField(max_length=50)

    with pytest.raises(
        ValidationError, match="Write this on one line, without line breaks"
    ) as refused:
        field.clean(f"Cash{line_break}forecasting")

    assert refused.value.messages == [MESSAGE]
    assert field.clean(f"  Cash forecasting{line_break}") == "Cash forecasting"


def test_translated_text_refuses_line_breaks_in_any_language_unless_multiline():
    one_line = TranslatedTextFormField(max_length=200)
    several_lines = TranslatedTextFormField(multiline=True)

    with pytest.raises(
        ValidationError, match="Write this on one line, without line breaks"
    ) as refused:
        one_line.clean(["Treasury", "Казначейство\nСНГ"])

    assert MESSAGE in refused.value.messages
    assert several_lines.clean(["One\ntwo", ""]) == {"en": "One\ntwo"}


def test_model_forms_make_one_line_inputs_of_char_fields_only():
    title = model_formfield(Activity._meta.get_field("venue"))
    country = model_formfield(Activity._meta.get_field("country"))
    note_as_textarea = model_formfield(
        Activity._meta.get_field("venue"), widget=forms.Textarea(attrs={"rows": 2})
    )
    summary = model_formfield(Activity._meta.get_field("summary"))

    assert isinstance(title, SingleLineCharField)
    assert not isinstance(country, SingleLineCharField)
    assert not isinstance(note_as_textarea, SingleLineCharField)
    assert not isinstance(summary, SingleLineCharField)


@pytest.mark.django_db
def test_the_translated_model_field_refuses_a_line_break_from_any_writer(world):
    community = Community.objects.get(pk=world.public.pk)
    community.name = {"en": "Treasury\u2028CoP"}
    community.description = {"en": "Line one\nline two"}

    with pytest.raises(
        ValidationError, match="Write this on one line, without line breaks"
    ) as refused:
        community.full_clean()

    assert refused.value.message_dict == {"name": [MESSAGE]}


@pytest.mark.django_db
def test_planning_an_activity_with_a_two_line_title_shows_the_error_in_russian(client, world):
    client.force_login(world.convener)
    data = plan_data(
        world, ActivityTypeFactory(), title_ru="Обзоры расходов\r\nна практике", city="Chiș\ninău"
    )

    response = client.post(reverse("activities:create"), data, headers={"Accept-Language": "ru"})

    assert response.status_code == 200
    with translation.override("ru"):
        message = translation.gettext(MESSAGE)
    assert message != MESSAGE
    assert response.content.decode().count(message) == 2
    assert "Spending reviews in practice" in response.content.decode()
    assert not Activity.objects.exists()


@pytest.mark.django_db
def test_asking_a_question_with_a_two_line_title_keeps_what_was_typed(client, world):
    client.force_login(world.member)

    response = client.post(
        reverse("conversations:community_question_ask", args=[world.public.slug]),
        {"title": "How do you\nforecast cash?", "body": "Daily", "language": "en"},
    )

    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert "Daily" in response.content.decode()
    assert not Question.objects.exists()
