/* bif_sys.c - the primitives behind lib/erlang.lfe's memory/0,
 * statistics/1 and display_string/1 (module elfe_sys): the GC heap size,
 * process CPU time and wall-clock time as OTP's {Total, SinceLastCall}
 * pairs in milliseconds, and an unbuffered write to standard error.
 */
#include "bif.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "atom.h"
#include "binary.h"
#include "gc.h"

#include "bifs.def"

static _Atomic int64_t last_runtime_ms, last_wall_ms;

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The clock's value when the first call asked (elfe's start, near enough:
 * the boot calls nothing here, so it is the first statistics call). */
static int64_t wall_start(void)
{
    static _Atomic int64_t start;
    int64_t s = atomic_load(&start);
    if (s == 0) {
        int64_t expected = 0, now = wall_ms();
        if (!atomic_compare_exchange_strong(&start, &expected, now))
            return expected;
        return now;
    }
    return s;
}

static Term total_and_diff(int64_t total, _Atomic int64_t *last)
{
    int64_t before = atomic_exchange(last, total);
    Term t = make_tuple(2);
    tuple_elems(t)[0] = make_int64(total);
    tuple_elems(t)[1] = make_int64(total - before);
    return t;
}

Term bif_sys_heap_bytes_0(Process *p, const Term *args)
{
    (void)p, (void)args;
    return make_uint64(gc_heap_size());
}

Term bif_sys_runtime_0(Process *p, const Term *args)
{
    (void)p, (void)args;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    int64_t ms = (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 +
                 (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
    return total_and_diff(ms, &last_runtime_ms);
}

Term bif_sys_wall_clock_0(Process *p, const Term *args)
{
    (void)p, (void)args;
    int64_t start = wall_start();
    return total_and_diff(wall_ms() - start, &last_wall_ms);
}

Term bif_sys_stderr_write_1(Process *p, const Term *args)
{
    if (!term_is_binary(args[0]) || !binary_is_aligned(args[0]))
        return bif_badarg(p);
    const uint8_t *d = binary_bytes(args[0]);
    size_t n = binary_byte_size(args[0]);
    while (n > 0) {
        ssize_t w = write(2, d, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        d += w;
        n -= (size_t)w;
    }
    return ATOM_ok;
}
