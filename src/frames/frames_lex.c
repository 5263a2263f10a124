/* frames_lex.c — the English word lists the frames layer reads: control and raising verbs,
 * modal words, attitude verbs and nouns, speech and cognition verbs, negators. They describe
 * English grammar, nothing about politics; extend them here, in one place. Lemmas are matched
 * ignoring case. */
#include <strings.h>

#include "frames/frames_internal.h"

typedef struct {
    const char *lemma;
    int value;
} lex_word;

static int find(const lex_word *list, size_t n, const char *lemma)
{
    if (!lemma)
        return 0;
    /* the first bytes first, folded as strcasecmp folds them (A-Z only): most words differ */
    unsigned char l0 = (unsigned char)lemma[0];
    l0 = l0 >= 'A' && l0 <= 'Z' ? (unsigned char)(l0 + 32) : l0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)list[i].lemma[0];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) == l0 && strcasecmp(list[i].lemma, lemma) == 0)
            return list[i].value;
    }
    return 0;
}

#define FIND(list, lemma) find(list, DYAD_ARRAY_LEN(list), lemma)

/* Verbs whose object controls an infinitive or an of/for-gerund: "urged Modi to expel",
 * "accused Russia of attacking". With an object, other verbs raise it instead ("expects Iran
 * to release": RAISED), except the subject-control verbs below. 2: a causative, whose object
 * controls a bare infinitive only ("made them leave", not "made efforts to leave"). */
static const lex_word obj_control[] = {
    {"urge", 1},     {"ask", 1},       {"order", 1},    {"tell", 1},      {"call", 1},
    {"force", 1},    {"persuade", 1},  {"encourage", 1}, {"allow", 1},    {"permit", 1},
    {"invite", 1},   {"request", 1},   {"warn", 1},     {"advise", 1},    {"pressure", 1},
    {"press", 1},    {"compel", 1},    {"instruct", 1}, {"authorize", 1}, {"authorise", 1},
    {"help", 1},     {"enable", 1},    {"oblige", 1},   {"require", 1},   {"command", 1},
    {"direct", 1},   {"convince", 1},  {"push", 1},     {"let", 2},       {"make", 2},
    {"cause", 1},    {"get", 1},       {"lead", 1},     {"prompt", 1},    {"appeal", 1},
    {"accuse", 1},   {"blame", 1},     {"charge", 1},   {"condemn", 1},   {"criticize", 1},
    {"criticise", 1}, {"thank", 1},    {"praise", 1},   {"punish", 1},    {"prevent", 1},
    {"stop", 1},     {"bar", 1},       {"ban", 1},      {"forbid", 1},    {"prohibit", 1},
};

/* Verbs whose subject controls the infinitive even when they have an object. */
static const lex_word subj_control[] = {
    {"promise", 1}, {"vow", 1}, {"pledge", 1}, {"swear", 1}, {"guarantee", 1}, {"threaten", 1},
};

/* Verbs whose prepositional object controls the infinitive: "called on Modi to ...". The
 * value indexes prep_names. */
static const char *const prep_names[] = {"", "on", "to", "for", "upon"};
static const lex_word prep_control[] = {
    {"call", 1}, {"appeal", 2}, {"rely", 1}, {"count", 1}, {"wait", 3}, {"prevail", 4},
};

/* Raising verbs and adjectives: their subject belongs to the infinitive ("X seems to have
 * attacked Y"). Aspect and future verbs are raising too ("is going to", "began to"). */
static const lex_word raising[] = {
    {"seem", 1},    {"appear", 1},   {"happen", 1},   {"tend", 1},    {"prove", 1},
    {"turn", 1},    {"go", 1},       {"have", 1},     {"use", 1},     {"begin", 1},
    {"start", 1},   {"continue", 1}, {"cease", 1},    {"likely", 1},  {"unlikely", 1},
    {"certain", 1}, {"sure", 1},     {"due", 1},      {"set", 1},     {"bound", 1},
    {"about", 1},   {"poised", 1},   {"expected", 1}, {"slated", 1},
};

/* Modal auxiliaries. */
static const lex_word modal_aux[] = {
    {"will", DYAD_MOD_FUTURE},       {"shall", DYAD_MOD_FUTURE},     {"'ll", DYAD_MOD_FUTURE},
    {"wo", DYAD_MOD_FUTURE},         {"may", DYAD_MOD_POSSIBLE},     {"might", DYAD_MOD_POSSIBLE},
    {"can", DYAD_MOD_POSSIBLE},      {"could", DYAD_MOD_POSSIBLE},   {"ca", DYAD_MOD_POSSIBLE},
    {"must", DYAD_MOD_NECESSARY},    {"should", DYAD_MOD_NECESSARY}, {"ought", DYAD_MOD_NECESSARY},
    {"need", DYAD_MOD_NECESSARY},    {"would", DYAD_MOD_HYPOTHETICAL},
    {"'d", DYAD_MOD_HYPOTHETICAL},
};

