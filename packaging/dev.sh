#!/usr/bin/env bash
# Coffee Chat development environment.
#
# The project targets Qt >= 6.6 and KF6 as packaged in Debian 13. Where the host has
# them (Debian 13, Ubuntu 24.10+) everything runs natively. Otherwise (e.g. Debian 12)
# this script builds a Debian 13 root with debootstrap, caches it outside the checkout
# keyed by a hash of the package list, and runs every command inside it with private
# mounts, so nothing on the host changes except the cache directory.
#
#   packaging/dev.sh run [ARGS...]   build if needed, then start the app
#   packaging/dev.sh test [CTEST...] build and run the whole test suite
#   packaging/dev.sh build [PRESET]  configure and build (presets: dev, asan, release)
#   packaging/dev.sh package         build a release .deb in build/package/ (CPack)
#   packaging/dev.sh fuzz [SECONDS]  build the libFuzzer targets, run each on its corpus (default 30 s)
#   packaging/dev.sh shell           interactive shell in the environment
#   packaging/dev.sh exec CMD...     run any command in the environment, in the current folder
#   packaging/dev.sh env-info        print which environment would be used
set -euo pipefail

SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUITE=trixie

# Everything the build, the tests and the benchmarks need, as Debian 13 package names.
PACKAGES=(
    build-essential cmake ninja-build pkgconf git ca-certificates
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    libkf6syntaxhighlighting-dev libkf6calendarcore-dev libkf6contacts-dev libkf6archive-dev
    libkf6notifications-dev qt6-charts-dev qt6-multimedia-dev
    pulseaudio pulseaudio-utils
    sqlite3 libsqlite3-dev xvfb xauth fonts-dejavu-core poppler-utils locales-all
    desktop-file-utils appstream dpkg-dev file
    clang libclang-rt-dev
)

PKG_HASH=$(printf '%s\n' "${PACKAGES[@]}" "$SUITE" | sha256sum | cut -c1-12)
CACHE_BASE=${COFFEECHAT_ENV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/coffeechat-env}
ROOT_DIR="$CACHE_BASE/$SUITE-$PKG_HASH"

log() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

# --- deciding where to run -------------------------------------------------------------

host_is_suitable() {
    [ "${COFFEECHAT_FORCE_ROOT:-0}" = 1 ] && return 1
    command -v cmake >/dev/null || return 1
    local qtver
    qtver=$(pkg-config --modversion Qt6Core 2>/dev/null || true)
    [ -n "$qtver" ] || return 1
    # Qt >= 6.6
    local major minor
    major=${qtver%%.*}; minor=${qtver#*.}; minor=${minor%%.*}
    { [ "$major" -gt 6 ] || { [ "$major" -eq 6 ] && [ "$minor" -ge 6 ]; }; } || return 1
    ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1 || return 1
    return 0
}

# Hosts that ship the right Qt and KF6 get the packages natively.
try_native_install() {
    [ "${COFFEECHAT_FORCE_ROOT:-0}" = 1 ] && return 1
    [ "$(id -u)" = 0 ] || return 1
    command -v apt-get >/dev/null || return 1
    local candidate
    candidate=$(apt-cache policy qt6-base-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
    case "$candidate" in 6.[6-9]*|6.1[0-9]*) ;; *) return 1 ;; esac
    apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'Candidate: [0-9]' || return 1
    log "installing build packages on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${PACKAGES[@]}" >&2
}

