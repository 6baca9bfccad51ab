#ifndef PLANQ_SIGNAL_FLAGS_H
#define PLANQ_SIGNAL_FLAGS_H
// Flags the signal handlers set, shared by Signals.c and CLineEdit.c (not for Swift).
#include <signal.h>

extern volatile sig_atomic_t planq_flag_interrupt;
extern volatile sig_atomic_t planq_flag_termination;
extern volatile sig_atomic_t planq_flag_resize;
extern volatile sig_atomic_t planq_flag_suspend;
extern volatile sig_atomic_t planq_flag_continued;

/// Installs the handlers that matter only while a line is being edited (SIGWINCH, SIGTSTP,
/// SIGCONT); `planq_editing_signals_end` puts the previous ones back, so that Ctrl-Z during
/// a statement stops planq the ordinary way.
void planq_editing_signals_begin(void);
void planq_editing_signals_end(void);

/// Waits until `fd` has input or a flag above is set, without the race between testing a
/// flag and blocking (a handler also writes to a pipe the wait watches).
/// 1: `fd` is readable; 0: a flag is set; -1: error.
int planq_wait_readable(int fd);

#endif
