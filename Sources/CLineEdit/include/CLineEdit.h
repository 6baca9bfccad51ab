#ifndef CLINEEDIT_H
#define CLINEEDIT_H
// Plain (non-variadic) wrappers around libedit, callable from Swift, and the few POSIX
// pieces Swift cannot call either (ioctl is variadic; signal handlers must be
// async-signal-safe). The Shell target builds its line reader on these.

typedef struct planq_editor planq_editor;

// ---------------------------------------------------------------- editor

/// Called on Tab with the text before the cursor; it may edit the line with
/// `planq_editor_delete_before` / `planq_editor_insert` and returns a `planq_redraw`.
typedef int (*planq_completion_fn)(planq_editor *editor, void *context, const char *before_cursor);

/// What libedit should do after a completion.
typedef enum {
    planq_redraw_line = 0,      ///< the line changed: refresh it
    planq_redraw_beep = 1,      ///< nothing to complete: refresh and beep
    planq_redraw_prompt = 2,    ///< text was printed below the line: print prompt and line again
} planq_redraw;

/// Opens an editor on standard input, output and error; NULL when libedit cannot initialise.
/// Key bindings are emacs, then `~/.editrc` (or `$EDITRC`) is read, then `mode`
/// ("vi" or "emacs"; NULL keeps what .editrc chose) is applied. Tab and Ctrl-R are bound
/// after all that, so they work in either mode.
planq_editor *planq_editor_open(const char *program, const char *mode);
/// Ends libedit (restoring the terminal) and frees the editor; NULL is fine.
void planq_editor_close(planq_editor *editor);
/// Sets the prompt text shown before each line.
void planq_editor_set_prompt(planq_editor *editor, const char *prompt);
/// Reads one line (without its newline) into a malloc'd string the caller frees.
/// NULL with *status 0 at end of input (Ctrl-D on an empty line, or a termination signal),
/// NULL with *status 1 when interrupted (Ctrl-C).
char *planq_editor_read_line(planq_editor *editor, int *status);
/// Adds an entry to the in-memory history (multi-line entries keep their newlines).
void planq_editor_history_add(planq_editor *editor, const char *entry);
/// Installs the Tab handler; `context` is passed back unchanged.
void planq_editor_set_completion(planq_editor *editor, planq_completion_fn fn, void *context);
/// During a completion: deletes `count` characters before the cursor.
void planq_editor_delete_before(planq_editor *editor, int count);
/// During a completion: inserts text at the cursor; 0 on success.
int planq_editor_insert(planq_editor *editor, const char *text);
/// "vi" or "emacs": the key map in use.
const char *planq_editor_mode(planq_editor *editor);

// ---------------------------------------------------------------- signals

/// Installs the process-wide handlers: SIGINT sets the interrupt flag; SIGTERM and SIGHUP
/// set it too and record the signal. Handlers do nothing else (async-signal-safe).
void planq_signals_install(void);
/// Puts back the handlers that were there before `planq_signals_install`.
void planq_signals_restore(void);
/// Ctrl-C was pressed (or a termination signal came) since the last clear.
int planq_interrupt_requested(void);
void planq_interrupt_clear(void);
void planq_interrupt_request(void);
/// SIGTERM or SIGHUP when one arrived, else 0.
int planq_termination_signal(void);
/// Reads up to `size` bytes from `fd`, waiting without racing the handlers above:
/// >0 bytes read, 0 end of input, -1 interrupted (see the flags), -2 an error.
long planq_read_input(int fd, char *buffer, unsigned long size);

/// Batch mode: SIGINT, SIGTERM, SIGHUP and SIGPIPE end planq as they would by default,
/// after removing the file given to `planq_cleanup_path_set` (NULL: none).
void planq_batch_signals_install(void);
void planq_cleanup_path_set(const char *path);

// ---------------------------------------------------------------- standard streams

/// Puts a descriptor on each of 0, 1 and 2 that was closed at start, on which reads (0) and
/// writes (1, 2) fail; returns a bit for each that was closed (1 << fd).
int planq_guard_standard_descriptors(void);

// ---------------------------------------------------------------- terminal

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
int planq_terminal_width(int fd);

#endif
