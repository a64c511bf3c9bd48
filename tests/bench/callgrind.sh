#!/bin/sh
# callgrind.sh BENCH: instructions per message for every input and parser
# that `BENCH --list` names, counted by valgrind's callgrind (repeatable on
# shared, noisy machines). Each row runs N and 2N messages, N from the list
# (2000 for heads, 2 for the 1 MiB inputs); the difference over N cancels
# start-up and the one checked message. The ratio is to the reference the
# list names for the input: picohttpparser where it runs, httpcodec's pull
# API where it does not (Content-Length bodies), memcpy of the same bytes
# for the serializer.
#
# glibc copies large blocks with `rep movsb` on x86-64, which callgrind
# counts once per byte moved: a 1 MiB memcpy would count 1 M instructions
# instead of the ~100 k of its vector loop. The tunable keeps memcpy in
# its vector loop, so instructions stay comparable across copy sizes.
bench=$1
GLIBC_TUNABLES=${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.cpu.x86_rep_movsb_threshold=1099511627776
export GLIBC_TUNABLES
tab=$(printf '\t')
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
count() { # count INPUT PARSER MESSAGES: instructions of the whole run
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --run "$1" "$2" "$3" \
        > "$tmp/out" 2>&1 || { cat "$tmp/out" >&2; return 1; }
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/out"
}
"$bench" --about || exit 1
"$bench" --list > "$tmp/list" || exit 1
while IFS="$tab" read -r i k input parser ref label n; do
    per=-
    if [ "$n" -gt 0 ]; then
        a=$(count "$i" "$k" "$n") && b=$(count "$i" "$k" $((2 * n))) ||
            { echo "callgrind.sh: $parser on $input failed" >&2; exit 1; }
        per=$(( (b - a) / n ))
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$k" "$input" "$parser" "$ref" "$label" "$per"
done < "$tmp/list" > "$tmp/counts" || exit 1
awk -F"$tab" '
    { row[NR] = $0; per[$1 "," $2] = $7 }
    END {
        printf "%-28s %-29s %12s %9s %s\n", "input", "parser or op", "instr/msg", "ratio", "to"
        for (r = 1; r <= NR; r++) {
            split(row[r], f, FS)
            ref = per[f[1] "," f[5]]
            if (f[7] == "-")
                printf "%-28s %-29s %12s %9s\n", f[3], f[4], "n/a", "n/a"
            else
                printf "%-28s %-29s %12d %8.2fx %s\n", f[3], f[4], f[7], f[7] / ref, f[6]
        }
    }' "$tmp/counts"
