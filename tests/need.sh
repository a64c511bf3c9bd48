#!/bin/sh
# need.sh TOOL PACKAGE WHY: make sure TOOL is on PATH. When it is not, install
# the Debian PACKAGE (saying so and why) if we are root with apt-get, or fail
# with a message naming the package. Never skips silently.
tool=$1 pkg=$2 why=$3
command -v "$tool" >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "need.sh: installing Debian package '$pkg' for $tool ($why)" >&2
    if [ ! -f /var/lib/apt/lists/.hc-updated ]; then
        apt-get update -qq >&2 && touch /var/lib/apt/lists/.hc-updated
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2 || {
        echo "need.sh: could not install '$pkg'" >&2; exit 1; }
    command -v "$tool" >/dev/null 2>&1 && exit 0
fi
echo "need.sh: '$tool' is missing: install the Debian package '$pkg' ($why)" >&2
exit 1
