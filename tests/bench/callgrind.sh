#!/bin/sh
# callgrind.sh BENCH [--tsv]: instructions per message for every input and
# parser that `BENCH --list` names, counted by valgrind's callgrind
# (repeatable on shared, noisy machines). Each row runs N and 2N times, N
# from the list (2000 for single heads, 200 for the 100 pipelined requests,
# 2 for the 1 MiB inputs); the difference over N, over the messages in one
# run (100 for the pipeline: its row is per request), cancels start-up and
# the one checked run.
#
# The ratio is to the reference with the fewest instructions among those the
# list names for the input and callgrind could count: for heads and chunked
# bodies, the two picohttpparser builds, and since valgrind (3.19) cannot
# run SSE4.2 string instructions (PCMPESTRI, in picohttpparser's -msse4.2
# scanner) that row is n/a and the ratio is to picohttpparser's SCALAR
# build ("pico scalar" in the to column); httpcodec's pull API where
# picohttpparser has no framing (Content-Length bodies); memcpy of the same
# bytes for the serializer. Any row valgrind stops on an instruction it
# cannot run is n/a so ("n/a (valgrind)"); a build this CPU cannot run at
# all is n/a too. llhttp built with -msse4.2 also uses PCMPESTRI, in a form
# valgrind 3.19 does run, so it is counted.
#
# --tsv: tab-separated rows instead (tests/bench/readme.sh): input, parser
# or op, instructions per message, ratio, to; n/a where not counted.
#
# glibc copies large blocks with `rep movsb` on x86-64, which callgrind
# counts once per byte moved: a 1 MiB memcpy would count 1 M instructions
# instead of the ~100 k of its vector loop. The tunable keeps memcpy in
# its vector loop, so instructions stay comparable across copy sizes.
bench=$1
tsv=0
[ "${2:-}" = --tsv ] && tsv=1
GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.cpu.x86_rep_movsb_threshold=1099511627776
export GLIBC_TUNABLES
tab=$(printf '\t')
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# count INPUT PARSER RUNS: instructions of the whole run; "valgrind" when
# valgrind met an instruction it cannot run (it raises SIGILL then)
count() {
    if valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --run "$1" "$2" "$3" \
        > "$tmp/out" 2>&1; then
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/out"
    elif grep -q 'unhandled instruction' "$tmp/out"; then
        echo valgrind
    else
        cat "$tmp/out" >&2
        return 1
    fi
}
if [ $tsv = 0 ]; then
    "$bench" --about || exit 1
fi
"$bench" --list > "$tmp/list" || exit 1
while IFS="$tab" read -r i k input parser refs tags n per; do
    count=-
    if [ "$n" -gt 0 ]; then
        a=$(count "$i" "$k" "$n") && b=$(count "$i" "$k" $((2 * n))) ||
            { echo "callgrind.sh: $parser on $input failed" >&2; exit 1; }
        if [ "$a" = valgrind ] || [ "$b" = valgrind ]; then
            count=valgrind
        else
            count=$(( (b - a) / (n * per) ))
        fi
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$k" "$input" "$parser" "$refs" "$tags" "$count"
done < "$tmp/list" > "$tmp/counts" || exit 1
awk -F"$tab" -v tsv=$tsv -v vg="$(valgrind --version)" '
    function number(s) { return s ~ /^[0-9]+$/ }
    { row[NR] = $0; count[$1 "," $2] = $7 }
    END {
        if (!tsv) {
            for (r = 1; r <= NR; r++) if (row[r] ~ /\tvalgrind$/) novg = 1
            print "instructions per message; the ratio is to the reference with the fewest instructions"
            print "counted (to): picohttpparser scalar for heads and chunked bodies, httpcodec pull"
            print "events for Content-Length bodies, memcpy for the serializer"
            if (novg)
                print "n/a (valgrind): " vg " cannot run SSE4.2 string instructions (PCMPESTRI)"
            printf "%-28s %-29s %14s %9s %s\n", "input", "parser or op", "instr/msg", "ratio", "to"
        }
        for (r = 1; r <= NR; r++) {
            split(row[r], f, FS)
            nrefs = split(f[5], refs, ",")
            split(f[6], tags, ",")
            best = ""
            for (j = 1; j <= nrefs; j++) {
                c = count[f[1] "," refs[j]]
                if (number(c) && (best == "" || c + 0 < count[f[1] "," best] + 0)) {
                    best = refs[j]; label = tags[j]
                }
            }
            if (number(f[7])) {
                shown = f[7]
                ratio = best == "" || count[f[1] "," best] == 0 ? "n/a" : sprintf("%.2fx", f[7] / count[f[1] "," best])
                to = best == "" ? "" : label
            } else {
                shown = f[7] == "valgrind" ? "n/a (valgrind)" : "n/a"
                ratio = "n/a"
                to = ""
            }
            if (tsv)
                printf "%s\t%s\t%s\t%s\t%s\n", f[3], f[4], shown, ratio, to
            else
                printf "%-28s %-29s %14s %9s %s\n", f[3], f[4], shown, ratio, to
        }
    }' "$tmp/counts"
