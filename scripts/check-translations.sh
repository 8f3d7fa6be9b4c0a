#!/usr/bin/env bash
# Fails when the Russian catalogue is incomplete or out of date:
#  - locale/ru/LC_MESSAGES/django.po differs from what `make messages` would write now
#    (a string was added, changed or removed in the code or templates);
#  - an entry is untranslated or fuzzy, or a format string does not match its original;
#  - django.mo was not compiled from the current django.po.
# makemessages runs on a copy of the sources, so the check never changes the work tree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python=${PYTHON:-$PWD/.venv/bin/python}
po=locale/ru/LC_MESSAGES/django.po
mo=locale/ru/LC_MESSAGES/django.mo

if [ ! -f "$po" ]; then
    echo "check-translations: $po is missing; run 'make messages' and translate it" >&2
    exit 1
fi

copy=$(mktemp -d "${TMPDIR:-/tmp}/trellis-messages.XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp -r manage.py config trellis locale "$copy"/
(
    cd "$copy"
    DJANGO_SETTINGS_MODULE=config.settings.dev TRELLIS_VAR_DIR="$copy/var" \
        "$python" manage.py makemessages -l ru --no-location --no-obsolete --verbosity 0
)

failed=0
# Compare entries, not line wrapping: msgcat lays both catalogues out the same way.
msgcat --no-wrap -o "$copy/committed.po" "$po"
msgcat --no-wrap -o "$copy/current.po" "$copy/$po"
if ! diff -u -I '^"POT-Creation-Date:' "$copy/committed.po" "$copy/current.po" >"$copy/po.diff"; then
    echo "check-translations: $po is out of date; run 'make messages', translate, commit:" >&2
    head -n 60 "$copy/po.diff" >&2
    failed=1
fi

# msgfmt prints e.g. "12 translated messages, 1 fuzzy translation, 2 untranslated messages."
statistics=$(LC_ALL=C msgfmt --check-format --check-domain --statistics -o /dev/null "$po" 2>&1) || {
    echo "check-translations: msgfmt rejects $po:" >&2
    echo "$statistics" >&2
    failed=1
}
echo "check-translations: $po: $statistics"
if grep -qE 'fuzzy|untranslated' <<<"$statistics"; then
    echo "check-translations: every Russian entry must be translated and none fuzzy" >&2
    LC_ALL=C msgattrib --only-fuzzy --no-wrap "$po" 2>/dev/null | grep '^msgid' | grep -v '^msgid ""$' | head -n 20 >&2 || true
    LC_ALL=C msgattrib --untranslated --no-wrap "$po" 2>/dev/null | grep '^msgid' | grep -v '^msgid ""$' | head -n 20 >&2 || true
    failed=1
fi

# Compare what the catalogues say, not their bytes: msgfmt versions may lay files out differently.
"$python" - "$po" "$mo" <<'PY' || failed=1
import gettext
import subprocess
import sys
import tempfile
from pathlib import Path

po, mo = Path(sys.argv[1]), Path(sys.argv[2])
if not mo.exists():
    sys.exit(f"check-translations: {mo} is missing; run 'make messages' and commit it")
with tempfile.TemporaryDirectory() as folder:
    fresh = Path(folder) / "django.mo"
    subprocess.run(["msgfmt", "-o", str(fresh), str(po)], check=True)
    with fresh.open("rb") as expected_file, mo.open("rb") as committed_file:
        expected_translations = gettext.GNUTranslations(expected_file)
        committed = gettext.GNUTranslations(committed_file)._catalog  # type: ignore[attr-defined]
    expected = expected_translations._catalog  # type: ignore[attr-defined]
# Without the Russian plural rule in its header, every count would take the English forms.
if "plural-forms" not in expected_translations.info():
    sys.exit(f"check-translations: {po} has no Plural-Forms in its header")
if expected != committed:
    keys = expected.keys() | committed.keys()
    stale = sorted(str(key) for key in keys if key and expected.get(key) != committed.get(key))[:10]
    sys.exit(f"check-translations: {mo} is stale; run 'make messages' and commit it. {stale}")
PY

exit "$failed"
