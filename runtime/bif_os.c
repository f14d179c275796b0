/* bif_os.c - the os module's primitives and the erlang clock BIFs.
 *
 * os: the environment (getenv/0,1, putenv/2, unsetenv/1), os:cmd through
 * /bin/sh, type/0, version/0, getpid/0, timestamp/0, system_time/0,1,
 * perf_counter/0,1.  erlang: system_time/0,1, timestamp/0, localtime/0,
 * universaltime/0, date/0, time/0 and the conversions between local and
 * universal time, which lib/calendar.lfe builds on.  Names and values are
 * flat character lists, encoded as UTF-8 for the OS; what comes back is
 * decoded from UTF-8 when valid, else kept byte for byte.  Bad arguments
 * raise badarg as OTP 25 does.
 *
 * os:cmd's primitives start the command and hand its output over as
 * messages from a poller thread (cmd_start/2, cmd_stop/1), so the caller
 * waits in receive and every other process keeps running; the output is
 * the command's stdout and stderr, with stdin at /dev/null, as OTP's
 * os:cmd gives.
 */
#include "bif.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "atom.h"
#include "binary.h"
#include "compare.h"
#include "gc.h"
#include "sched.h"
#include "strbuf.h"
#include "unicode.h"

#include "bifs.def"

extern char **environ;

/* ---- strings -------------------------------------------------------- */

/* A flat list of code points as NUL-terminated UTF-8 in b; false when t
 * is not one, or holds a NUL. */
static bool flat_string(Term t, StrBuf *b)
{
    strbuf_init(b);
    for (; term_is_cons(t); t = CDR(t)) {
        Term c = CAR(t);
        if (!term_is_small(c) || small_val(c) <= 0 ||
            !unicode_valid((uint32_t)small_val(c)) || small_val(c) > UNICODE_MAX)
            return false;
        strbuf_put_utf8(b, (uint32_t)small_val(c));
    }
    return term_is_nil(t);
}

/* Bytes as a list of code points when valid UTF-8, else of bytes. */
static Term string_term(const char *s, size_t n)
{
    if (utf8_count(s, n) < 0)
        return list_from_bytes((const uint8_t *)s, n);
    Term *cps = gc_alloc(n * sizeof(Term) + 1);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const uint8_t *)s + i, n - i, &cp);
        cps[k++] = make_small(cp);
        i += (size_t)len;
    }
    return list_from_array(cps, k);
}

/* ---- environment ---------------------------------------------------- */

Term bif_os_getenv_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    Term acc = NIL;
    for (char **e = environ; e && *e; e++)
        acc = make_cons(string_term(*e, strlen(*e)), acc);
    return list_reverse(acc, NIL);
}

Term bif_os_getenv_1(Process *p, const Term *args)
{
    StrBuf name;
    if (!flat_string(args[0], &name))
        return bif_badarg(p);
    const char *v = getenv(name.data);
    return v ? string_term(v, strlen(v)) : ATOM_false_;
}

Term bif_os_putenv_2(Process *p, const Term *args)
{
    StrBuf name, value;
    if (!flat_string(args[0], &name) || !flat_string(args[1], &value) ||
        strchr(name.data, '='))
        return bif_badarg(p);
    /* setenv refuses an empty name; OTP's putenv accepts it. */
    if (name.len == 0)
        return ATOM_true_;
    return setenv(name.data, value.data, 1) == 0 ? ATOM_true_ : bif_badarg(p);
}

Term bif_os_unsetenv_1(Process *p, const Term *args)
{
    StrBuf name;
    if (!flat_string(args[0], &name) || strchr(name.data, '='))
        return bif_badarg(p);
    if (name.len > 0)
        unsetenv(name.data);
    return ATOM_true_;
}

/* ---- commands and the system ---------------------------------------- */

/* os:cmd without blocking the scheduler.  cmd_start(Cmd, Tag) runs
 * /bin/sh on the command with its stdout and stderr on a pipe, and
 * returns at once; one poller thread (started on the first command,
 * registered with the collector, never ending) reads every running
 * command's pipe and sends the caller {Tag, {data, Binary}} for each
 * chunk, then {Tag, eof}.  cmd_stop(Tag) (os:cmd's max_size) stops the
 * messages at once and closes the pipe, as OTP closes the port: the
 * command gets SIGPIPE on its next write.  Children are reaped without
 * blocking the poller. */

typedef struct CmdJob {
    struct CmdJob *next;
    Term pid, tag;
    int fd;       /* the read end, -1 once closed          */
    pid_t child;  /* 0 once reaped                         */
    bool stopped; /* cmd_stop: send nothing more            */
} CmdJob;

