/* io_stdin.c - reading standard input without blocking the scheduler.
 *
 * elfe_io:request_line(Pid, Tag) asks for the next line of standard input:
 * a reader thread (started on the first request, registered with the
 * collector) does the blocking read and sends {Tag, Line} to Pid, Line a
 * binary ending in "\n" (the last line may lack it), or {Tag, eof}.
 * Requests are served in order.  The user process (lib/elfe_user.lfe) is
 * the only caller: io:get_line and friends reach it through the io
 * protocol, so no process ever waits on the terminal but the one asking.
 */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include "atom.h"
#include "bif.h"
#include "binary.h"
#include "code.h"
#include "gc.h"
#include "sched.h"
#include "strbuf.h"

#include "bifs.def"

typedef struct LineRequest {
    struct LineRequest *next;
    Term pid, tag;
} LineRequest;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t more = PTHREAD_COND_INITIALIZER;
/* Static data is a root of the collector: the queue stays alive. */
static LineRequest *head, **tail = &head;
static Runtime *runtime;
static bool started;

/* Read one line from fd 0 into b; false at end of input with nothing. */
static bool read_line(StrBuf *b)
{
    static char buf[4096];
    static size_t have, at;
    for (;;) {
        while (at < have) {
            char c = buf[at++];
            strbuf_append(b, &c, 1);
            if (c == '\n')
                return true;
        }
        ssize_t n = read(0, buf, sizeof buf);
        if (n <= 0)
            return b->len > 0;
        have = (size_t)n;
        at = 0;
    }
}

static void *reader(void *arg)
{
    (void)arg;
    gc_register_thread();
    for (;;) {
        pthread_mutex_lock(&lock);
        while (!head)
            pthread_cond_wait(&more, &lock);
        LineRequest *r = head;
        pthread_mutex_unlock(&lock);
        StrBuf b;
        strbuf_init(&b);
        Term data = read_line(&b)
                        ? binary_from_bytes((const uint8_t *)b.data, b.len)
                        : atom_from_cstr("eof");
        sched_send(runtime, r->pid, make_tuple2(r->tag, data));
        pthread_mutex_lock(&lock);
        head = r->next;
        if (!head)
            tail = &head;
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

Term bif_io_request_line_2(Process *p, const Term *a)
{
    if (!term_is_local_pid(a[0]) || !p->rt)
        return bif_badarg(p);
    LineRequest *r = gc_alloc(sizeof *r);
    r->pid = a[0];
    r->tag = a[1];
    pthread_mutex_lock(&lock);
    runtime = p->rt;
    *tail = r;
    tail = &r->next;
    if (!started) {
        started = true;
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&t, &attr, reader, NULL) != 0)
            started = false;
    }
    pthread_cond_signal(&more);
    pthread_mutex_unlock(&lock);
    return started ? ATOM_ok : bif_error(p, atom_from_cstr("system_limit"));
}
