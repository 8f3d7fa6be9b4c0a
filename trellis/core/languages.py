"""Languages people speak and activities are held in (ISO 639-1 codes), with translated names."""

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