static pthread_mutex_t cmd_lock = PTHREAD_MUTEX_INITIALIZER;
/* Static data is a root of the collector: the jobs stay alive. */
static CmdJob *cmd_jobs;
static Runtime *cmd_rt;
static int cmd_wake[2] = {-1, -1};
static bool cmd_started;

static void cmd_poke(void)
{
    char c = 1;
    while (write(cmd_wake[1], &c, 1) < 0 && errno == EINTR)
        ;
}

/* Read what one job's pipe has; at its end, say eof and close it.
 * Called by the poller with cmd_lock held. */
static void cmd_drain(CmdJob *j, uint8_t *buf, size_t cap)
{
    ssize_t n = read(j->fd, buf, cap);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n > 0) {
        if (!j->stopped)
            sched_send(cmd_rt, j->pid,
                       make_tuple2(j->tag,
                                   make_tuple2(atom_from_cstr("data"),
                                               binary_from_bytes(buf, (size_t)n))));
        return;
    }
    if (!j->stopped)
        sched_send(cmd_rt, j->pid, make_tuple2(j->tag, atom_from_cstr("eof")));
    close(j->fd);
    j->fd = -1;
}

static void *cmd_poller(void *arg)
{
    (void)arg;
    gc_register_thread();
    size_t cap = 65536;
    uint8_t *buf = malloc(cap);
    struct pollfd *fds = NULL;
    CmdJob **owners = NULL;
    size_t fcap = 0;
    for (;;) {
        pthread_mutex_lock(&cmd_lock);
        size_t n = 1, zombies = 0;
        for (CmdJob *j = cmd_jobs; j; j = j->next)
            n++;
        if (n > fcap) {
            fcap = n * 2;
            fds = realloc(fds, fcap * sizeof *fds);
            owners = realloc(owners, fcap * sizeof *owners);
        }
        fds[0] = (struct pollfd){.fd = cmd_wake[0], .events = POLLIN};
        n = 1;
        for (CmdJob **jp = &cmd_jobs; *jp;) {
            CmdJob *j = *jp;
            if (j->stopped && j->fd >= 0) {
                close(j->fd);
                j->fd = -1;
            }
            if (j->fd < 0 && j->child > 0) {
                int st;
                pid_t r = waitpid(j->child, &st, WNOHANG);
                if (r == j->child || (r < 0 && errno != EINTR))
                    j->child = 0;
            }
            if (j->fd < 0 && j->child == 0) {
                *jp = j->next; /* finished: drop it */
                continue;
            }
            if (j->fd >= 0) {
                fds[n] = (struct pollfd){.fd = j->fd, .events = POLLIN};
                owners[n++] = j;
            } else {
                zombies++;
            }
            jp = &j->next;
        }
        pthread_mutex_unlock(&cmd_lock);
        /* Owners are only read after poll under the lock; the jobs stay
         * reachable from cmd_jobs or this thread's (registered) stack. */
        int r = poll(fds, n, zombies ? 50 : -1);
        if (r < 0)
            continue;
        if (fds[0].revents) {
            char tmp[64];
            while (read(cmd_wake[0], tmp, sizeof tmp) > 0)
                ;
        }
        pthread_mutex_lock(&cmd_lock);
        for (size_t i = 1; i < n; i++)
            if (fds[i].revents && owners[i]->fd >= 0)
                cmd_drain(owners[i], buf, cap);
        pthread_mutex_unlock(&cmd_lock);
    }
    return NULL;
}

/* Start the poller once; false if it cannot be. */
static bool cmd_ensure_poller(Runtime *rt)
{
    if (cmd_started)
        return true;
    if (pipe2(cmd_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    cmd_rt = rt;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &attr, cmd_poller, NULL) != 0) {
        close(cmd_wake[0]);
        close(cmd_wake[1]);
        return false;
    }
    cmd_started = true;
    return true;
}

/* Spawn /bin/sh -c "(cmd\n) </dev/null 2>&1" writing to wfd; its pid or
 * -1. */
static pid_t cmd_spawn(const char *cmd, int wfd)
{
    StrBuf full;
    strbuf_init(&full);
    strbuf_printf(&full, "(%s\n) </dev/null 2>&1", cmd);
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t sa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, wfd, 1);
    posix_spawnattr_init(&sa);
    sigset_t none, def;
    sigemptyset(&none);
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    sigaddset(&def, SIGCHLD);
    posix_spawnattr_setsigmask(&sa, &none);
    posix_spawnattr_setsigdefault(&sa, &def);
    posix_spawnattr_setflags(&sa, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    char *argv[] = {(char *)"sh", (char *)"-c", full.data, NULL};
    pid_t child;
    int e = posix_spawn(&child, "/bin/sh", &fa, &sa, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&sa);
    return e == 0 ? child : -1;
}

