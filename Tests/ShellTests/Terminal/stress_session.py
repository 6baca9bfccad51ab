#!/usr/bin/env python3
"""Puts the real planq binary under stress, on pseudo-terminals and pipes.

    stress_session.py PLANQ_BINARY PLANS_FOLDER [SCENARIO ...]

Scenarios (all of them when none is named), each in its own temporary HOME and
XDG_STATE_HOME (NO_COLOR=1):
  interrupt     Ctrl-C during a long `.read` (a generated script of 200,000 statements):
                `Interrupted.` and a fresh prompt at once, no more output, the next query works.
  resize        the window at 120, then 50 columns (SIGWINCH), then 80 while a line is typed:
                every table fits the window, with its borders intact.
  closed-input  input that ends mid-line: piped (`count goals of elz` without a newline runs,
                exit 0; `count goals of` is reported incomplete at 1:15, exit 1), and the pty
                master closed while a line is half typed (libedit; libedit with SIGHUP blocked,
                so only the read error tells; the plain reader): planq is gone within 2 s and
                the history file holds exactly the entries made before.
  two-shells    two shells on two ptys share one history file; entries alternate, then are
                typed ahead in bursts: the file holds every entry of both, whole, in order.
  bad-history   a history file with invalid UTF-8, NUL bytes and lines of megabytes: one
                warning, the shell works, Up recalls the last good entry, the file is only
                appended to; a history folder that is read-only, and a history path that is a
                folder: one warning each, the shell works, exit 0.
  garbage       1 MiB of seeded random bytes, 1 MiB of random printable ASCII, and the same after
                an unterminated string, on standard input: exit 1 with a positioned diagnostic
                (file:line:column and a caret), within GARBAGE_SECONDS.
Every wait has a timeout; a failure prints what each screen received so far and exits 1.
On success each scenario prints `stress NAME: ok`. ShellTests/StressTests.swift runs this script.
"""

import os
import pty
import random
import re
import signal
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_session import ANSI, PROMPT, TIMEOUT, Failure, Terminal  # noqa: E402  (the same driver)

try:
    import fcntl
    import termios
except ImportError:  # not a POSIX system
    fcntl = termios = None

# How long planq may take to react where the scenario says "at once" (generous: the machine
# may be busy with builds and fuzzers).
PROMPTLY = float(os.environ.get("PLANQ_STRESS_PROMPTLY", "5"))
GONE_SECONDS = 2.0
GARBAGE_SECONDS = float(os.environ.get("PLANQ_STRESS_GARBAGE_SECONDS", "10"))


class Term(Terminal):
    """A `Terminal` with a chosen window size, an optional step in the child before exec,
    waits with their own timeout, resizing, and closing the master while planq runs."""

    def __init__(self, name, argv, env, columns=120, rows=40, before_exec=None):
        self.name = name
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                if before_exec:
                    before_exec()
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.raw = b""
        self.mark = 0
        self.status = None
        self.resize(columns, rows, notify=False)

    def resize(self, columns, rows=40, notify=True):
        """Sets the window size (the kernel signals the foreground group; SIGWINCH is sent
        to planq as well, in case it is not in it)."""
        if not fcntl:
            raise Failure("no termios on this system")
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        if notify:
            os.kill(self.pid, signal.SIGWINCH)

    def expect(self, text, what=None, timeout=None):
        """Waits (at most `timeout`, else TIMEOUT) until `text` appears after the previous
        match; returns what came before it."""
        deadline = time.monotonic() + (TIMEOUT if timeout is None else timeout)
        while True:
            screen = self.screen
            found = screen.find(text, self.mark)
            if found >= 0:
                before = screen[self.mark:found]
                self.mark = found + len(text)
                return before
            if time.monotonic() >= deadline:
                raise Failure("%s: timed out after %.1f s waiting for %r (%s)"
                              % (self.name, TIMEOUT if timeout is None else timeout, text, what or "output"))
            if not self.read_some(deadline) and self.exited():
                self.drain()
                if self.screen.find(text, self.mark) < 0:
                    raise Failure("%s: planq exited (status %r) before %r appeared" % (self.name, self.status, text))

    def quiet_for(self, seconds):
        """Reads for `seconds`; what arrived meanwhile."""
        before = len(self.raw)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read_some(deadline)
        return visible(self.raw[before:])

    def read_some(self, until):
        if self.fd is None:   # hung up: nothing more can arrive
            time.sleep(max(0, min(until - time.monotonic(), 0.01)))
            return False
        return Terminal.read_some(self, until)

    def wait_gone(self, seconds):
        """Waits until planq has exited, at most `seconds`; its exit status, or None."""
        deadline = time.monotonic() + seconds
        while not self.exited():
            if time.monotonic() >= deadline:
                return None
            self.read_some(deadline)
        return self.status

    def hang_up(self):
        """Closes the master side, as when a terminal window is closed."""
        os.close(self.fd)
        self.fd = None

    def close(self):
        if not self.exited():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def visible(raw):
    """Text as `Terminal.screen` shows it: no escape sequences, carriage returns or bells."""
    return ANSI.sub(b"", raw).replace(b"\r", b"").replace(b"\x07", b"").decode("utf-8", "replace")


