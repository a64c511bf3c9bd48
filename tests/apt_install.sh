#!/bin/sh
# apt_install.sh PACKAGE WHY: install a Debian package for the tests, saying
# so and why; fails naming the package when not root or without apt-get.
# Used by need.sh (tools) and real/need_pymod.sh (python modules).
pkg=$1 why=$2
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "apt_install.sh: install the Debian package '$pkg' ($why)" >&2
    exit 1
fi
echo "apt_install.sh: installing Debian package '$pkg' ($why)" >&2
if [ ! -f /var/lib/apt/lists/.hc-updated ]; then
    apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 && touch /var/lib/apt/lists/.hc-updated
fi
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$pkg" >&2 || {
    echo "apt_install.sh: could not install '$pkg'" >&2; exit 1; }
