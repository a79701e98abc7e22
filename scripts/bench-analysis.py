#!/usr/bin/env python3
"""Is analysis near-linear in the document's size, however the document is built?

Scans generated Markdown contracts with the default pack and prints, for each, the CPU
time (user + system, so that other jobs on a shared machine matter less than for wall
time) and its ratio to the baseline measured in the same run: the corpus's subcontracts
repeated to 4 MB. Linear analysis gives ratios close to the size ratios (1 for the 4 MB
files, 10 for 40 MB); quadratic analysis gives their squares.

  scripts/bench-analysis.py [BINARY] [--sizes-mb 4,40]   (default BINARY: build/clausecheck)

The issue's target was a 40 MB contract and a 4 MB file of 32,000 definitions whose terms
share their first words each in under 10 s; the definitions now are (1.2 s of CPU), the
40 MB contract is not: 18.4 s of CPU with the default --jobs (two threads), 20.0 s with
--jobs 1, 1,597 and 1,577 MiB peak, on the shared 2-core machine under heavy load (load
average 17-20, 2026-12-06, `/usr/bin/time -v build/clausecheck scan FILE --format json
--time-limit 0`, and `--memory-limit 0 --jobs 1` for the second); docs/limits.md, "Time",
has the stages: matching about 10 s, shared by the threads, and the single-threaded stages
about 8 s). The scans run without the time and memory budgets, so that what is measured
is the time; the 40 MB repeated contract's JSON report now fits the default memory budget
too.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def repeated_contracts(size):
    parts = []
    for path in sorted(glob.glob(os.path.join(HERE, "corpus", "subcontracts", "*.md"))):
        with open(path, encoding="utf-8") as f:
            parts.append(f.read() + "\n\n")
    text = "".join(parts)
    return (text * (size // len(text) + 1))[:size].rsplit("\n", 1)[0] + "\n"


def shared_first_word_definitions(size, count):
    """At least `count` definitions and `size` bytes, the terms all beginning "Service Level",
    each used once: the file that made marking defined terms cost definitions x
    occurrences. The lines average about 130 bytes, so 4 MiB holds the issue's 32,000."""
    lines = ["# Master Services Agreement\n\n## 1. Definitions\n\n"]
    written, i = len(lines[0]), 0
    while written < size or i < count:
        line = (f'1.{i} "Service Level {i}" means the service in Schedule {i} which the Supplier '
                f"shall meet; the Service Level {i} applies.\n\n")
        lines.append(line)
        written += len(line)
        i += 1
    return "".join(lines), i


def short_shared_first_word_definitions(count):
    """Many short definitions, "Term N", each term used twice: the sharpest case for the
    old per-definition search (every definition walked every "Term" in the text)."""
    lines = ["# Agreement\n\n## 1. Definitions\n\n"]
    lines += [f'1.{i} "Term {i}" means the Term {i} services and the Term {i} fees payable.\n\n' for i in range(count)]
    return "".join(lines)


def names_in_passing(count):
    """No parties clause and many short names in parentheses of their own, one unclosed
    parenthesis after each: the case that made reading the parties by usage quadratic (every
    parenthesis searched the rest of the text for its close, every name weighed by a pass
    over the text)."""
    return "".join(f"Acme{i} (Acme{i}) shall provide the services (and pay for them. " for i in range(count))


def parties_on_one_line(count, parenthesis):
    """One line naming many parties, each defined inline ("ACME LTD ("A"), and …") or without
    a parenthesis ("ACME LTD, referred to as "A" or "B", and …"): the case that made finding
    the parties quadratic (each definition's name looked for in the whole line before it)."""
    one = 'ACME LTD ("A"), and ' if parenthesis else 'ACME LTD, referred to as "A" or "B", and '
    return "AGREEMENT\n" + one * count + "\n"


def cpu_seconds_of(command):
    """CPU seconds, wall seconds and peak resident kB of one run (wait4: this child only)."""
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            errors.seek(0)
            sys.exit(f"{' '.join(command)} failed ({child.returncode}): {errors.read().decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=os.path.join(HERE, "build", "clausecheck"))
    parser.add_argument("--sizes-mb", default="4,40", help="sizes of the repeated-contract files")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes_mb.split(",")]
    mib = 1 << 20
    with tempfile.TemporaryDirectory(prefix="clausecheck-bench-analysis-") as tmp:
        cases = []
        for mb in sizes:
            path = os.path.join(tmp, f"contract-{mb}mb.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(repeated_contracts(mb * mib))
            cases.append((f"repeated contracts, {mb} MB", path, mb / sizes[0]))
        for mb in (1, 4):
            text, count = shared_first_word_definitions(mb * mib, mb * 8000)
            path = os.path.join(tmp, f"definitions-{mb}mb.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            cases.append((f"{count:,} definitions sharing first words, {mb} MB", path, mb / sizes[0]))
        path = os.path.join(tmp, "short-definitions.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(short_shared_first_word_definitions(32000))
        cases.append(("32,000 short definitions 'Term N', used twice each", path, os.path.getsize(path) / mib / sizes[0]))
        path = os.path.join(tmp, "names-in-passing.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(names_in_passing(60000))
        cases.append(("60,000 names in passing, unclosed parentheses", path, os.path.getsize(path) / mib / sizes[0]))
        for parenthesis in (True, False):
            path = os.path.join(tmp, f"parties-on-one-line-{int(parenthesis)}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(parties_on_one_line(32000, parenthesis))
            form = "(\"A\")" if parenthesis else "referred to as \"A\""
            cases.append((f"32,000 parties on one line, {form}", path, os.path.getsize(path) / mib / sizes[0]))
        baseline = None
        print(f"{'document':52} {'cpu s':>8} {'wall s':>8} {'peak MB':>8} {'ratio':>7} {'size ratio':>10}")
        for name, path, size_ratio in cases:
            cpu, wall, rss_kb = cpu_seconds_of([args.binary, "scan", path, "--format", "json", "--time-limit", "0", "--memory-limit", "0"])
            baseline = baseline or cpu
            print(f"{name:52} {cpu:8.2f} {wall:8.2f} {rss_kb / 1024:8.0f} {cpu / baseline:7.2f} {size_ratio:10.2f}")
    print("ratio: CPU time over the first row's; near-linear analysis keeps it close to the size ratio")


if __name__ == "__main__":
    main()