class Scenario:
    """What one scenario has: planq, the plans, a private HOME, and the terminals it opened
    (their screens are printed when it fails)."""

    def __init__(self, planq, plans, home):
        self.planq, self.plans, self.home = planq, plans, home
        self.terminals = []
        self.env = {
            "HOME": home,
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "NO_COLOR": "1",
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        }

    @property
    def history(self):
        return os.path.join(self.env["XDG_STATE_HOME"], "planq", "history")

    def open(self, name, columns=120, env=None, before_exec=None):
        term = Term(name, [self.planq, self.plans], env or self.env, columns=columns, before_exec=before_exec)
        self.terminals.append(term)
        return term

    def pipe(self, data, args=(), timeout=60):
        """Runs planq with `data` on standard input (a pipe): status, output, errors, seconds."""
        started = time.monotonic()
        try:
            done = subprocess.run([self.planq, self.plans, *args], input=data, capture_output=True,
                                  env=self.env, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Failure("planq with %d bytes on standard input did not finish in %d s" % (len(data), timeout))
        return (done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"),
                time.monotonic() - started)

    def close(self):
        for term in self.terminals:
            term.close()


def expect_exit(term, keys, expected, how):
    """Sends `keys`; planq must exit with `expected` and leave the terminal as it found it."""
    if keys:
        term.send(keys)
    status = term.wait_exit()
    if status != expected:
        raise Failure("%s: %s ended planq with status %r, not %r" % (term.name, how, status, expected))
    if not term.is_cooked():
        raise Failure("%s: %s left the terminal in raw mode" % (term.name, how))


def run_query(term, query, answer, what):
    """Types a query and Enter; waits for `answer`, then for the next prompt. Returns the
    screen text from the query's echo to its answer."""
    term.send(query + "\r")
    shown = term.expect(answer, what)
    term.expect(PROMPT, "the prompt after " + what)
    return shown


def history_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if data and not data.endswith(b"\n"):
        raise Failure("the history file does not end with a newline: %r" % data[-80:])
    return [line.decode("utf-8") for line in data.splitlines()]


# ---------------------------------------------------------------- interrupt

STATEMENTS = 200_000


def interrupt(s):
    script = os.path.join(s.home, "long.pq")
    with open(script, "w", encoding="utf-8") as f:
        f.write("count activities of zzl\n" * STATEMENTS)
    term = s.open("shell")
    term.expect(PROMPT, "the first prompt")
    term.send(".read %s\r" % script)
    term.expect("(1 row)", "the first answer of the long script")
    term.send("\x03")
    started = time.monotonic()
    term.expect("Interrupted.", "'Interrupted.' after Ctrl-C", timeout=PROMPTLY)
    term.expect(PROMPT, "a fresh prompt after Ctrl-C", timeout=PROMPTLY)
    took = time.monotonic() - started
    ran = term.screen.count("(1 row)")
    if ran >= STATEMENTS:
        raise Failure("the whole script ran (%d answers) before Ctrl-C took effect" % ran)
    later = term.quiet_for(0.5)
    if "row" in later:
        raise Failure("the script went on after the prompt (%.2f s after Ctrl-C): %r" % (took, later[:200]))
    run_query(term, "count goals of elz", "11 |", "a query after the interrupted script")
    expect_exit(term, "\x04", 0, "Ctrl-D")
    entries = history_lines(s.history)
    if entries != [".read " + script, "count goals of elz"]:
        raise Failure("history holds %r" % entries)


# ---------------------------------------------------------------- resize

WIDE = "goals of zzl"   # eight goals with titles far longer than any window


def display_width(text):
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def check_table(shown, columns, rows, what):
    """The table in `shown`: every line at most `columns` wide; borders all the same, and
    every row's `|` exactly under a `+` of the border. Returns the table's width."""
    lines = [line for line in shown.split("\n") if line.startswith(("+", "|"))]
    if not lines:
        raise Failure("no table in the answer (%s)" % what)
    border = lines[0]
    if not re.fullmatch(r"\+(-+\+)+", border):
        raise Failure("the top border is broken (%s): %r" % (what, border))
    joints = [i for i, ch in enumerate(border) if ch == "+"]
    body = 0
    for line in lines:
        if display_width(line) > columns:
            raise Failure("a line is %d columns wide in a %d-column window (%s):\n%s"
                          % (display_width(line), columns, what, line))
        if line.startswith("+"):
            if line != border:
                raise Failure("borders differ (%s):\n%s\n%s" % (what, border, line))
            continue
        body += 1
        bars, column = [], 0
        for ch in line:
            if ch == "|":
                bars.append(column)
            column += display_width(ch)
        if bars != joints:
            raise Failure("a row's bars are not under the border's joints (%s):\n%s\n%s" % (what, border, line))
    if body != rows + 1:
        raise Failure("%d header and body rows, expected %d (%s)" % (body, rows + 1, what))
    return display_width(border)


def resize(s):
    term = s.open("shell", columns=120)
    term.expect(PROMPT, "the first prompt")
    wide = check_table(run_query(term, WIDE, "(8 rows)", "the answer at 120 columns"), 120, 8, "120 columns")
    if wide <= 80:
        raise Failure("the table is only %d columns wide at 120: the query does not test narrowing" % wide)

    term.resize(50)
    time.sleep(0.2)
    check_table(run_query(term, WIDE, "(8 rows)", "the answer at 50 columns"), 50, 8, "50 columns")

    # Resized while a line is being edited: the line survives, and the answer fits.
    term.send("goals ")
    time.sleep(0.2)
    term.resize(80)
    time.sleep(0.2)
    width = check_table(run_query(term, "of zzl", "(8 rows)", "the answer at 80 columns"), 80, 8, "80 columns")
    if width <= 50:
        raise Failure("the table stayed %d columns wide after widening to 80" % width)
    expect_exit(term, "\x04", 0, "Ctrl-D")


# ---------------------------------------------------------------- closed-input

def block_hangup():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})


