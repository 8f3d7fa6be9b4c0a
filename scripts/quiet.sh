#!/usr/bin/env bash
# quiet.sh "Label" command [args...]: run a step of `make run` with its output in a log file
# under var/log/, print one line when it succeeds, and the whole log when it fails (exiting
# with the command's status), so a newcomer's screen ends with where to go and how to log in.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

label=$1
shift
logs=${TRELLIS_VAR_DIR:-var}/log
mkdir -p "$logs"
name=$(printf '%s' "$label" | tr '[:upper:]' '[:lower:]' | tr -cs 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')
log="$logs/$name.log"

printf '%s… ' "$label"
started=$SECONDS
if "$@" >"$log" 2>&1; then
    echo "done ($((SECONDS - started)) s)"
else
    status=$?
    echo "failed (exit status $status). Its output, also in $log:"
    echo
    cat "$log"
    exit "$status"
fi
