/* doc.h — the document, sentence and token records that flow from reader to coder.
 *
 * A reader fills a dyad_doc (id, date, source, text). The tokenizer splits doc->text into
 * sentences of tokens whose offsets point into doc->text. The NLP stage fills upos, xpos,
 * lemma, head and deprel. Everything hanging off a document lives in doc->arena and is freed
 * by dyad_doc_reset/dyad_doc_free at once. */
#ifndef DYAD_DOC_H
#define DYAD_DOC_H

#include "base/arena.h"
#include "base/common.h"

/* Universal POS tags, in the order of the UD v2 documentation. */
typedef enum {
    DYAD_UPOS_NONE = 0,
    DYAD_UPOS_ADJ, DYAD_UPOS_ADP, DYAD_UPOS_ADV, DYAD_UPOS_AUX, DYAD_UPOS_CCONJ,
    DYAD_UPOS_DET, DYAD_UPOS_INTJ, DYAD_UPOS_NOUN, DYAD_UPOS_NUM, DYAD_UPOS_PART,
    DYAD_UPOS_PRON, DYAD_UPOS_PROPN, DYAD_UPOS_PUNCT, DYAD_UPOS_SCONJ, DYAD_UPOS_SYM,
    DYAD_UPOS_VERB, DYAD_UPOS_X,
    DYAD_UPOS_COUNT
} dyad_upos;

/* "ADJ", ... for a tag; "_" for DYAD_UPOS_NONE. */
DYAD_INTERNAL const char *dyad_upos_name(int upos);
/* The tag for a name, or DYAD_UPOS_NONE when unknown. */
DYAD_INTERNAL int dyad_upos_parse(const char *s, size_t n);

/* One syntactic word. Strings are NUL-terminated and borrowed: form and lemma live in the
 * document arena (or in immutable model memory); xpos, deprel and feats likewise. */
typedef struct dyad_token {
    const char *form;
    const char *lemma;  /* NULL until lemmatized */
    const char *xpos;   /* NULL until tagged */
    const char *feats;  /* NULL or "_" when none */
    const char *deprel; /* NULL until parsed; "root" for the root */
    uint32_t start;     /* byte offset of the word in doc->text (for MWT parts: the whole token) */
    uint32_t end;       /* one past its last byte */
    int32_t head;       /* 1-based index of the head in the sentence; 0 = root; -1 unset */
    uint8_t upos;       /* dyad_upos */
    uint8_t space_after;/* 1 when whitespace follows in the text */
} dyad_token;

/* A multiword token: surface form covering words first..last (1-based, inclusive),
 * as CoNLL-U "19-20 don't". */
typedef struct dyad_mwt {
    int32_t first, last;
    const char *form;
} dyad_mwt;

typedef struct dyad_sentence {
    dyad_token *tok;    /* n words (arena) */
    int32_t n;
    dyad_mwt *mwt;      /* nmwt multiword tokens, ascending (arena) */
    int32_t nmwt;
    uint32_t start, end;/* byte range of the sentence in doc->text */
    const char *sent_id;/* from CoNLL-U input, else NULL */
    const char *text;   /* the sentence text (arena copy), NUL-terminated */
} dyad_sentence;

/* An expected event of a PETRARCH validation record (petrxml input only). */
typedef struct dyad_expected {
    const char *source, *target, *code;
} dyad_expected;

typedef struct dyad_doc {
    const char *id;       /* record id ("" when the input had none: then readers make one) */
    const char *date;     /* "YYYY-MM-DD" or "" */
    const char *source;   /* news outlet, "" when unknown */
    const char *text;     /* the article text, NUL-terminated */
    size_t text_len;
    const char *extra;    /* unknown JSON fields as a JSON object body ("\"k\":v,...") or NULL */
    const char *url;      /* the record's own top-level "url" string, decoded; NULL if none */
    const char *warning;  /* the record was repaired (bad bytes replaced, bad sentences left
                           * out): what and where, for the report; NULL when read as it was */
    size_t url_len;
    const char *file;     /* input name for messages ("-" for stdin) */
    long line;            /* 1-based input line where the record started */
    long index;           /* 0-based record number in the whole run */
    bool pretokenized;    /* sentences came with the input (CoNLL-U): do not tokenize */
    /* PETRARCH validation records only: */
    const char *category;     /* category attribute, or NULL */
    dyad_expected *expected;  /* the <EventCoding> elements with codes */
    int32_t nexpected;
    bool expect_none;         /* <EventCoding noevents="True"> */
    const char *expect_error; /* <EventCoding error="..."> value, or NULL */
    dyad_sentence *sent;  /* nsent sentences (arena) */
    int32_t nsent, sent_cap;
    dyad_arena arena;     /* owns everything above except `file` */
} dyad_doc;

/* Prepares an empty document with its own arena. */
DYAD_INTERNAL void dyad_doc_init(dyad_doc *d);
/* Forgets the content but keeps arena memory for the next document. */
DYAD_INTERNAL void dyad_doc_reset(dyad_doc *d);
DYAD_INTERNAL void dyad_doc_free(dyad_doc *d);
/* Appends an empty sentence (arena) and returns it, or NULL on out of memory. */
DYAD_INTERNAL dyad_sentence *dyad_doc_add_sentence(dyad_doc *d);

#endif
