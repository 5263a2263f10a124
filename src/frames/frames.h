/* frames.h — predicate-argument frames over one parsed sentence (UD tree), computed once.
 *
 * A frame is one predicate (a verb; an auxiliary heading a clause with no verb; or, on request,
 * an event noun) with its arguments by role and its semantics: polarity, modality, the attitude
 * of the predicate it is embedded under, attribution to a speaker, purpose and a factuality slot.
 * Argument sharing is resolved: control and raising ("Iran refused to release the tanker":
 * release's AGENT is Iran), conjoined predicates and arguments, relative clauses and participles
 * ("soldiers attacked by rebels"), appositions. The layer knows English grammar only (word lists
 * of control, attitude and speech verbs live in frames_lex.c); it knows no actor, country or
 * event code. The coder decides which frames are events.
 *
 * Conventions: word indexes are 0-based positions in the sentence (s->tok[i]); -1 means none.
 * Frame indexes are positions in dyad_frames.frame. Everything the builder makes (frames,
 * arguments, strings) lives in the arena given to dyad_frames_build and stays valid until that
 * arena is reset; the sentence and the lemma array are borrowed and must outlive the frames.
 *
 * Printed form (dyad_frames_print), one line per frame:
 *   refused: AGENT=Iran COMP=release | pol=+ mod=none att=- gov=- said_by=-
 *   release: PATIENT=tanker AGENT=Iran[ctl] | pol=-(refused) mod=none att=refuse(refused)
 *            gov=refused(xcomp) said_by=-
 * (frames_print.c describes every field of the line.) */
#ifndef DYAD_FRAMES_H
#define DYAD_FRAMES_H

#include "base/strbuf.h"
#include "text/doc.h"

/* What an argument is to its predicate. */
typedef enum {
    DYAD_ROLE_NONE = 0,
    DYAD_ROLE_AGENT,     /* nsubj, csubj; a passive's by-agent (obl:agent, or obl with "by") */
    DYAD_ROLE_PATIENT,   /* obj, nsubj:pass, csubj:pass; "of" under an event noun */
    DYAD_ROLE_RECIPIENT, /* iobj only (a "to" phrase stays OBLIQUE with its preposition) */
    DYAD_ROLE_OBLIQUE,   /* obl / nmod, with its preposition in dyad_farg.prep ("" when none) */
    DYAD_ROLE_COMP,      /* ccomp / xcomp: the clause; dyad_farg.frame is its frame when it has one */
    DYAD_ROLE_COUNT
} dyad_role;

/* How an argument was found. */
typedef enum {
    DYAD_VIA_DIRECT = 0, /* a dependent of the predicate itself */
    DYAD_VIA_CONTROL,    /* the controller of a subjectless xcomp / non-finite advcl */
    DYAD_VIA_RAISED,     /* the subject (or object) of a raising verb: "X is expected to visit" */
    DYAD_VIA_CONJ,       /* a conjunct of another argument ("Russia and China"), or the subject
                            or object shared by conjoined predicates */
    DYAD_VIA_RELCL,      /* the noun a relative clause or participle modifies ("soldiers who...") */
    DYAD_VIA_APPOS,      /* an apposition of another argument of the same role: it names the
                            same participant, so callers counting participants skip it */
    DYAD_VIA_COUNT
} dyad_via;

typedef enum {
    DYAD_FRAME_VERB = 0, /* a VERB */
    DYAD_FRAME_AUX,      /* an AUX heading a clause with no verb ("Yes, we will.") */
    DYAD_FRAME_NOMINAL   /* an event noun, made on request by dyad_frames_nominal */
} dyad_frame_kind;

typedef enum { DYAD_POL_POSITIVE = 0, DYAD_POL_NEGATIVE } dyad_polarity;

typedef enum {
    DYAD_MOD_NONE = 0,
    DYAD_MOD_FUTURE,       /* will, shall; "is going / set / due / expected to" */
    DYAD_MOD_POSSIBLE,     /* may, might, could, can; "is able to" */
    DYAD_MOD_NECESSARY,    /* must, should, ought; "have to", "need to" */
    DYAD_MOD_CONDITIONAL,  /* an if / unless clause, anything under one, or "would" beside one */
    DYAD_MOD_HYPOTHETICAL, /* "would" with no if-clause */
    DYAD_MOD_QUESTION,     /* the main clause of a sentence ending in "?"; a whether / if clause
                              that is the complement of a verb ("asked whether ...") */
    DYAD_MOD_COUNT
} dyad_modality;

