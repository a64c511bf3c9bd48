#!/usr/bin/env python3
"""mutate.py: how well the core tests hold the parser's rules (make mutate).

Makes single-point mutants of the parser part of httpcodec.h (from its
character classes to the writer) and runs the core test runner of `make
check` (gcc, ASan, UBSan) against each:
  - a comparison's boundary moved: < <=, > >=, and back;
  - == and != swapped, && and || swapped, a ! dropped;
  - an integer constant one more or one less.
A mutant is killed when the runner fails (or runs over two minutes). The
survivors are printed with their line: each is either a rule boundary no
test feeds (write the case that fails on it) or an equivalent mutant (a
scanner's block size, a fast path whose fallback decides the same, a read
one byte past a span that is always followed by its CRLF). The boundary
mutants come first, the others in a random order (--seed).

usage: mutate.py [--count N] [--seed S] [--jobs J] [--build DIR]
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = open(os.path.join(ROOT, 'httpcodec.h')).read().split('\n')
BOUNDARY = {'<': '<=', '<=': '<', '>': '>=', '>=': '>'}
SWAPPED = {'==': '!=', '!=': '==', '&&': '||', '||': '&&'}


def parser_lines():
    """First and last line index of the parser's implementation."""
    impl = next(i for i, t in enumerate(HEADER) if 'IMPLEMENTATION */' in t)
    first = next(i for i in range(impl, len(HEADER)) if 'character classes */' in HEADER[i])
    last = next(i for i in range(first, len(HEADER)) if re.match(r'/\* -+ writing \*/', HEADER[i]))
    return first, last


def code_of(lines):
    """(index, text) of each code line, comments and literals blanked."""
    in_comment = False
    for ln in range(*lines):
        text, out, i = HEADER[ln], [], 0
        while i < len(text):
            if in_comment:
                j = text.find('*/', i)
                in_comment = j < 0
                j = len(text) if j < 0 else j + 2
                out.append(' ' * (j - i))
                i = j
            elif text.startswith('/*', i):
                in_comment = True
            elif text[i] in '"\'':
                j = i + 1
                while j < len(text) and text[j] != text[i]:
                    j += 2 if text[j] == '\\' else 1
                out.append(' ' * (j + 1 - i))
                i = j + 1
            else:
                out.append(text[i])
                i += 1
        code = ''.join(out)
        if not code.lstrip().startswith('#'):
            yield ln, code


def mutants():
    """(line, column, old, new) for every mutation, boundaries first."""
    boundary, other = [], []
    for ln, code in code_of(parser_lines()):
        for m in re.finditer(r'<<|>>|->|<=|>=|==|!=|&&|\|\||<|>', code):
            op = m.group(0)
            if op in BOUNDARY:
                boundary.append((ln, m.start(), op, BOUNDARY[op]))
            elif op in SWAPPED:
                other.append((ln, m.start(), op, SWAPPED[op]))
        for m in re.finditer(r'!(?!=)', code):
            other.append((ln, m.start(), '!', ''))
        for m in re.finditer(r'(?<![\w.])(0x[0-9a-fA-F]+|\d+)([uU]?[lL]{0,2})(?![\w.])', code):
            value = int(m.group(1), 0)
            for new in ([value + 1, value - 1] if value > 0 else [1]):
                other.append((ln, m.start(), m.group(0), str(new) + m.group(2)))
    return boundary, other


def mutated(mutant):
    ln, col, old, new = mutant
    lines = list(HEADER)
    assert lines[ln][col:col + len(old)] == old
    lines[ln] = lines[ln][:col] + new + lines[ln][col + len(old):]
    return '\n'.join(lines)


def run(work, mutant):
    """'killed', 'survived' or 'no build' for one mutant, in a tree at work."""
    if not os.path.isdir(work):
        shutil.copytree(os.path.join(ROOT, 'tests'), os.path.join(work, 'tests'))
        os.makedirs(os.path.join(work, 'examples'))
        shutil.copy(os.path.join(ROOT, 'examples', 'hcdump.c'), os.path.join(work, 'examples'))
    with open(os.path.join(work, 'httpcodec.h'), 'w') as f:
        f.write(mutated(mutant))
    san = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all']
    builds = [['gcc', '-std=c99', '-O1', '-w'] + san + ['-o', 'runner', 'tests/test_main.c',
                                                        'tests/cases_request.c', 'tests/cases_response.c'],
              ['gcc', '-std=c99', '-O1', '-w', '-o', 'hcdump', 'examples/hcdump.c']]
    for cmd in builds:
        if subprocess.run(cmd, cwd=work, capture_output=True).returncode != 0:
            return 'no build'
    env = dict(os.environ, HCDUMP=os.path.join(work, 'hcdump'))
    try:
        r = subprocess.run([os.path.join(work, 'runner')], cwd=work, env=env,
                           capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return 'killed'
    return 'survived' if r.returncode == 0 else 'killed'


def main():
    ap = argparse.ArgumentParser(description='mutation run over the parser')
    ap.add_argument('--count', type=int, default=100, help='mutants to run (default 100)')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--build', default=os.path.join(ROOT, 'build', 'mutate'))
    a = ap.parse_args()
    a.build = os.path.abspath(a.build)
    boundary, other = mutants()
    random.Random(a.seed).shuffle(boundary)
    random.Random(a.seed).shuffle(other)
    chosen = (boundary + other)[:a.count]
    print('%d mutants of %d (%d boundary moves), %d at a time' %
          (len(chosen), len(boundary) + len(other), len(boundary), a.jobs), flush=True)
    shutil.rmtree(a.build, ignore_errors=True)
    tally = {'killed': 0, 'survived': 0, 'no build': 0}
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        # a tree per job, taken by the next mutant once its own is done
        free = [os.path.join(a.build, 'w%d' % k) for k in range(a.jobs)]
        futures = {}
        for mutant in chosen:
            if len(futures) == a.jobs:
                done, _ = concurrent.futures.wait(futures, return_when='FIRST_COMPLETED')
                for fut in done:
                    report(fut.result(), futures.pop(fut), tally, free)
            work = free.pop()
            futures[pool.submit(run, work, mutant)] = (mutant, work)
        for fut in concurrent.futures.as_completed(list(futures)):
            report(fut.result(), futures[fut], tally, free)
    print('%d killed, %d survived, %d did not build' %
          (tally['killed'], tally['survived'], tally['no build']))


def report(result, job, tally, free):
    (ln, col, old, new), work = job
    free.append(work)
    tally[result] += 1
    if result == 'survived':
        print('survived: line %d, %r -> %r: %s' % (ln + 1, old, new, HEADER[ln].strip()), flush=True)


if __name__ == '__main__':
    sys.exit(main())
