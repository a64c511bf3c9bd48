#!/usr/bin/env python3
"""stack.py CI_FILE FUNCTION...: the worst-case stack of each FUNCTION, in
bytes, from gcc's -fcallgraph-info=su output: its own frame plus the
deepest chain of callees (the codec has no recursion, so the call graph is
acyclic). Prints "FUNCTION BYTES" per line; BYTES ends in "+" when a path
holds a frame gcc could not bound or a callee outside the file (memcpy).

stack.py --su SU_FILE DUMP_FILE FUNCTION...: the same from gcc's
-fstack-usage output (the frames) and `objdump -dr` of the object (the
calls, from its call relocations), for compilers older than gcc 10, which
have no -fcallgraph-info (Debian's avr-gcc 5.4). A tail call (jmp) counts
as a call: the figure is an upper bound."""
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

def su_name(name, frames):
    """The stack-usage file's name for a function objdump names: the same,
    or for a clone without its number (the file writes "f.constprop",
    objdump "f.constprop.19"; "f.isra.1" is the same in both)."""
    if name in frames:
        return name
    return re.sub(r"\.\d+$", "", name)

def parse_su(su_path, dump_path):
    frames, calls = {}, {}
    for line in open(su_path, encoding="utf-8", errors="replace"):
        where, size, kind = line.rstrip("\n").split("\t")
        frames[where.split(":")[-1]] = (int(size), kind == "static")
    caller = None
    for line in open(dump_path, encoding="utf-8", errors="replace"):
        head = re.match(r"^[0-9a-f]+ <([^>]+)>:$", line)
        if head:
            caller = su_name(head.group(1), frames)
            continue
        if "R_AVR_CALL" not in line:
            continue
        # "  14: R_AVR_CALL  .text.hc__fail", "... R_AVR_CALL  memcpy", or a
        # jump inside a function: "... R_AVR_CALL  .text.f+0x6a"
        call = re.search(r"R_AVR_CALL\s+(?:\.text\.)?([^\s+]+)(\+0x[0-9a-f]+)?$", line.rstrip())
        if not call or not caller:
            raise SystemExit("stack.py: a call stack.py cannot read: " + line.strip())
        callee = su_name(call.group(1), frames)
        if callee != caller and callee not in calls.setdefault(caller, []):
            calls[caller].append(callee)
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
    if sys.argv[1] == "--su":
        frames, calls = parse_su(sys.argv[2], sys.argv[3])
        names = sys.argv[4:]
    else:
        frames, calls = parse(sys.argv[1])
        names = sys.argv[2:]
    memo = {}
    for name in names:
        if name not in frames:
            print(name, "-")
            continue
        depth, exact = worst(name, frames, calls, memo)
        print(name, str(depth) + ("" if exact else "+"))

main()
