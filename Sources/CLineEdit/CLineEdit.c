#include "CLineEdit.h"
#include "signal_flags.h"
#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

struct planq_editor {
    EditLine *el;
    History *history;
    HistEvent event;
    char *prompt;
    int infd;
    FILE *out;
    planq_completion_fn complete;
    void *complete_context;
};

static planq_editor *editor_of(EditLine *el) {
    planq_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor;
}

static char *prompt_of(EditLine *el) {
    planq_editor *editor = editor_of(el);
    return editor && editor->prompt ? editor->prompt : "";
}

/// libedit reads and writes UTF-8 only when LC_CTYPE says so; Swift never calls setlocale.
static void use_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "") && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "en_US.UTF-8");
}

// ---------------------------------------------------------------- reading characters

/// Ctrl-Z while editing: give the terminal back as it was, stop, and take it again.
static void suspend(planq_editor *editor) {
    el_set(editor->el, EL_PREP_TERM, 0);
    fflush(editor->out);
    struct sigaction stop, saved;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &saved);
    raise(SIGTSTP);   // stopped here until SIGCONT
    sigaction(SIGTSTP, &saved, NULL);
    planq_flag_continued = 0;
    el_set(editor->el, EL_PREP_TERM, 1);
    el_set(editor->el, EL_REFRESH);
}

/// libedit's character source (EL_GETCFN). The built-in one retries a read interrupted by
/// Ctrl-C once, so the first Ctrl-C would be lost; this one ends the line at once (-1 with
/// errno EINTR makes el_gets return NULL with count -1), and handles resize and Ctrl-Z.
static int read_char(EditLine *el, wchar_t *out) {
    planq_editor *editor = editor_of(el);
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *out = L'\0';
    for (;;) {
        int ready = planq_wait_readable(editor->infd);
        if (ready < 0) return -1;
        if (ready == 0) {
            if (planq_flag_interrupt) { errno = EINTR; return -1; }
            if (planq_flag_suspend) { planq_flag_suspend = 0; suspend(editor); }
            if (planq_flag_continued) {
                planq_flag_continued = 0;
                el_set(el, EL_PREP_TERM, 0);
                el_set(el, EL_PREP_TERM, 1);
                el_set(el, EL_REFRESH);
            }
            if (planq_flag_resize) { planq_flag_resize = 0; el_resize(el); }
            continue;
        }
        char byte;
        ssize_t n = read(editor->infd, &byte, 1);
        if (n == 0) return 0;
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        bytes[count++] = byte;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t width = mbrtowc(out, bytes, count, &state);
        if (width == (size_t)-2 && count < sizeof bytes) continue;   // more bytes to come
        if (width == (size_t)-1 || width == (size_t)-2) { count = 0; continue; }   // invalid: drop
        return 1;
    }
}

// ---------------------------------------------------------------- completion

static unsigned char complete_key(EditLine *el, int ch) {
    (void)ch;
    planq_editor *editor = editor_of(el);
    if (!editor || !editor->complete) return CC_ERROR;
    const LineInfo *line = el_line(el);
    char *before = strndup(line->buffer, (size_t)(line->cursor - line->buffer));
    if (!before) return CC_ERROR;
    int redraw = editor->complete(editor, editor->complete_context, before);
    free(before);
    switch (redraw) {
    case planq_redraw_beep: return CC_REFRESH_BEEP;
    case planq_redraw_prompt: return CC_REDISPLAY;
    default: return CC_REFRESH;
    }
}

void planq_editor_set_completion(planq_editor *editor, planq_completion_fn fn, void *context) {
    editor->complete = fn;
    editor->complete_context = context;
}

void planq_editor_delete_before(planq_editor *editor, int count) {
    if (count > 0) el_deletestr(editor->el, count);
}

int planq_editor_insert(planq_editor *editor, const char *text) {
    return el_insertstr(editor->el, text);
}

/// Ctrl-D: end of input on an empty line (quietly: libedit's own binding echoes "^D"),
/// otherwise delete the character under the cursor.
static unsigned char end_or_delete(EditLine *el, int ch) {
    (void)ch;
    const LineInfo *line = el_line(el);
    if (line->buffer == line->lastchar) return CC_EOF;
    if (line->cursor == line->lastchar) return CC_ERROR;
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
}

// ---------------------------------------------------------------- opening and closing

planq_editor *planq_editor_open(const char *program, const char *mode) {
    FILE *in = stdin, *out = stdout, *err = stderr;
    use_utf8_ctype();
    planq_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->infd = fileno(in);
    editor->out = out;
    editor->el = el_init(program, in, out, err);
    editor->history = history_init();
    if (!editor->el || !editor->history) { planq_editor_close(editor); return NULL; }
    history(editor->history, &editor->event, H_SETSIZE, 10000);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_PROMPT, prompt_of);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_EDITOR, "emacs");
    // planq handles the signals itself (Signals.c) and reads characters itself (read_char):
    // libedit's own handlers re-arm only from its built-in reader.
    el_set(editor->el, EL_SIGNAL, 0);
    el_set(editor->el, EL_GETCFN, read_char);
    el_source(editor->el, NULL);   // ~/.editrc, or $EDITRC
    if (mode && (strcmp(mode, "vi") == 0 || strcmp(mode, "emacs") == 0)) el_set(editor->el, EL_EDITOR, mode);
    el_set(editor->el, EL_ADDFN, "planq-complete", "complete the word before the cursor", complete_key);
    el_set(editor->el, EL_BIND, "^I", "planq-complete", NULL);
    el_set(editor->el, EL_ADDFN, "planq-end-or-delete", "end of input on an empty line, else delete", end_or_delete);
    el_set(editor->el, EL_BIND, "^D", "planq-end-or-delete", NULL);
    // Ctrl-R searches history backwards, as in readline.
    el_set(editor->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    return editor;
}

void planq_editor_close(planq_editor *editor) {
    if (!editor) return;
    if (editor->el) el_end(editor->el);
    if (editor->history) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

void planq_editor_set_prompt(planq_editor *editor, const char *prompt) {
    free(editor->prompt);
    editor->prompt = strdup(prompt ? prompt : "");
}

const char *planq_editor_mode(planq_editor *editor) {
    const char *name = NULL;
    if (el_get(editor->el, EL_EDITOR, &name) != 0 || !name) return "emacs";
    return name;
}

// ---------------------------------------------------------------- lines and history

char *planq_editor_read_line(planq_editor *editor, int *status) {
    int count = 0;
    *status = 0;
    planq_editing_signals_begin();
    // Raw mode before the prompt shows, not after (libedit switches on the first read):
    // keys typed as soon as the prompt appears are then read as keys, and Ctrl-D is not
    // swallowed as the terminal's own end-of-file.
    el_set(editor->el, EL_PREP_TERM, 1);
    const char *line = el_gets(editor->el, &count);
    planq_editing_signals_end();
    if (!line || count <= 0) {
        // Ctrl-C ends the line however libedit reports it: el_gets gives count -1 while
        // editing, but 0 from inside a Ctrl-R search, which must not read as end of input.
        *status = (planq_flag_interrupt && !planq_flag_termination) ? 1 : 0;
        return NULL;
    }
    char *copy = strdup(line);
    if (!copy) return NULL;
    size_t n = strlen(copy);
    while (n > 0 && (copy[n - 1] == '\n' || copy[n - 1] == '\r')) copy[--n] = '\0';
    return copy;
}

void planq_editor_history_add(planq_editor *editor, const char *entry) {
    history(editor->history, &editor->event, H_ENTER, entry);
}