def closed_input(s):
    # Piped input that ends without a newline: the last line is a statement like any other.
    status, out, err, _ = s.pipe(b"count goals of elz")
    if status != 0 or "11 |" not in out:
        raise Failure("`count goals of elz` without a newline: status %d\n%s%s" % (status, out, err))
    status, out, err, _ = s.pipe(b"count goals of")
    lines = err.split("\n")
    if status != 1 or not lines[0].startswith("<stdin>:1:15: error: incomplete statement"):
        raise Failure("`count goals of` without a newline: status %d, errors:\n%s" % (status, err))
    if len(lines) < 3 or lines[1] != "  count goals of" or lines[2].rstrip() != " " * 16 + "^":
        raise Failure("the caret is not after `of`:\n%s" % err)
    if out:
        raise Failure("an incomplete statement printed %r" % out)

    # The terminal goes away while a line is half typed. The first shell makes one entry.
    before = ["count goals of elz"]
    for name, env, before_exec in (("libedit", s.env, None),
                                   ("libedit, SIGHUP blocked", s.env, block_hangup),
                                   ("plain reader", dict(s.env, TERM="dumb"), None)):
        term = s.open(name, env=env, before_exec=before_exec)
        term.expect(PROMPT, "the first prompt")
        if name == "libedit":
            run_query(term, before[0], "11 |", "a query before the hang-up")
        term.send("goals of el")
        time.sleep(0.3)
        term.hang_up()
        status = term.wait_gone(GONE_SECONDS)
        if status is None:
            raise Failure("%s: planq is still running %.0f s after its terminal closed" % (name, GONE_SECONDS))
        if status not in (0, -signal.SIGHUP):
            raise Failure("%s: planq ended with status %r after its terminal closed" % (name, status))
        entries = history_lines(s.history)
        if entries != before:
            raise Failure("%s: after the hang-up the history holds %r, expected %r" % (name, entries, before))


