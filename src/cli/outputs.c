/* outputs.c — same-file checks between the inputs and outputs of a subcommand (outputs.h). */
#include "cli/outputs.h"
#include "cli/commands.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What a path names: a file that exists (device and inode), or a file to be created (the
 * resolved folder plus the last component). */
typedef struct file_id {
    bool exists, special;
    dev_t dev;
    ino_t ino;
    char where[PATH_MAX + 256];
} file_id;

static void identify(const char *path, file_id *id)
{
    struct stat sb;
    memset(id, 0, sizeof *id);
    if (strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, &sb) == 0 : stat(path, &sb) == 0) {
        /* a device, pipe or folder is never "the same file": /dev/null may be in and out */
        id->special = !S_ISREG(sb.st_mode);
        id->exists = true;
        id->dev = sb.st_dev;
        id->ino = sb.st_ino;
        return;
    }
    /* not there yet: the resolved folder plus the name, so that "./a" and "a" agree */
    const char *slash = strrchr(path, '/');
    char dir[PATH_MAX], real[PATH_MAX];
    if (!slash) {
        strcpy(dir, ".");
    } else if (slash == path) {
        strcpy(dir, "/");
    } else {
        size_t n = (size_t)(slash - path);
        if (n >= sizeof dir)
            n = sizeof dir - 1;
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    if (realpath(dir, real))
        snprintf(id->where, sizeof id->where, "%s/%s", real, slash ? slash + 1 : path);
    else
        snprintf(id->where, sizeof id->where, "%s", path);
}

static bool same_file(const file_id *a, const file_id *b)
{
    if (a->exists != b->exists || a->special || b->special)
        return false;
    return a->exists ? a->dev == b->dev && a->ino == b->ino : strcmp(a->where, b->where) == 0;
}

int dyad_check_outputs(const char *cmd, const char *const *inputs, int ninputs,
                       const dyad_outpath *outs, int nouts, int stdout_is_output)
{
    file_id o, other;
    for (int i = 0; i <= nouts; i++) {
        const char *opt, *path;
        if (i < nouts) {
            opt = outs[i].opt;
            path = outs[i].path;
            if (!path || strcmp(path, "-") == 0)
                continue;
            identify(path, &o);
        } else {
            struct stat sb; /* standard output, when it is a file of its own */
            if (!stdout_is_output || fstat(STDOUT_FILENO, &sb) != 0 || !S_ISREG(sb.st_mode))
                continue;
            opt = "standard output";
            path = "";
            memset(&o, 0, sizeof o);
            o.exists = true;
            o.dev = sb.st_dev;
            o.ino = sb.st_ino;
        }
        for (int j = 0; j < ninputs; j++) {
            identify(inputs[j], &other);
            if (same_file(&o, &other)) {
                fprintf(stderr, "dyad %s: %s%s%s is also the input %s; refusing to overwrite it\n",
                        cmd, opt, *path ? " " : "", path,
                        strcmp(inputs[j], "-") == 0 ? "(standard input)" : inputs[j]);
                return DYAD_EXIT_USAGE;
            }
        }
        for (int j = 0; j < i && j < nouts; j++) {
            if (!outs[j].path || strcmp(outs[j].path, "-") == 0)
                continue;
            identify(outs[j].path, &other);
            if (same_file(&o, &other)) {
                fprintf(stderr, "dyad %s: %s%s%s is also %s %s; give each output its own file\n",
                        cmd, opt, *path ? " " : "", path, outs[j].opt, outs[j].path);
                return DYAD_EXIT_USAGE;
            }
        }
    }
    return 0;
}
