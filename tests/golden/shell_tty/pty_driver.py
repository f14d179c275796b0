#!/usr/bin/env python3
"""pty_driver.py - drive bin/elfe's shell through a real pseudo-terminal.

Each line of standard input is typed into the shell (C escapes allowed:
\\r Enter, \\t Tab, \\x03 Ctrl-C, \\x04 Ctrl-D, \\x10 Ctrl-P); after each
line the driver waits until the output has been quiet for a moment.  The
transcript is printed with terminal escapes and carriage returns removed,
so it can be compared as a golden file.  HOME is a fresh directory, so
history starts empty; the history file is printed at the end.
"""
import os, pty, re, select, sys, tempfile, time

home = tempfile.mkdtemp()
elfe = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "bin/elfe")
lines = sys.stdin.read().splitlines()
args = ["-nobanner"]
if lines and lines[0].startswith("#args "):
    args += lines[0][6:].split()
    lines = lines[1:]
pid, fd = pty.fork()
if pid == 0:
    os.environ["HOME"] = home
    os.environ.pop("ELFE_HISTORY", None)
    os.environ["TERM"] = "dumb"
    os.execv(elfe, [elfe] + args)

def drain(quiet=0.4, limit=5.0):
    out = b""
    end = time.time() + limit
    last = time.time()
    while time.time() < end and time.time() - last < quiet:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            last = time.time()
    return out

out = drain()
for line in lines:
    os.write(fd, line.encode().decode("unicode_escape").encode("latin-1"))
    out += drain()
# wait for the shell to exit (at most 10 s, then kill it)
status = None
for _ in range(200):
    done, st = os.waitpid(pid, os.WNOHANG)
    if done:
        status = st
        break
    out += drain(0.05, 0.05)
    time.sleep(0.05)
if status is None:
    os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    out += b"\n(killed: the shell did not exit)\n"
text = out.decode("utf-8", "replace")
text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
text = text.replace("\r", "").replace("\x07", "")
sys.stdout.write(text)
print("status", os.waitstatus_to_exitcode(status))
hist = os.path.join(home, ".elfe_history")
print("history:")
sys.stdout.write(open(hist).read() if os.path.exists(hist) else "(none)\n")
