/* frames_internal.h — what the frames files share: tree access, argument appends, the English
 * word lists and the build stages. Word indexes are 0-based, -1 is none. */
#ifndef DYAD_FRAMES_INTERNAL_H
#define DYAD_FRAMES_INTERNAL_H

#include "frames/frames.h"

/* ---- tree access (frames_tree.c) ---- */

/* Loops over the children c of word v in sentence order, k being the position in f->kid:
 *   DYAD_FR_KIDS(f, v, k, c) { ... c ... } */
#define DYAD_FR_KIDS(f, v, k, c)                                                               \
    for (int32_t k = (f)->kid_at[v], c = -1;                                                   \
         k < (f)->kid_at[(v) + 1] && ((c = (f)->kid[k]), true); k++)

/* The relation of word i ("" when unparsed). */
const char *dyad_fr_rel(const dyad_frames *f, int32_t i);
/* Word i's relation is `base` or `base:subtype` ("obl" matches "obl:tmod"). */
bool dyad_fr_rel_is(const dyad_frames *f, int32_t i, const char *base);
/* Word i's lemma equals w, ignoring case. */
bool dyad_fr_lemma_is(const dyad_frames *f, int32_t i, const char *w);
/* The first child of v whose relation is `base` (or base:subtype), -1 when none. */
int32_t dyad_fr_kid(const dyad_frames *f, int32_t v, const char *base);
/* The first child of v with relation `base` and lemma w, -1 when none. */
int32_t dyad_fr_kid_lemma(const dyad_frames *f, int32_t v, const char *base, const char *w);
/* v has a subject of its own (nsubj, csubj, expl, any subtype). */
bool dyad_fr_has_subject(const dyad_frames *f, int32_t v);
/* v is a passive predicate (see dyad_frame.passive). */
bool dyad_fr_passive(const dyad_frames *f, int32_t v);
/* v's form (own tag, or an auxiliary's) is finite; an untagged word without "to" counts as
 * finite. */
bool dyad_fr_finite(const dyad_frames *f, int32_t v);
/* v is a past participle (VBN, or VerbForm=Part with Tense=Past). */
bool dyad_fr_participle(const dyad_frames *f, int32_t v);
/* v is a present participle or gerund (VBG, or VerbForm=Ger / Part with Tense=Pres). */
bool dyad_fr_gerund(const dyad_frames *f, int32_t v);
/* The preposition of nominal n (the forms of its first "case" child and that word's "fixed"
 * children, lowercased, in the arena), "" when none; *word gets the first case word or -1. NULL on out
 * of memory. */
const char *dyad_fr_prep(dyad_frames *f, int32_t n, int32_t *word);
/* The nearest word above w that has a frame, as a frame index, or -1 (bounded: no cycles). */
int32_t dyad_fr_gov(const dyad_frames *f, int32_t w);

/* ---- arguments (frames_build.c) ---- */

/* Adds fr's arguments that are its own dependents, in sentence order. DYAD_OK or ENOMEM. */
int dyad_fr_direct_args(dyad_frames *f, dyad_frame *fr);
/* The role dependent c of an event noun fills, with its preposition in *prep (NULL on out of
 * memory); DYAD_ROLE_NONE when c is no argument (frames_nominal.c). */
int dyad_fr_nominal_role(dyad_frames *f, int32_t c, const char **prep, int32_t *prep_word);
/* Appends a copy of a to fr unless fr already has that word in that role (then returns OK).
 * May move fr->arg: hold indexes, not pointers, across calls. DYAD_OK or DYAD_ENOMEM. */
int dyad_fr_add_arg(dyad_frames *f, dyad_frame *fr, const dyad_farg *a);
/* An argument record for word w with role and via; prep "" and frame -1 unless set after. */
dyad_farg dyad_fr_arg(const dyad_frames *f, int32_t w, int role, int via, bool subject);
/* Initialises fr as an empty frame of predicate w (gov, head, rel; semantics unset). */
void dyad_fr_frame_init(const dyad_frames *f, dyad_frame *fr, int32_t w, int kind);
/* fr's governing frame when its predicate is fr's head word, else NULL. */
const dyad_frame *dyad_fr_direct_gov(const dyad_frames *f, const dyad_frame *fr);
/* Appends the conjuncts (via CONJ) and appositions (via APPOS) of fr's arguments from index
 * `from` on; conjuncts of added ones too. DYAD_OK or DYAD_ENOMEM. */
int dyad_fr_expand(dyad_frames *f, dyad_frame *fr, int32_t from);

/* ---- build stages, run on each frame with its governors done first ---- */

/* frames_share.c: relative clauses, participles, control, raising, conjoined predicates. */
int dyad_fr_share(dyad_frames *f, int32_t fi);
/* frames_stance.c: attitude, speech kind, attribution, purpose. */
void dyad_fr_stance(dyad_frames *f, int32_t fi);
/* frames_mood.c: polarity and modality (after dyad_fr_stance). */
void dyad_fr_mood(dyad_frames *f, int32_t fi);

/* ---- English word lists (frames_lex.c) ---- */

/* Object-control verbs: an object (or "call on X") controls the infinitive ("urged X to"). */
bool dyad_fr_lex_obj_control(const char *lemma);
/* Causatives among them ("make", "let"): the object controls a bare infinitive only. */
bool dyad_fr_lex_causative(const char *lemma);
/* Verbs whose subject controls the infinitive even with an object ("promised X to"). */
bool dyad_fr_lex_subj_control(const char *lemma);
/* The preposition whose object controls the infinitive after lemma ("on" for "call"), or NULL. */
const char *dyad_fr_lex_prep_control(const char *lemma);
/* Raising verbs and adjectives: "seem", "appear", "likely", "going" ... */
bool dyad_fr_lex_raising(const char *lemma);
/* Modality of an auxiliary (will -> FUTURE, may -> POSSIBLE ...), DYAD_MOD_NONE otherwise. */
int dyad_fr_lex_modal_aux(const char *lemma);
/* Modality an xcomp gets from its governing word ("going", "set", "have", "able"); *passive
 * is set when the word gives it only as a passive ("is expected to"). */
int dyad_fr_lex_modal_gov(const char *lemma, bool *passive);
/* The speech or cognition kind of a verb, DYAD_SAY_NONE otherwise. */
int dyad_fr_lex_say(const char *lemma);
/* A verb of motion ("went to Berlin to ..."). */
bool dyad_fr_lex_motion(const char *lemma);
/* A verb that lets its object do something ("let", "allow", "permit"). */
bool dyad_fr_lex_permission(const char *lemma);
/* A negating adverb (not, n't, never). */
bool dyad_fr_lex_negator(const char *lemma);
/* A negative pronoun as subject (nobody, nothing, none, no-one). */
bool dyad_fr_lex_neg_pronoun(const char *lemma);
/* A relative pronoun or determiner (who, whom, which, that). */
bool dyad_fr_lex_relative(const char *lemma);
/* A noun for a message (statement, letter, tweet, speech): it acts for its author. */
bool dyad_fr_lex_message(const char *lemma);

#endif
