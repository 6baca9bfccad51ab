#include "CLineEdit.h"
#include <histedit.h>
#include <stdlib.h>
#include <string.h>

struct planq_editor {
    EditLine *el;
    History *history;
    HistEvent event;
    char *prompt;
};

static char *prompt_of(EditLine *el) {
    planq_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor && editor->prompt ? editor->prompt : "";
}

planq_editor *planq_editor_open(const char *program, FILE *in, FILE *out, FILE *err) {
    planq_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->el = el_init(program, in, out, err);
    editor->history = history_init();
    if (!editor->el || !editor->history) { planq_editor_close(editor); return NULL; }
    history(editor->history, &editor->event, H_SETSIZE, 10000);
    history(editor->history, &editor->event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_PROMPT, prompt_of);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_SIGNAL, 1);
    // Ctrl-R searches history backwards, as in readline.
    el_set(editor->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(editor->el, NULL);
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

char *planq_editor_read_line(planq_editor *editor) {
    int count = 0;
    const char *line = el_gets(editor->el, &count);
    if (!line || count <= 0) return NULL;
    char *copy = strdup(line);
    size_t n = strlen(copy);
    while (n > 0 && (copy[n - 1] == '\n' || copy[n - 1] == '\r')) copy[--n] = '\0';
    return copy;
}

void planq_editor_history_add(planq_editor *editor, const char *line) {
    history(editor->history, &editor->event, H_ENTER, line);
}

int planq_editor_history_load(planq_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_LOAD, path) < 0 ? -1 : 0;
}

int planq_editor_history_save(planq_editor *editor, const char *path) {
    return history(editor->history, &editor->event, H_SAVE, path) < 0 ? -1 : 0;
}

void planq_editor_set_vi_mode(planq_editor *editor, int vi) {
    el_set(editor->el, EL_EDITOR, vi ? "vi" : "emacs");
}
