/* shell.c - starting the interactive shell, and its line editor.
 *
 * The shell itself is LFE (lib/lfe_shell.lfe): shell_run starts the user
 * process and runs lfe_shell:start/1 as the main process.  On a terminal
 * this file adds the line editor: GNU readline, on a thread of its own
 * (readline's callback interface, so it can be woken), answering
 * elfe_shell:request_line/3 with a message, so the scheduler keeps running
 * every other process while a line is typed.  History is kept in
 * ~/.elfe_history (ELFE_HISTORY overrides the file); Tab completes
 * module names, mod:fun from the loaded modules' exports, the shell's
 * commands and special forms, and the variables, functions, macros and
 * records defined at the prompt (elfe_shell:set_completions).  Text other
 * processes print with elfe_shell:print (watch mode's reload lines) goes
 * above the line being edited, which is redrawn below it.  Ctrl-C: a signal handler writes to a pipe; a small thread
 * turns that into either a cancelled line (while editing) or the message
 * interrupt to the shell process (while evaluating), which kills the
 * evaluation.  With piped input none of this is set up: the shell reads
 * standard input through the io protocol, without echo or escapes.
 */
#include "shell.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "../runtime/atom.h"
#include "../runtime/binary.h"
#include "../runtime/bif.h"
#include "../runtime/gc.h"
#include "../runtime/sched.h"

typedef struct LineRequest {
    struct LineRequest *next;
    Term pid, tag;
    char *prompt;
} LineRequest;

/* Static data is a root of the collector: the queue stays alive. */
static Runtime *runtime;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER;
static LineRequest *head, **tail = &head;
static int wake_pipe[2] = {-1, -1};  /* interrupts for the editor       */
static int signal_pipe[2] = {-1, -1}; /* from the SIGINT handler        */
static atomic_bool editing;
/* Text for print_above, waiting for the editor thread (under lock). */
static char *pending;
static size_t npending;
static char history_file[4096];

/* What the readline callback got. */
static char *got_line;
static bool got_eof, got_line_done;

static void on_line(char *line)
{
    /* Removing the handler here keeps readline from drawing the next
     * prompt itself: the shell asks for it when it wants a line. */
    rl_callback_handler_remove();
    got_line_done = true;
    if (!line) {
        got_eof = true;
        return;
    }
    got_line = line;
}

/* Add a line to the history; a continuation line (the shell's
 * continuation prompt is blank) joins the previous entry, so a form typed
 * on several lines comes back as one. */
static void remember(const char *line, bool continuation)
{
    static bool last_ours;
    if (!*line)
        return;
    HIST_ENTRY *last = history_length ? history_get(history_base +
                                                    history_length - 1)
                                      : NULL;
    if (continuation && last && last_ours) {
        size_t n = strlen(last->line) + strlen(line) + 2;
        char *joined = malloc(n);
        snprintf(joined, n, "%s %s", last->line, line);
        HIST_ENTRY *old = replace_history_entry(history_length - 1, joined,
                                                NULL);
        if (old)
            free_history_entry(old);
        free(joined);
    } else if (last && !strcmp(last->line, line)) {
        last_ours = false;
        return;
    } else {
        add_history(line);
    }
    last_ours = true;
    if (*history_file)
        write_history(history_file);
}

static bool blank_prompt(const char *prompt)
{
    if (!*prompt)
        return false;
    for (; *prompt; prompt++)
        if (*prompt != ' ')
            return false;
    return true;
}

/* Print what print_above queued, above the prompt and the typed text. */
static void print_pending(void)
{
    pthread_mutex_lock(&lock);
    char *text = pending;
    size_t n = npending;
    pending = NULL;
    npending = 0;
    pthread_mutex_unlock(&lock);
    if (!text)
        return;
    rl_clear_visible_line();
    fwrite(text, 1, n, stdout);
    fflush(stdout);
    free(text);
    rl_on_new_line();
    rl_redisplay();
}

static void print_above(Runtime *rt, const char *text, size_t len)
{
    (void)rt;
    pthread_mutex_lock(&lock);
    if (!atomic_load(&editing)) {
        fwrite(text, 1, len, stdout);
        fflush(stdout);
        pthread_mutex_unlock(&lock);
        return;
    }
    char *grown = realloc(pending, npending + len);
    if (grown) {
        memcpy(grown + npending, text, len);
        pending = grown;
        npending += len;
    }
    pthread_mutex_unlock(&lock);
    char c = 'p';
    ssize_t w = write(wake_pipe[1], &c, 1);
    (void)w;
}

