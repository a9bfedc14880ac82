#ifndef SCALELAB_CEDITLINE_SHIM_H
#define SCALELAB_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>

// Swift cannot call C variadic functions nor read the stdio globals under Swift 6:
// each use gets a fixed-signature inline wrapper here.

static inline FILE *lab_stdin(void) { return stdin; }
static inline FILE *lab_stdout(void) { return stdout; }
static inline FILE *lab_stderr(void) { return stderr; }

static inline int lab_el_set_prompt(EditLine *el, wchar_t *(*f)(EditLine *)) { return el_wset(el, EL_PROMPT, f); }
static inline int lab_el_set_editor(EditLine *el, const wchar_t *mode) { return el_wset(el, EL_EDITOR, mode); }
static inline int lab_el_set_signal(EditLine *el, int on) { return el_wset(el, EL_SIGNAL, on); }
static inline int lab_el_set_history(EditLine *el, HistoryW *h) { return el_wset(el, EL_HIST, history_w, h); }
static inline int lab_el_set_clientdata(EditLine *el, void *data) { return el_wset(el, EL_CLIENTDATA, data); }
static inline void *lab_el_get_clientdata(EditLine *el) { void *d = NULL; el_wget(el, EL_CLIENTDATA, &d); return d; }
static inline int lab_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help,
                               unsigned char (*f)(EditLine *, int)) { return el_wset(el, EL_ADDFN, name, help, f); }
static inline int lab_el_bind(EditLine *el, const wchar_t *key, const wchar_t *fn) {
    return el_wset(el, EL_BIND, key, fn, NULL);
}

static inline int lab_history_setsize(HistoryW *h, HistEventW *ev, int n) { return history_w(h, ev, H_SETSIZE, n); }
static inline int lab_history_setunique(HistoryW *h, HistEventW *ev, int on) { return history_w(h, ev, H_SETUNIQUE, on); }
static inline int lab_history_enter(HistoryW *h, HistEventW *ev, const wchar_t *line) { return history_w(h, ev, H_ENTER, line); }
static inline int lab_history_load(HistoryW *h, HistEventW *ev, const char *path) { return history_w(h, ev, H_LOAD, path); }
static inline int lab_history_save(HistoryW *h, HistEventW *ev, const char *path) { return history_w(h, ev, H_SAVE, path); }
static inline int lab_history_first(HistoryW *h, HistEventW *ev) { return history_w(h, ev, H_FIRST); }
static inline int lab_history_next(HistoryW *h, HistEventW *ev) { return history_w(h, ev, H_NEXT); }
static inline int lab_history_last(HistoryW *h, HistEventW *ev) { return history_w(h, ev, H_LAST); }
static inline int lab_history_prev(HistoryW *h, HistEventW *ev) { return history_w(h, ev, H_PREV); }

#endif