# The Debian mirror this host already uses, read from its own apt sources.
host_debian_mirror() {
    local uri
    uri=$(grep -hE '^[[:space:]]*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
    if [ -z "$uri" ]; then
        uri=$(grep -hE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
              | sed -E 's/\[[^]]*\]//' | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
    fi
    [ -n "$uri" ] || die "no Debian mirror found in /etc/apt/sources.list*; set COFFEECHAT_MIRROR"
    printf '%s\n' "${uri%/}"
}

# debootstrap_into DIR: a minimal Debian 13 system in DIR, with apt pointed at the mirror.
debootstrap_into() {
    local dir=$1 mirror
    [ "$(id -u)" = 0 ] || die "creating a Debian 13 environment needs root (debootstrap, unshare)"
    if ! command -v debootstrap >/dev/null; then
        log "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2 \
            || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2; }
    fi
    mirror=${COFFEECHAT_MIRROR:-$(host_debian_mirror)}
    mkdir -p "$CACHE_BASE"
    local t0=$SECONDS
    debootstrap --variant=minbase "$SUITE" "$dir" "$mirror" >"$CACHE_BASE/debootstrap.log" 2>&1 \
        || { tail -n 30 "$CACHE_BASE/debootstrap.log" >&2; rm -rf "$dir"; die "debootstrap failed (log: $CACHE_BASE/debootstrap.log)"; }
    log "debootstrap took $((SECONDS - t0)) s"
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$SUITE" "$mirror" "$SUITE" >"$dir/etc/apt/sources.list"
}

# root_in_use DIR: whether a running process (a build, a test, a shell) has DIR as its root.
root_in_use() {
    local dir link
    dir=$(realpath "$1")
    for link in /proc/[0-9]*/root; do
        [ "$(readlink "$link" 2>/dev/null)" = "$dir" ] && return 0
    done
    return 1
}

# prune_roots PATTERN KEEP: remove superseded roots (other package lists) that nothing runs in.
prune_roots() {
    local old
    for old in "$CACHE_BASE"/$1; do
        [ -d "$old" ] && [ "$old" != "$2" ] || continue
        case "$old" in *.partial.*) continue ;; esac
        if root_in_use "$old"; then log "keeping $old: in use"; else rm -rf "$old"; fi
    done
}

# with_cache_lock CMD...: one creation at a time, so concurrent commands share one root.
with_cache_lock() {
    mkdir -p "$CACHE_BASE"
    (flock 9 && "$@") 9>"$CACHE_BASE/.lock"
}

create_root() {
    # Another command may have created it while this one waited for the lock.
    [ -d "$ROOT_DIR" ] && return 0
    local staging="$ROOT_DIR.partial.$$"
    rm -rf "$staging"
    log "creating a Debian 13 environment in $ROOT_DIR (one time, a few minutes)"
    debootstrap_into "$staging"
    local t0=$SECONDS
    in_root "$staging" none /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${PACKAGES[*]} && apt-get clean" \
        >"$CACHE_BASE/packages.log" 2>&1 \
        || { tail -n 30 "$CACHE_BASE/packages.log" >&2; rm -rf "$staging"; die "package installation failed (log: $CACHE_BASE/packages.log)"; }
    log "package installation took $((SECONDS - t0)) s"
    # Only a complete root is ever used: the rename is the commit point.
    mv "$staging" "$ROOT_DIR"
    prune_roots "$SUITE-*" "$ROOT_DIR"
}

# The desktop session's settings that a program started from it should see: the locale, Qt's
# and freedesktop's settings (scale, theme, platform, config and data folders), the display
# (X11 or Wayland) and the D-Bus session bus (notifications, portals).
session_env() {
    local name
    while IFS= read -r name; do
        case "$name" in
            LANG|LANGUAGE|LC_*|QT_*|XDG_*|DISPLAY|XAUTHORITY|WAYLAND_DISPLAY|DBUS_SESSION_BUS_ADDRESS)
                printf '%s=%s\0' "$name" "${!name}" ;;
        esac
    done < <(compgen -e)
}

