"""API endpoints of the communities app, one module per sub-concept, each with its router.

Each endpoint parses its input and calls one selector or service; those check permissions.
A private community is loaded through `access_community`, so outsiders get the same 404 as for
an address that does not exist.
"""
