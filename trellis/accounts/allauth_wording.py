"""allauth's words for creating an account, listed so the Russian catalogue can say them.

allauth's own Russian mixes "Зарегистрируйтесь" and "Зарегистрироваться" for signing up, the
words Trellis keeps for registering for an activity. Strings marked here are taken into
locale/ru, which Django reads before allauth's catalogue, and translated there with the one
wording Trellis uses for the action ("Создать учётную запись"). Nothing imports this module.
"""

from django.utils.translation import gettext_noop

ALLAUTH_SIGN_UP_WORDING = (
    gettext_noop("Sign Up"),
    gettext_noop("Signup"),
    gettext_noop("Sign Up Closed"),
    gettext_noop("We are sorry, but the sign up is currently closed."),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop(
        "If you have not created an account yet, then please %(link)ssign up%(end_link)s first."
    ),
    gettext_noop("If it was you, you can sign up for an account using the link below."),
)
