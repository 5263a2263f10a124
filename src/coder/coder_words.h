/* coder_words.h — a fixed list of words looked up case-blind by one hash probe
 * (dyad_coder_in_words) instead of one comparison per word (dyad_coder_is_any): for the lists
 * the coder tests nearly every word against. Same answers as dyad_coder_is_any. */
#ifndef DYAD_CODER_WORDS_H
#define DYAD_CODER_WORDS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/common.h"

typedef struct dyad_coder_words {
    const char *const *list; /* the words, compared as dyad_coder_is compares */
    size_t n;
    _Atomic(const uint64_t *) table; /* the hash table, built at the first look-up */
} dyad_coder_words;

/* The set of a static array of words:
 *     static dyad_coder_words people = DYAD_CODER_WORDS(person_nouns); */
#define DYAD_CODER_WORDS(array) {(array), sizeof(array) / sizeof *(array), NULL}

/* dyad_coder_is_any(w, set->list, set->n); false for NULL. Safe from any thread. */
DYAD_INTERNAL bool dyad_coder_in_words(const char *w, dyad_coder_words *set);

#endif
