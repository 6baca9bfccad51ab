#!/usr/bin/env python3
"""Drives the real planq binary on a pseudo-terminal, as a person at a keyboard would.

    pty_session.py PLANQ_BINARY PLANS_FOLDER

Runs three sessions sharing one temporary HOME and XDG_STATE_HOME (NO_COLOR=1):
  1. Tab completion (candidates listed, a single one completed), a query and its result,
     a multi-line entry, Ctrl-C mid-line, Ctrl-C in a Ctrl-R search (the shell and its `let`
     queries stay), Ctrl-R search, Ctrl-D (exit status 0).
  2. Up arrow recalls the last query of session 1, which runs again; `.output` refuses
     to write over the history file.
  3. SIGTERM while a line is being typed: planq ends by that signal.
After each, the terminal must be back in its ordinary (canonical, echoing) mode; at the
end, the history file must hold the entries of sessions 1 and 2, in a folder of mode 0700.
Every wait has a timeout; a failure prints what the screen received so far and exits 1.
ShellTests/PtyTests.swift runs this script.
"""

import os
import pty
import re
import select
import signal
import struct
import sys
import tempfile
import time

try:
    import fcntl
    import termios
except ImportError:  # not a POSIX system
    fcntl = termios = None

TIMEOUT = float(os.environ.get("PLANQ_PTY_TIMEOUT", "20"))
ANSI = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][A-Za-z0-9]|[=>78MDEHc])")


class Failure(Exception):
    pass


