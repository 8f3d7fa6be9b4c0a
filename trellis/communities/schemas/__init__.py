"""API shapes of the communities app, one module per sub-concept.

Translated text is an object by language code; choices are their codes.
"""
