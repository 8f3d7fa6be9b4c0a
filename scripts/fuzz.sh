#!/usr/bin/env bash
# Fuzz the API with schemathesis, as a signed-in member, against a live server of this checkout.
#
# A throwaway SQLite database in a temporary folder gets the migrations and the demo network;
# Django's development server serves it on a free port; schemathesis reads the OpenAPI document
# the server publishes and sends generated requests (valid and invalid) to every operation,
# with a demo member's access token. It fails on any server error (5xx) and on any response
# that does not match the document. The server's log is printed when something failed.
#
# FUZZ_EXAMPLES  examples per operation and phase (default 100)
# FUZZ_SEED      a fixed seed makes the run repeat exactly (default: a new random search)
# FUZZ_AS        the demo account to fuzz as: member, convener or admin (default member)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

examples="${FUZZ_EXAMPLES:-100}"
account="${FUZZ_AS:-member}@demo.trellis"
work="$(mktemp -d -t trellis-fuzz.XXXXXX)"
server_pid=""

stop() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

export TRELLIS_VAR_DIR="$work"
export DJANGO_SETTINGS_MODULE=config.settings.dev
unset DATABASE_URL
# Development settings with debugging off: errors are answered as in production.
export DEBUG=false
export ALLOWED_HOSTS=127.0.0.1

python=.venv/bin/python
$python manage.py migrate --noinput >/dev/null
$python manage.py demo >/dev/null
token="$($python manage.py shell -c "
from trellis.accounts.models import User
from trellis.accounts.services import access_token_create
print(access_token_create(person=User.objects.get(email='$account'), name='fuzz')[1])
" | tail -n 1)"
port="$($python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

$python manage.py runserver "127.0.0.1:$port" --noreload >"$work/server.log" 2>&1 &
server_pid=$!

# A seed makes the run repeatable; without one, each run searches anew and remembers nothing.
generation=(--generation-database none)
if [ -n "${FUZZ_SEED:-}" ]; then
    generation=(--seed "$FUZZ_SEED" --generation-deterministic)
fi
fuzz() {
    .venv/bin/schemathesis run "http://127.0.0.1:$port/api/v1/openapi.json" \
        --wait-for-schema 60 \
        --header "Authorization: Bearer $token" \
        --generation-with-security-parameters false \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --phases examples,coverage,fuzzing \
        --max-examples "$examples" \
        --workers 1 \
        --no-color \
        "${generation[@]}" "$@"
}

echo "fuzz: $examples examples per operation as $account${FUZZ_SEED:+, seed $FUZZ_SEED}"
status=0
# Revoking tokens comes last, on its own: the fuzzer would soon revoke the token it works with.
revoke=trellis_accounts_api_token_revoke
fuzz --exclude-operation-id "$revoke" || status=$?
fuzz --include-operation-id "$revoke" || status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz: the server's log follows" >&2
    grep -v '^\[' "$work/server.log" | tail -n 200 >&2 || true
fi
exit "$status"
