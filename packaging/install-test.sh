#!/usr/bin/env bash
# Installs the .deb that `packaging/dev.sh package` built into a clean Debian 13 system, as a
# user would (apt resolves its dependencies from the archive), checks that the package holds the
# executable, the launcher entry, icon and metainfo, and starts the installed app headless on an
# empty profile: it must open its main window and quit cleanly.
#
#   packaging/install-test.sh [FILE.deb]     (default: build/package/coffeechat_*.deb)
#
# The clean system is a `debootstrap --variant=minbase` root, created once with dev.sh's mirror
# logic and cached beside dev.sh's environment. It is never changed: each run installs into a
# throwaway overlay in memory, in a private mount namespace. Needs root, like dev.sh.
set -euo pipefail

# dev.sh's functions and settings (SUITE, CACHE_BASE, debootstrap_into, in_root, ...).
# shellcheck source=dev.sh
source "$(dirname "${BASH_SOURCE[0]}")/dev.sh"

APP_ID=io.github.coffeechat.coffeechat
CLEAN_HASH=$(printf '%s\n' minbase "$SUITE" | sha256sum | cut -c1-12)
CLEAN_DIR="$CACHE_BASE/clean-$SUITE-$CLEAN_HASH"

create_clean_root() {
    [ -d "$CLEAN_DIR" ] && return 0
    local staging="$CLEAN_DIR.partial.$$"
    rm -rf "$staging"
    log "creating a clean Debian 13 system in $CLEAN_DIR (one time, about a minute)"
    debootstrap_into "$staging"
    mv "$staging" "$CLEAN_DIR"
    prune_roots "clean-$SUITE-*" "$CLEAN_DIR"
}

# What runs inside the clean system, as root, with the package at /var/tmp.
inner_script() {
    cat <<EOF
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
echo "== apt-get install ./$(basename "$1")"
apt-get update -q >/var/tmp/apt.log 2>&1 || { cat /var/tmp/apt.log; exit 1; }
apt-get install -y -q --no-install-recommends /var/tmp/$(basename "$1") >>/var/tmp/apt.log 2>&1 \\
    || { tail -n 40 /var/tmp/apt.log; exit 1; }
dpkg-query -W -f='installed \${Package} \${Version}\n' coffeechat
echo "Depends: \$(dpkg-query -W -f='\${Depends}' coffeechat)"

echo "== dpkg -L coffeechat"
files=\$(dpkg -L coffeechat)
for f in /usr/bin/coffeechat /usr/share/applications/$APP_ID.desktop \\
         /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg /usr/share/metainfo/$APP_ID.metainfo.xml \\
         /usr/share/knotifications6/coffeechat.notifyrc; do
    if printf '%s\n' "\$files" | grep -qx "\$f"; then echo "ok \$f"; else echo "MISSING \$f"; exit 1; fi
done

echo "== coffeechat --smoke-test on an empty profile"
home=\$(mktemp -d) runtime=\$(mktemp -d)
status=0
output=\$(cd "\$home" && env -i PATH=/usr/bin:/bin HOME="\$home" XDG_RUNTIME_DIR="\$runtime" LANG=C.UTF-8 \\
    QT_QPA_PLATFORM=offscreen timeout 120 coffeechat --smoke-test 2>&1) || status=\$?
printf '%s\n' "\$output"
[ "\$status" = 0 ] || { echo "coffeechat exited with status \$status"; exit 1; }
printf '%s\n' "\$output" | grep -qx 'Main window shown: Coffee Chat' \\
    || { echo "coffeechat did not report its main window"; exit 1; }
if printf '%s\n' "\$output" | grep -E "Cannot open file ':/|driver not loaded|Could not (find|load) the Qt platform plugin"; then
    echo "coffeechat could not load one of its resources or plugins"; exit 1
fi
test -s "\$home/.local/share/CoffeeChat/coffeechat/coffeechat.sqlite" \\
    || { echo "no database was created in the empty profile"; exit 1; }
echo "ok new database in the empty profile"
EOF
}

if [ "${1:-}" != --in-namespace ]; then
    deb=${1:-}
    if [ -z "$deb" ]; then
        deb=$(ls "$SRC_DIR"/build/package/coffeechat_*.deb 2>/dev/null | sort -V | tail -n1 || true)
    fi
    [ -n "$deb" ] && [ -f "$deb" ] || die "no package found: run 'packaging/dev.sh package' first"
    [ "$(id -u)" = 0 ] || die "the install test needs root (debootstrap, mounts)"
    [ -d "$CLEAN_DIR" ] || with_cache_lock create_clean_root
    exec unshare -m --propagation private "$BASH" "${BASH_SOURCE[0]}" --in-namespace "$(realpath "$deb")"
fi

# In a private mount namespace from here: the mounts disappear with this process.
deb=$2
work=$(mktemp -d)
trap 'umount -R "$work" 2>/dev/null || true; rmdir "$work" 2>/dev/null || true' EXIT
mount -t tmpfs -o size=6g tmpfs "$work"
mkdir "$work/upper" "$work/work" "$work/merged"
mount -t overlay overlay -o "lowerdir=$CLEAN_DIR,upperdir=$work/upper,workdir=$work/work" "$work/merged"
cp "$deb" "$work/merged/var/tmp/"
inner_script "$deb" >"$work/merged/var/tmp/install-test.sh"

log "installing $(basename "$deb") in a clean Debian 13 system"
t0=$SECONDS
in_root "$work/merged" none /bin/bash /var/tmp/install-test.sh \
    || die "install test failed"
log "install test took $((SECONDS - t0)) s"
echo "install-test: 4 passed, 0 failed"
