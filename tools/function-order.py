#!/usr/bin/env python3
"""Writes link/functions.txt, the functions the linker lays out first (see
build.rs, `order_functions`): those the bot runs while starting, idle and
answering, in the order they first run, so that they sit side by side.

    tools/function-order.py breakpoints MAP > /tmp/functions.gdb
        a gdb script that runs the bot with a one-time breakpoint at the
        start of each function in the linker's map (DISCORSI_LINK_MAP)
    tools/function-order.py list MAP [OTHER_MAP] LOG... > link/functions.txt
        the functions gdb saw start (its LOGs), in that order; with
        OTHER_MAP, the same functions' names in that build too

Which functions run is seen by running the bench's bot under gdb (a few
minutes, no root needed):

    DISCORSI_LINK_MAP=/tmp/release.map cargo build --release --bin discorsi
    DISCORSI_LINK_MAP=/tmp/bench.map cargo bench --bench throughput --no-run
    tools/function-order.py breakpoints /tmp/bench.map > /tmp/functions.gdb
    bin=target/release/discorsi; mv $bin /tmp/discorsi.real
    printf '#!/bin/sh\\nexec gdb -batch -x /tmp/functions.gdb --args /tmp/discorsi.real "$@" >/tmp/functions-$$.log 2>&1\\n' > $bin
    chmod +x $bin
    BENCH_ROUNDS=1 BENCH_USERS=200 BENCH_PACED=50 BENCH_PYTHON=/nonexistent \\
      BENCH_DATABASE_URL=postgres://… target/release/deps/throughput-… --bench
    mv /tmp/discorsi.real $bin
    tools/function-order.py list /tmp/bench.map /tmp/release.map \\
      $(ls -tr /tmp/functions-*.log) > link/functions.txt

The bench's figures in that run are gdb's, not the bot's: only the
functions matter. The logs come in the order the bots ran (SQLite, then
PostgreSQL), and so do their functions in the list.

The bench's build and the release build differ in some names (the bench's
dependencies have more features, and that changes their hashes), so the
list names each function as both builds do. A stale list costs only
memory: a name the build no longer has is skipped.
"""
import re, sys

# lld's map: "VMA LMA Size Align file:(.text.NAME)" for each input section.
SECTION = re.compile(r"^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S.*:\(\.text\.(\S+)\)$")
# GCC's prefixes of a C function's section (SQLite's).
PREFIX = re.compile(r"^(unlikely|startup|hot|exit)\.")
# Where gdb loads a position-independent binary with randomisation off.
BASE = 0x555555554000


def functions(map_file):
    """(name, address) of each function in the map's .text."""
    text, found = False, []
    for line in open(map_file, errors="replace"):
        cols = line.split()
        if len(cols) == 5 and cols[4].startswith("."):  # an output section
            text = cols[4] == ".text"
        elif text:
            m = SECTION.match(line.rstrip("\n"))
            if m:
                found.append((PREFIX.sub("", m.group(3)), int(m.group(1), 16)))
    return found


def breakpoints(map_file):
    found = functions(map_file)
    print("set pagination off\nset confirm off\nset breakpoint always-inserted on")
    print("set print thread-events off\nset disable-randomization on\nstarti")
    for _, addr in found:
        print(f"tbreak *{BASE + addr:#x}")
    print(f"commands 1-{len(found)}\nsilent\nprint $pc\ncontinue\nend\ncontinue")


def unhashed(name):
    """A symbol's name without the hashes that depend on its crate's build:
    legacy `…17h<16 hex>E`, v0 crate disambiguators `Cs…_`."""
    name = re.sub(r"17h[0-9a-f]{16}E$", "", name)
    return re.sub(r"Cs[0-9A-Za-z]*_", "", name)


def listing(maps, logs):
    by_addr = dict((addr, name) for name, addr in functions(maps[0]))
    others = {}
    for map_file in maps[1:]:
        for name, _ in functions(map_file):
            others.setdefault(unhashed(name), []).append(name)
    ran, seen = [], set()
    for log in logs:
        for line in open(log, errors="replace"):
            m = re.match(r"^\$\d+ = .* (0x[0-9a-f]+)$", line.strip())
            if m:
                name = by_addr.get(int(m.group(1), 16) - BASE)
                if name and name not in seen:
                    seen.add(name)
                    ran.append(name)
    names, listed = [], set()
    for name in ran:
        for n in [name] + others.get(unhashed(name), []):
            if n not in listed:
                listed.add(n)
                names.append(n)
    print(f"{len(ran)} functions ran; {len(names)} names listed", file=sys.stderr)
    print("\n".join(names))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "breakpoints":
        breakpoints(args[1])
    elif len(args) >= 3 and args[0] == "list":
        maps = [a for a in args[1:] if a.endswith(".map")]
        listing(maps, [a for a in args[1:] if not a.endswith(".map")])
    else:
        sys.exit(__doc__)
