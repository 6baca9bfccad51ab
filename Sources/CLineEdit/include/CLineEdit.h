#ifndef CLINEEDIT_H
#define CLINEEDIT_H
// Plain (non-variadic) wrappers around libedit, callable from Swift; the shell
// builds its line reader on these.
#include <stdio.h>

typedef struct planq_editor planq_editor;

/// Opens an editor on the given streams; NULL when libedit cannot initialise (no terminal).
planq_editor *planq_editor_open(const char *program, FILE *in, FILE *out, FILE *err);
void planq_editor_close(planq_editor *editor);
/// Sets the prompt text shown before each line.
void planq_editor_set_prompt(planq_editor *editor, const char *prompt);
/// Reads one line (without its newline) into a malloc'd string the caller frees; NULL at end of input.
char *planq_editor_read_line(planq_editor *editor);
/// Adds a line to the in-memory history.
void planq_editor_history_add(planq_editor *editor, const char *line);
/// Loads / saves history from / to a file; 0 on success.
int planq_editor_history_load(planq_editor *editor, const char *path);
int planq_editor_history_save(planq_editor *editor, const char *path);
/// Chooses vi (1) or emacs (0) key bindings.
void planq_editor_set_vi_mode(planq_editor *editor, int vi);

#endif