/* Words that give the modality of their xcomp ("is going to attack": FUTURE). A value above
 * 100 gives it only when the word is passive ("is expected to" is, "expected to win" is not). */
#define PASSIVE_ONLY 100
static const lex_word modal_gov[] = {
    {"go", DYAD_MOD_FUTURE},       {"set", DYAD_MOD_FUTURE},        {"due", DYAD_MOD_FUTURE},
    {"about", DYAD_MOD_FUTURE},    {"poised", DYAD_MOD_FUTURE},     {"slated", DYAD_MOD_FUTURE},
    {"expect", PASSIVE_ONLY + DYAD_MOD_FUTURE}, {"schedule", PASSIVE_ONLY + DYAD_MOD_FUTURE},
    {"have", DYAD_MOD_NECESSARY},  {"need", DYAD_MOD_NECESSARY},    {"ought", DYAD_MOD_NECESSARY},
    {"require", PASSIVE_ONLY + DYAD_MOD_NECESSARY}, {"oblige", PASSIVE_ONLY + DYAD_MOD_NECESSARY},
    {"able", DYAD_MOD_POSSIBLE},   {"unable", DYAD_MOD_POSSIBLE},
};

/* Attitude verbs and nouns; "call on" and "call for" are looked up as two words. */
static const lex_word attitude[] = {
    {"plan", DYAD_ATT_INTEND},       {"intend", DYAD_ATT_INTEND},     {"aim", DYAD_ATT_INTEND},
    {"decide", DYAD_ATT_INTEND},     {"prepare", DYAD_ATT_INTEND},    {"seek", DYAD_ATT_INTEND},
    {"try", DYAD_ATT_INTEND},        {"attempt", DYAD_ATT_INTEND},    {"decision", DYAD_ATT_INTEND},
    {"bid", DYAD_ATT_INTEND},        {"effort", DYAD_ATT_INTEND},     {"intention", DYAD_ATT_INTEND},
    {"promise", DYAD_ATT_PROMISE},   {"pledge", DYAD_ATT_PROMISE},    {"vow", DYAD_ATT_PROMISE},
    {"commit", DYAD_ATT_PROMISE},    {"guarantee", DYAD_ATT_PROMISE}, {"offer", DYAD_ATT_OFFER},
    {"propose", DYAD_ATT_OFFER},     {"proposal", DYAD_ATT_OFFER},    {"volunteer", DYAD_ATT_OFFER},
    {"agree", DYAD_ATT_AGREE},       {"accept", DYAD_ATT_AGREE},      {"consent", DYAD_ATT_AGREE},
    {"agreement", DYAD_ATT_AGREE},   {"threaten", DYAD_ATT_THREATEN}, {"warn", DYAD_ATT_THREATEN},
    {"threat", DYAD_ATT_THREATEN},   {"want", DYAD_ATT_WANT},         {"wish", DYAD_ATT_WANT},
    {"hope", DYAD_ATT_WANT},         {"desire", DYAD_ATT_WANT},       {"like", DYAD_ATT_WANT},
    {"prefer", DYAD_ATT_WANT},       {"love", DYAD_ATT_WANT},         {"aspire", DYAD_ATT_WANT},
    {"ask", DYAD_ATT_ASK},           {"urge", DYAD_ATT_ASK},          {"call on", DYAD_ATT_ASK},
    {"call upon", DYAD_ATT_ASK},     {"appeal", DYAD_ATT_ASK},        {"request", DYAD_ATT_ASK},
    {"invite", DYAD_ATT_ASK},        {"encourage", DYAD_ATT_ASK},
    {"demand", DYAD_ATT_DEMAND},     {"insist", DYAD_ATT_DEMAND},     {"order", DYAD_ATT_DEMAND},
    {"require", DYAD_ATT_DEMAND},    {"press", DYAD_ATT_DEMAND},      {"force", DYAD_ATT_DEMAND},
    {"call for", DYAD_ATT_DEMAND},   {"refuse", DYAD_ATT_REFUSE},     {"decline", DYAD_ATT_REFUSE},
    {"reject", DYAD_ATT_REFUSE},     {"refusal", DYAD_ATT_REFUSE},    {"fail", DYAD_ATT_FAIL},
    {"failure", DYAD_ATT_FAIL},      {"avoid", DYAD_ATT_FAIL},        {"neglect", DYAD_ATT_FAIL},
    {"stop short", DYAD_ATT_FAIL},   {"fall short", DYAD_ATT_FAIL},
    {"deny", DYAD_ATT_DENY},         {"consider", DYAD_ATT_CONSIDER},
    {"mull", DYAD_ATT_CONSIDER},     {"weigh", DYAD_ATT_CONSIDER},
};

