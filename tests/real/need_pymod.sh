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
sh "$(dirname "$0")/../apt_install.sh" "$pkg" "python module $mod: $why" || exit 1
find_python && exit 0
echo "need_pymod.sh: python module '$mod' is still missing after installing '$pkg'" >&2
exit 1
