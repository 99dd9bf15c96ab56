#ifndef CSPAWN_H
#define CSPAWN_H
#include <spawn.h>
#include <sys/types.h>

/// glibc's posix_spawn_file_actions_addchdir_np (2.29+), which Swift's Glibc module does not
/// export: the child changes to `path` before it executes.
int cspawn_addchdir(posix_spawn_file_actions_t *actions, const char *path);

/// One supervised call of a method. segbench's direct child is a watchdog (a fork that never
/// executes anything); the method is the watchdog's child, the leader of a process group of its
/// own. The watchdog:
/// - kills the whole group, and every other process the method started (it is their
///   subreaper, so a process that left the group with setsid is still its descendant), as soon
///   as the method's main process exits, or segbench dies (by any signal, SIGKILL included: the
///   lifeline pipe, whose only write end segbench holds, reads end-of-file), or segbench closes
///   the lifeline (a time limit);
/// - reports the method's wait status only once all of them are gone, so what the method wrote
///   is complete when segbench reads it;
/// - copies the method's standard output and error into the log, keeping the first `head` and
///   the last `tail` bytes, with one line saying how many bytes were dropped between them.
typedef struct {
    pid_t watchdog;
    /// The method's pid, which is its process group's id.
    pid_t group;
    /// Write end of the lifeline: closing it stops the method.
    int lifeline;
    /// Read end of the report: the method's wait status once its processes are gone.
    int report;
} cspawn_call;

/// Starts `path` (a path, not searched in PATH) with `argv` and `envp` in `directory`, its
/// output into `log_fd` (opened for reading and writing, empty). `keep` (`nkeep` fds) stay open
/// in the watchdog until the method's processes are all gone (the run's lock). Returns 0, or an
/// errno value: the program could not be started (nothing is left running then).
int cspawn_start(const char *path, char *const argv[], char *const envp[], const char *directory, int log_fd,
                 long long head, long long tail, const int *keep, int nkeep, cspawn_call *call);

/// Waits up to `timeout_ms` (-1: no limit) for the report. Returns 1 with the method's wait
/// status in `*status`; 0 on timeout (call again); -1 when the watchdog died without reporting
/// (`*status` is the watchdog's own wait status; the caller kills the group). After 1 or -1 the
/// call's descriptors are closed.
int cspawn_wait(cspawn_call *call, int timeout_ms, int *status);

/// Closes the lifeline: the watchdog kills the method's processes and then reports.
void cspawn_stop(cspawn_call *call);

#endif