/* os:cmd_start(Cmd, Tag): Cmd a flat string (lib/os.lfe checks it). */
Term bif_os_cmd_start_2(Process *p, const Term *args)
{
    StrBuf cmd;
    if (!flat_string(args[0], &cmd) || !p->rt)
        return bif_badarg(p);
    int fds[2];
    pthread_mutex_lock(&cmd_lock);
    bool ok = cmd_ensure_poller(p->rt) && pipe2(fds, O_CLOEXEC) == 0;
    pthread_mutex_unlock(&cmd_lock);
    if (!ok)
        return bif_error(p, ATOM_system_limit);
    fflush(NULL);
    pid_t child = cmd_spawn(cmd.data, fds[1]);
    close(fds[1]);
    if (child < 0) {
        close(fds[0]);
        return bif_error(p, ATOM_system_limit);
    }
    fcntl(fds[0], F_SETFL, O_NONBLOCK);
    CmdJob *j = gc_alloc(sizeof *j);
    j->pid = p->pid;
    j->tag = args[1];
    j->fd = fds[0];
    j->child = child;
    pthread_mutex_lock(&cmd_lock);
    j->next = cmd_jobs;
    cmd_jobs = j;
    pthread_mutex_unlock(&cmd_lock);
    cmd_poke();
    return ATOM_ok;
}

/* os:cmd_stop(Tag): no more messages for that command; its pipe closes. */
Term bif_os_cmd_stop_1(Process *p, const Term *args)
{
    (void)p;
    pthread_mutex_lock(&cmd_lock);
    for (CmdJob *j = cmd_jobs; j; j = j->next)
        if (j->tag == args[0] || term_exact_equal(j->tag, args[0]))
            j->stopped = true;
    pthread_mutex_unlock(&cmd_lock);
    if (cmd_started)
        cmd_poke();
    return ATOM_ok;
}

Term bif_os_type_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return make_tuple2(atom_from_cstr("unix"), atom_from_cstr("linux"));
}

/* {Major, Minor, Release} from uname's release, e.g. "6.1.0-13" -> {6,1,0}. */
Term bif_os_version_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    struct utsname u;
    long v[3] = {0, 0, 0};
    if (uname(&u) == 0) {
        const char *s = u.release;
        for (int i = 0; i < 3 && *s; i++) {
            char *end;
            v[i] = strtol(s, &end, 10);
            if (*end != '.')
                break;
            s = end + 1;
        }
    }
    return make_tuple3(make_small(v[0]), make_small(v[1]), make_small(v[2]));
}

Term bif_os_getpid_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%ld", (long)getpid());
    return list_from_bytes((const uint8_t *)buf, (size_t)n);
}

/* ---- clocks --------------------------------------------------------- */

static __int128 clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (__int128)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Parts per second of a time unit, or 0 when it is not one. */
static int64_t unit_hz(Term u)
{
    if (term_is_small(u))
        return small_val(u) > 0 ? small_val(u) : 0;
    if (!term_is_atom(u))
        return 0;
    const char *s = atom_name(u);
    if (!strcmp(s, "second") || !strcmp(s, "seconds"))
        return 1;
    if (!strcmp(s, "millisecond") || !strcmp(s, "milli_seconds"))
        return 1000;
    if (!strcmp(s, "microsecond") || !strcmp(s, "micro_seconds"))
        return 1000000;
    if (!strcmp(s, "nanosecond") || !strcmp(s, "nano_seconds") ||
        !strcmp(s, "native") || !strcmp(s, "perf_counter"))
        return 1000000000;
    return 0;
}

/* ns in the unit hz, rounded down as erlang:convert_time_unit does. */
static Term in_unit(__int128 ns, int64_t hz)
{
    __int128 v = ns * hz;
    __int128 q = v / 1000000000;
    if (v % 1000000000 != 0 && v < 0)
        q--;
    return make_int64((int64_t)q);
}

static Term timed(Process *p, clockid_t id, Term unit)
{
    int64_t hz = unit_hz(unit);
    return hz ? in_unit(clock_ns(id), hz) : bif_badarg(p);
}

Term bif_os_system_time_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return in_unit(clock_ns(CLOCK_REALTIME), 1000000000);
}

Term bif_os_system_time_1(Process *p, const Term *args)
{
    return timed(p, CLOCK_REALTIME, args[0]);
}

Term bif_os_perf_counter_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    return in_unit(clock_ns(CLOCK_MONOTONIC), 1000000000);
}

