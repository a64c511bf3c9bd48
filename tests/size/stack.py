#!/usr/bin/env python3
"""stack.py CI_FILE FUNCTION...: the worst-case stack of each FUNCTION, in
bytes, from gcc's -fcallgraph-info=su output: its own frame plus the
deepest chain of callees (the codec has no recursion, so the call graph is
acyclic). Prints "FUNCTION BYTES" per line; BYTES ends in "+" when a path
holds a frame gcc could not bound or a callee outside the file (memcpy)."""
import re
import sys

def parse(path):
    frames, calls = {}, {}
    text = open(path, encoding="utf-8", errors="replace").read()
    for m in re.finditer(r'node: \{ title: "([^"]+)" label: "([^"]*)"', text):
        title, label = m.group(1), m.group(2)
        size = re.search(r"(\d+) bytes \((static|dynamic[^)]*)\)", label)
        frames[title] = (int(size.group(1)), size.group(2) == "static") if size else (0, False)
    for m in re.finditer(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"', text):
        calls.setdefault(m.group(1), []).append(m.group(2))
    return frames, calls

def worst(name, frames, calls, memo, path=()):
    if name in memo:
        return memo[name]
    if name in path:
        raise SystemExit("stack.py: recursion through " + name)
    own, exact = frames.get(name, (0, False))
    deepest, deepest_exact = 0, True
    for callee in calls.get(name, []):
        depth, ok = worst(callee, frames, calls, memo, path + (name,))
        if depth > deepest or (depth == deepest and not ok):
            deepest, deepest_exact = depth, ok
        deepest_exact = deepest_exact and ok
    memo[name] = (own + deepest, exact and deepest_exact)
    return memo[name]

def main():
    frames, calls = parse(sys.argv[1])
    memo = {}
    for name in sys.argv[2:]:
        if name not in frames:
            print(name, "-")
            continue
        depth, exact = worst(name, frames, calls, memo)
        print(name, str(depth) + ("" if exact else "+"))

main()
