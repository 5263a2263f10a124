/* check.h — a tiny unit-test harness: each CHECK prints "ok - name" or "not ok - name (file:line)";
 * tests/run.sh counts the lines. CHECK_SKIP records a test that could not run and why. */
#ifndef DYAD_CHECK_H
#define DYAD_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;

#define CHECK(cond, ...)                                                                     \
    do {                                                                                     \
        int passed_ = (cond) ? 1 : 0; /* the condition is evaluated exactly once */          \
        printf(passed_ ? "ok - " : "not ok - ");                                             \
        if (!passed_)                                                                        \
            check_failures++;                                                                \
        printf(__VA_ARGS__);                                                                 \
        if (!passed_)                                                                        \
            printf(" (%s:%d: %s)", __FILE__, __LINE__, #cond);                               \
        printf("\n");                                                                        \
        fflush(stdout);                                                                      \
    } while (0)

#define CHECK_STR(got, want, ...)                                                            \
    do {                                                                                     \
        const char *g_ = (got), *w_ = (want);                                                \
        int same_ = g_ && w_ && strcmp(g_, w_) == 0;                                         \
        CHECK(same_, __VA_ARGS__);                                                           \
        if (!same_)                                                                          \
            printf("#   got:  '%s'\n#   want: '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    } while (0)

#define CHECK_SKIP(...)                                                                      \
    do {                                                                                     \
        printf("skip - ");                                                                   \
        printf(__VA_ARGS__);                                                                 \
        printf("\n");                                                                        \
    } while (0)

/* The shared reference data folder ($DYAD_SHARED or ../shared/data), or NULL when absent. */
static inline const char *check_shared_dir(void)
{
    const char *env = getenv("DYAD_SHARED");
    static char buf[4096];
    if (env && *env)
        return env;
    FILE *f = fopen("../shared/data/ud-english-ewt/README.md", "r");
    if (!f)
        return NULL;
    fclose(f);
    snprintf(buf, sizeof buf, "../shared/data");
    return buf;
}

#define CHECK_EXIT() return check_failures ? 1 : 0

#endif
