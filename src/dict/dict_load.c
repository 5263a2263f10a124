/* dict_load.c — dyad_dict_load: parses a dictionary spec, reads the files, calls the readers. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef int (*reader_fn)(dyad_dict_src *s, const char *text, size_t len);

int dyad_dict_read_file(const char *path, char **out, size_t *len, dyad_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
                            strerror(errno));
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (dyad_grow(&buf, &cap, n + 65536, 1) != DYAD_OK) {
            fclose(f);
            dyad_free(buf);
            return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        dyad_free(buf);
        return dyad_err_set(err, DYAD_EIO, "%s: read error", path);
    }
    *out = buf;
    *len = n;
    return DYAD_OK;
}

static int load_file(dyad_dict *d, const char *path, reader_fn fn, dyad_dict_diag *diag,
                     dyad_err *err)
{
    char *text = NULL;
    size_t len = 0;
    int rc = dyad_dict_read_file(path, &text, &len, err);
    if (rc != DYAD_OK)
        return rc;
    dyad_dict_src src = {d, path, 0, diag};
    rc = fn(&src, text, len);
    dyad_free(text);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "%s:%ld: %s", path, src.line, dyad_status_name(rc));
    return DYAD_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.dict file in dir, sorted by name, in dyad's own format. */
static int load_own_dir(dyad_dict *d, const char *dir, dyad_dict_diag *diag, dyad_err *err)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return dyad_err_set(err, DYAD_ENOTFOUND, "%s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = DYAD_OK;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 6 || strcmp(de->d_name + l - 5, ".dict") != 0 || de->d_name[0] == '.')
            continue;
        char *copy = dyad_strdup(de->d_name);
        if (!copy || dyad_grow(&names, &cap, n + 1, sizeof *names) != DYAD_OK) {
            dyad_free(copy);
            rc = dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", dir);
            break;
        }
        names[n++] = copy;
    }
    closedir(dp);
    if (rc == DYAD_OK && n)
        if (n > 1) /* qsort must not get a NULL array, even of 0 */
            qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (rc == DYAD_OK) {
            size_t pl = strlen(dir) + strlen(names[i]) + 2;
            char *path = dyad_malloc(pl);
            if (!path) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", dir);
            } else {
                snprintf(path, pl, "%s/%s", dir, names[i]);
                rc = load_file(d, path, dyad_dict_read_own, diag, err);
                dyad_free(path);
            }
        }
        dyad_free(names[i]);
    }
    dyad_free(names);
    return rc;
}

static int load_phoenix(dyad_dict *d, const char *dir, dyad_dict_diag *diag, dyad_err *err)
{
    static const struct {
        const char *file;
        reader_fn fn;
    } set[] = {{"CAMEO.2.0.txt", dyad_dict_read_petr_verbs},
               {"Phoenix.Countries.actors.txt", dyad_dict_read_petr_actors},
               {"Phoenix.International.actors.txt", dyad_dict_read_petr_actors},
               {"Phoenix.MilNonState.actors.txt", dyad_dict_read_petr_actors},
               {"Phoenix.agents.txt", dyad_dict_read_petr_agents},
               {"Phoenix.discards.txt", dyad_dict_read_petr_discards},
               {"Phoenix.IssueCoding.txt", dyad_dict_read_petr_issues}};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(set); i++) {
        char path[4096];
        if (snprintf(path, sizeof path, "%s/%s", dir, set[i].file) >= (int)sizeof path)
            return dyad_err_set(err, DYAD_EINVAL, "dictionary path too long");
        int rc = load_file(d, path, set[i].fn, diag, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

int dyad_dict_load(dyad_dict *d, const char *spec, dyad_dict_diag *diag, dyad_err *err)
{
    static const struct {
        const char *kind;
        reader_fn fn;
    } kinds[] = {{"verbs:", dyad_dict_read_petr_verbs},       {"actors:", dyad_dict_read_petr_actors},
                 {"agents:", dyad_dict_read_petr_agents},     {"discards:", dyad_dict_read_petr_discards},
                 {"issues:", dyad_dict_read_petr_issues},     {"dyad:", dyad_dict_read_own}};
    if (!spec || !*spec)
        return dyad_err_set(err, DYAD_EINVAL, "empty dictionary spec");
    if (d->finished)
        return dyad_err_set(err, DYAD_EINVAL, "dictionary already finished");
    if (strncmp(spec, "phoenix:", 8) == 0)
        return load_phoenix(d, spec + 8, diag, err);
    for (size_t i = 0; i < DYAD_ARRAY_LEN(kinds); i++) {
        size_t l = strlen(kinds[i].kind);
        if (strncmp(spec, kinds[i].kind, l) == 0)
            return load_file(d, spec + l, kinds[i].fn, diag, err);
    }
    struct stat st;
    if (stat(spec, &st) != 0)
        return dyad_err_set(err, DYAD_ENOTFOUND, "%s: %s", spec, strerror(errno));
    if (S_ISDIR(st.st_mode))
        return load_own_dir(d, spec, diag, err);
    return load_file(d, spec, dyad_dict_read_own, diag, err);
}
