#!/usr/bin/env bash
# Checks packaging/dev.sh itself, as a user runs it:
# - `dev.sh exec` sees the user's files: a file in the home folder (the README's own
#   instruction) and a path relative to a working folder outside the checkout;
# - `dev.sh exec` (like `run` and `shell`) passes the desktop session through: the locale, Qt's
#   and freedesktop's settings.
# Run by .ci/run after the test suite, which builds build/dev.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
src=$PWD
app=$src/build/dev/bin/coffeechat
[ -x "$app" ] || { echo "test-dev-env: build the dev preset first (packaging/dev.sh build)" >&2; exit 1; }
# The environment's cache is found through $HOME, which the checks below replace.
cache=${COFFEECHAT_ENV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/coffeechat-env}
home=$(mktemp -d /var/tmp/coffeechat-home.XXXXXX)
elsewhere=$(mktemp -d /var/tmp/coffeechat-cwd.XXXXXX)
trap 'rm -rf "$home" "$elsewhere"' EXIT

fail() {
    printf 'test-dev-env: FAIL: %s\n' "$*" >&2
    exit 1
}
devsh() { HOME=$home COFFEECHAT_ENV_CACHE=$cache bash "$src/packaging/dev.sh" "$@"; }
sample=tests/data/linkedin/Connections_2023-2026_Notes_URL.csv

# 1. A file in the home folder, from the checkout.
mkdir -p "$home/Downloads"
cp "$sample" "$home/Downloads/Connections.csv"
out=$(devsh exec build/dev/bin/coffeechat import "$home/Downloads/Connections.csv" \
      --database "$home/coffeechat.sqlite" 2>&1) || fail "import from the home folder: $out"
[[ $out == "7 added, 0 updated, 1 skipped"* ]] || fail "import from the home folder printed: $out"
[ -s "$home/coffeechat.sqlite" ] || fail "the database in the home folder was not written"
echo "test-dev-env: ok: dev.sh exec imports a file in \$HOME"

# 2. Relative paths, typed in a folder outside the checkout and the home folder.
cp "$sample" "$elsewhere/contacts.csv"
out=$(cd "$elsewhere" && devsh exec "$app" import contacts.csv --database db.sqlite 2>&1) \
    || fail "import in a folder outside the checkout: $out"
[[ $out == "7 added, 0 updated, 1 skipped"* ]] || fail "import in a folder outside the checkout printed: $out"
[ -s "$elsewhere/db.sqlite" ] || fail "the database was not written in the working folder"
echo "test-dev-env: ok: dev.sh exec works in the folder it is typed in"

# 3. The session's locale and settings reach the program.
out=$(env -u LC_ALL -u LC_TIME LANG=de_DE.UTF-8 QT_SCALE_FACTOR=1.5 XDG_CURRENT_DESKTOP=KDE \
      bash -c 'cd "$1" && HOME=$2 COFFEECHAT_ENV_CACHE=$3 bash packaging/dev.sh exec bash -c '\''printf "%s|%s|%s|" "$LANG" "$QT_SCALE_FACTOR" "$XDG_CURRENT_DESKTOP"; date -d 2026-12-07 +%A'\''' \
      _ "$src" "$home" "$cache" 2>&1) || fail "session environment: $out"
[ "$out" = "de_DE.UTF-8|1.5|KDE|Montag" ] || fail "the session's settings did not arrive: $out"
echo "test-dev-env: ok: the locale, QT_* and XDG_* settings reach the program"