# ---------------------------------------------------------------- two-shells

def two_shells(s):
    a, b = s.open("shell A"), s.open("shell B")
    a.expect(PROMPT, "A's first prompt")
    b.expect(PROMPT, "B's first prompt")
    expected = []
    # Taking turns, one entry each, each answered before the next is typed.
    for n in range(1, 9):
        for term, plan in ((a, "elz"), (b, "zzl")):
            query = "goals of %s limit %d" % (plan, n)
            run_query(term, query, "row", "%s's answer to %r" % (term.name, query))
            expected.append(query)
    # One multi-line entry each, one history line each.
    for term, plan in ((a, "elz"), (b, "zzl")):
        term.send("count goals of\r")
        term.expect("...> ", "%s's continuation prompt" % term.name)
        run_query(term, plan, "(1 row)", "%s's two-line count" % term.name)
        expected.append("count goals of\\n" + plan)
    # Typed ahead, to both at once, without waiting for answers; A asks for 1 to 12 rows, B
    # for 13 to 24, so each shell's last answer shows that all of its entries ran.
    burst = {a: [], b: []}
    for n in range(1, 13):
        for term, rows in ((a, n), (b, n + 12)):
            query = "activities of zzl limit %d" % rows
            term.send(query + "\r")
            burst[term].append(query)
    for term, last in ((a, 12), (b, 24)):
        term.expect("(%d rows)" % last, "%s's last typed-ahead answer" % term.name)
        term.expect(PROMPT, "%s's prompt after the typed-ahead entries" % term.name)
    expect_exit(a, "\x04", 0, "Ctrl-D in A")
    expect_exit(b, "\x04", 0, "Ctrl-D in B")

    entries = history_lines(s.history)
    if entries[:len(expected)] != expected:
        raise Failure("the entries made in turn are not all there, in order:\n%r\nexpected\n%r"
                      % (entries[:len(expected)], expected))
    rest = entries[len(expected):]
    if sorted(rest) != sorted(burst[a] + burst[b]):
        raise Failure("the typed-ahead entries in the history: %r, expected those of A %r and of B %r"
                      % (rest, burst[a], burst[b]))
    for term in (a, b):
        mine = [e for e in rest if e in burst[term]]
        if mine != burst[term]:
            raise Failure("%s's typed-ahead entries are out of order in the history: %r" % (term.name, mine))


# ---------------------------------------------------------------- bad-history

def warnings(screen):
    return [line for line in screen.split("\n") if line.startswith("planq: ")]