class Terminal:
    """One planq process on a pty: what it printed so far, and keys to send it."""

    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        if fcntl:
            fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.raw = b""
        self.mark = 0          # expect() looks only at what came after the last match
        self.status = None

    @property
    def screen(self):
        """Everything received, without escape sequences and carriage returns."""
        return ANSI.sub(b"", self.raw).replace(b"\r", b"").replace(b"\x07", b"").decode("utf-8", "replace")

    def read_some(self, until):
        """Reads what arrives before `until` (at most 0.2 s); whether anything did."""
        remaining = until - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(remaining, 0.2))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:   # EIO: the child closed the terminal
            return False
        self.raw += chunk
        return bool(chunk)

    def expect(self, text, what=None):
        """Waits until `text` appears after the previous match; returns what came before it."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.screen
            found = screen.find(text, self.mark)
            if found >= 0:
                before = screen[self.mark:found]
                self.mark = found + len(text)
                return before
            if time.monotonic() >= deadline:
                raise Failure("timed out waiting for %r (%s)" % (text, what or "output"))
            if not self.read_some(deadline) and self.exited():
                self.drain()
                if self.screen.find(text, self.mark) < 0:
                    raise Failure("planq exited (status %r) before %r appeared" % (self.status, text))

    def drain(self):
        deadline = time.monotonic() + 2
        while self.read_some(deadline):
            pass

    def send(self, keys):
        os.write(self.fd, keys.encode("utf-8"))

    def exited(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status is not None

    def wait_exit(self):
        deadline = time.monotonic() + TIMEOUT
        while not self.exited():
            self.read_some(deadline)
            if time.monotonic() >= deadline:
                raise Failure("planq did not exit")
        self.drain()
        return self.status

    def is_cooked(self):
        """The terminal is in its ordinary mode: lines edited by the driver, keys echoed."""
        if not termios:
            return True
        lflag = termios.tcgetattr(self.fd)[3]
        return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)

    def close(self):
        if not self.exited():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


PROMPT = "planq> "
QUERY = "activities of elz for SD2 in 2024 Q3 with lead ELZ"


def first_session(term):
    term.expect("Tab completes", "the start-up hint")
    term.expect(PROMPT, "the first prompt")

    # Several goals start with SD in elz: one Tab lists them below the line.
    term.send("activities of elz for SD\t")
    listed = term.expect("SD5", "the completion candidates")
    for goal in ("SD1", "SD2", "SD3", "SD4"):
        if goal not in listed:
            raise Failure("candidate %s not listed after Tab" % goal)
    term.expect(PROMPT, "the prompt redrawn after the list")
    # One candidate: Tab completes it and adds the space the rest of the query needs.
    term.send("2\t")
    term.send("in 2024 Q3 with lead ELZ\r")
    term.expect("Opzetten proeftuin", "the result row")
    term.expect(PROMPT, "the prompt after the result")

    # A statement over two lines: the continuation prompt, then the answer.
    term.send("goals of\r")
    term.expect("...> ", "the continuation prompt")
    term.send("elz limit 1\r")
    term.expect("elz.SD1", "the two-line query's answer")
    term.expect(PROMPT, "the prompt after the two-line query")

    # Ctrl-C abandons the line: a fresh prompt, and the abandoned text is gone.
    term.send("goals of zz")
    time.sleep(0.2)
    term.send("\x03")
    term.expect(PROMPT, "a fresh prompt after Ctrl-C")
    term.send("plans\r")
    term.expect("Transitieplan Zorgzaam Leuven", "the answer to 'plans' after Ctrl-C")
    term.expect(PROMPT, "the prompt after 'plans'")

    # A paste of two lines is split as a script is: "desc limit 2" continues the query above.
    term.send("activities of elz order by start\r  desc limit 2\r")
    term.expect("Opzetten proeftuin", "the first row of the pasted query")
    term.expect("ELZ Leuven ontmoet", "the second row of the pasted query")
    term.expect("(2 rows)", "two rows from the pasted query, as with -f")
    term.expect(PROMPT, "the prompt after the pasted query")
    if "error" in term.screen[term.screen.rfind("order by start"):]:
        raise Failure("the pasted lines were run apart:\n" + term.screen[-800:])

    # Ctrl-C during a Ctrl-R search cancels the search and keeps the shell (and its lets).
    term.send("let mine = goals of elz\r")
    term.expect(PROMPT, "the prompt after a let")
    term.send("\x12")
    time.sleep(0.2)
    term.send("proef")
    time.sleep(0.2)
    term.send("\x03")
    term.expect(PROMPT, "a fresh prompt after Ctrl-C in a Ctrl-R search")
    term.send("count mine\r")
    term.expect("11", "the let query still known after Ctrl-C in a search")
    term.expect(PROMPT, "the prompt after count mine")

    # Ctrl-R finds the earlier query by a piece of it; Enter runs it.
    term.send("\x12")
    time.sleep(0.2)
    term.send("lead ELZ")
    time.sleep(0.2)
    term.send("\r")
    term.expect("Opzetten proeftuin", "the result of the query found with Ctrl-R")
    term.expect(PROMPT, "the prompt after the Ctrl-R query")

    expect_exit(term, "\x04", 0, "Ctrl-D")


def expect_exit(term, keys, expected, how):
    """Sends `keys`; planq must exit with `expected` and leave the terminal as it found it."""
    if keys:
        term.send(keys)
    status = term.wait_exit()
    if status != expected:
        raise Failure("%s ended planq with status %r, not %r" % (how, status, expected))
    if not term.is_cooked():
        raise Failure("%s left the terminal in raw mode" % how)


HISTORY = None


def second_session(term):
    term.expect(PROMPT, "the first prompt of the second session")
    term.send("\x1b[A")
    term.expect(QUERY, "the last query recalled by Up")
    term.send("\r")
    term.expect("Opzetten proeftuin", "the recalled query's result")
    term.expect(PROMPT, "the prompt after the recalled query")
    # .output never writes over a file planq has read: here the history file itself.
    term.send(".output %s\r" % HISTORY)
    term.expect("is the history file", "the refusal to write over the history file")
    term.expect(PROMPT, "the prompt after the refused .output")
    expect_exit(term, "\x04", 0, "Ctrl-D")


def third_session(term):
    term.expect(PROMPT, "the first prompt of the third session")
    term.send("goals of")
    time.sleep(0.2)
    if term.is_cooked():
        raise Failure("the terminal is not in raw mode while a line is edited")
    os.kill(term.pid, signal.SIGTERM)
    expect_exit(term, "", -signal.SIGTERM, "SIGTERM")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 64
    planq, plans = sys.argv[1], sys.argv[2]
    global HISTORY
    with tempfile.TemporaryDirectory(prefix="planq-pty-") as home:
        HISTORY = os.path.join(home, "state", "planq", "history")
        env = {
            "HOME": home,
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "NO_COLOR": "1",
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        }
        for step, session in (("first session", first_session), ("second session", second_session),
                              ("third session", third_session)):
            term = Terminal([planq, plans], env)
            try:
                session(term)
            except Failure as failure:
                term.drain()
                print("%s: %s\n--- screen so far ---\n%s\n--- end of screen ---" % (step, failure, term.screen),
                      file=sys.stderr)
                return 1
            finally:
                term.close()
        history = os.path.join(home, "state", "planq", "history")
        with open(history, encoding="utf-8") as f:
            entries = f.read().splitlines()
        expected = [QUERY, "goals of\\nelz limit 1", "plans", "activities of elz order by start\\n  desc limit 2",
                    "let mine = goals of elz", "count mine", QUERY,
                    ".output " + HISTORY]
        if entries != expected:
            print("history file holds %r, expected %r" % (entries, expected), file=sys.stderr)
            return 1
        mode = os.stat(os.path.dirname(history)).st_mode & 0o777
        if mode != 0o700:
            print("history folder has mode %o, expected 700" % mode, file=sys.stderr)
            return 1
    print("pty session: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
