#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdint.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "cspawn.h"

int cspawn_addchdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}

// Everything below that runs in a forked child (the watchdog, the method before exec) calls
// only async-signal-safe functions: segbench is multithreaded, so the child of its fork may
// not allocate, lock or touch Swift.

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
#define CSPAWN_FORK() _Fork()
#else
#define CSPAWN_FORK() fork()
#endif

static int write_full(int fd, const void *buffer, size_t count) {
    const char *p = buffer;
    while (count > 0) {
        ssize_t n = write(fd, p, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        count -= (size_t)n;
    }
    return 0;
}

static ssize_t read_full(int fd, void *buffer, size_t count) {
    char *p = buffer;
    size_t got = 0;
    while (got < count) {
        ssize_t n = read(fd, p + got, count - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

static int is_kept(int fd, const int *keep, int nkeep) {
    for (int i = 0; i < nkeep; i++) if (keep[i] == fd) return 1;
    return 0;
}

/// Closes every descriptor from 3 up except those in `keep`.
static void close_all_except(const int *keep, int nkeep) {
    int highest = 2;
    for (int i = 0; i < nkeep; i++) if (keep[i] > highest) highest = keep[i];
    int from = 3;
#ifdef SYS_close_range
    for (int fd = 3; fd <= highest + 1; fd++) {
        if (fd <= highest && !is_kept(fd, keep, nkeep)) continue;
        if (fd > from) {
            // [from, fd - 1] holds no kept descriptor.
            if (syscall(SYS_close_range, (unsigned)from, (unsigned)(fd - 1), 0) != 0) {
                for (int f = from; f < fd; f++) close(f);
            }
        }
        from = fd + 1;
    }
    if (syscall(SYS_close_range, (unsigned)(highest + 1), ~0U, 0) == 0) return;
    from = highest + 1;
#else
    for (int fd = 3; fd <= highest; fd++) if (!is_kept(fd, keep, nkeep)) close(fd);
    from = highest + 1;
#endif
    for (int fd = from; fd < 65536; fd++) close(fd);
}

static void set_all_signals(void (*disposition)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = disposition;
    for (int s = 1; s < NSIG; s++) {
        if (s == SIGKILL || s == SIGSTOP) continue;
        sigaction(s, &action, NULL);
    }
}

static void stdio_to_null(const int *keep, int nkeep) {
    int null = open("/dev/null", O_RDWR);
    if (null < 0) return;
    for (int fd = 0; fd < 3; fd++) if (fd != null && !is_kept(fd, keep, nkeep)) dup2(null, fd);
    if (null > 2) close(null);
}

// MARK: The log: head, a line saying what was dropped, tail.

static char chunk[65536];

typedef struct {
    int fd;
    long long head, tail;
    long long written;   // bytes in the file
    long long dropped;   // bytes dropped so far
    int cut;             // the marker line is in the file
} bounded_log;

#define MARKER_LENGTH 160

static void format_marker(char *out, long long dropped, long long head, long long tail) {
    // "\n[segbench: <20-digit count> bytes of the method's output dropped here; kept: the first H and the last T bytes]\n",
    // padded to a fixed length so that rewriting it never moves the tail.
    char digits[24];
    int n = 0;
    unsigned long long v = (unsigned long long)dropped;
    do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v > 0 && n < 20);
    char number[24];
    int k = 0;
    while (n > 0) number[k++] = digits[--n];
    number[k] = 0;
    const char *parts[] = {"\n[segbench: ", number, " bytes of the method's output dropped here; the log keeps its first ", NULL, " and last ", NULL,
                           " bytes]"};
    char headText[24], tailText[24];
    for (int which = 0; which < 2; which++) {
        unsigned long long w = (unsigned long long)(which == 0 ? head : tail);
        char d[24];
        int m = 0;
        do { d[m++] = (char)('0' + w % 10); w /= 10; } while (w > 0 && m < 20);
        char *t = which == 0 ? headText : tailText;
        int j = 0;
        while (m > 0) t[j++] = d[--m];
        t[j] = 0;
    }
    parts[3] = headText;
    parts[5] = tailText;
    int at = 0;
    for (int i = 0; i < 7; i++) for (const char *p = parts[i]; *p && at < MARKER_LENGTH - 1; p++) out[at++] = *p;
    while (at < MARKER_LENGTH - 1) out[at++] = ' ';
    out[MARKER_LENGTH - 1] = '\n';
}

/// Keeps the head, the marker and exactly the last `tail` bytes written.
static void compact(bounded_log *log) {
    long long keepFrom = log->written - log->tail;
    long long to = log->head + MARKER_LENGTH;
    if (keepFrom <= to) return;
    // Before the first cut the marker's place holds output too.
    log->dropped += keepFrom - (log->cut ? to : log->head);
    char marker[MARKER_LENGTH];
    format_marker(marker, log->dropped, log->head, log->tail);
    long long from = keepFrom;
    // Forward copy: the destination lies before the source.
    while (from < log->written) {
        long long want = log->written - from;
        if (want > (long long)sizeof chunk) want = sizeof chunk;
        ssize_t n = pread(log->fd, chunk, (size_t)want, from);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        if (pwrite(log->fd, chunk, (size_t)n, to) != n) break;
        from += n;
        to += n;
    }
    pwrite(log->fd, marker, MARKER_LENGTH, log->head);
    log->written = to;
    ftruncate(log->fd, log->written);
    log->cut = 1;
}

static void log_append(bounded_log *log, const char *data, ssize_t count) {
    if (pwrite(log->fd, data, (size_t)count, log->written) == count) log->written += count;
    // Compact once the part after the head holds twice the tail: the file stays bounded while
    // a tail -f still sees the output as it comes.
    if (log->written > log->head + MARKER_LENGTH + 2 * log->tail) compact(log);
}

static void log_finish(bounded_log *log) {
    if (log->written > log->head + MARKER_LENGTH + log->tail) compact(log);
}

/// Reads what is available; returns 0 at end of file.
static int drain(int fd, bounded_log *log) {
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n > 0) { log_append(log, chunk, n); continue; }
        if (n == 0) return 0;
        if (errno == EINTR) continue;
        return errno == EAGAIN ? 1 : 0;
    }
}

// MARK: The watchdog

static char children[8192];

/// Kills every child of this process (the method's orphans, reparented here), reaps what has
/// died; returns 1 once no child is left.
static int kill_children(void) {
    int status;
    while (waitpid(-1, &status, WNOHANG) > 0) {}
    if (waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD) return 1;
    int fd = open("/proc/thread-self/children", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t n = read_full(fd, children, sizeof children - 1);
        close(fd);
        long pid = 0;
        for (ssize_t i = 0; i <= n; i++) {
            char c = i < n ? children[i] : ' ';
            if (c >= '0' && c <= '9') { pid = pid * 10 + (c - '0'); continue; }
            if (pid > 0) kill((pid_t)pid, SIGKILL);
            pid = 0;
        }
    }
    return 0;
}

__attribute__((noreturn))
static void method_child(const char *path, char *const argv[], char *const envp[], const char *directory, int out, int failure,
                         pid_t watchdog) {
    // Killed if the watchdog dies (it should not; then segbench kills the group).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != watchdog) _exit(127);
    setpgid(0, 0);
    set_all_signals(SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0 && null != 0) { dup2(null, 0); close(null); }
    if (out != 1) dup2(out, 1);
    if (out != 2) dup2(out, 2);
    if (out > 2) close(out);
    int keep[] = {failure};
    close_all_except(keep, 1);
    if (chdir(directory) != 0) {
        int e = errno;
        write_full(failure, &e, sizeof e);
        _exit(127);
    }
    execve(path, argv, envp);
    int e = errno;
    write_full(failure, &e, sizeof e);
    _exit(127);
}

__attribute__((noreturn))
static void watchdog(const char *path, char *const argv[], char *const envp[], const char *directory, int log_fd, long long head,
                     long long tail, const int *keep, int nkeep, int lifeline, int report) {
    // Only SIGKILL ends the watchdog: it must outlive segbench long enough to clean up.
    set_all_signals(SIG_IGN);
    signal(SIGCHLD, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    int kept[64];
    int nkept = 0;
    kept[nkept++] = lifeline;
    kept[nkept++] = report;
    kept[nkept++] = log_fd;
    for (int i = 0; i < nkeep && nkept < 64; i++) kept[nkept++] = keep[i];
    close_all_except(kept, nkept);
    stdio_to_null(kept, nkept);
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    int32_t hello[2] = {0, 0};
    int out[2], failure[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(failure, O_CLOEXEC) != 0) {
        hello[0] = -errno;
        write_full(report, hello, sizeof hello);
        _exit(0);
    }
    pid_t self = getpid();
    pid_t method = CSPAWN_FORK();
    if (method == 0) {
        close(lifeline);
        close(report);
        close(log_fd);
        close(out[0]);
        close(failure[0]);
        method_child(path, argv, envp, directory, out[1], failure[1], self);
    }
    if (method < 0) {
        hello[0] = -errno;
        write_full(report, hello, sizeof hello);
        _exit(0);
    }
    setpgid(method, method);
    close(out[1]);
    close(failure[1]);
    int execError = 0;
    if (read_full(failure[0], &execError, sizeof execError) == sizeof execError && execError != 0) {
        int status;
        while (waitpid(method, &status, 0) < 0 && errno == EINTR) {}
        hello[0] = method;
        hello[1] = execError;
        write_full(report, hello, sizeof hello);
        _exit(0);
    }
    close(failure[0]);
    hello[0] = method;
    write_full(report, hello, sizeof hello);

    bounded_log log = {log_fd, head, tail, 0, 0, 0};
    int pidfd = -1;
#ifdef SYS_pidfd_open
    pidfd = (int)syscall(SYS_pidfd_open, method, 0);
#endif
    int output = out[0];
    fcntl(output, F_SETFL, O_NONBLOCK);
    int lifelineOpen = 1;
    for (;;) {
        struct pollfd fds[3];
        int n = 0;
        int lifelineAt = -1, outputAt = -1;
        if (lifelineOpen) { fds[n] = (struct pollfd){lifeline, POLLIN, 0}; lifelineAt = n++; }
        if (output >= 0) { fds[n] = (struct pollfd){output, POLLIN, 0}; outputAt = n++; }
        if (pidfd >= 0) { fds[n] = (struct pollfd){pidfd, POLLIN, 0}; n++; }
        int ready = poll(fds, (nfds_t)n, pidfd >= 0 ? -1 : 20);
        if (ready < 0 && errno != EINTR) poll(NULL, 0, 20);
        if (outputAt >= 0 && (fds[outputAt].revents & (POLLIN | POLLHUP | POLLERR))) {
            if (drain(output, &log) == 0) { close(output); output = -1; }
        }
        if (lifelineAt >= 0 && (fds[lifelineAt].revents & (POLLIN | POLLHUP | POLLERR))) {
            // segbench is gone, or asks to stop: nothing the method does from now on counts.
            kill(-method, SIGKILL);
            lifelineOpen = 0;
        }
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_PID, (id_t)method, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == method) break;
    }
    // The method's main process has ended; it is not reaped yet, so its group id cannot be
    // reused while the rest of the group is killed.
    kill(-method, SIGKILL);
    int status = 0;
    while (waitpid(method, &status, 0) < 0 && errno == EINTR) {}
    // Everything else it started, in its group or not: all of it is this process's
    // descendants. Killed until none is left (bounded: a process stuck in the kernel).
    for (int attempt = 0; attempt < 6000 && !kill_children(); attempt++) poll(NULL, 0, 5);
    // Every writer is gone: what is left in the pipe is the end of the output.
    if (output >= 0) {
        fcntl(output, F_SETFL, 0);
        drain(output, &log);
        close(output);
    }
    log_finish(&log);
    int32_t final = status;
    write_full(report, &final, sizeof final);
    _exit(0);
}

int cspawn_start(const char *path, char *const argv[], char *const envp[], const char *directory, int log_fd,
                 long long head, long long tail, const int *keep, int nkeep, cspawn_call *call) {
    int lifeline[2], report[2];
    if (pipe2(lifeline, O_CLOEXEC) != 0) return errno;
    if (pipe2(report, O_CLOEXEC) != 0) {
        int e = errno;
        close(lifeline[0]);
        close(lifeline[1]);
        return e;
    }
    pid_t w = CSPAWN_FORK();
    if (w == 0) {
        close(lifeline[1]);
        close(report[0]);
        watchdog(path, argv, envp, directory, log_fd, head, tail, keep, nkeep, lifeline[0], report[1]);
    }
    int forkError = errno;
    close(lifeline[0]);
    close(report[1]);
    if (w < 0) {
        close(lifeline[1]);
        close(report[0]);
        return forkError;
    }
    int32_t hello[2] = {0, 0};
    ssize_t got = read_full(report[0], hello, sizeof hello);
    int error = 0;
    if (got != sizeof hello) error = ECHILD;
    else if (hello[0] < 0) error = -hello[0];
    else if (hello[1] != 0) error = hello[1];
    if (error != 0) {
        int status;
        close(lifeline[1]);
        close(report[0]);
        while (waitpid(w, &status, 0) < 0 && errno == EINTR) {}
        return error;
    }
    call->watchdog = w;
    call->group = hello[0];
    call->lifeline = lifeline[1];
    call->report = report[0];
    return 0;
}

int cspawn_wait(cspawn_call *call, int timeout_ms, int *status) {
    struct pollfd p = {call->report, POLLIN, 0};
    int ready = poll(&p, 1, timeout_ms);
    if (ready == 0 || (ready < 0 && errno == EINTR)) return 0;
    int32_t reported = 0;
    ssize_t got = read_full(call->report, &reported, sizeof reported);
    int own = 0;
    while (waitpid(call->watchdog, &own, 0) < 0 && errno == EINTR) {}
    close(call->report);
    call->report = -1;
    if (call->lifeline >= 0) close(call->lifeline);
    call->lifeline = -1;
    if (got == sizeof reported) {
        *status = reported;
        return 1;
    }
    *status = own;
    return -1;
}

void cspawn_stop(cspawn_call *call) {
    if (call->lifeline >= 0) close(call->lifeline);
    call->lifeline = -1;
}