def bad_history(s):
    # A corrupt file: three lines that do not decode, one of megabytes that does.
    os.makedirs(os.path.dirname(s.history), mode=0o700)
    corrupt = (b"plans\n"
               + b"\xff\xfe not UTF-8\n"
               + b"x" * (3 << 20) + b"\n"
               + b"\xc3(" * (1 << 20) + b"\n"
               + b"goals of elz limit 2\n"
               + b"nul \x00 inside\n"
               + b"count goals of elz\n")
    with open(s.history, "wb") as f:
        f.write(corrupt)
    term = s.open("corrupt history")
    term.expect(PROMPT, "the first prompt")
    found = warnings(term.screen)
    if len(found) != 1 or "skipped 3 unreadable lines" not in found[0]:
        raise Failure("warnings about the corrupt history: %r" % found)
    term.send("\x1b[A")
    term.expect("count goals of elz", "the last good entry recalled by Up")
    term.send("\r")
    term.expect("11 |", "the recalled query's answer")
    term.expect(PROMPT, "the prompt after the recalled query")
    run_query(term, "plans", "Transitieplan Zorgzaam Leuven", "the answer to 'plans'")
    expect_exit(term, "\x04", 0, "Ctrl-D")
    if len(warnings(term.screen)) != 1:
        raise Failure("more warnings: %r" % warnings(term.screen))
    with open(s.history, "rb") as f:
        now = f.read()
    # The recalled entry equals the file's last one, so only `plans` is new.
    if now != corrupt + b"plans\n":
        raise Failure("the history file was changed, not appended to: it ends %r" % now[-200:])

    # A history folder planq cannot write in. Root writes anywhere, so there procfs stands in.
    readonly = os.path.join(s.home, "readonly")
    os.mkdir(readonly, 0o555)
    os.chmod(readonly, 0o555)
    state = readonly if not os.access(readonly, os.W_OK) else "/proc/self/planq-stress-readonly"
    # A history path that is a folder.
    folder = os.path.join(s.home, "folder-state")
    os.makedirs(os.path.join(folder, "planq", "history"))
    try:
        for name, where in (("read-only folder", state), ("history is a folder", folder)):
            term = s.open(name, env=dict(s.env, XDG_STATE_HOME=where))
            term.expect(PROMPT, "the first prompt")
            run_query(term, "count goals of elz", "11 |", "a query")
            run_query(term, "plans", "Transitieplan Zorgzaam Leuven", "a second query")
            expect_exit(term, "\x04", 0, "Ctrl-D")
            found = warnings(term.screen)
            if len(found) != 1 or ("not saved" not in found[0] and "cannot read" not in found[0]):
                raise Failure("%s: warnings %r, expected one about the history" % (name, found))
    finally:
        os.chmod(readonly, 0o755)


# ---------------------------------------------------------------- garbage

POSITIONED = re.compile(r"^<stdin>:(\d+):(\d+): error: ", re.M)


def garbage(s):
    rng = random.Random(20240611)
    printable = "abcdefghijklmnopqrstuvwxyz0123456789 ()=<>\"',.;:-#\n\t"
    text = "".join(rng.choice(printable) for _ in range(1 << 20))
    inputs = (("random bytes", bytes(rng.getrandbits(8) for _ in range(1 << 20))),
              ("random printable text", text.encode()),
              # An open string: every further line would be one more line of the same statement.
              ("an unterminated string, then text", ('goals where title ~ "' + text.replace('"', "")).encode()))
    for name, data in inputs:
        status, out, err, seconds = s.pipe(data)
        if status != 1:
            raise Failure("%s: exit status %d, expected 1; errors:\n%s" % (name, status, err[:2000]))
        if seconds > GARBAGE_SECONDS:
            raise Failure("%s: planq took %.1f s (at most %.0f)" % (name, seconds, GARBAGE_SECONDS))
        if not POSITIONED.search(err):
            raise Failure("%s: no file:line:column diagnostic in:\n%s" % (name, err[:2000]))
        if not re.search(r"^ *\^~*$", err, re.M):
            raise Failure("%s: no caret line in:\n%s" % (name, err[:2000]))


SCENARIOS = {
    "interrupt": interrupt,
    "resize": resize,
    "closed-input": closed_input,
    "two-shells": two_shells,
    "bad-history": bad_history,
    "garbage": garbage,
}


def main():
    if len(sys.argv) < 3 or any(name not in SCENARIOS for name in sys.argv[3:]):
        print(__doc__, file=sys.stderr)
        return 64
    planq, plans = sys.argv[1], sys.argv[2]

    def stopped(signum, frame):
        raise Failure("stopped by signal %d" % signum)

    signal.signal(signal.SIGTERM, stopped)   # a backstop timeout: show the screens, end the shells
    for name in sys.argv[3:] or list(SCENARIOS):
        with tempfile.TemporaryDirectory(prefix="planq-stress-") as home:
            scenario = Scenario(planq, plans, home)
            try:
                SCENARIOS[name](scenario)
            except Failure as failure:
                print("%s: %s" % (name, failure), file=sys.stderr)
                for term in scenario.terminals:
                    term.drain()
                    print("--- %s: screen so far ---\n%s\n--- end of screen ---" % (term.name, term.screen[-6000:]),
                          file=sys.stderr)
                return 1
            finally:
                scenario.close()
        print("stress %s: ok" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