/* Speech and cognition verbs. */
static const lex_word say[] = {
    {"say", DYAD_SAY_SAY},        {"tell", DYAD_SAY_SAY},       {"announce", DYAD_SAY_SAY},
    {"state", DYAD_SAY_SAY},      {"add", DYAD_SAY_SAY},        {"note", DYAD_SAY_SAY},
    {"declare", DYAD_SAY_SAY},    {"explain", DYAD_SAY_SAY},    {"reply", DYAD_SAY_SAY},
    {"confirm", DYAD_SAY_SAY},    {"stress", DYAD_SAY_SAY},     {"warn", DYAD_SAY_SAY},
    {"write", DYAD_SAY_SAY},      {"tweet", DYAD_SAY_SAY},      {"respond", DYAD_SAY_SAY},
    {"remark", DYAD_SAY_SAY},
    {"claim", DYAD_SAY_CLAIM},    {"insist", DYAD_SAY_CLAIM},   {"argue", DYAD_SAY_CLAIM},
    {"maintain", DYAD_SAY_CLAIM}, {"assert", DYAD_SAY_CLAIM},   {"contend", DYAD_SAY_CLAIM},
    {"deny", DYAD_SAY_CLAIM},     {"allege", DYAD_SAY_ALLEGE},  {"accuse", DYAD_SAY_ALLEGE},
    {"charge", DYAD_SAY_ALLEGE},  {"blame", DYAD_SAY_ALLEGE},   {"report", DYAD_SAY_REPORT},
    {"reveal", DYAD_SAY_REPORT},  {"disclose", DYAD_SAY_REPORT}, {"believe", DYAD_SAY_THINK},
    {"think", DYAD_SAY_THINK},    {"suspect", DYAD_SAY_THINK},  {"fear", DYAD_SAY_THINK},
};

/* Verbs that let their object do something ("let Ukraine join", "allowed them to stay"). */
static const lex_word permission[] = {{"let", 1}, {"allow", 1}, {"permit", 1}};

static const lex_word motion[] = {
    {"go", 1},     {"come", 1},   {"travel", 1}, {"fly", 1},  {"arrive", 1}, {"head", 1},
    {"return", 1}, {"move", 1},   {"rush", 1},   {"hurry", 1}, {"drive", 1}, {"sail", 1},
};

static const lex_word negator[] = {{"not", 1}, {"n't", 1}, {"never", 1}};
static const lex_word neg_pronoun[] = {
    {"nobody", 1}, {"nothing", 1}, {"none", 1}, {"no-one", 1}, {"noone", 1},
};
static const lex_word relative[] = {{"who", 1}, {"whom", 1}, {"which", 1}, {"that", 1}};

/* Nouns for a written or spoken message, which says what its author does: "a statement
 * condemning the attack" condemns on the author's behalf. */
static const lex_word message[] = {
    {"statement", 1}, {"message", 1},  {"letter", 1},      {"tweet", 1},   {"post", 1},
    {"communique", 1}, {"communiqué", 1}, {"declaration", 1}, {"note", 1}, {"speech", 1},
    {"video", 1},     {"editorial", 1}, {"op-ed", 1},        {"release", 1}, {"resolution", 1},
    {"decree", 1},    {"motion", 1},    {"petition", 1},     {"appeal", 1},  {"address", 1}};

bool dyad_fr_lex_obj_control(const char *lemma) { return FIND(obj_control, lemma); }
bool dyad_fr_lex_causative(const char *lemma) { return FIND(obj_control, lemma) == 2; }
bool dyad_fr_lex_subj_control(const char *lemma) { return FIND(subj_control, lemma); }
bool dyad_fr_lex_raising(const char *lemma) { return FIND(raising, lemma); }
int dyad_fr_lex_modal_aux(const char *lemma) { return FIND(modal_aux, lemma); }
int dyad_fr_lex_say(const char *lemma) { return FIND(say, lemma); }
bool dyad_fr_lex_motion(const char *lemma) { return FIND(motion, lemma); }
bool dyad_fr_lex_permission(const char *lemma) { return FIND(permission, lemma); }
bool dyad_fr_lex_negator(const char *lemma) { return FIND(negator, lemma); }
bool dyad_fr_lex_neg_pronoun(const char *lemma) { return FIND(neg_pronoun, lemma); }
bool dyad_fr_lex_relative(const char *lemma) { return FIND(relative, lemma); }
bool dyad_fr_lex_message(const char *lemma) { return FIND(message, lemma); }

const char *dyad_fr_lex_prep_control(const char *lemma)
{
    int v = FIND(prep_control, lemma);
    return v ? prep_names[v] : NULL;
}

int dyad_fr_lex_modal_gov(const char *lemma, bool *passive)
{
    int v = FIND(modal_gov, lemma);
    *passive = v > PASSIVE_ONLY;
    return *passive ? v - PASSIVE_ONLY : v;
}

dyad_say dyad_frames_say_of(const char *lemma)
{
    return (dyad_say)FIND(say, lemma);
}

dyad_attitude dyad_frames_attitude_of(const char *lemma)
{
    return (dyad_attitude)FIND(attitude, lemma);
}