/* The attitude of the governing predicate towards the embedded one (set on the embedded). */
typedef enum {
    DYAD_ATT_NONE = 0,
    DYAD_ATT_INTEND, DYAD_ATT_PROMISE, DYAD_ATT_OFFER, DYAD_ATT_AGREE, DYAD_ATT_THREATEN,
    DYAD_ATT_WANT, DYAD_ATT_ASK, DYAD_ATT_DEMAND, DYAD_ATT_REFUSE, DYAD_ATT_FAIL, DYAD_ATT_DENY,
    DYAD_ATT_CONSIDER,
    DYAD_ATT_COUNT
} dyad_attitude;

/* The kind of a speech or cognition act. */
typedef enum {
    DYAD_SAY_NONE = 0,
    DYAD_SAY_SAY,    /* say, tell, announce, state, add, note, ... */
    DYAD_SAY_CLAIM,  /* claim, insist, argue, maintain, ... */
    DYAD_SAY_ALLEGE, /* allege, accuse, charge, blame */
    DYAD_SAY_REPORT, /* report, reveal, disclose; "according to" */
    DYAD_SAY_THINK,  /* believe, think, suspect, fear */
    DYAD_SAY_COUNT
} dyad_say;

/* One argument of a frame. */
typedef struct dyad_farg {
    int32_t word;      /* head word of the argument phrase (the noun, or the clause's predicate) */
    uint8_t role;      /* dyad_role */
    uint8_t via;       /* dyad_via */
    bool subject;      /* it fills the predicate's subject position: its own nsubj / csubj
                          (:pass too), or a subject it shares by control, raising, conjunction
                          or a relative clause */
    const char *rel;   /* the word's own relation in the tree ("nsubj", "obl", "conj"...) */
    const char *prep;  /* its preposition, lowercased, fixed words joined ("with", "according
                          to", "on behalf of"); "" when none */
    int32_t prep_word; /* the first word of that preposition, -1 when none */
    int32_t frame;     /* a clausal argument's own frame index, -1 otherwise */
} dyad_farg;

/* One predicate. Each semantic value comes with the word that triggered it (-1 when none). */
typedef struct dyad_frame {
    int32_t pred;       /* the predicate word */
    uint8_t kind;       /* dyad_frame_kind */
    bool passive;       /* nsubj:pass / aux:pass, or a past participle with no auxiliary
                           modifying a noun ("soldiers attacked by rebels") */
    dyad_farg *arg;     /* narg arguments: direct ones first, in sentence order, then shared */
    int32_t narg;
    int32_t arg_cap;    /* private: room in arg */

    int32_t gov;        /* frame index of the nearest predicate above this one, -1 at the top */
    int32_t head;       /* the predicate's head word (may be a noun or adjective between it and
                           gov: "soldiers" for "soldiers who attacked"), -1 for the root */
    const char *rel;    /* the predicate's own relation: "root", "xcomp", "ccomp", "advcl",
                           "acl", "acl:relcl", "conj", "parataxis", ... */

    uint8_t polarity;   /* dyad_polarity */
    int32_t pol_word;   /* not / never / no / without, or the refusing verb */
    uint8_t modality;   /* dyad_modality */
    int32_t mod_word;   /* the modal, the if / whether, the "?", or "going" / "expected" ... */
    uint8_t attitude;   /* dyad_attitude of the governing word towards this frame */
    int32_t att_word;   /* that governing word ("refused", or a noun: "plan to attack") */
    int32_t att_frame;  /* its frame index, -1 when it has none (a noun) */

    uint8_t say;        /* dyad_say: this frame is itself a speech / cognition act */
    int32_t said_frame; /* the speech frame whose content this frame is, -1 when none */
    int32_t said_word;  /* the speech verb, or "according" of "according to X" */
    int32_t speaker;    /* the source: the speech frame's first AGENT, or X of "according to X" */

    bool purpose;       /* a purpose clause: "met in Berlin to discuss Iran" */
    int32_t purpose_word; /* its "to" / "in" (in order to) / "so" (so as to) */

    float factuality;   /* NaN until set by dyad_frames_set_factuality (another module) */
} dyad_frame;

