#!/bin/sh
# readme.sh BUILD: the benchmark tables of README.md ("Performance"), in
# Markdown, from the bench binaries `make bench` builds in BUILD/bench:
#   1. instructions per message (callgrind.sh) of the swar, sse2 and avx2
#      builds side by side (the peers do not change between builds);
#   2. ns per message and MB/s of one timed run of the sse2 and swar builds.
# Run by `make bench-readme`; paste its output over the README's tables.
set -e
build=$1
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
paths="swar sse2 avx2"
grep -qw avx2 /proc/cpuinfo || paths="swar sse2"
for path in $paths; do
    sh "$here/callgrind.sh" "$build/bench/bench-$path" > "$tmp/cg-$path"
done
for path in sse2 swar; do
    "$build/bench/bench-$path" > "$tmp/time-$path"
done
sed -n 's/^machine: //p' "$tmp/time-sse2" | head -n 1 | sed 's/^/Machine: /; s/, scanner: .*//'
echo
# Fixed-width rows: input in columns 1-28, parser or op in 30-58, then the
# figures. Rows keep the bench's order; httpcodec's differ by build.
awk -v paths="$paths" '
    function trim(s) { gsub(/^ +| +$/, "", s); return s }
    BEGIN { np = split(paths, p, " ") }
    FNR == 1 { file = FILENAME; sub(/.*cg-/, "", file) }
    { figure = trim(substr($0, 60, 12)) }
    figure !~ /^([0-9]+|n\/a)$/ { next } # headings and the machine line
    {
        key = trim(substr($0, 1, 28)) "|" trim(substr($0, 30, 29))
        if (!(key in seen)) { seen[key] = 1; order[++n] = key }
        instr[key, file] = trim(substr($0, 60, 12))
        ratio[key, file] = trim(substr($0, 73, 9)) " " trim(substr($0, 83))
    }
    END {
        printf "| input | parser or op |"
        for (i = 1; i <= np; i++) printf " instr/msg %s | ratio %s |", p[i], p[i]
        printf "\n|---|---|"
        for (i = 1; i <= np; i++) printf "---:|---:|"
        printf "\n"
        for (r = 1; r <= n; r++) {
            split(order[r], kp, "|")
            printf "| %s | %s |", kp[1], kp[2]
            for (i = 1; i <= np; i++) printf " %s | %s |", instr[order[r], p[i]], ratio[order[r], p[i]]
            printf "\n"
        }
    }' $(for path in $paths; do echo "$tmp/cg-$path"; done)
echo
awk '
    function trim(s) { gsub(/^ +| +$/, "", s); return s }
    FNR == 1 { file = FILENAME; sub(/.*time-/, "", file) }
    { figure = trim(substr($0, 60, 10)) }
    figure !~ /^([0-9.]+|n\/a)$/ { next } # headings and notes
    {
        key = trim(substr($0, 1, 28)) "|" trim(substr($0, 30, 29))
        if (!(key in seen)) { seen[key] = 1; order[++n] = key }
        ns[key, file] = trim(substr($0, 60, 10))
        mbs[key, file] = trim(substr($0, 71, 9))
        ratio[key, file] = trim(substr($0, 81, 9)) " " trim(substr($0, 91, 7))
    }
    END {
        print "| input | parser or op | ns sse2 | MB/s sse2 | ratio sse2 | ns swar | ratio swar |"
        print "|---|---|---:|---:|---:|---:|---:|"
        for (r = 1; r <= n; r++) {
            split(order[r], kp, "|")
            printf "| %s | %s | %s | %s | %s | %s | %s |\n", kp[1], kp[2], ns[order[r], "sse2"],
                   mbs[order[r], "sse2"], ratio[order[r], "sse2"], ns[order[r], "swar"],
                   ratio[order[r], "swar"]
        }
    }' "$tmp/time-sse2" "$tmp/time-swar"
