#!/bin/sh
# packaging.sh BUILD: httpcodec as each ecosystem consumes it (make
# test-packaging, part of make test). Works in BUILD/packaging.
#   1. CMake: configure, install into a temporary prefix; a consumer project
#      (tests/packaging/consumer) through find_package(httpcodec) from that
#      prefix, and through add_subdirectory(); run it both times.
#   2. pkg-config: the installed httpcodec.pc validates, its version is the
#      header's, and its --cflags build and run the same consumer.
#   3. The manifests (library.json, library.properties, idf_component.yml,
#      zephyr/module.yml, zephyr/Kconfig) against their documented rules,
#      each one's version against the header's (check_manifests.py,
#      check_kconfig.py).
#   4. ESP-IDF and Zephyr are not in Debian: CMake stand-ins for their build
#      systems check what the repository's CMake files hand them.
#   5. Arduino: Debian's arduino-builder builds a sketch for an Arduino Uno
#      with the repository installed as a sketchbook library.
# Missing tools are installed through tests/need.sh (Debian packages, as
# root) or the script fails naming them. Any failed check stops it, loudly.
set -eu
BUILD=${1:?usage: sh tests/packaging.sh BUILD}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TESTS=$ROOT/tests
case $BUILD in /*) ;; *) BUILD=$(pwd)/$BUILD ;; esac
W=$BUILD/packaging
WARN="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror"

say() { echo "packaging: $*"; }
ok() { echo "packaging: ok: $*"; }
fail() { echo "packaging: FAIL: $*" >&2; exit 1; }
on_exit() {
    rc=$?
    [ "$rc" = 0 ] || echo "packaging: FAIL: stopped (exit $rc); logs in $W" >&2
}
trap on_exit EXIT
# run LOG CMD...: CMD's output to LOG; on failure print LOG and stop.
run() {
    log=$1; shift
    if ! "$@" > "$log" 2>&1; then
        cat "$log" >&2
        fail "$* (log: $log)"
    fi
}

sh "$TESTS/need.sh" cmake cmake "the CMake package tests (tests/packaging.sh)"
sh "$TESTS/need.sh" pkg-config pkg-config "the pkg-config test (tests/packaging.sh)"
sh "$TESTS/need.sh" gcc gcc "C compiler for the packaging consumer"
PY_YAML=$(sh "$TESTS/real/need_pymod.sh" yaml python3-yaml "validating idf_component.yml and zephyr/module.yml")
PY_KCONFIG=$(sh "$TESTS/real/need_pymod.sh" kconfiglib python3-kconfiglib "parsing zephyr/Kconfig as Zephyr does")

rm -rf "$W"
mkdir -p "$W"

# The version, from the one place it lives.
macro() { sed -n "s/^#[ 	]*define[ 	][ 	]*HTTPCODEC_VERSION_$1[ 	][ 	]*\([0-9][0-9]*\).*/\1/p" "$ROOT/httpcodec.h"; }
MAJOR=$(macro MAJOR) MINOR=$(macro MINOR) PATCH=$(macro PATCH)
VERSION=$MAJOR.$MINOR.$PATCH
STRING=$(sed -n 's/^#[ 	]*define[ 	][ 	]*HTTPCODEC_VERSION_STRING[ 	][ 	]*"\(.*\)".*/\1/p' "$ROOT/httpcodec.h")
if [ -z "$MAJOR" ] || [ -z "$MINOR" ] || [ -z "$PATCH" ]; then
    fail "no HTTPCODEC_VERSION_MAJOR/MINOR/PATCH in httpcodec.h"
fi
[ "$STRING" = "$VERSION" ] || fail "HTTPCODEC_VERSION_STRING is '$STRING', the numbers say $VERSION"
say "httpcodec.h says version $VERSION"

# ------------------------------------------------------------------ CMake
say "== CMake: configure, build, install into $W/prefix"
PREFIX=$W/prefix
run "$W/configure.log" cmake -S "$ROOT" -B "$W/build" -DCMAKE_INSTALL_PREFIX="$PREFIX"
grep -q "CMake Warning" "$W/configure.log" && { cat "$W/configure.log"; fail "CMake warned while configuring"; }
run "$W/build.log" cmake --build "$W/build"
run "$W/targets.log" cmake --build "$W/build" --target help
if grep -E '\.\.\. .*(httpcodec_|test|fuzz|bench)' "$W/targets.log"; then
    fail "the default CMake build has targets beyond the interface library"