/* Edit one line; the answer term for {Tag, Answer}. */
static Term edit_line(const char *prompt)
{
    got_line = NULL;
    got_eof = got_line_done = false;
    pthread_mutex_lock(&lock);
    atomic_store(&editing, true);
    pthread_mutex_unlock(&lock);
    rl_callback_handler_install(prompt, on_line);
    print_pending();
    Term answer = NONE;
    while (!got_line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        FD_SET(wake_pipe[0], &fds);
        int n = select(wake_pipe[0] + 1, &fds, NULL, NULL, NULL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            got_eof = true;
            break;
        }
        if (FD_ISSET(wake_pipe[0], &fds)) {
            char c = 0;
            if (read(wake_pipe[0], &c, 1) == 1 && c == 'p') {
                print_pending();
            } else if (c == 'i') {
                /* Ctrl-C: drop the line, show a fresh prompt. */
                rl_replace_line("", 0);
                rl_crlf();
                answer = atom_from_cstr("interrupt");
                break;
            }
        }
        if (FD_ISSET(0, &fds))
            rl_callback_read_char();
    }
    pthread_mutex_lock(&lock);
    atomic_store(&editing, false);
    pthread_mutex_unlock(&lock);
    print_pending();
    if (!got_line_done)
        rl_callback_handler_remove();
    if (answer != NONE)
        return answer;
    if (got_eof || !got_line)
        return atom_from_cstr("eof");
    remember(got_line, blank_prompt(prompt));
    Term bin = binary_from_bytes((const uint8_t *)got_line, strlen(got_line));
    free(got_line);
    return bin;
}

static void *editor(void *arg)
{
    (void)arg;
    gc_register_thread();
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!head)
            pthread_cond_wait(&more, &lock);
        LineRequest *r = head;
        head = r->next;
        if (!head)
            tail = &head;
        pthread_mutex_unlock(&lock);
        Term answer = edit_line(r->prompt);
        sched_send(runtime, r->pid, make_tuple2(r->tag, answer));
    }
    return NULL;
}

static void request_line(Runtime *rt, Term pid, Term tag, const char *prompt)
{
    (void)rt;
    LineRequest *r = gc_alloc(sizeof *r);
    r->pid = pid;
    r->tag = tag;
    size_t n = strlen(prompt);
    r->prompt = gc_alloc_atomic(n + 1);
    memcpy(r->prompt, prompt, n + 1);
    pthread_mutex_lock(&lock);
    *tail = r;
    tail = &r->next;
    pthread_cond_signal(&more);
    pthread_mutex_unlock(&lock);
}

/* ---- Ctrl-C ------------------------------------------------------------ */

static void on_sigint(int sig)
{
    (void)sig;
    char c = 'i';
    ssize_t w = write(signal_pipe[1], &c, 1);
    (void)w;
}

