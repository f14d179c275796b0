/* benchrun.c - run one command and report its wall time, CPU time and peak
 * memory, for the benchmark runner (tests/bench/run).
 *
 * usage: benchrun [-t SECONDS] [-r REPORT] [--] COMMAND [ARG]...
 *
 * The command inherits standard input, output and error, so its result
 * line reaches whoever reads benchrun's output.  When it has finished,
 * benchrun writes one line to REPORT (default: standard error):
 *
 *   wall=1.234567 user=1.100000 sys=0.050000 maxrss=12345 status=exit:0
 *
 * Times are seconds, maxrss is the peak resident set in KiB (from wait4(),
 * so GNU time is not needed), status is exit:N, signal:N or timeout.
 * The command runs in its own process group; after -t SECONDS (0 = never)
 * the whole group is killed and the status is "timeout".  SIGINT and
 * SIGTERM sent to benchrun are passed on to the group.  Exit status: the
 * command's exit status, 128+N after signal N, 124 after a timeout, 125
 * on a usage error, 127 when the command cannot be started.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    if (child_pid > 0)
        kill(-child_pid, SIGKILL);
}

static void on_stop_request(int sig)
{
    if (child_pid > 0)
        kill(-child_pid, sig);
}

static double seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int usage(void)
{
    fprintf(stderr, "usage: benchrun [-t SECONDS] [-r REPORT] [--] COMMAND [ARG]...\n");
    return 125;
}

static void install(int sig, void (*handler)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

int main(int argc, char **argv)
{
    double limit = 0;
    const char *report = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) {
            char *end;
            limit = strtod(argv[++i], &end);
            if (*end != '\0' || limit < 0)
                return usage();
        } else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc) {
            report = argv[++i];
        } else {
            return usage();
        }
    }
    if (i >= argc)
        return usage();

    /* A pipe closed on exec tells the parent whether exec worked. */
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        perror("benchrun: pipe");
        return 127;
    }
    install(SIGINT, on_stop_request);
    install(SIGTERM, on_stop_request);
    install(SIGALRM, on_alarm);

    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("benchrun: fork");
        return 127;
    }
    if (pid == 0) {
        setpgid(0, 0);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        close(fds[0]);
        execvp(argv[i], argv + i);
        int e = errno;
        if (write(fds[1], &e, sizeof e) < 0) {
            /* nothing more to do */
        }
        _exit(127);
    }
    setpgid(pid, pid); /* also here, so the group exists before any kill */
    child_pid = pid;
    close(fds[1]);

    if (limit > 0) {
        struct itimerval it;
        memset(&it, 0, sizeof it);
        it.it_value.tv_sec = (time_t)limit;
        it.it_value.tv_usec = (suseconds_t)((limit - (double)(time_t)limit) * 1e6);
        if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
            it.it_value.tv_usec = 1;
        setitimer(ITIMER_REAL, &it, NULL);
    }

    int status = 0;
    struct rusage ru;
    pid_t got;
    do {
        got = wait4(pid, &status, 0, &ru);
    } while (got < 0 && errno == EINTR);
    double wall = now() - start;
    child_pid = 0;
    if (got < 0) {
        perror("benchrun: wait4");
        return 127;
    }

    int exec_errno = 0;
    ssize_t n;
    do {
        n = read(fds[0], &exec_errno, sizeof exec_errno);
    } while (n < 0 && errno == EINTR);
    close(fds[0]);
    if (n == (ssize_t)sizeof exec_errno) {
        fprintf(stderr, "benchrun: cannot run %s: %s\n", argv[i], strerror(exec_errno));
        return 127;
    }

    char st[32];
    int rc;
    if (timed_out) {
        snprintf(st, sizeof st, "timeout");
        rc = 124;
    } else if (WIFSIGNALED(status)) {
        snprintf(st, sizeof st, "signal:%d", WTERMSIG(status));
        rc = 128 + WTERMSIG(status);
    } else {
        snprintf(st, sizeof st, "exit:%d", WEXITSTATUS(status));
        rc = WEXITSTATUS(status);
    }

    FILE *out = stderr;
    if (report != NULL && (out = fopen(report, "w")) == NULL) {
        perror(report);
        return 125;
    }
    fprintf(out, "wall=%.6f user=%.6f sys=%.6f maxrss=%ld status=%s\n", wall,
            seconds(ru.ru_utime), seconds(ru.ru_stime), ru.ru_maxrss, st);
    if (out != stderr)
        fclose(out);
    return rc;
}
