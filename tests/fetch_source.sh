#!/bin/sh
# fetch_source.sh DIR PACKAGE TARBALL_GLOB MEMBER_GLOB WHY: the files of
# Debian's PACKAGE source package that match MEMBER_GLOB (a path inside its
# TARBALL_GLOB tarball), copied flat into DIR. The peers' sources come from
# here and are never kept in the repository (tests/size.sh,
# the benchmark's build in the Makefile).
#
# Through a private apt state in DIR/apt, so the system's sources and lists
# stay as they are: its deb-src entry is a copy of this machine's own entry
# for the main archive of its release (read from /etc/apt/sources.list.d/
# *.sources, else /etc/apt/sources.list), with the type changed to deb-src.
# The tarball stays in DIR/apt/src: once fetched, it is used again without
# asking the archive.
set -e
dir=$1 pkg=$2 tarball_glob=$3 member_glob=$4 why=$5
if [ $# -ne 5 ]; then
    echo "usage: fetch_source.sh DIR PACKAGE TARBALL_GLOB MEMBER_GLOB WHY" >&2
    exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd) # absolute: apt reads relative paths from /etc/apt
apt_dir=$dir/apt
mkdir -p "$apt_dir/src"

# The newest tarball already fetched, if any.
cached() {
    # shellcheck disable=SC2086
    for f in "$apt_dir"/src/$tarball_glob; do
        [ -f "$f" ] && echo "$f"
    done | sort -V | tail -n 1
}

# The deb-src entry: this machine's entry for its release's main archive,
# on stdout. In deb822 form (a stanza whose Types has deb, whose Suites
# has the release's codename, not *-security or *-updates, and whose
# Components has main), or as a one-line `deb` entry of sources.list;
# every field is copied as it is (URIs, Suites, Components, Signed-By,
# including a key written inline), comments and Types aside.
deb_src_entry() {
    codename=
    if [ -r /etc/os-release ]; then
        codename=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release | tr -d '"')
    fi
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        # stanzas are separated by blank lines; continuation lines start
        # with a space or a tab
        entry=$(awk -v codename="$codename" '
            function suite_ok(s,   k, i, w) {
                k = split(s, w, /[ \t]+/)
                for (i = 1; i <= k; i++)
                    if (w[i] != "" && (codename != "" ? w[i] == codename : w[i] !~ /-/))
                        return 1
                return 0
            }
            function flush() {
                if (!done && n > 0 && types ~ /(^|[ \t])deb([ \t]|$)/ && suite_ok(suites) &&
                    components ~ /(^|[ \t])main([ \t]|$)/ &&
                    tolower(enabled) != "no") {
                    print "Types: deb-src"
                    for (i = 1; i <= n; i++) print line[i]
                    done = 1
                }
                n = 0; types = ""; suites = ""; components = ""; enabled = ""; field = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]/ { if (field != "types") line[++n] = $0; next }
            {
                field = tolower($0); sub(/:.*/, "", field)
                value = $0; sub(/^[^:]*:[ \t]*/, "", value)
                if (field == "types") { types = value; next }
                if (field == "suites") suites = value
                if (field == "components") components = value
                if (field == "enabled") enabled = value
                line[++n] = $0
            }
            END { flush() }' "$f")
        if [ -n "$entry" ]; then
            echo "$entry"
            return 0
        fi
    done
    if [ -f /etc/apt/sources.list ]; then
        # deb [options] URI SUITE COMPONENT...
        entry=$(awk -v codename="$codename" '
            $1 != "deb" { next }
            {
                i = 2
                if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                suite = $(i + 1)
                main = 0
                for (k = i + 2; k <= NF; k++) if ($k == "main") main = 1
                if (main && (codename != "" ? suite == codename : suite !~ /-/)) {
                    sub(/^deb/, "deb-src"); print; exit
                }
            }' /etc/apt/sources.list)
        if [ -n "$entry" ]; then
            echo "$entry"
            return 0
        fi
    fi
    return 1
}

if [ -z "$(cached)" ]; then
    # (Re)read the archive's source lists when the entry is new or changed.
    entry=$(deb_src_entry) || {
        echo "fetch_source.sh: no apt entry for this release's main archive in /etc/apt (sources.list.d/*.sources or sources.list): cannot fetch $pkg's sources" >&2
        exit 1
    }
    case $entry in
    Types:*) parts_file=src.sources; stale=src.list ;;
    *) parts_file=src.list; stale=src.sources ;;
    esac
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts"
    rm -f "$apt_dir/parts/$stale"
    if [ ! -f "$apt_dir/updated" ] || [ "$(cat "$apt_dir/parts/$parts_file" 2>/dev/null)" != "$entry" ]; then
        printf '%s\n' "$entry" > "$apt_dir/parts/$parts_file"
        : > "$apt_dir/none.list"
        rm -f "$apt_dir/updated"
    fi
    apt_opts="-o APT::Sandbox::User=root -o Dir::Etc::SourceList=$apt_dir/none.list -o Dir::Etc::SourceParts=$apt_dir/parts -o Dir::State::Lists=$apt_dir/lists"
    if [ ! -f "$apt_dir/updated" ]; then
        # shellcheck disable=SC2086
        apt-get $apt_opts update -qq >&2 ||
            { echo "fetch_source.sh: apt-get update of the deb-src list failed" >&2; exit 1; }
        : > "$apt_dir/updated"
    fi
    echo "fetch_source.sh: fetching Debian's $pkg source package ($why)" >&2
    # shellcheck disable=SC2086
    (cd "$apt_dir/src" && apt-get $apt_opts source --download-only "$pkg" >/dev/null) ||
        { echo "fetch_source.sh: apt-get source $pkg failed" >&2; exit 1; }
fi
# the newest version, should more than one have been fetched over time
tarball=$(cached)
if [ -z "$tarball" ]; then
    echo "fetch_source.sh: no $tarball_glob among $pkg's source files" >&2
    exit 1
fi
rm -rf "$apt_dir/x"
mkdir -p "$apt_dir/x"
tar -xf "$tarball" -C "$apt_dir/x" --wildcards "$member_glob" ||
    { echo "fetch_source.sh: no $member_glob in $tarball" >&2; exit 1; }
# shellcheck disable=SC2086
cp "$apt_dir"/x/$member_glob "$dir/"
# which tarball the files are from
basename "$tarball" > "$dir/$pkg.source"
