#ifndef CSPAWN_H
#define CSPAWN_H
#include <spawn.h>

/// glibc's posix_spawn_file_actions_addchdir_np (2.29+), which Swift's Glibc module does not
/// export: the child changes to `path` before it executes.
int cspawn_addchdir(posix_spawn_file_actions_t *actions, const char *path);

#endif