fi
ok "the default build builds nothing (no tests, fuzz or examples targets)"
run "$W/install.log" cmake --install "$W/build"
(cd "$PREFIX" && find . -type f | sort) > "$W/installed.txt"
cat > "$W/installed.want" <<EOF
./include/httpcodec.h
./share/cmake/httpcodec/httpcodecConfig.cmake
./share/cmake/httpcodec/httpcodecConfigVersion.cmake
./share/cmake/httpcodec/httpcodecTargets.cmake
./share/pkgconfig/httpcodec.pc
EOF
diff -u "$W/installed.want" "$W/installed.txt" || fail "installed files differ from the expected set"
cmp -s "$ROOT/httpcodec.h" "$PREFIX/include/httpcodec.h" || fail "the installed header differs from httpcodec.h"
ok "installed: $(tr '\n' ' ' < "$W/installed.txt")"

# consumer NAME CMAKE-ARGS...: configure, build and run the consumer project
consumer() {
    name=$1; shift
    run "$W/$name.configure.log" cmake -S "$TESTS/packaging/consumer" -B "$W/$name" "$@"
    run "$W/$name.build.log" cmake --build "$W/$name"
    out=$("$W/$name/consumer") || fail "the $name consumer failed: $out"
    echo "$out" | grep -q "httpcodec $VERSION " || fail "the $name consumer printed: $out"
    ok "$name: $(grep 'consumer: httpcodec by' "$W/$name.configure.log" | sed 's/^-- //'); ran: $out"
}
consumer find_package -DCMAKE_PREFIX_PATH="$PREFIX" -DEXPECTED_VERSION="$VERSION"
consumer find_package_versioned -DCMAKE_PREFIX_PATH="$PREFIX" -DEXPECTED_VERSION="$VERSION" \
    -DHTTPCODEC_REQUEST_VERSION="$MAJOR.$MINOR"
if cmake -S "$TESTS/packaging/consumer" -B "$W/find_package_too_new" -DCMAKE_PREFIX_PATH="$PREFIX" \
        -DEXPECTED_VERSION="$VERSION" -DHTTPCODEC_REQUEST_VERSION="$MAJOR.$((MINOR + 1))" \
        > "$W/find_package_too_new.log" 2>&1; then
    fail "find_package(httpcodec $MAJOR.$((MINOR + 1))) accepted version $VERSION"
fi
grep -q "compatible with requested version" "$W/find_package_too_new.log" \
    || { cat "$W/find_package_too_new.log"; fail "find_package(httpcodec $MAJOR.$((MINOR + 1))) failed, but not on the version"; }
ok "find_package(httpcodec $MAJOR.$((MINOR + 1))) refuses $VERSION (SameMinorVersion while 0.x)"
consumer add_subdirectory -DHTTPCODEC_SOURCE_DIR="$ROOT"
[ ! -d "$W/add_subdirectory/httpcodec/CMakeFiles/Export" ] || fail "add_subdirectory() set up httpcodec's install"

say "== CMake: HTTPCODEC_BUILD_EXAMPLES=ON builds the POSIX examples"
run "$W/examples.configure.log" cmake -S "$ROOT" -B "$W/examples" -DHTTPCODEC_BUILD_EXAMPLES=ON \
    -DHTTPCODEC_INSTALL=OFF -DCMAKE_C_FLAGS="$WARN"
run "$W/examples.build.log" cmake --build "$W/examples"
for ex in hcdump server client; do [ -x "$W/examples/$ex" ] || fail "no $ex built"; done
ok "examples built warning-free: hcdump server client"

# ------------------------------------------------------------- pkg-config
say "== pkg-config, from $PREFIX/share/pkgconfig"
PKG_CONFIG_PATH=$PREFIX/share/pkgconfig
export PKG_CONFIG_PATH
run "$W/pc-validate.log" pkg-config --validate httpcodec
pcver=$(pkg-config --modversion httpcodec)
[ "$pcver" = "$VERSION" ] || fail "pkg-config --modversion says '$pcver', the header $VERSION"
cflags=$(pkg-config --cflags httpcodec | sed 's/ *$//')
libs=$(pkg-config --libs httpcodec | sed 's/ *$//')
[ "$cflags" = "-I$PREFIX/include" ] || fail "pkg-config --cflags gives '$cflags'"
[ -z "$libs" ] || fail "pkg-config --libs gives '$libs' for a header-only library"
# shellcheck disable=SC2086
run "$W/pc-build.log" gcc -std=c99 $WARN $cflags -o "$W/pc-consumer" "$TESTS/packaging/consumer/main.c"
out=$("$W/pc-consumer") || fail "the pkg-config consumer failed: $out"
ok "modversion $pcver, cflags '$cflags', no libs; built with them and ran: $out"
unset PKG_CONFIG_PATH

# -------------------------------------------------------------- manifests
say "== manifests (python: $PY_YAML; Kconfig: $PY_KCONFIG)"
"$PY_YAML" "$TESTS/packaging/check_manifests.py" "$ROOT" "$VERSION" > "$W/manifests.log" 2>&1 \
    || { cat "$W/manifests.log"; fail "manifest checks"; }
