from typing import Any

from django import forms

from trellis.notifications.models import Frequency, NotificationKind


class NotificationSettingsForm(forms.Form):
    """One radio group of frequencies per kind of notice, saved together."""

    def __init__(self, *args: Any, current: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=Frequency.choices,
                initial=current[kind],
                widget=forms.RadioSelect,
            )