/* The frames of one sentence. frame[0..n) in sentence order of their predicates; frames made
 * later by dyad_frames_nominal are appended. The other fields are private to src/frames. */
typedef struct dyad_frames {
    dyad_frame *frame;
    int32_t n;
    /* private */
    const dyad_sentence *s;
    dyad_arena *arena;
    const char **lemma;  /* n words: the lemma used (lemma array, token lemma, or form) */
    int32_t *head;       /* n words: 0-based head, -1 for the root or a bad head */
    int32_t *kid_at;     /* n+1: children of word i are kid[kid_at[i] .. kid_at[i+1]) */
    int32_t *kid;
    int32_t *of_word;    /* n words: frame index of the word, -1 */
} dyad_frames;

/* Builds the frames of s into *out. lemma, when not NULL, gives one lemma per word (a NULL entry
 * falls back to the token's lemma, then its form). All memory comes from arena a; *out borrows s
 * and lemma. Returns DYAD_OK, DYAD_ENOMEM or DYAD_EINVAL (NULL argument); err says why. Bad heads
 * (out of range, cycles) are tolerated: such words hang nowhere. O(n * depth). */
DYAD_INTERNAL int dyad_frames_build(const dyad_sentence *s, const char *const *lemma,
                                    dyad_arena *a, dyad_frames *out, dyad_err *err);

/* The frame whose predicate is word, or NULL. */
DYAD_INTERNAL const dyad_frame *dyad_frames_of_word(const dyad_frames *f, int32_t word);

/* The k-th (0-based) argument of fr with this role, in argument order, or NULL. */
DYAD_INTERNAL const dyad_farg *dyad_frame_arg(const dyad_frame *fr, dyad_role role, int k);

/* The frame of noun `word` as an event noun, made on first request and appended to f (the word's
 * verb frame when it has one): nmod:poss -> AGENT; an nmod with "of" -> PATIENT (prep "of": the
 * caller may read it as the agent of an intransitive noun); "by" -> AGENT; any other nmod ->
 * OBLIQUE with its preposition ("talks between Sudan and Chad"). gov/head/rel and attribution as
 * for verbs; polarity and modality stay unset. NULL when word is out of range or memory ran out. */
DYAD_INTERNAL const dyad_frame *dyad_frames_nominal(dyad_frames *f, int32_t word);

/* The k-th (0-based) word in apposition with word, either way ("Lavrov, Russia's foreign
 * minister": minister for Lavrov, Lavrov for minister), or -1. */
DYAD_INTERNAL int32_t dyad_frames_appos(const dyad_frames *f, int32_t word, int k);

/* The attitude a governing verb or noun expresses towards its complement ("refuse" -> REFUSE,
 * "call on" -> ASK); DYAD_ATT_NONE for any other word. Case-insensitive. */
DYAD_INTERNAL dyad_attitude dyad_frames_attitude_of(const char *lemma);

/* The speech or cognition kind of a verb ("tell" -> SAY, "allege" -> ALLEGE) whatever its
 * clause holds (a frame's say is set only for one with content); DYAD_SAY_NONE for any other
 * word. Case-insensitive. */
DYAD_INTERNAL dyad_say dyad_frames_say_of(const char *lemma);

/* Stores a factuality score (from a model outside this layer) on frame index i. */
DYAD_INTERNAL void dyad_frames_set_factuality(dyad_frames *f, int32_t i, float value);

/* Appends one line per frame (format at the top of this file) to sb. */
DYAD_INTERNAL void dyad_frames_print(const dyad_frames *f, dyad_strbuf *sb);

/* Short lowercase names for printing ("agent", "future", "refuse", "claim", "ctl"). */
DYAD_INTERNAL const char *dyad_role_name(int role);
DYAD_INTERNAL const char *dyad_via_name(int via);
DYAD_INTERNAL const char *dyad_modality_name(int modality);
DYAD_INTERNAL const char *dyad_attitude_name(int attitude);
DYAD_INTERNAL const char *dyad_say_name(int say);

#endif
