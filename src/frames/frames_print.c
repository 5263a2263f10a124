/* frames_print.c — a readable dump of frames, one line per frame, for tests and debugging:
 *   pred[(pass|aux|noun)]: ROLE=word[via] ... | pol=+ mod=none att=- gov=- said_by=-
 *   [ say=KIND] [ purpose(to)] [ fact=0.80]
 * ROLE is AGENT, PATIENT, RECIPIENT, OBL(prep) or COMP; [via] is left out for direct
 * arguments. pol=-(w), mod=NAME(w), att=NAME(w) name their trigger word; gov=word(rel) the
 * predicate's head word (the governing predicate, or the noun of a relative clause) and its
 * relation; said_by=speaker(verb), "?" for a speaker the tree does not name. */
#include <math.h>

#include "frames/frames_internal.h"

static const char *const role_names[] = {"none", "agent", "patient", "recipient", "oblique",
                                         "comp"};
static const char *const via_names[] = {"direct", "ctl", "raised", "conj", "rel", "appos"};
static const char *const modality_names[] = {"none",        "future",       "possible",
                                             "necessary",   "conditional",  "hypothetical",
                                             "question"};
static const char *const attitude_names[] = {"none",     "intend", "promise", "offer", "agree",
                                             "threaten", "want",   "ask",     "demand",
                                             "refuse",   "fail",   "deny",    "consider"};
static const char *const say_names[] = {"none", "say", "claim", "allege", "report", "think"};

#define NAME(table, i) ((i) >= 0 && (size_t)(i) < DYAD_ARRAY_LEN(table) ? table[i] : "?")

const char *dyad_role_name(int role) { return NAME(role_names, role); }
const char *dyad_via_name(int via) { return NAME(via_names, via); }
const char *dyad_modality_name(int modality) { return NAME(modality_names, modality); }
const char *dyad_attitude_name(int attitude) { return NAME(attitude_names, attitude); }
const char *dyad_say_name(int say) { return NAME(say_names, say); }

static void word(const dyad_frames *f, dyad_strbuf *sb, int32_t w)
{
    const char *form = w >= 0 && w < f->s->n ? f->s->tok[w].form : NULL;
    dyad_sb_puts(sb, form ? form : "?");
}

static void arg(const dyad_frames *f, dyad_strbuf *sb, const dyad_farg *a)
{
    static const char *const label[] = {"?", "AGENT", "PATIENT", "RECIPIENT", "OBL", "COMP"};
    dyad_sb_putc(sb, ' ');
    dyad_sb_puts(sb, NAME(label, a->role));
    if (a->role == DYAD_ROLE_OBLIQUE)
        dyad_sb_printf(sb, "(%s)", a->prep);
    dyad_sb_putc(sb, '=');
    word(f, sb, a->word);
    if (a->via != DYAD_VIA_DIRECT)
        dyad_sb_printf(sb, "[%s]", dyad_via_name(a->via));
}

/* " key=name(word)", or " key=dash" when the value is unset. */
static void value(const dyad_frames *f, dyad_strbuf *sb, const char *key, bool set,
                  const char *name, int32_t w, const char *dash)
{
    dyad_sb_printf(sb, " %s=%s", key, set ? name : dash);
    if (set && w >= 0) {
        dyad_sb_putc(sb, '(');
        word(f, sb, w);
        dyad_sb_putc(sb, ')');
    }
}

static void frame(const dyad_frames *f, const dyad_frame *fr, dyad_strbuf *sb)
{
    word(f, sb, fr->pred);
    if (fr->kind == DYAD_FRAME_NOMINAL)
        dyad_sb_puts(sb, "(noun)");
    else if (fr->kind == DYAD_FRAME_AUX)
        dyad_sb_puts(sb, "(aux)");
    if (fr->passive)
        dyad_sb_puts(sb, "(pass)");
    dyad_sb_putc(sb, ':');
    for (int32_t i = 0; i < fr->narg; i++)
        arg(f, sb, &fr->arg[i]);
    dyad_sb_puts(sb, " |");
    value(f, sb, "pol", fr->polarity == DYAD_POL_NEGATIVE, "-", fr->pol_word, "+");
    value(f, sb, "mod", fr->modality != DYAD_MOD_NONE, dyad_modality_name(fr->modality),
          fr->mod_word, "none");
    value(f, sb, "att", fr->attitude != DYAD_ATT_NONE, dyad_attitude_name(fr->attitude),
          fr->att_word, "-");
    dyad_sb_puts(sb, " gov=");
    if (fr->head >= 0) {
        word(f, sb, fr->head);
        dyad_sb_printf(sb, "(%s)", fr->rel);
    } else {
        dyad_sb_putc(sb, '-');
    }
    dyad_sb_puts(sb, " said_by=");
    if (fr->said_word >= 0) {
        word(f, sb, fr->speaker);
        dyad_sb_putc(sb, '(');
        word(f, sb, fr->said_word);
        dyad_sb_putc(sb, ')');
    } else {
        dyad_sb_putc(sb, '-');
    }
    if (fr->say != DYAD_SAY_NONE)
        dyad_sb_printf(sb, " say=%s", dyad_say_name(fr->say));
    if (fr->purpose) {
        dyad_sb_puts(sb, " purpose(");
        word(f, sb, fr->purpose_word);
        dyad_sb_putc(sb, ')');
    }
    if (!isnan(fr->factuality)) {
        dyad_sb_puts(sb, " fact=");
        dyad_sb_fixed(sb, fr->factuality, 2);
    }
    dyad_sb_putc(sb, '\n');
}

void dyad_frames_print(const dyad_frames *f, dyad_strbuf *sb)
{
    for (int32_t i = 0; f && i < f->n; i++)
        frame(f, &f->frame[i], sb);
}