Term bif_os_perf_counter_1(Process *p, const Term *args)
{
    return timed(p, CLOCK_MONOTONIC, args[0]);
}

/* {MegaSecs, Secs, MicroSecs} of the system clock. */
Term bif_os_timestamp_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    int64_t us = (int64_t)(clock_ns(CLOCK_REALTIME) / 1000);
    return make_tuple3(make_small(us / 1000000000000),
                       make_small(us / 1000000 % 1000000),
                       make_small(us % 1000000));
}

/* ---- calendar times --------------------------------------------------- */

static Term date_term(const struct tm *tm)
{
    return make_tuple3(make_small(tm->tm_year + 1900), make_small(tm->tm_mon + 1),
                       make_small(tm->tm_mday));
}

static Term time_term(const struct tm *tm)
{
    return make_tuple3(make_small(tm->tm_hour), make_small(tm->tm_min),
                       make_small(tm->tm_sec));
}

static Term datetime_term(const struct tm *tm)
{
    return make_tuple2(date_term(tm), time_term(tm));
}

static struct tm now_tm(bool local)
{
    time_t t = time(NULL);
    struct tm tm;
    if (local)
        localtime_r(&t, &tm);
    else
        gmtime_r(&t, &tm);
    return tm;
}

Term bif_os_localtime_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    struct tm tm = now_tm(true);
    return datetime_term(&tm);
}

Term bif_os_universaltime_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    struct tm tm = now_tm(false);
    return datetime_term(&tm);
}

Term bif_os_date_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    struct tm tm = now_tm(true);
    return date_term(&tm);
}

Term bif_os_time_0(Process *p, const Term *args)
{
    (void)p;
    (void)args;
    struct tm tm = now_tm(true);
    return time_term(&tm);
}

static bool small_in(Term t, int64_t lo, int64_t hi, int *out)
{
    if (!term_is_small(t) || small_val(t) < lo || small_val(t) > hi)
        return false;
    *out = (int)small_val(t);
    return true;
}

/* A valid {{Y,M,D},{H,Mi,S}} as a struct tm (years 1902 and later are
 * what the BEAM converts; earlier ones are badarg there too). */
static bool datetime_tm(Term dt, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    if (!term_is_tuple(dt) || tuple_arity(dt) != 2)
        return false;
    Term d = tuple_elems(dt)[0], t = tuple_elems(dt)[1];
    if (!term_is_tuple(d) || tuple_arity(d) != 3 || !term_is_tuple(t) ||
        tuple_arity(t) != 3)
        return false;
    int y, mo, da, h, mi, s;
    if (!small_in(tuple_elems(d)[0], 1902, 99999, &y) ||
        !small_in(tuple_elems(d)[1], 1, 12, &mo) ||
        !small_in(tuple_elems(d)[2], 1, 31, &da) ||
        !small_in(tuple_elems(t)[0], 0, 23, &h) ||
        !small_in(tuple_elems(t)[1], 0, 59, &mi) ||
        !small_in(tuple_elems(t)[2], 0, 59, &s))
        return false;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (da > mdays[mo - 1] + (mo == 2 && leap))
        return false;
    tm->tm_year = y - 1900;
    tm->tm_mon = mo - 1;
    tm->tm_mday = da;
    tm->tm_hour = h;
    tm->tm_min = mi;
    tm->tm_sec = s;
    return true;
}

/* erlang:localtime_to_universaltime(DateTime, IsDst). */
Term bif_os_localtime_to_universaltime_2(Process *p, const Term *args)
{
    struct tm tm;
    if (!datetime_tm(args[0], &tm))
        return bif_badarg(p);
    Term dst = args[1];
    if (dst == ATOM_true_)
        tm.tm_isdst = 1;
    else if (dst == ATOM_false_)
        tm.tm_isdst = 0;
    else if (dst == ATOM_undefined)
        tm.tm_isdst = -1;
    else
        return bif_badarg(p);
    time_t t = mktime(&tm);
    struct tm out;
    if (t == (time_t)-1 || !gmtime_r(&t, &out))
        return bif_badarg(p);
    return datetime_term(&out);
}

Term bif_os_localtime_to_universaltime_1(Process *p, const Term *args)
{
    Term a[2] = {args[0], ATOM_undefined};
    return bif_os_localtime_to_universaltime_2(p, a);
}

Term bif_os_universaltime_to_localtime_1(Process *p, const Term *args)
{
    struct tm tm;
    if (!datetime_tm(args[0], &tm))
        return bif_badarg(p);
    time_t t = timegm(&tm);
    struct tm out;
    if (!localtime_r(&t, &out))
        return bif_badarg(p);
    return datetime_term(&out);
}