# The folders a session command needs to see as on the host, besides the checkout: $HOME (the
# user's files, the app's data), the session's runtime folder (Wayland and D-Bus sockets), the
# D-Bus socket's folder when it lies elsewhere, and the working folder. System folders stay the
# root's own.
session_binds() {
    local dir bus
    for dir in "${HOME:-}" "${XDG_RUNTIME_DIR:-}" "${1:-}"; do
        printf '%s\n' "$dir"
    done
    bus=${DBUS_SESSION_BUS_ADDRESS:-}
    case "$bus" in *unix:path=*)
        bus=${bus#*unix:path=}; bus=${bus%%[,;]*}
        printf '%s\n' "$(dirname "$bus")" ;;
    esac
}

# in_root ROOT MODE CMD... : run CMD in ROOT with private mounts, in the checkout (or in
# $ENV_WORKDIR when set). MODE "session" (run, shell, exec) also binds the X11 socket folder and
# the folders session_binds() names, and passes session_env() through, so the app behaves as on
# the user's desktop and sees the paths the user typed. MODE "none" (builds, tests, packages) gets
# a fixed environment (C.UTF-8), so results do not depend on who runs them.
in_root() {
    local root=$1 mode=$2; shift 2
    local home=${HOME:-/root}
    local src=${ENV_SRC:-$SRC_DIR}
    local workdir=${ENV_WORKDIR:-$src}
    local quoted binds=() envs=()
    quoted=$(printf '%q ' "$@")
    if [ "$mode" = session ]; then
        local dir
        while IFS= read -r dir; do
            case "$dir" in
                ''|/|/bin|/bin/*|/boot|/boot/*|/dev|/dev/*|/etc|/etc/*|/lib|/lib/*|/lib64|/lib64/*|/proc|/proc/*|/sbin|/sbin/*|/sys|/sys/*|/usr|/usr/*|/var/lib|/var/lib/*) ;;
                *) [ -d "$dir" ] && binds+=("$dir") ;;
            esac
        done < <(session_binds "$workdir")
        while IFS= read -r -d '' dir; do envs+=("$dir"); done < <(session_env)
    fi
    unshare -m --propagation private /bin/bash -euc '
        root=$1 mode=$2 src=$3 home=$4 cmd=$5 workdir=$6 nbinds=$7; shift 7
        binds=("${@:1:$nbinds}"); shift "$nbinds"
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs tmpfs "$root/tmp"
        mkdir -p "$root/src"
        mount --bind "$src" "$root/src"
        cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        if [ "$mode" = session ] && [ -d /tmp/.X11-unix ]; then
            mkdir -p "$root/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        for dir in "${binds[@]}"; do
            mkdir -p "$root$dir"; mount --rbind "$dir" "$root$dir"
        done
        if [ "$src" != /src ] && [ -n "$src" ]; then
            mkdir -p "$root$src"; mount --bind "$src" "$root$src"
        fi
        exec chroot "$root" /usr/bin/env -i \
            HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
            LANG=C.UTF-8 TERM="${TERM:-dumb}" DISPLAY="${DISPLAY:-}" XAUTHORITY="${XAUTHORITY:-}" \
            CI="${CI:-}" COFFEECHAT_WERROR="${COFFEECHAT_WERROR:-}" CTEST_OUTPUT_ON_FAILURE=1 \
            "$@" /bin/bash -c "cd \"$workdir\" 2>/dev/null || cd \"$src\" 2>/dev/null || cd /; $cmd"
    ' in_root "$root" "$mode" "$src" "$home" "$quoted" "$workdir" "${#binds[@]}" "${binds[@]}" "${envs[@]}"
}

# run_env MODE CMD... : run CMD natively or in the Debian 13 root, creating it on first use; in
# the checkout, or in $ENV_WORKDIR when set.
run_env() {
    local mode=$1; shift
    if host_is_suitable || { try_native_install && host_is_suitable; }; then
        (cd "${ENV_WORKDIR:-$SRC_DIR}" && "$@")
    else
        [ -d "$ROOT_DIR" ] || with_cache_lock create_root
        in_root "$ROOT_DIR" "$mode" "$@"
    fi
}

# --- subcommands ---------------------------------------------------------------------

build_cmd() {
    local preset=${1:-dev}
    # CI turns warnings into errors; a local build keeps whatever its cache says.
    local werror=
    if [ -n "${CI:-}" ] || [ "${COFFEECHAT_WERROR:-}" = 1 ]; then werror=-DCOFFEECHAT_WERROR=ON; fi
    echo "cmake --preset $preset $werror >/dev/null && cmake --build --preset $preset"
}

# The .deb is built in its own tree (release flags, no tests) so build/release keeps its cache.
package_cmd() {
    local werror=
    if [ -n "${CI:-}" ] || [ "${COFFEECHAT_WERROR:-}" = 1 ]; then werror=-DCOFFEECHAT_WERROR=ON; fi
    echo "cmake --preset release -B build/package -DCMAKE_BUILD_TYPE=Release -DCOFFEECHAT_BUILD_TESTS=OFF $werror >/dev/null" \
         "&& cmake --build build/package && (cd build/package && cpack -G DEB)" \
         "&& ls build/package/coffeechat_*.deb"
}

# The fuzz preset builds only the fuzz targets (clang, libFuzzer, ASan + UBSan). Each runs for
# SECONDS on the seed corpus in tests/fuzz/corpus/ plus what earlier runs found (build/fuzz/corpus/);
# a crash, a sanitizer report or a broken invariant fails the command and leaves the input in
# build/fuzz/artifacts/.
fuzz_cmd() {
    local seconds=$1 steps target corpus
    steps="cmake --preset fuzz >/dev/null && cmake --build --preset fuzz && mkdir -p build/fuzz/artifacts"
    for target in csvparser:csv templaterenderer:template vcardimport:vcard; do
        corpus=${target#*:}
        target=${target%%:*}
        steps+=" && mkdir -p build/fuzz/corpus/$corpus && echo 'fuzz_$target: $seconds s' && build/fuzz/bin/fuzz_$target -max_total_time=$seconds -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/$target- build/fuzz/corpus/$corpus tests/fuzz/corpus/$corpus"
    done
    echo "$steps"
}

# Everything above is only definitions; parsing the whole file before running anything
# means editing it while a command runs cannot change that command.
main() {
    cmd=${1:-help}
    [ $# -gt 0 ] && shift
    case "$cmd" in
        build)
            run_env none bash -c "$(build_cmd "${1:-dev}")"
            ;;
        test)
            preset=${COFFEECHAT_PRESET:-dev}
            local extra=
            [ $# -gt 0 ] && extra=$(printf '%q ' "$@")
            run_env none bash -c "$(build_cmd "$preset") && ctest --preset $preset $extra"
            ;;
        package)
            run_env none bash -c "$(package_cmd)"
            ;;
        fuzz)
            local seconds=${1:-30}
            [[ $seconds =~ ^[0-9]+$ ]] || die "usage: dev.sh fuzz [SECONDS]"
            run_env none bash -c "$(fuzz_cmd "$seconds")"
            ;;
        run)
            local args=
            [ $# -gt 0 ] && args=$(printf '%q ' "$@")
            run_env session bash -c "$(build_cmd dev) && exec build/dev/bin/coffeechat $args"
            ;;
        shell)
            run_env session bash -i
            ;;
        exec)
            [ $# -gt 0 ] || die "usage: dev.sh exec CMD..."
            # In the folder it was typed in, seeing the files the user sees.
            ENV_WORKDIR=$PWD run_env session "$@"
            ;;
        env-info)
            if host_is_suitable; then echo "native host ($(pkg-config --modversion Qt6Core))"; else echo "Debian 13 root: $ROOT_DIR"; fi
            ;;
        help|-h|--help)
            sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            ;;
        *)
            die "unknown command '$cmd' (try: run, test, build, package, fuzz, shell, exec, env-info)"
            ;;
    esac
}

# packaging/install-test.sh sources this file for its functions without running a command.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
    exit # bash reads a script as it goes: never read past here, the file may have been edited since
fi
