/* fuzz_json.c — libFuzzer harness for the JSON parser (src/io/json.c) on its own: any bytes
 * either parse into a tree whose strings and raw spans lie where they should, or fail with
 * DYAD_EFORMAT and an error offset inside the input. */
#include "fuzz_common.h"
#include "io/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Walks the tree, checking every raw span lies inside the input and counts match. */
static void walk(const dyad_json *v, const char *s, size_t n, int depth)
{
    if (depth > DYAD_JSON_MAX_DEPTH + 1)
        abort();
    if (v->raw < s || v->raw + v->raw_len > s + n)
        abort();
    if ((v->type == DYAD_JSON_STRING || v->type == DYAD_JSON_NUMBER) && (!v->str || v->str[v->len] != 0))
        abort();
    size_t count = 0;
    for (const dyad_json *c = v->child; c; c = c->next) {
        if (v->type == DYAD_JSON_OBJECT && !c->key)
            abort();
        walk(c, s, n, depth + 1);
        count++;
    }
    if ((v->type == DYAD_JSON_ARRAY || v->type == DYAD_JSON_OBJECT) && count != v->count)
        abort();
    if (v->type == DYAD_JSON_OBJECT && v->child && dyad_json_get(v, v->child->key) == NULL)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* A heap copy of exactly size bytes, so ASan catches any read past the end. */
    char *s = malloc(size ? size : 1);
    if (!s)
        abort();
    if (size)
        memcpy(s, data, size);
    dyad_arena a;
    dyad_arena_init(&a, 0);
    dyad_json *root = NULL;
    size_t off = 0;
    dyad_err err;
    int rc = dyad_json_parse(&a, s, size, DYAD_JSON_MAX_DEPTH, &root, &off, &err);
    if (rc == DYAD_OK) {
        if (!root)
            abort();
        walk(root, s, size, 0);
        (void)dyad_json_type_name(root->type);
    } else if (rc == DYAD_EFORMAT) {
        if (off > size || err.msg[0] == 0)
            abort();
    }
    dyad_arena_free(&a);
    free(s);
    return 0;
}
