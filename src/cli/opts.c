/* opts.c — table-driven option parsing shared by all subcommands. */
#include "cli/opts.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Help is wrapped to this many columns. */
#define HELP_WIDTH 80

/* Columns a UTF-8 string of n bytes takes (one per character). */
static int width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Writes the words of s[0..n) from column *col, wrapped at HELP_WIDTH: continuation lines start
 * with `indent` spaces. *first is true before the first word of a line of output; a paragraph
 * written in several calls goes on where the last call stopped. */
static void put_words(FILE *f, const char *s, size_t n, int *col, int indent, bool *first)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        int w = width(s + i, j - i);
        if (!*first && *col + 1 + w > HELP_WIDTH) {
            fprintf(f, "\n%*s", indent, "");
            *col = indent;
        } else if (!*first) {
            fputc(' ', f);
            (*col)++;
        }
        fwrite(s + i, 1, j - i, f);
        *col += w;
        *first = false;
        i = j;
    }
}

/* Writes s[0..n) (one line) word by word from column col, wrapped at HELP_WIDTH; continuation
 * lines start with `indent` spaces. Ends with a newline. */
static void put_wrapped(FILE *f, const char *s, size_t n, int col, int indent)
{
    bool first = true;
    put_words(f, s, n, &col, indent, &first);
    fputc('\n', f);
}

/* Whether the source line `next` (n bytes) goes on the paragraph that the line `prev` (m bytes)
 * belongs to: help text is written with line breaks inside sentences, which the output
 * reflows, while a sentence that begins a line ("Exit status: ...", "--frames adds ...") after
 * one that ended, a blank line or an indented line starts a line of its own. */
static bool continues(const char *prev, size_t m, const char *next, size_t n)
{
    if (m == 0 || n == 0 || prev[0] == ' ' || next[0] == ' ')
        return false;
    char last = prev[m - 1], lead = next[0];
    bool ended = last == '.' || last == ':' || last == ')';
    bool starts = (lead >= 'A' && lead <= 'Z') || lead == '-' || lead == '`' || lead == '$';
    return !(ended && starts);
}

/* Writes a block of lines: a line with leading spaces keeps them and is wrapped alone (its
 * continuation lines indented two more); other lines are joined into paragraphs as
 * continues() says and reflowed. */
static void put_block(FILE *f, const char *text)
{
    const char *prev = NULL;
    size_t prev_n = 0;
    int col = 0;
    bool first = true;
    for (const char *p = text; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        size_t lead = strspn(p, " ");
        if (lead > n)
            lead = n;
        if (prev && continues(prev, prev_n, p, n)) {
            put_words(f, p, n, &col, 0, &first);
        } else {
            if (prev)
                fputc('\n', f);
            fprintf(f, "%*s", (int)lead, "");
            col = (int)lead;
            first = true;
            put_words(f, p + lead, n - lead, &col, lead ? (int)lead + 2 : 0, &first);
        }
        prev = p;
        prev_n = n;
        p += n + (e ? 1 : 0);
    }
    if (prev)
        fputc('\n', f);
}

void dyad_opts_usage(const dyad_opt *opts, const dyad_cmd_usage *usage, FILE *f)
{
    int col = fprintf(f, "usage: dyad %s ", usage->name);
    put_wrapped(f, usage->synopsis, strlen(usage->synopsis), col, col);
    fputc('\n', f);
    if (usage->about) {
        put_block(f, usage->about);
        fputc('\n', f);
    }
    fprintf(f, "options:\n");
    for (const dyad_opt *o = opts; o->name; o++) {
        if (!o->help)
            continue; /* an alias (another short name of an option listed above) */
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
                     o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        fprintf(f, "  %-28s ", left);
        int lw = width(left, strlen(left));
        put_wrapped(f, o->help, strlen(o->help), 2 + (lw > 28 ? lw : 28) + 1, 31);
    }
    fprintf(f, "  %-28s %s\n", "-h, --help", "show this help and exit");
    if (usage->examples) {
        fprintf(f, "\nexamples:\n");
        put_block(f, usage->examples);
    }
}

static const dyad_opt *find_long(const dyad_opt *opts, const char *name, size_t n)
{
    for (const dyad_opt *o = opts; o->name; o++)
        if (strlen(o->name) == n && memcmp(o->name, name, n) == 0)
            return o;
    return NULL;
}

static const dyad_opt *find_short(const dyad_opt *opts, char c)
{
    for (const dyad_opt *o = opts; o->name; o++)
        if (o->short_name == c)
            return o;
    return NULL;
}

static int set_value(const dyad_opt *o, const char *val, const char *cmd)
{
    char *end;
    switch (o->kind) {
    case DYAD_OPT_FLAG:
        *(int *)o->field = 1;
        return 0;
    case DYAD_OPT_STR:
        *(const char **)o->field = val;
        return 0;
    case DYAD_OPT_INT:
        errno = 0;
        *(long *)o->field = strtol(val, &end, 10);
        if (errno || end == val || *end) {
            fprintf(stderr, "dyad %s: --%s expects an integer, got '%s'\n", cmd, o->name, val);
            return 2;
        }
        return 0;
    case DYAD_OPT_DOUBLE:
        errno = 0;
        *(double *)o->field = strtod(val, &end);
        if (errno || end == val || *end) {
            fprintf(stderr, "dyad %s: --%s expects a number, got '%s'\n", cmd, o->name, val);
            return 2;
        }
        return 0;
    case DYAD_OPT_LIST: {
        dyad_optlist *l = o->field;
        if (l->n == (int)(sizeof l->items / sizeof l->items[0])) {
            fprintf(stderr, "dyad %s: too many --%s options\n", cmd, o->name);
            return 2;
        }
        l->items[l->n++] = val;
        return 0;
    }
    }
    return 2;
}

int dyad_opts_parse(const dyad_opt *opts, const dyad_cmd_usage *usage, int argc, char **argv,
                    int *npos)
{
    int np = 0;
    bool only_pos = false;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (only_pos || a[0] != '-' || strcmp(a, "-") == 0) {
            argv[1 + np++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_pos = true;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            dyad_opts_usage(opts, usage, stdout);
            return 1;
        }
        const dyad_opt *o;
        const char *val = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t n = eq ? (size_t)(eq - (a + 2)) : strlen(a + 2);
            o = find_long(opts, a + 2, n);
            if (eq)
                val = eq + 1;
        } else {
            /* getopt's ways: "-j4" and "-o/path" carry their value, "-qv" groups flags */
            o = find_short(opts, a[1]);
            while (o && o->kind == DYAD_OPT_FLAG && a[2] != '\0') {
                int rc = set_value(o, NULL, usage->name);
                if (rc)
                    return rc;
                a++;
                o = find_short(opts, a[1]);
            }
            if (o && o->kind != DYAD_OPT_FLAG && a[2] != '\0')
                val = a + 2;
        }
        if (!o) {
            fprintf(stderr, "dyad %s: unknown option '%s' (see dyad %s --help)\n", usage->name,
                    argv[i], usage->name);
            return 2;
        }
        if (o->kind == DYAD_OPT_FLAG) {
            if (val) {
                fprintf(stderr, "dyad %s: --%s takes no value\n", usage->name, o->name);
                return 2;
            }
        } else if (!val) {
            if (i + 1 >= argc) {
                fprintf(stderr, "dyad %s: --%s needs a value (%s)\n", usage->name, o->name,
                        o->arg ? o->arg : "VALUE");
                return 2;
            }
            val = argv[++i];
        }
        int rc = set_value(o, val, usage->name);
        if (rc)
            return rc;
    }
    *npos = np;
    return 0;
}
