"""Fast, isolated settings for the test suite."""

import os
import tempfile
from pathlib import Path

from config.settings.base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Each test runs in a transaction that is rolled back: count writes at once, not at a commit.
TRELLIS_GENERATIONS_AT_ONCE = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="trellis-test-media-"))
STORAGES = {
    **STORAGES,  # noqa: F405
    "library": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(tempfile.mkdtemp(prefix="trellis-test-library-"))},
    },
}
# WhiteNoise wants the folder collectstatic would fill; tests serve static files from the apps.
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="trellis-test-static-"))
# Rate limits are tested explicitly where they matter; elsewhere they would make
# tests depend on each other through the cache.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/5m/ip,5/5m/key"}
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["NAME"] = ":memory:"  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}  # noqa: F405
