"""The floor: the least a Django project served by gunicorn can do, to measure Trellis against.

A project as `django-admin startproject` makes it (its apps and middleware, DEBUG off) with two
pages: a bare view that answers a short text, and a list of 30 rows read with the ORM from its
own SQLite database and rendered through a template, the cheapest realistic page.
"""