static void *interrupter(void *arg)
{
    (void)arg;
    gc_register_thread();
    for (;;) {
        char c;
        ssize_t n = read(signal_pipe[0], &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return NULL;
        if (atomic_load(&editing)) {
            ssize_t w = write(wake_pipe[1], &c, 1);
            (void)w;
        } else if (runtime->interrupt_pid != NIL) {
            sched_send(runtime, runtime->interrupt_pid,
                       atom_from_cstr("interrupt"));
        }
    }
}

/* ---- completion -------------------------------------------------------- */

static const char *const commands[] = {
    "c", "cd", "clear", "ep", "epp", "exit", "flush", "h", "help", "i", "l",
    "lm", "ls", "m", "memory", "nregs", "p", "pid", "pp", "pwd", "q", "regs",
    "set", "uptime", "defun", "defmacro", "defrecord", "defmodule", "lambda",
    "let", "let*", "case", "cond", "receive", "try", "progn", "funcall",
    "reset-environment", "run", "slurp", "unslurp", "doc", "watch",
    "unwatch", "include-file", "include-lib", NULL};

/* Candidates for the word being completed, gathered once per word. */
static char **cands;
static size_t ncands, cands_cap;

static void add_cand(const char *s, size_t n)
{
    for (size_t i = 0; i < ncands; i++)
        if (strlen(cands[i]) == n && !strncmp(cands[i], s, n))
            return;
    if (ncands == cands_cap) {
        cands_cap = cands_cap ? cands_cap * 2 : 64;
        cands = realloc(cands, cands_cap * sizeof *cands);
    }
    cands[ncands] = strndup(s, n);
    ncands++;
}

static void gather(const char *text)
{
    for (size_t i = 0; i < ncands; i++)
        free(cands[i]);
    ncands = 0;
    const char *colon = strchr(text, ':');
    Runtime *rt = runtime;
    if (colon) {
        /* mod:fun from a loaded module's exports */
        size_t ml = (size_t)(colon - text);
        char mod[256];
        if (ml >= sizeof mod)
            return;
        memcpy(mod, text, ml);
        mod[ml] = 0;
        for (size_t i = 0; i < bif_count; i++)
            if (!strcmp(bif_table[i].module, mod)) {
                char buf[600];
                int n = snprintf(buf, sizeof buf, "%s:%s", mod,
                                 bif_table[i].name);
                if (n > 0 && (size_t)n < sizeof buf)
                    add_cand(buf, (size_t)n);
            }
        Module *m = code_module(rt, atom_from_cstr(mod));
        if (!m)
            return;
        for (Term es = m->exports; term_is_cons(es); es = CDR(es)) {
            const char *f = atom_name(tuple_elems(CAR(es))[0]);
            char buf[600];
            int n = snprintf(buf, sizeof buf, "%s:%s", mod, f);
            if (n > 0 && (size_t)n < sizeof buf)
                add_cand(buf, (size_t)n);
        }
        return;
    }
    for (size_t i = 0; i < rt->nmodules; i++) {
        const char *name = atom_name(rt->modules[i]->name);
        if (name[0] != '$') {
            char buf[300];
            int n = snprintf(buf, sizeof buf, "%s:", name);
            if (n > 0 && (size_t)n < sizeof buf)
                add_cand(buf, (size_t)n);
        }
    }
    for (size_t i = 0; i < rt->nboot; i++) {
        char buf[300];
        int n = snprintf(buf, sizeof buf, "%s:", rt->boot[i].name);
        if (n > 0 && (size_t)n < sizeof buf)
            add_cand(buf, (size_t)n);
    }
    for (size_t i = 0; commands[i]; i++)
        add_cand(commands[i], strlen(commands[i]));
    /* what the shell defined; the list is immutable once published */
    for (Term l = rt->shell_completions; term_is_cons(l); l = CDR(l))
        if (term_is_atom(CAR(l))) {
            const char *name = atom_name(CAR(l));
            add_cand(name, strlen(name));
        }
}

static char *generate(const char *text, int state)
{
    static size_t at;
    if (state == 0) {
        gather(text);
        at = 0;
    }
    size_t len = strlen(text);
    while (at < ncands) {
        const char *c = cands[at++];
        if (!strncmp(c, text, len))
            return strdup(c);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;
    /* no space after "mod:" so the function can follow */
    rl_completion_append_character = text[0] && !strchr(text, ':') ? 0 : ' ';
    char **m = rl_completion_matches(text, generate);
    if (m && m[0] && m[0][strlen(m[0]) - 1] != ':' && !m[1])
        rl_completion_append_character = ' ';
    return m;
}

/* ---- start ------------------------------------------------------------- */

static void setup_editor(Runtime *rt)
{
    runtime = rt;
    const char *hf = getenv("ELFE_HISTORY");
    const char *home = getenv("HOME");
    if (hf)
        snprintf(history_file, sizeof history_file, "%s", hf);
    else if (home)
        snprintf(history_file, sizeof history_file, "%s/.elfe_history",
                 home);
    using_history();
    if (*history_file) {
        if (read_history(history_file) != 0)
            write_history(history_file); /* create it */
        history_truncate_file(history_file, 1000);
    }
    rl_readline_name = "elfe";
    rl_catch_signals = 0;
    rl_catch_sigwinch = 1;
    rl_basic_word_break_characters = " \t\n\"'`()[]{}#";
    rl_completer_word_break_characters = rl_basic_word_break_characters;
    rl_attempted_completion_function = complete;
    if (pipe(wake_pipe) != 0 || pipe(signal_pipe) != 0)
        return;
    fcntl(signal_pipe[1], F_SETFL, O_NONBLOCK);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t t;
    if (pthread_create(&t, &attr, editor, NULL) == 0) {
        rt->line_editor = request_line;
        rt->print_above = print_above;
    }
    pthread_create(&t, &attr, interrupter, NULL);
    pthread_attr_destroy(&attr);
}

static void restore_terminal(void)
{
    if (runtime && runtime->line_editor) {
        rl_callback_handler_remove();
        rl_deprep_terminal();
    }
}

int shell_run(Runtime *rt, const ShellOptions *opts)
{
    bool tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) &&
               !getenv("ELFE_NO_EDITOR");
    if (tty) {
        setup_editor(rt);
        atexit(restore_terminal);
    }
    Term o = NIL;
    if (opts->prompt)
        o = make_cons(make_tuple2(atom_from_cstr("prompt"),
                                  list_from_cstr(opts->prompt)),
                      o);
    if (opts->nobanner)
        o = make_cons(make_tuple2(atom_from_cstr("banner"), ATOM_false_), o);
    else if (opts->banner)
        o = make_cons(make_tuple2(atom_from_cstr("banner"), ATOM_true_), o);
    if (opts->watch)
        o = make_cons(make_tuple2(atom_from_cstr("watch"),
                                  list_from_cstr(opts->watch)),
                      o);
    sched_start_user(rt);
    Process *p = sched_spawn(rt, NULL, atom_from_cstr("lfe_shell"),
                             atom_from_cstr("start"), make_cons(o, NIL));
    sched_run_until_exit(rt, p);
    fflush(stdout);
    if (p->exc_class != NONE || p->exit_reason != ATOM_normal) {
        fprintf(stderr, "elfe: the shell stopped\n");
        return 1;
    }
    return 0;
}
