"""Languages people speak and activities are held in (ISO 639-1 codes), with translated names."""

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("bs", _("Bosnian")),
    ("hr", _("Croatian")),
    ("sr", _("Serbian")),
    ("sq", _("Albanian")),
    ("mk", _("Macedonian")),
    ("bg", _("Bulgarian")),
    ("ro", _("Romanian")),
    ("uk", _("Ukrainian")),
    ("be", _("Belarusian")),
    ("kk", _("Kazakh")),
    ("ky", _("Kyrgyz")),
    ("uz", _("Uzbek")),
    ("tg", _("Tajik")),
    ("tk", _("Turkmen")),
    ("az", _("Azerbaijani")),
    ("hy", _("Armenian")),
    ("ka", _("Georgian")),
    ("tr", _("Turkish")),
    ("sl", _("Slovenian")),
    ("sk", _("Slovak")),
    ("pl", _("Polish")),
    ("hu", _("Hungarian")),
    ("lt", _("Lithuanian")),
    ("de", _("German")),
    ("fr", _("French")),
]
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)

# Every network of this project works in these, whatever else it adds.
ALWAYS_USUAL = ("en", "ru")


def language_choices_grouped(usual: Iterable[str]) -> list[Any]:
    """The languages as two groups: the network's usual ones first, then the others, each in
    the catalogue's order, so a long list opens on the few that are chosen most."""
    usual_codes = {*ALWAYS_USUAL, *usual}
    return [
        (_("Usual languages"), [c for c in LANGUAGE_CHOICES if c[0] in usual_codes]),
        (_("Other languages"), [c for c in LANGUAGE_CHOICES if c[0] not in usual_codes]),
    ]
