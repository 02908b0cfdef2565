#!/usr/bin/env python3
"""Time from exec to the CLI's first interactive prompt, for several builds in round robin (load swings on the
shared VM then hit every build alike). Each run starts the CLI on a pseudo-terminal and stops the clock when the
role prompt's title appears in its output; then the process is killed.

Usage: first-prompt.py ROUNDS 'name|command' ...   e.g. first-prompt.py 25 'R2R|./artifacts/linux-x64/securechat'
Prints one Markdown table row per build: median, mean ± sd, min, max (ms), runs. Two unmeasured runs each first.
"""
import os, pty, select, shlex, signal, statistics, sys, time

MARKER = b"Create a new room"


def once(argv):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    seen, elapsed = b"", None
    while elapsed is None and time.perf_counter() < start + 30:
        if select.select([fd], [], [], 0.05)[0]:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            seen += data
            if MARKER in seen:
                elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit(f"no prompt from {argv}: {seen[-300:]!r}")
    return elapsed


rounds = int(sys.argv[1])
builds = [(name, shlex.split(command)) for name, command in (v.split("|", 1) for v in sys.argv[2:])]
for _, argv in builds:
    once(argv), once(argv)
times = {name: [] for name, _ in builds}
for _ in range(rounds):
    for name, argv in builds:
        times[name].append(once(argv))
for name, t in times.items():
    print(f"| {name} | {statistics.median(t):.0f} | {statistics.mean(t):.0f} ± {statistics.stdev(t):.0f} | {min(t):.0f} | {max(t):.0f} | {len(t)} |")
