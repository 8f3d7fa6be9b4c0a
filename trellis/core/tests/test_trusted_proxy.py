"""Production believes a proxy's headers only when TRUSTED_PROXY_COUNT declares the proxy."""

from pathlib import Path

import pytest

from trellis.core.tests.test_deploy_check import production_environment, run_manage

PRINT_TRUST = (
    "from django.conf import settings; "
    "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT, settings.SECURE_PROXY_SSL_HEADER)"
)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ({}, "0 None"),
        ({"TRUSTED_PROXY_COUNT": "1"}, "1 ('HTTP_X_FORWARDED_PROTO', 'https')"),
    ],
)
def test_proxy_headers_are_believed_only_behind_a_declared_proxy(
    tmp_path: Path, declared: dict[str, str], expected: str
) -> None:
    environment = production_environment(tmp_path, **declared)
    if not declared:
        environment.pop("TRUSTED_PROXY_COUNT", None)

    result = run_manage(environment, "shell", "--no-imports", "-c", PRINT_TRUST)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
