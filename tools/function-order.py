#!/usr/bin/env python3
"""Writes link/functions.txt, the functions the linker lays out first (see
build.rs, `order_functions`): those the bot runs while starting, idle and
answering, in the order they first run, so that they sit side by side.

    tools/function-order.py breakpoints MAP > /tmp/functions.gdb
        a gdb script that runs the bot with a one-time breakpoint at the
        start of each function in the linker's map (DISCORSI_LINK_MAP)
    tools/function-order.py list MAP LOG... [MAP LOG...] > /tmp/functions.txt
        the functions each gdb LOG saw start, named as in the MAP (a file
        ending in .map) before it, in the order they first ran
    tools/function-order.py check MAP [LIST]
        fails when fewer than half the functions of LIST (link/functions.txt)
        that this build's map names are in it (CI, on the release build)

The bench's build and the release build give some functions different
names (the bench's dependencies have more features, and that changes
their hashes), so the bot of each build is run under gdb and the list names
both. Which functions run is seen by running the bench (a few minutes, no
root needed), once for each build:

    DISCORSI_LINK_MAP=/tmp/release.map cargo build --release --bin discorsi
    tools/function-order.py breakpoints /tmp/release.map > /tmp/functions.gdb
    bin=target/release/discorsi; mv $bin /tmp/discorsi.real
    printf '#!/bin/sh\\nexec gdb -nx -batch -x /tmp/functions.gdb --args /tmp/discorsi.real "$@" >"/tmp/functions-%s-${DATABASE_URL%%%%:*}.log" 2>&1\\n' release > $bin
    chmod +x $bin
    BENCH_ROUNDS=1 BENCH_USERS=200 BENCH_PACED=50 BENCH_PYTHON=/nonexistent \\
      BENCH_DATABASE_URL=postgres://… target/release/deps/throughput-… --bench
    mv /tmp/discorsi.real $bin

and again with `DISCORSI_LINK_MAP=/tmp/bench.map cargo bench --bench
throughput --no-run`, /tmp/bench.map and `bench` in place of `release`.
Then:

    tools/function-order.py list \\
      /tmp/bench.map /tmp/functions-bench-sqlite.log /tmp/functions-bench-postgres.log \\
      /tmp/release.map /tmp/functions-release-sqlite.log /tmp/functions-release-postgres.log \\
      > /tmp/functions.txt && mv /tmp/functions.txt link/functions.txt

The bench's figures in those runs are gdb's, not the bot's. Write the list
again after `cargo update` or a new toolchain: the hashes in the names come
from the dependencies' versions and rustc's, and a name the build no longer
has is skipped silently (the bot then keeps more code resident, nothing
else).
"""
import re, sys

# lld's map: "VMA LMA Size Align file:(.text.NAME)" for each input section.
SECTION = re.compile(r"^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S.*:\(\.text\.(\S+)\)$")
# GCC's prefixes of a C function's section (SQLite's).
PREFIX = re.compile(r"^(unlikely|startup|hot|exit)\.")
# Where gdb loads a position-independent binary with randomisation off.
BASE = 0x555555554000
# What `print/x $pc` writes at each breakpoint.
HIT = re.compile(r"^\$\d+ = (0x[0-9a-f]+)$")


def functions(map_file):
    """(name, address) of each function with code in the map's .text."""
    text, found = False, []
    for line in open(map_file, errors="replace"):
        cols = line.split()
        if len(cols) == 5 and cols[4].startswith("."):  # an output section
            text = cols[4] == ".text"
        elif text:
            m = SECTION.match(line.rstrip("\n"))
            if m and int(m.group(2), 16) > 0:
                found.append((PREFIX.sub("", m.group(3)), int(m.group(1), 16)))
    if not found:
        sys.exit(f"{map_file}: no functions in .text (is it rust-lld's map?)")
    return found


def breakpoints(map_file):
    found = functions(map_file)
    print("set pagination off\nset confirm off\nset breakpoint always-inserted on")
    print("set print thread-events off\nset disable-randomization on\nstarti")
    for _, addr in found:
        print(f"tbreak *{BASE + addr:#x}")
    print(f"commands 1-{len(found)}\nsilent\nprint/x $pc\ncontinue\nend\ncontinue")


def listing(args):
    names, seen, by_addr = [], set(), None
    for arg in args:
        if arg.endswith(".map"):
            by_addr = {addr: name for name, addr in functions(arg)}
            continue
        if by_addr is None:
            sys.exit(f"{arg}: name a linker map (…/x.map) before its logs")
        ran = 0
        for line in open(arg, errors="replace"):
            m = HIT.match(line.strip())
            name = m and by_addr.get(int(m.group(1), 16) - BASE)
            if name:
                ran += 1
                if name not in seen:
                    seen.add(name)
                    names.append(name)
        if ran == 0:
            sys.exit(f"{arg}: no function seen starting (was it run with this map's binary?)")
        print(f"{arg}: {ran} functions ran", file=sys.stderr)
    print(f"{len(names)} names listed", file=sys.stderr)
    print("\n".join(names))


def check(map_file, list_file):
    """The release build names about 60% of the list (the rest are the bench
    build's names); a list left behind by new dependencies or a new rustc
    keeps only the C functions and a few more."""
    built = {name for name, _ in functions(map_file)}
    listed = open(list_file).read().split()
    found = sum(name in built for name in listed)
    share = found / max(len(listed), 1)
    print(f"{list_file}: {found} of its {len(listed)} functions are in this build ({share:.0%})")
    if share < 0.5:
        sys.exit(f"{list_file} is stale (under 50%): write it again, see tools/function-order.py")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "breakpoints":
        breakpoints(args[1])
    elif len(args) in (2, 3) and args[0] == "check":
        check(args[1], args[2] if len(args) == 3 else "link/functions.txt")
    elif len(args) >= 3 and args[0] == "list":
        listing(args[1:])
    else:
        sys.exit(__doc__)