grep -v '^ZEPHYR_' "$W/manifests.log"
ZEPHYR_CMAKE_DIR=$(sed -n 's/^ZEPHYR_CMAKE_DIR=\([^ ]*\) .*/\1/p' "$W/manifests.log")
ZEPHYR_KCONFIG=$(sed -n 's/.* ZEPHYR_KCONFIG=\(.*\)/\1/p' "$W/manifests.log")
"$PY_KCONFIG" "$TESTS/packaging/check_kconfig.py" "$ROOT/$ZEPHYR_KCONFIG"

# --------------------------------------------- ESP-IDF and Zephyr stand-ins
say "== ESP-IDF: the repository as a component (a stand-in for idf.py's CMake)"
run "$W/esp.log" cmake -S "$TESTS/packaging/esp_idf" -B "$W/esp" -DHTTPCODEC_SOURCE_DIR="$ROOT"
ok "$(grep 'esp-idf stand-in' "$W/esp.log" | sed 's/^-- //')"
run "$W/esp-script.log" cmake -DHTTPCODEC_SOURCE_DIR="$ROOT" -P "$TESTS/packaging/esp_idf/requirements.cmake"
ok "$(grep 'esp-idf stand-in' "$W/esp-script.log" | sed 's/^-- //')"

say "== Zephyr: the module's CMake (a stand-in for Zephyr's module build)"
for config in y ""; do
    run "$W/zephyr$config.log" cmake -S "$TESTS/packaging/zephyr" -B "$W/zephyr$config" \
        -DHTTPCODEC_SOURCE_DIR="$ROOT" -DMODULE_CMAKE_DIR="$ZEPHYR_CMAKE_DIR" -DCONFIG_HTTPCODEC="$config"
    ok "$(grep 'zephyr stand-in' "$W/zephyr$config.log" | sed 's/^-- //')"
done

# ---------------------------------------------------------------- Arduino
say "== Arduino: a sketch built for an Uno with the library from a sketchbook"
sh "$TESTS/need.sh" arduino-builder arduino-builder "builds an Arduino sketch with the library (library.properties)"
AVR=/usr/share/arduino/hardware/arduino/avr
if [ ! -f "$AVR/boards.txt" ]; then
    sh "$TESTS/apt_install.sh" arduino-core-avr "the Arduino AVR core and avr-gcc, for the Arduino build"
fi
[ -f "$AVR/boards.txt" ] || fail "no Arduino AVR core at $AVR (Debian package arduino-core-avr)"
# The library as a release holds it: the repository's files, copied.
LIB=$W/arduino/libraries/httpcodec
mkdir -p "$LIB" "$W/arduino/build"
(cd "$ROOT" && git ls-files --cached --others --exclude-standard | while read -r f; do
    [ -f "$f" ] && printf '%s\n' "$f"; done | tar -cf - -T -) | (cd "$LIB" && tar -xf -)
cp -r "$TESTS/packaging/arduino/hc_sketch" "$W/arduino/"
# -prefs: Debian's arduino-core-avr 1.8.7 does not build with its avr-gcc
# 5.4 (WString.cpp needs DECIMAL_DIG, which that gcc's C++ <float.h> lacks);
# the define only mends the core, not the library or the sketch.
run "$W/arduino.log" arduino-builder -compile -verbose -warnings all \
    -hardware /usr/share/arduino/hardware -hardware /usr/share/arduino-builder -tools /usr/bin \
    -libraries "$W/arduino/libraries" -fqbn arduino:avr:uno -build-path "$W/arduino/build" \
    -prefs=compiler.cpp.extra_flags=-DDECIMAL_DIG=17 "$W/arduino/hc_sketch/hc_sketch.ino"
grep -q "Using library httpcodec at version $VERSION in folder: $LIB" "$W/arduino.log" \
    || fail "arduino-builder did not use httpcodec $VERSION from $LIB (log: $W/arduino.log)"
if grep -E 'httpcodec\.h:[0-9]+:[0-9]+: (warning|error)' "$W/arduino.log"; then
    fail "avr-g++ warned about httpcodec.h"
fi
objs=$(find "$W/arduino/build/libraries" -name '*.o' | wc -l)
[ "$objs" -eq 0 ] || fail "arduino-builder compiled $objs files of the library (header-only: none)"
ok "arduino-builder used httpcodec $VERSION from library.properties, compiled nothing of it, no warnings from httpcodec.h (avr-g++ -Wall -Wextra)"
grep -E '^(Sketch uses|Global variables)' "$W/arduino.log" | sed 's/^/packaging: uno: /'
if grep -q "Spurious .ci folder" "$W/arduino.log"; then
    say "note: arduino-builder 1.3 warns about the hidden .ci folder (the CI entry point); a warning only"
fi

say "all packaging checks passed"
