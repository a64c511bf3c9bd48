#!/bin/sh
# need_pymod.sh MODULE PACKAGE WHY: print the path of a python3 that can
# import MODULE. The same contract as tests/need.sh: when no python3 can,
# install the Debian PACKAGE (saying so and why) if we are root with
# apt-get, or fail with a message naming the package. Never skips silently.
#
# Debian's python3-* packages install for Debian's own interpreter,
# /usr/bin/python3, which may not be the python3 first on PATH (pyenv,
# a virtualenv): so both are tried, PATH's first.
mod=$1 pkg=$2 why=$3
find_python() {
    for py in "$(command -v python3 2>/dev/null)" /usr/bin/python3; do
        [ -n "$py" ] && [ -x "$py" ] || continue
        if "$py" -c "import $mod" >/dev/null 2>&1; then
            echo "$py"
            return 0
        fi
    done
    return 1
}
find_python && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "need_pymod.sh: installing Debian package '$pkg' for python module $mod ($why)" >&2
    if [ ! -f /var/lib/apt/lists/.hc-updated ]; then
        apt-get update -qq >&2 && touch /var/lib/apt/lists/.hc-updated
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2 || {
        echo "need_pymod.sh: could not install '$pkg'" >&2; exit 1; }
    find_python && exit 0
fi
echo "need_pymod.sh: python module '$mod' is missing: install the Debian package '$pkg' ($why)" >&2
exit 1
