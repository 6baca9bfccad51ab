// Signal handling for the shell. Handlers only set a flag and wake the input wait (both
// async-signal-safe); everything else happens in ordinary code that looks at the flags.
#include "CLineEdit.h"
#include "signal_flags.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

volatile sig_atomic_t planq_flag_interrupt = 0;
volatile sig_atomic_t planq_flag_termination = 0;
volatile sig_atomic_t planq_flag_resize = 0;
volatile sig_atomic_t planq_flag_suspend = 0;
volatile sig_atomic_t planq_flag_continued = 0;

/// The self-pipe: a handler writes a byte, the wait selects on the read end.
static int wake_pipe[2] = {-1, -1};

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        (void)!write(wake_pipe[1], &byte, 1);
    }
    errno = saved;
}

static void on_interrupt(int sig) { (void)sig; planq_flag_interrupt = 1; wake(); }
static void on_termination(int sig) { planq_flag_termination = sig; planq_flag_interrupt = 1; wake(); }
static void on_resize(int sig) { (void)sig; planq_flag_resize = 1; wake(); }
static void on_suspend(int sig) { (void)sig; planq_flag_suspend = 1; wake(); }
static void on_continue(int sig) { (void)sig; planq_flag_continued = 1; wake(); }

static void open_wake_pipe(void) {
    if (wake_pipe[0] >= 0) return;
    if (pipe(wake_pipe) != 0) { wake_pipe[0] = wake_pipe[1] = -1; return; }
    for (int i = 0; i < 2; i++) {
        fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
    }
}

static void handle(int sig, void (*fn)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = fn;
    sigemptyset(&action.sa_mask);
    // Restart interrupted system calls (file reads during `.load`); the input wait uses
    // select, which returns on a signal regardless.
    action.sa_flags = SA_RESTART;
    sigaction(sig, &action, previous);
}

static struct sigaction previous_int, previous_term, previous_hup;
static int installed = 0;

void planq_signals_install(void) {
    if (installed) return;
    open_wake_pipe();
    handle(SIGINT, on_interrupt, &previous_int);
    handle(SIGTERM, on_termination, &previous_term);
    handle(SIGHUP, on_termination, &previous_hup);
    installed = 1;
}

void planq_signals_restore(void) {
    if (!installed) return;
    sigaction(SIGINT, &previous_int, NULL);
    sigaction(SIGTERM, &previous_term, NULL);
    sigaction(SIGHUP, &previous_hup, NULL);
    installed = 0;
}

static struct sigaction previous_winch, previous_tstp, previous_cont;
static int editing = 0;

void planq_editing_signals_begin(void) {
    if (editing) return;
    open_wake_pipe();
    planq_flag_resize = planq_flag_suspend = planq_flag_continued = 0;
    handle(SIGWINCH, on_resize, &previous_winch);
    handle(SIGTSTP, on_suspend, &previous_tstp);
    handle(SIGCONT, on_continue, &previous_cont);
    editing = 1;
}

void planq_editing_signals_end(void) {
    if (!editing) return;
    sigaction(SIGWINCH, &previous_winch, NULL);
    sigaction(SIGTSTP, &previous_tstp, NULL);
    sigaction(SIGCONT, &previous_cont, NULL);
    editing = 0;
}

int planq_interrupt_requested(void) { return planq_flag_interrupt != 0; }
void planq_interrupt_clear(void) { planq_flag_interrupt = 0; }
void planq_interrupt_request(void) { planq_flag_interrupt = 1; wake(); }
int planq_termination_signal(void) { return (int)planq_flag_termination; }

static int flag_pending(void) {
    return planq_flag_interrupt || planq_flag_resize || planq_flag_suspend || planq_flag_continued;
}

int planq_wait_readable(int fd) {
    open_wake_pipe();
    for (;;) {
        if (flag_pending()) return 0;
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        int highest = fd;
        if (wake_pipe[0] >= 0) {
            FD_SET(wake_pipe[0], &set);
            if (wake_pipe[0] > highest) highest = wake_pipe[0];
        }
        int n = select(highest + 1, &set, NULL, NULL, NULL);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (wake_pipe[0] >= 0 && FD_ISSET(wake_pipe[0], &set)) {
            char drain[64];
            while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
        }
        if (flag_pending()) return 0;
        if (FD_ISSET(fd, &set)) return 1;
    }
}

long planq_read_input(int fd, char *buffer, unsigned long size) {
    for (;;) {
        int ready = planq_wait_readable(fd);
        if (ready < 0) return -2;
        if (ready == 0) {
            if (planq_flag_interrupt) return -1;
            // Resize and job-control flags mean nothing to a plain reader.
            planq_flag_resize = planq_flag_suspend = planq_flag_continued = 0;
            continue;
        }
        ssize_t n = read(fd, buffer, size);
        if (n >= 0) return (long)n;
        if (errno != EINTR && errno != EAGAIN) return -2;
    }
}

// ---------------------------------------------------------------- batch mode

/// The temporary file of a `.output` being written, removed by a signal that ends planq.
static char cleanup_path[4096];
static volatile sig_atomic_t cleanup_ready = 0;

void planq_cleanup_path_set(const char *path) {
    cleanup_ready = 0;
    if (path == NULL || strlen(path) >= sizeof cleanup_path) return;
    strcpy(cleanup_path, path);
    cleanup_ready = 1;
}

/// Removes the temporary file (unlink is async-signal-safe), then ends the process by the
/// same signal with its default action, so the parent sees how planq ended.
static void on_fatal(int sig) {
    if (cleanup_ready) unlink(cleanup_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

void planq_batch_signals_install(void) {
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_fatal;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}
