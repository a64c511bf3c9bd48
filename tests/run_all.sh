#!/bin/sh
# run_all.sh BUILD: every suite of `make test`, one after the other, each
# one's output shown as it runs; then a summary, one line per suite, and
# last the line `N passed, N failed` summing them all. A failing suite does
# not stop the others: the script runs them all and exits 1 if any failed.
#
# How a suite counts (the second argument of `step` below):
#   last  a test runner that ends with `N passed, N failed`: the last such
#         line it printed gives its counts;
#   each  a script running several such runners (tests/scanners.sh), each
#         one's result line printed as it is: the lines are added up;
#   one   a build or a check without counts of its own: one check, passed
#         when it exits 0.
# A suite that exits non-zero counts at least one failure even when its
# counts say none (a sanitizer's report after the result line, say), and a
# `last` or `each` suite that prints no result line counts as one failure:
# nothing passes silently.
#
# The Makefile's test target runs this with MAKE set to its $(MAKE), so
# that the builds and the suites kept as make targets (compile-check,
# test-cross, bench-check, fuzz-*, test-packaging) run as sub-makes.
# Each suite's standard output is also kept in BUILD/run_all/NN.log (its
# standard error goes to the terminal only).
# shellcheck disable=SC2317 # the suite_* functions are called through step
build=${1:?usage: sh tests/run_all.sh BUILD}
MAKE=${MAKE:-make}
# the suites' paths and the sub-makes are relative to the repository's root
cd "$(dirname "$0")/.." || exit 1
logs=$build/run_all
mkdir -p "$logs" || exit 1
rm -f "$logs"/*.log "$logs"/*.rc "$logs"/summary

n=0        # steps run
total_passed=0 total_failed=0

# sub-make TARGET...: the same Makefile, the same BUILD
submake() { $MAKE --no-print-directory BUILD="$build" "$@"; }

# step NAME MODE COMMAND...: runs COMMAND (a function below or a program)
# with its output teed into a log, then counts it as MODE says.
step() {
    name=$1 mode=$2
    shift 2
    n=$((n + 1))
    log=$logs/$(printf '%02d' "$n").log
    # POSIX sh has no pipefail: the command's status goes through a file
    # (missing if the command made the subshell exit: a failure).
    { "$@"; echo $? > "$log.rc"; } | tee "$log"
    rc=$(cat "$log.rc" 2>/dev/null) || rc=
    [ -n "$rc" ] || rc="unknown (it exited its shell)"
    # the result lines, as printed: exactly `N passed, N failed`
    results=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log")
    case $mode in
    last) results=$(printf '%s\n' "$results" | tail -n 1) ;;
    each) ;;
    one) results= ;;
    *) echo "run_all.sh: unknown mode '$mode' for '$name'" >&2; results='' rc=1 ;;
    esac
    p=0 f=0 note=
    if [ -n "$results" ]; then
        p=$(printf '%s\n' "$results" | awk '{ s += $1 } END { print s + 0 }')
        f=$(printf '%s\n' "$results" | awk '{ s += $3 } END { print s + 0 }')
    elif [ "$mode" = one ]; then
        if [ "$rc" = 0 ]; then p=1; else f=1; fi
    else
        f=1 note="; no 'N passed, N failed' line"
    fi
    if [ "$rc" != 0 ]; then
        note="$note; exit status $rc"
        [ "$f" -gt 0 ] || f=1
    fi
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    if [ "$f" = 0 ]; then status=ok; else status=FAIL; fi
    printf '%-4s  %s: %s passed, %s failed%s\n' "$status" "$name" "$p" "$f" "$note" >> "$logs/summary"
}

# finish: the summary and the exit status
finish() {
    echo "== make test: $n suites"
    cat "$logs/summary"
    echo "$total_passed passed, $total_failed failed"
    [ "$total_failed" = 0 ] || exit 1
    exit 0
}

# ------------------------------------------------------------- the suites
# In the order `make test` has always run them. Each step builds what it
# runs first (a no-op when it is up to date), so that a failed build
# elsewhere does not leave it running an old binary.

suite_compile_check() { submake compile-check; }
suite_examples() {
    submake tools "$build/hcdump" "$build/server" "$build/client" "$build/asan/server" "$build/asan/client"
}
suite_runner_clang() {
    echo "== tests built with clang, ASan+UBSan"
    submake "$build/hcdump" "$build/test_clang" || return
    # the full output only on failure, as before: its last line otherwise
    HCDUMP=$build/hcdump "$build/test_clang" > "$build/test_clang.log" 2>&1 ||
        { cat "$build/test_clang.log"; return 1; }
    tail -n 1 "$build/test_clang.log"
}
suite_runner_gcc() {
    echo "== tests built with gcc, ASan+UBSan"
    submake "$build/hcdump" "$build/test_gcc" || return
    HCDUMP=$build/hcdump "$build/test_gcc"
}
suite_websocket() {
    echo "== the example server's WebSocket echo (examples/websocket.c), ASan+UBSan"
    submake test-websocket
}
suite_scanners() { submake "$build/hcdump" && sh tests/scanners.sh "$build"; }
suite_cross() { submake test-cross; }
suite_real() {
    echo "== the example server against real clients (curl, python3, websockets, nginx, wrk)"
    submake "$build/asan/server" "$build/asan/client" && sh tests/real/run.sh "$build/asan"
}
suite_size() {
    echo "== code, state and stack sizes per target (make size prints the README's tables)"
    sh tests/size.sh "$build" > "$build/size.md" && head -n 8 "$build/size.md"
}
suite_lint() {
    echo "== clang-tidy and cppcheck on the header"
    sh tests/lint.sh "$build"
}
suite_bench_check() {
    echo "== the benchmark: every row's result checked (make bench times them)"
    submake bench-check
}
suite_fuzz_libfuzzer() {
    echo "== fuzz harnesses: the libFuzzer builds"
    submake fuzz-libfuzzer
}
suite_fuzz_replay() {
    echo "== fuzz harnesses: seeds and committed findings replayed"
    submake fuzz-replay
}
suite_fuzz_smoke() {
    # the Makefile passes its FUZZ_SMOKE_SECONDS, for this line only
    echo "== fuzz harnesses: AFL++ for ${FUZZ_SMOKE_SECONDS:-FUZZ_SMOKE_SECONDS} s each, ASan+UBSan"
    submake fuzz-smoke
}
suite_packaging() {
    echo "== packaging: CMake, pkg-config, PlatformIO, Arduino, ESP-IDF and Zephyr"
    submake test-packaging
}

step "the header alone, every compiler and standard (compile-check)" one suite_compile_check
step "the examples and the test server build" one suite_examples
step "tests built with clang, ASan+UBSan" last suite_runner_clang
step "tests built with gcc, ASan+UBSan" last suite_runner_gcc
step "the WebSocket echo, gcc and clang (test-websocket)" each suite_websocket
step "tests per scanning path (tests/scanners.sh)" each suite_scanners
step "tests on other machines (tests/cross.sh)" one suite_cross
step "the example server against real clients (tests/real/run.sh)" last suite_real
step "sizes per target (tests/size.sh)" one suite_size
step "clang-tidy and cppcheck (tests/lint.sh)" one suite_lint
step "every benchmark row's result (bench-check)" one suite_bench_check
step "libFuzzer builds (fuzz-libfuzzer)" one suite_fuzz_libfuzzer
step "seeds and findings replayed (fuzz-replay)" one suite_fuzz_replay
step "AFL++ smoke run (fuzz-smoke)" one suite_fuzz_smoke
step "packaging (tests/packaging.sh)" one suite_packaging
finish
