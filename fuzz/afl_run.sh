#!/bin/sh
# afl_run.sh MODE BUILD SECONDS HARNESS...
#
#   smoke     each harness alone for SECONDS, from the seed corpus, in a
#             fresh output directory: the short run `make test` does.
#   campaign  each harness in turn for SECONDS on both cores: a main
#             instance built without sanitizers (speed) and a secondary
#             built with ASan+UBSan, sharing one queue. The output stays in
#             BUILD/fuzz/campaign/HARNESS and a later campaign resumes it.
#
# Binaries are BUILD/fuzz/afl/HARNESS (ASan+UBSan) and BUILD/fuzz/afl-fast/
# HARNESS, seeds BUILD/fuzz/seeds/HARNESS, the dictionary fuzz/http.dict.
# Prints executions, edges, crashes and hangs per harness, and exits 1 if
# any crash or hang was found (they are listed, with how to replay them).
set -u
mode=$1 build=$2 seconds=$3
shift 3

# A container has no CPU governor to tune and may pipe core dumps: neither
# matters to in-process crash detection, so AFL++ is told not to insist.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export AFL_NO_AFFINITY=1 AFL_QUIET=1 AFL_SKIP_CRASHES=0
export ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:symbolize=0:print_stacktrace=1

stat_of() { # stat_of FILE KEY: a value from a fuzzer_stats file
    sed -n "s/^$2 *: *//p" "$1" 2>/dev/null | head -n 1
}

count_findings() { # count_findings DIR: files in crashes/ or hangs/ under DIR
    find "$1" -path '*/crashes/*' -o -path '*/hangs/*' 2>/dev/null |
        grep -v README.txt | grep -c . || true
}

report() { # report HARNESS OUTDIR: one line of figures; 1 if anything was found
    h=$1 out=$2 execs=0 edges= total=
    for s in "$out"/*/fuzzer_stats; do
        [ -f "$s" ] || continue
        execs=$((execs + $(stat_of "$s" execs_done)))
        e=$(stat_of "$s" edges_found)
        [ -z "$edges" ] || [ "$e" -gt "$edges" ] && edges=$e
        total=$(stat_of "$s" total_edges)
    done
    found=$(count_findings "$out")
    echo "afl_run: $h: $execs executions, $edges of $total edges, $found crashes+hangs"
    if [ "$found" -gt 0 ]; then
        find "$out" -path '*/crashes/*' -o -path '*/hangs/*' | grep -v README.txt |
            sed 's/^/afl_run:   finding: /'
        echo "afl_run:   replay one: $build/fuzz/replay/$h FILE (see fuzz/README.md)"
        return 1
    fi
    return 0
}

bad=0
for h in "$@"; do
    seeds=$build/fuzz/seeds/$h
    case $mode in
    smoke)
        out=$build/fuzz/smoke/$h
        rm -rf "$out"
        mkdir -p "$build/fuzz/smoke"
        echo "afl_run: $h: $seconds s of afl-fuzz with ASan+UBSan"
        afl-fuzz -i "$seeds" -o "$out" -x fuzz/http.dict -V "$seconds" \
            -- "$build/fuzz/afl/$h" > "$build/fuzz/smoke-$h.log" 2>&1 || {
            tail -n 20 "$build/fuzz/smoke-$h.log"
            echo "afl_run: afl-fuzz failed on $h (log: $build/fuzz/smoke-$h.log)"
            bad=1
            continue
        }
        ;;
    campaign)
        out=$build/fuzz/campaign/$h
        mkdir -p "$build/fuzz/campaign"
        input=$seeds
        [ -d "$out/main/queue" ] && input=- # resume the earlier campaign
        echo "afl_run: $h: $seconds s on 2 cores (main: no sanitizers, secondary: ASan+UBSan)"
        afl-fuzz -i "$input" -o "$out" -x fuzz/http.dict -V "$seconds" -M main \
            -- "$build/fuzz/afl-fast/$h" > "$build/fuzz/campaign-$h-main.log" 2>&1 &
        main=$!
        afl-fuzz -i "$input" -o "$out" -x fuzz/http.dict -V "$seconds" -S asan \
            -- "$build/fuzz/afl/$h" > "$build/fuzz/campaign-$h-asan.log" 2>&1
        wait $main
        ;;
    *)
        echo "usage: afl_run.sh smoke|campaign BUILD SECONDS HARNESS..." >&2
        exit 2
        ;;
    esac
    report "$h" "$out" || bad=1
done
exit $bad
