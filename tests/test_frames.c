/* test_frames.c — predicate-argument frames on hand-made UD trees, one test per construction,
 * and a crash-and-range sweep over the EWT and GUM-wiki dev treebanks when they are present. */
#include "check.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "frames/frames.h"
#include "nlp/conllu.h"

/* ---- sentences from a compact parse: "form lemma UPOS XPOS head deprel" per word, ';'
 * between words ---- */

#define MAX_WORDS 48

static dyad_arena arena;
static dyad_sentence sent;
static dyad_frames frames;

/* Parses `parse` into the global sentence and builds its frames; returns the build status. */
static int build(const char *parse)
{
    dyad_arena_reset(&arena);
    memset(&sent, 0, sizeof sent);
    sent.tok = dyad_arena_calloc(&arena, MAX_WORDS * sizeof *sent.tok);
    char *copy = dyad_arena_strdup(&arena, parse);
    char *save = NULL;
    for (char *w = strtok_r(copy, ";", &save); w && sent.n < MAX_WORDS;
         w = strtok_r(NULL, ";", &save)) {
        char form[64], lemma[64], upos[16], xpos[16], rel[32];
        int head;
        if (sscanf(w, "%63s %63s %15s %15s %d %31s", form, lemma, upos, xpos, &head, rel) != 6) {
            printf("# bad test word: %s\n", w);
            continue;
        }
        dyad_token *t = &sent.tok[sent.n++];
        t->form = dyad_arena_strdup(&arena, form);
        t->lemma = dyad_arena_strdup(&arena, lemma);
        t->upos = (uint8_t)dyad_upos_parse(upos, strlen(upos));
        t->xpos = dyad_arena_strdup(&arena, xpos);
        t->head = head;
        t->deprel = dyad_arena_strdup(&arena, rel);
    }
    dyad_err err;
    dyad_err_clear(&err);
    return dyad_frames_build(&sent, NULL, &arena, &frames, &err);
}

/* The printed frames of the global sentence. */
static const char *dump(void)
{
    static char buf[4096];
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_frames_print(&frames, &sb);
    snprintf(buf, sizeof buf, "%s", sb.data ? sb.data : "");
    dyad_sb_free(&sb);
    return buf;
}

/* Builds parse and checks its printed frames. */
#define FRAMES(parse, want, ...)                                                             \
    do {                                                                                     \
        CHECK(build(parse) == DYAD_OK, "built: " __VA_ARGS__);                               \
        CHECK_STR(dump(), want, __VA_ARGS__);                                                \
    } while (0)

/* The frame index of word w (0-based), -1 when none. */
static int32_t frame_of(int32_t w)
{
    const dyad_frame *fr = dyad_frames_of_word(&frames, w);
    return fr ? (int32_t)(fr - frames.frame) : -1;
}

#define TAIL " | pol=+ mod=none att=- gov=- said_by=-\n"

static void test_roles(void)
{
    FRAMES("Russia Russia PROPN NNP 2 nsubj;attacked attack VERB VBD 0 root;"
           "Ukraine Ukraine PROPN NNP 2 obj;in in ADP IN 5 case;Kyiv Kyiv PROPN NNP 2 obl;"
           ". . PUNCT . 2 punct",
           "attacked: AGENT=Russia PATIENT=Ukraine OBL(in)=Kyiv" TAIL, "simple transitive");
    const dyad_frame *fr = dyad_frames_of_word(&frames, 1);
    CHECK(fr && dyad_frame_arg(fr, DYAD_ROLE_AGENT, 0)->word == 0 &&
              dyad_frame_arg(fr, DYAD_ROLE_PATIENT, 0)->word == 2 &&
              dyad_frame_arg(fr, DYAD_ROLE_AGENT, 1) == NULL,
          "argument lookup by role");
    CHECK(dyad_frames_of_word(&frames, 0) == NULL && dyad_frames_of_word(&frames, 99) == NULL,
          "no frame for a noun or a word out of range");
    CHECK(isnan(fr->factuality), "factuality unset");
    dyad_frames_set_factuality(&frames, 0, 0.8f);
    CHECK(strstr(dump(), " fact=0.80\n") != NULL, "factuality set and printed");

    FRAMES("Putin Putin PROPN NNP 2 nsubj;gave give VERB VBD 0 root;Modi Modi PROPN NNP 2 iobj;"
           "a a DET DT 5 det;warning warning NOUN NN 2 obj",
           "gave: AGENT=Putin RECIPIENT=Modi PATIENT=warning" TAIL, "iobj is the recipient");
    FRAMES("Ukraine Ukraine PROPN NNP 3 nsubj:pass;was be AUX VBD 3 aux:pass;"
           "attacked attack VERB VBN 0 root;by by ADP IN 5 case;Russia Russia PROPN NNP 3 obl:agent",
           "attacked(pass): PATIENT=Ukraine AGENT=Russia" TAIL, "passive with obl:agent");
    FRAMES("Ukraine Ukraine PROPN NNP 3 nsubj:pass;was be AUX VBD 3 aux:pass;"
           "attacked attack VERB VBN 0 root;by by ADP IN 5 case;Russia Russia PROPN NNP 3 obl",
           "attacked(pass): PATIENT=Ukraine AGENT=Russia" TAIL, "passive with a by-obl");
    FRAMES("Two two NUM CD 2 nummod;men man NOUN NNS 4 nsubj:pass;were be AUX VBD 4 aux:pass;"
           "arrested arrest VERB VBN 0 root",
           "arrested(pass): PATIENT=men" TAIL, "passive without agent");
    FRAMES("Lavrov Lavrov PROPN NNP 2 nsubj;signed sign VERB VBD 0 root;the the DET DT 4 det;"
           "treaty treaty NOUN NN 2 obj;on on ADP IN 6 case;behalf behalf NOUN NN 2 obl;"
           "of of ADP IN 8 case;Russia Russia PROPN NNP 6 nmod",
           "signed: AGENT=Lavrov PATIENT=treaty OBL(on behalf of)=Russia" TAIL, "on behalf of");
}

static void test_conjuncts(void)
{
    FRAMES("Russia Russia PROPN NNP 4 nsubj;and and CCONJ CC 3 cc;China China PROPN NNP 1 conj;"
           "vetoed veto VERB VBD 0 root;the the DET DT 6 det;resolution resolution NOUN NN 4 obj",
           "vetoed: AGENT=Russia PATIENT=resolution AGENT=China[conj]" TAIL,
           "conjoined subjects");
    FRAMES("Putin Putin PROPN NNP 2 nsubj;met meet VERB VBD 0 root;Merkel Merkel PROPN NNP 2 obj;"
           "and and CCONJ CC 5 cc;Macron Macron PROPN NNP 3 conj",
           "met: AGENT=Putin PATIENT=Merkel PATIENT=Macron[conj]" TAIL, "conjoined objects");
    FRAMES("Troops troop NOUN NNS 2 nsubj;entered enter VERB VBD 0 root;the the DET DT 4 det;"
           "town town NOUN NN 2 obj;and and CCONJ CC 6 cc;arrested arrest VERB VBD 2 conj;"
           "two two NUM CD 8 nummod;men man NOUN NNS 6 obj",
           "entered: AGENT=Troops PATIENT=town" TAIL
           "arrested: PATIENT=men AGENT=Troops[conj] | pol=+ mod=none att=- gov=entered(conj)"
           " said_by=-\n",
           "conjoined predicates share the subject");
    FRAMES("Troops troop NOUN NNS 2 nsubj;entered enter VERB VBD 0 root;the the DET DT 4 det;"
           "town town NOUN NN 2 obj;and and CCONJ CC 7 cc;police police NOUN NNS 7 nsubj;"
           "arrested arrest VERB VBD 2 conj;two two NUM CD 9 nummod;men man NOUN NNS 7 obj",
           "entered: AGENT=Troops PATIENT=town" TAIL
           "arrested: AGENT=police PATIENT=men | pol=+ mod=none att=- gov=entered(conj)"
           " said_by=-\n",
           "a conjunct with its own subject keeps it");
    FRAMES("Police police NOUN NNS 2 nsubj;arrested arrest VERB VBD 0 root;and and CCONJ CC 4 cc;"
           "charged charge VERB VBD 2 conj;the the DET DT 6 det;men man NOUN NNS 2 obj",
           "arrested: AGENT=Police PATIENT=men" TAIL
           "charged: AGENT=Police[conj] PATIENT=men[conj] | pol=+ mod=none att=-"
           " gov=arrested(conj) said_by=-\n",
           "an object after both conjuncts is shared");
}

#define S_REFUSED                                                                            \
    "Iran Iran PROPN NNP 2 nsubj;refused refuse VERB VBD 0 root;to to PART TO 4 mark;"       \
    "release release VERB VB 2 xcomp;the the DET DT 6 det;tanker tanker NOUN NN 4 obj"

static void test_control(void)
{
    FRAMES(S_REFUSED,
           "refused: AGENT=Iran COMP=release" TAIL
           "release: PATIENT=tanker AGENT=Iran[ctl] | pol=-(refused) mod=none att=refuse(refused)"
           " gov=refused(xcomp) said_by=-\n",
           "subject control; refusing negates the embedded act");
    const dyad_frame *rel = dyad_frames_of_word(&frames, 3);
    CHECK(rel && rel->att_frame == frame_of(1) && rel->gov == frame_of(1) &&
              dyad_frame_arg(dyad_frames_of_word(&frames, 1), DYAD_ROLE_COMP, 0)->frame ==
                  frame_of(3),
          "attitude and governor name the refusing frame; COMP names the embedded one");
    FRAMES("Trudeau Trudeau PROPN NNP 2 nsubj;urged urge VERB VBD 0 root;Modi Modi PROPN NNP 2 obj;"
           "to to PART TO 5 mark;expel expel VERB VB 2 xcomp;the the DET DT 7 det;"
           "diplomats diplomat NOUN NNS 5 obj",
           "urged: AGENT=Trudeau PATIENT=Modi COMP=expel" TAIL
           "expel: PATIENT=diplomats AGENT=Modi[ctl] | pol=+ mod=none att=ask(urged)"
           " gov=urged(xcomp) said_by=-\n",
           "object control");
    FRAMES("The the DET DT 2 det;UN UN PROPN NNP 3 nsubj;asked ask VERB VBD 0 root;"
           "Myanmar Myanmar PROPN NNP 3 obj;to to PART TO 6 mark;let let VERB VB 3 xcomp;"
           "aid aid NOUN NN 6 obj;in in ADV RB 6 xcomp",
           "asked: AGENT=UN PATIENT=Myanmar COMP=let" TAIL
           "let: PATIENT=aid COMP=in AGENT=Myanmar[ctl] | pol=+ mod=none att=ask(asked)"
           " gov=asked(xcomp) said_by=-\n",
           "object control with ask");
    FRAMES("The the DET DT 2 det;UN UN PROPN NNP 3 nsubj;called call VERB VBD 0 root;"
           "on on ADP IN 5 case;Myanmar Myanmar PROPN NNP 3 obl;to to PART TO 7 mark;"
           "stop stop VERB VB 3 xcomp;the the DET DT 9 det;violence violence NOUN NN 7 obj",
           "called: AGENT=UN OBL(on)=Myanmar COMP=stop" TAIL
           "stop: PATIENT=violence AGENT=Myanmar[ctl] | pol=+ mod=none att=ask(called)"
           " gov=called(xcomp) said_by=-\n",
           "call on X to: the prepositional object controls");
    FRAMES("Putin Putin PROPN NNP 3 nsubj:pass;is be AUX VBZ 3 aux:pass;"
           "expected expect VERB VBN 0 root;to to PART TO 5 mark;visit visit VERB VB 3 xcomp;"
           "Beijing Beijing PROPN NNP 5 obj",
           "expected(pass): PATIENT=Putin COMP=visit" TAIL
           "visit: PATIENT=Beijing AGENT=Putin[raised] | pol=+ mod=future(expected) att=-"
           " gov=expected(xcomp) said_by=-\n",
           "raising: is expected to visit");
    FRAMES("Russia Russia PROPN NNP 2 nsubj;seems seem VERB VBZ 0 root;to to PART TO 5 mark;"
           "have have AUX VB 5 aux;attacked attack VERB VBN 2 xcomp;Ukraine Ukraine PROPN NNP 5 obj",
           "seems: AGENT=Russia COMP=attacked" TAIL
           "attacked: PATIENT=Ukraine AGENT=Russia[raised] | pol=+ mod=none att=-"
           " gov=seems(xcomp) said_by=-\n",
           "raising: seems to have attacked");
    FRAMES("Iran Iran PROPN NNP 2 nsubj;plans plan VERB VBZ 0 root;to to PART TO 4 mark;"
           "try try VERB VB 2 xcomp;to to PART TO 6 mark;meet meet VERB VB 4 xcomp;"
           "Saudi saudi ADJ JJ 8 amod;officials official NOUN NNS 6 obj",
           "plans: AGENT=Iran COMP=try" TAIL
           "try: COMP=meet AGENT=Iran[ctl] | pol=+ mod=none att=intend(plans) gov=plans(xcomp)"
           " said_by=-\n"
           "meet: PATIENT=officials AGENT=Iran[ctl] | pol=+ mod=none att=intend(try)"
           " gov=try(xcomp) said_by=-\n",
           "xcomp chain: plans to try to meet");
    FRAMES("Washington Washington PROPN NNP 2 nsubj;expects expect VERB VBZ 0 root;"
           "Iran Iran PROPN NNP 2 obj;to to PART TO 5 mark;release release VERB VB 2 xcomp;"
           "the the DET DT 7 det;crew crew NOUN NN 5 obj",
           "expects: AGENT=Washington PATIENT=Iran COMP=release" TAIL
           "release: PATIENT=crew AGENT=Iran[raised] | pol=+ mod=none att=-"
           " gov=expects(xcomp) said_by=-\n",
           "an object raised to subject of the infinitive");
}

static void test_relatives(void)
{
    FRAMES("The the DET DT 2 det;soldiers soldier NOUN NNS 7 nsubj;who who PRON WP 4 nsubj;"
           "attacked attack VERB VBD 2 acl:relcl;the the DET DT 6 det;"
           "village village NOUN NN 4 obj;fled flee VERB VBD 0 root",
           "attacked: AGENT=soldiers[rel] PATIENT=village | pol=+ mod=none att=-"
           " gov=soldiers(acl:relcl) said_by=-\n"
           "fled: AGENT=soldiers" TAIL,
           "relative clause: the pronoun stands for the noun");
    CHECK(dyad_frames_of_word(&frames, 3)->gov == frame_of(6), "relcl's governing frame");
    FRAMES("Soldiers soldier NOUN NNS 5 nsubj;attacked attack VERB VBN 1 acl;by by ADP IN 4 case;"
           "rebels rebel NOUN NNS 2 obl;fled flee VERB VBD 0 root",
           "attacked(pass): AGENT=rebels PATIENT=Soldiers[rel] | pol=+ mod=none att=-"
           " gov=Soldiers(acl) said_by=-\n"
           "fled: AGENT=Soldiers" TAIL,
           "passive participle: the noun is the patient, by the agent");
    FRAMES("The the DET DT 2 det;troops troop NOUN NNS 6 nsubj;stationed station VERB VBN 2 acl;"
           "in in ADP IN 5 case;Mali Mali PROPN NNP 3 obl;left leave VERB VBD 0 root",
           "stationed(pass): OBL(in)=Mali PATIENT=troops[rel] | pol=+ mod=none att=-"
           " gov=troops(acl) said_by=-\n"
           "left: AGENT=troops" TAIL,
           "the troops stationed in Mali");
    FRAMES("Troops troop NOUN NNS 5 nsubj;guarding guard VERB VBG 1 acl;the the DET DT 4 det;"
           "border border NOUN NN 2 obj;fired fire VERB VBD 0 root",
           "guarding: PATIENT=border AGENT=Troops[rel] | pol=+ mod=none att=-"
           " gov=Troops(acl) said_by=-\n"
           "fired: AGENT=Troops" TAIL,
           "present participle: the noun is the agent");
    FRAMES("Ghana Ghana PROPN NNP 2 nsubj;issued issue VERB VBD 0 root;a a DET DT 4 det;"
           "statement statement NOUN NN 2 obj;praising praise VERB VBG 4 acl;Togo Togo PROPN NNP 5 obj",
           "issued: AGENT=Ghana PATIENT=statement" TAIL
           "praising: PATIENT=Togo AGENT=Ghana[rel] | pol=+ mod=none att=-"
           " gov=statement(acl) said_by=-\n",
           "a message's participle acts for its author: the subject of the verb it is object of");
    FRAMES("Ghana Ghana PROPN NNP 3 nmod:poss;'s 's PART POS 1 case;tweet tweet NOUN NN 6 nsubj;"
           "blaming blame VERB VBG 3 acl;Togo Togo PROPN NNP 4 obj;angered anger VERB VBD 0 root;"
           "Mali Mali PROPN NNP 6 obj",
           "blaming: PATIENT=Togo AGENT=Ghana[rel] | pol=+ mod=none att=-"
           " gov=tweet(acl) said_by=-\n"
           "angered: AGENT=tweet PATIENT=Mali" TAIL,
           "... or its possessor");
}

/* Parser slips that still read as grammar. */
static void test_slips(void)
{
    FRAMES("Kenya Kenya PROPN NNP 3 nsubj:pass;was be AUX VBD 3 aux:pass;"
           "opposed oppose VERB VBN 0 root;earlier early ADV RBR 3 advmod;by by ADP IN 6 case;"
           "Uganda Uganda PROPN NNP 4 obl:agent",
           "opposed(pass): PATIENT=Kenya AGENT=Uganda" TAIL,
           "a by-agent hung from an adverb: was opposed earlier by X");
    FRAMES("Talks talk NOUN NNS 2 nsubj;resumed resume VERB VBD 0 root;after after SCONJ IN 5 mark;"
           "crowds crowd NOUN NNS 5 nsubj;burned burn VERB VBN 2 advcl;the the DET DT 7 det;"
           "embassy embassy NOUN NN 5 obj",
           "resumed: AGENT=Talks" TAIL
           "burned: AGENT=crowds PATIENT=embassy | pol=+ mod=none att=- gov=resumed(advcl)"
           " said_by=-\n",
           "a past participle with an active subject is no passive");
    FRAMES("Kenya Kenya PROPN NNP 2 nsubj;joined join VERB VBD 0 root;the the DET DT 4 det;"
           "calls call NOUN NNS 2 obj;asking ask VERB VBG 2 xcomp;Uganda Uganda PROPN NNP 5 iobj;"
           "to to PART TO 8 mark;leave leave VERB VB 5 xcomp",
           "joined: AGENT=Kenya PATIENT=calls COMP=asking" TAIL
           "asking: RECIPIENT=Uganda COMP=leave AGENT=Kenya[ctl] | pol=+ mod=none att=-"
           " gov=joined(xcomp) said_by=-\n"
           "leave: AGENT=Uganda[ctl] | pol=+ mod=none att=ask(asking) gov=asking(xcomp)"
           " said_by=-\n",
           "a gerund complement raises no object");
    FRAMES("Kenya Kenya PROPN NNP 3 nsubj;is be AUX VBZ 3 aux;inching inch VERB VBG 0 root;"
           "nearer near ADJ JJR 3 xcomp;to to PART TO 6 mark;accord accord VERB VB 4 advcl;"
           "with with ADP IN 8 case;Uganda Uganda PROPN NNP 6 obl",
           "inching: AGENT=Kenya COMP=nearer" TAIL
           "accord: OBL(with)=Uganda AGENT=Kenya[ctl] | pol=+ mod=none att=- gov=nearer(advcl)"
           " said_by=-\n",
           "control through a predicative adjective: inching nearer to accord");
    FRAMES("The the DET DT 2 det;attack attack NOUN NN 3 nsubj;killed kill VERB VBD 0 root;"
           "twelve twelve NUM CD 3 obj;and and CCONJ CC 6 cc;wounded wound VERB VBD 4 conj;"
           "ten ten NUM CD 6 obj",
           "killed: AGENT=attack PATIENT=twelve" TAIL
           "wounded: PATIENT=ten AGENT=attack[conj] | pol=+ mod=none att=- gov=twelve(conj)"
           " said_by=-\n",
           "a verb conjoined with a noun takes the subject of the predicate above");
    FRAMES("A a DET DT 2 det;boy boy NOUN NN 4 nsubj:pass;was be AUX VBD 4 aux:pass;"
           "rescued rescue VERB VBN 0 root;alive alive ADJ JJ 4 xcomp;and and CCONJ CC 7 cc;"
           "flown fly VERB VBN 5 conj;to to ADP IN 9 case;Kenya Kenya PROPN NNP 7 obl",
           "rescued(pass): PATIENT=boy COMP=alive" TAIL
           "flown(pass): OBL(to)=Kenya PATIENT=boy[conj] | pol=+ mod=none att=- gov=alive(conj)"
           " said_by=-\n",
           "... and its voice: was rescued alive and flown to X");
    FRAMES("Men man NOUN NNS 0 root;who who PRON WP 4 nsubj;are be AUX VBP 4 cop;"
           "willing willing ADJ JJ 1 acl:relcl;to to PART TO 6 mark;fight fight VERB VB 4 xcomp",
           "fight: AGENT=Men[rel] | pol=+ mod=none att=- gov=willing(xcomp) said_by=-\n",
           "a relative pronoun under a predicative adjective: men who are willing to fight");
    FRAMES("Kenya Kenya PROPN NNP 2 nsubj;made make VERB VBD 0 root;friends friend NOUN NNS 2 obj;"
           "by by SCONJ IN 5 mark;backing back VERB VBG 2 advcl;Uganda Uganda PROPN NNP 5 obj",
           "made: AGENT=Kenya PATIENT=friends" TAIL
           "backing: PATIENT=Uganda AGENT=Kenya[ctl] | pol=+ mod=none att=- gov=made(advcl)"
           " said_by=-\n",
           "a by-gerund is the subject's, even after an object-control verb");
    FRAMES("Kenya Kenya PROPN NNP 2 nsubj;blamed blame VERB VBD 0 root;Uganda Uganda PROPN NNP 2 obj;"
           ", , PUNCT , 5 punct;saying say VERB VBG 2 advcl;nothing nothing PRON NN 5 obj",
           "blamed: AGENT=Kenya PATIENT=Uganda" TAIL
           "saying: PATIENT=nothing AGENT=Kenya[ctl] | pol=+ mod=none att=- gov=blamed(advcl)"
           " said_by=- say=say\n",
           "a bare gerund after an object-control verb is the subject's");
    FRAMES("Police police NOUN NNS 2 nsubj;made make VERB VBD 0 root;efforts effort NOUN NNS 2 obj;"
           "to to PART TO 5 mark;evacuate evacuate VERB VB 2 xcomp;Kenyans Kenyan PROPN NNPS 5 obj",
           "made: AGENT=Police PATIENT=efforts COMP=evacuate" TAIL
           "evacuate: PATIENT=Kenyans AGENT=Police[ctl] | pol=+ mod=none att=- gov=made(xcomp)"
           " said_by=-\n",
           "a causative's object controls no to-infinitive: made efforts to evacuate");
    FRAMES("Men man NOUN NNS 3 nsubj:pass;were be AUX VBD 3 aux:pass;seized seize VERB VBN 0 root;"
           "and and CCONJ CC 5 cc;rebels rebel NOUN NNS 3 conj;threaten threaten VERB VBP 3 conj;"
           "to to PART TO 8 mark;kill kill VERB VB 6 xcomp;them they PRON PRP 8 obj",
           "seized(pass): PATIENT=Men" TAIL
           "threaten: COMP=kill AGENT=rebels | pol=+ mod=none att=- gov=seized(conj) said_by=-\n"
           "kill: PATIENT=them AGENT=rebels[ctl] | pol=+ mod=none att=threaten(threaten)"
           " gov=threaten(xcomp) said_by=-\n",
           "a noun hung as a conjunct right before a conjoined verb is its subject");
}

static void test_polarity(void)
{
    FRAMES("Russia Russia PROPN NNP 4 nsubj;did do AUX VBD 4 aux;not not PART RB 4 advmod;"
           "attack attack VERB VB 0 root;Ukraine Ukraine PROPN NNP 4 obj",
           "attack: AGENT=Russia PATIENT=Ukraine | pol=-(not) mod=none att=- gov=- said_by=-\n",
           "negation by not");
    FRAMES("Russia Russia PROPN NNP 3 nsubj;never never ADV RB 3 advmod;"
           "attacked attack VERB VBD 0 root;Ukraine Ukraine PROPN NNP 3 obj",
           "attacked: AGENT=Russia PATIENT=Ukraine | pol=-(never) mod=none att=- gov=-"
           " said_by=-\n",
           "negation by never");
    FRAMES("No no DET DT 3 det;Chinese chinese ADJ JJ 3 amod;leader leader NOUN NN 5 nsubj;"
           "has have AUX VBZ 5 aux;visited visit VERB VBN 0 root;Taiwan Taiwan PROPN NNP 5 obj",
           "visited: AGENT=leader PATIENT=Taiwan | pol=-(No) mod=none att=- gov=- said_by=-\n",
           "a subject with no");
    FRAMES("Nobody nobody PRON NN 2 nsubj;claimed claim VERB VBD 0 root;the the DET DT 4 det;"
           "attack attack NOUN NN 2 obj",
           "claimed: AGENT=Nobody PATIENT=attack | pol=-(Nobody) mod=none att=- gov=- said_by=-\n",
           "a negative pronoun as subject");
    FRAMES("Talks talk NOUN NNS 2 nsubj;failed fail VERB VBD 0 root;to to PART TO 4 mark;"
           "produce produce VERB VB 2 xcomp;a a DET DT 6 det;deal deal NOUN NN 4 obj",
           "failed: AGENT=Talks COMP=produce" TAIL
           "produce: PATIENT=deal AGENT=Talks[ctl] | pol=-(failed) mod=none att=fail(failed)"
           " gov=failed(xcomp) said_by=-\n",
           "failed to: the embedded act is negative, failing is not");
    FRAMES("Iran Iran PROPN NNP 4 nsubj;did do AUX VBD 4 aux;not not PART RB 4 advmod;"
           "try try VERB VB 0 root;to to PART TO 6 mark;meet meet VERB VB 4 xcomp;"
           "them they PRON PRP 6 obj",
           "try: AGENT=Iran COMP=meet | pol=-(not) mod=none att=- gov=- said_by=-\n"
           "meet: PATIENT=them AGENT=Iran[ctl] | pol=-(not) mod=none att=intend(try)"
           " gov=try(xcomp) said_by=-\n",
           "did not try to meet: the xcomp is negative too");
    FRAMES("Troops troop NOUN NNS 2 nsubj;left leave VERB VBD 0 root;without without SCONJ IN 4 mark;"
           "firing fire VERB VBG 2 advcl;a a DET DT 6 det;shot shot NOUN NN 4 obj",
           "left: AGENT=Troops" TAIL
           "firing: PATIENT=shot AGENT=Troops[ctl] | pol=-(without) mod=none att=-"
           " gov=left(advcl) said_by=-\n",
           "without X-ing");
}

/* "Russia MODAL attack Ukraine ." with the modal given. */
#define S_MODAL(m)                                                                           \
    "Russia Russia PROPN NNP 3 nsubj;" m " " m " AUX MD 3 aux;attack attack VERB VB 0 root;"  \
    "Ukraine Ukraine PROPN NNP 3 obj;. . PUNCT . 3 punct"

static void test_modality(void)
{
    static const struct {
        const char *modal, *want;
    } modals[] = {{"will", "future"},  {"shall", "future"},     {"may", "possible"},
                  {"could", "possible"}, {"must", "necessary"}, {"should", "necessary"},
                  {"would", "hypothetical"}};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(modals); i++) {
        char parse[256], want[256];
        snprintf(parse, sizeof parse, S_MODAL("%s"), modals[i].modal, modals[i].modal);
        snprintf(want, sizeof want,
                 "attack: AGENT=Russia PATIENT=Ukraine | pol=+ mod=%s(%s) att=- gov=- said_by=-\n",
                 modals[i].want, modals[i].modal);
        FRAMES(parse, want, "modal %s", modals[i].modal);
    }
    FRAMES("If if SCONJ IN 3 mark;Russia Russia PROPN NNP 3 nsubj;attacks attack VERB VBZ 8 advcl;"
           "Ukraine Ukraine PROPN NNP 3 obj;, , PUNCT , 8 punct;NATO NATO PROPN NNP 8 nsubj;"
           "would would AUX MD 8 aux;respond respond VERB VB 0 root;. . PUNCT . 8 punct",
           "attacks: AGENT=Russia PATIENT=Ukraine | pol=+ mod=conditional(If) att=-"
           " gov=respond(advcl) said_by=-\n"
           "respond: AGENT=NATO | pol=+ mod=conditional(would) att=- gov=- said_by=-\n",
           "if-clause, and would beside it");
    FRAMES("If if SCONJ IN 3 mark;Iran Iran PROPN NNP 3 nsubj;decides decide VERB VBZ 8 advcl;"
           "to to PART TO 5 mark;attack attack VERB VB 3 xcomp;, , PUNCT , 8 punct;"
           "we we PRON PRP 8 nsubj;respond respond VERB VBP 0 root",
           "decides: AGENT=Iran COMP=attack | pol=+ mod=conditional(If) att=-"
           " gov=respond(advcl) said_by=-\n"
           "attack: AGENT=Iran[ctl] | pol=+ mod=conditional(If) att=intend(decides)"
           " gov=decides(xcomp) said_by=-\n"
           "respond: AGENT=we" TAIL,
           "under an if-clause");
    FRAMES("Will will AUX MD 3 aux;Russia Russia PROPN NNP 3 nsubj;attack attack VERB VB 0 root;"
           "Ukraine Ukraine PROPN NNP 3 obj;? ? PUNCT . 3 punct",
           "attack: AGENT=Russia PATIENT=Ukraine | pol=+ mod=question(?) att=- gov=- said_by=-\n",
           "question");
    FRAMES("Reporters reporter NOUN NNS 2 nsubj;asked ask VERB VBD 0 root;whether whether SCONJ IN 5"
           " mark;Russia Russia PROPN NNP 5 nsubj;attacked attack VERB VBD 2 ccomp",
           "asked: AGENT=Reporters COMP=attacked" TAIL
           "attacked: AGENT=Russia | pol=+ mod=question(whether) att=ask(asked)"
           " gov=asked(ccomp) said_by=-\n",
           "asked whether");
    FRAMES("Russia Russia PROPN NNP 3 nsubj;is be AUX VBZ 3 aux;going go VERB VBG 0 root;"
           "to to PART TO 5 mark;attack attack VERB VB 3 xcomp",
           "going: AGENT=Russia COMP=attack" TAIL
           "attack: AGENT=Russia[raised] | pol=+ mod=future(going) att=- gov=going(xcomp)"
           " said_by=-\n",
           "is going to");
    FRAMES("Iran Iran PROPN NNP 2 nsubj;has have VERB VBZ 0 root;to to PART TO 4 mark;"
           "release release VERB VB 2 xcomp;the the DET DT 6 det;crew crew NOUN NN 4 obj",
           "has: AGENT=Iran COMP=release" TAIL
           "release: PATIENT=crew AGENT=Iran[raised] | pol=+ mod=necessary(has) att=-"
           " gov=has(xcomp) said_by=-\n",
           "has to");
    FRAMES("Russia Russia PROPN NNP 3 nsubj;will will AUX MD 3 aux;meet meet VERB VB 0 root;"
           "and and CCONJ CC 5 cc;discuss discuss VERB VB 3 conj;trade trade NOUN NN 5 obj",
           "meet: AGENT=Russia | pol=+ mod=future(will) att=- gov=- said_by=-\n"
           "discuss: PATIENT=trade AGENT=Russia[conj] | pol=+ mod=future(will) att=-"
           " gov=meet(conj) said_by=-\n",
           "a conjunct shares the modal");
    FRAMES("Police police NOUN NNS 2 nsubj;arrested arrest VERB VBD 0 root;and and CCONJ CC 4 cc;"
           "released release VERB VBD 2 conj;two two NUM CD 6 nummod;men man NOUN NNS 4 obj",
           "arrested: AGENT=Police PATIENT=men[conj] | pol=+ mod=none att=- gov=- said_by=-\n"
           "released: PATIENT=men AGENT=Police[conj] | pol=+ mod=none att=- gov=arrested(conj)"
           " said_by=-\n",
           "an object under the last conjunct is the first's too");
    FRAMES("Troops troops NOUN NNS 2 nsubj;arrived arrive VERB VBD 0 root;and and CCONJ CC 4 cc;"
           "attacked attack VERB VBD 2 conj;the the DET DT 6 det;town town NOUN NN 4 obj",
           "arrived: AGENT=Troops | pol=+ mod=none att=- gov=- said_by=-\n"
           "attacked: PATIENT=town AGENT=Troops[conj] | pol=+ mod=none att=- gov=arrived(conj)"
           " said_by=-\n",
           "not the first's when it is a verb news uses without an object");
    /* what is let happen under an intent is only possible; plain letting is a fact */
    FRAMES("Russia Russia PROPN NNP 2 nsubj;agreed agree VERB VBD 0 root;to to PART TO 4 mark;"
           "let let VERB VB 2 xcomp;Ukraine Ukraine PROPN NNP 4 obj;join join VERB VB 4 xcomp;"
           "NATO NATO PROPN NNP 6 obj",
           "agreed: AGENT=Russia COMP=let" TAIL
           "let: PATIENT=Ukraine COMP=join AGENT=Russia[ctl] | pol=+ mod=none att=agree(agreed)"
           " gov=agreed(xcomp) said_by=-\n"
           "join: PATIENT=NATO AGENT=Ukraine[ctl] | pol=+ mod=possible(let) att=- gov=let(xcomp)"
           " said_by=-\n",
           "agreed to let Ukraine join");
    FRAMES("Russia Russia PROPN NNP 2 nsubj;let let VERB VBD 0 root;"
           "Ukraine Ukraine PROPN NNP 2 obj;join join VERB VB 2 xcomp;NATO NATO PROPN NNP 4 obj",
           "let: AGENT=Russia PATIENT=Ukraine COMP=join" TAIL
           "join: PATIENT=NATO AGENT=Ukraine[ctl] | pol=+ mod=none att=- gov=let(xcomp)"
           " said_by=-\n",
           "let Ukraine join");
}

/* "Russia VERBED to attack Ukraine": verb form, lemma and the attitude printed. */
static void attitude_case(const char *form, const char *lemma, const char *att)
{
    char parse[320], want[320];
    snprintf(parse, sizeof parse,
             "Russia Russia PROPN NNP 2 nsubj;%s %s VERB VBD 0 root;to to PART TO 4 mark;"
             "attack attack VERB VB 2 xcomp;Ukraine Ukraine PROPN NNP 4 obj",
             form, lemma);
    snprintf(want, sizeof want,
             "%s: AGENT=Russia COMP=attack" TAIL
             "attack: PATIENT=Ukraine AGENT=Russia[ctl] | pol=%s mod=none att=%s(%s)"
             " gov=%s(xcomp) said_by=-\n",
             form, strcmp(att, "refuse") == 0 ? "-(refused)" : "+", att, form, form);
    FRAMES(parse, want, "attitude %s", att);
    const dyad_frame *fr = dyad_frames_of_word(&frames, 3);
    CHECK(fr && fr->att_frame == frame_of(1) && fr->att_word == 1 &&
              fr->attitude == dyad_frames_attitude_of(lemma),
          "attitude %s names the governing frame", att);
}

static void test_attitudes(void)
{
    attitude_case("planned", "plan", "intend");
    attitude_case("pledged", "pledge", "promise");
    attitude_case("threatened", "threaten", "threaten");
    attitude_case("refused", "refuse", "refuse");
    attitude_case("agreed", "agree", "agree");
    attitude_case("offered", "offer", "offer");
    attitude_case("wanted", "want", "want");
    attitude_case("considered", "consider", "consider");
    FRAMES("Ukraine Ukraine PROPN NNP 2 nsubj;demanded demand VERB VBD 0 root;"
           "that that SCONJ IN 5 mark;Russia Russia PROPN NNP 5 nsubj;"
           "withdraw withdraw VERB VB 2 ccomp",
           "demanded: AGENT=Ukraine COMP=withdraw" TAIL
           "withdraw: AGENT=Russia | pol=+ mod=none att=demand(demanded) gov=demanded(ccomp)"
           " said_by=-\n",
           "attitude demand on a that-clause");
    CHECK(dyad_frames_attitude_of("URGE") == DYAD_ATT_ASK &&
              dyad_frames_attitude_of("call on") == DYAD_ATT_ASK &&
              dyad_frames_attitude_of("attack") == DYAD_ATT_NONE &&
              dyad_frames_attitude_of(NULL) == DYAD_ATT_NONE,
          "attitude_of: case-insensitive, two-word entries, others none");
}

static void test_attribution(void)
{
    FRAMES("Lavrov Lavrov PROPN NNP 2 nsubj;said say VERB VBD 0 root;that that SCONJ IN 5 mark;"
           "Russia Russia PROPN NNP 5 nsubj;attacked attack VERB VBD 2 ccomp;"
           "Ukraine Ukraine PROPN NNP 5 obj",
           "said: AGENT=Lavrov COMP=attacked | pol=+ mod=none att=- gov=- said_by=- say=say\n"
           "attacked: AGENT=Russia PATIENT=Ukraine | pol=+ mod=none att=- gov=said(ccomp)"
           " said_by=Lavrov(said)\n",
           "said that");
    const dyad_frame *fr = dyad_frames_of_word(&frames, 4);
    CHECK(fr && fr->said_frame == frame_of(1) && fr->speaker == 0 && fr->said_word == 1,
          "attribution names the speech frame and the speaker");
    FRAMES("Lavrov Lavrov PROPN NNP 2 nsubj;said say VERB VBD 0 root;the the DET DT 4 det;"
           "strike strike NOUN NN 6 nsubj;was be AUX VBD 6 cop;illegal illegal ADJ JJ 2 ccomp;"
           "and and CCONJ CC 10 cc;that that SCONJ IN 10 mark;Kyiv Kyiv PROPN NNP 10 nsubj;"
           "provoked provoke VERB VBD 6 conj;it it PRON PRP 10 obj",
           "said: AGENT=Lavrov COMP=illegal | pol=+ mod=none att=- gov=- said_by=- say=say\n"
           "provoked: AGENT=Kyiv PATIENT=it | pol=+ mod=none att=- gov=illegal(conj)"
           " said_by=Lavrov(said)\n",
           "said X was illegal and that Y did: content through a copular clause");
    FRAMES("Russia Russia PROPN NNP 2 nsubj;attacked attack VERB VBD 0 root;"
           "Kyiv Kyiv PROPN NNP 2 obj;, , PUNCT , 6 punct;officials official NOUN NNS 6 nsubj;"
           "said say VERB VBD 2 parataxis",
           "attacked: AGENT=Russia PATIENT=Kyiv | pol=+ mod=none att=- gov=- said_by=officials(said)\n"
           "said: AGENT=officials | pol=+ mod=none att=- gov=attacked(parataxis) said_by=- say=say\n",
           "..., officials said");
    FRAMES("According accord VERB VBG 3 case;to to ADP IN 1 fixed;officials official NOUN NNS 6 obl;"
           ", , PUNCT , 6 punct;Russia Russia PROPN NNP 6 nsubj;attacked attack VERB VBD 0 root;"
           "Kyiv Kyiv PROPN NNP 6 obj;and and CCONJ CC 9 cc;killed kill VERB VBD 6 conj;"
           "civilians civilian NOUN NNS 9 obj",
           "attacked: OBL(according to)=officials AGENT=Russia PATIENT=Kyiv | pol=+ mod=none att=-"
           " gov=- said_by=officials(According)\n"
           "killed: PATIENT=civilians AGENT=Russia[conj] | pol=+ mod=none att=- gov=attacked(conj)"
           " said_by=officials(According)\n",
           "according to, passed to a conjunct");
    FRAMES("Kyiv Kyiv PROPN NNP 2 nsubj;accused accuse VERB VBD 0 root;Russia Russia PROPN NNP 2 obj;"
           "of of SCONJ IN 5 mark;shelling shell VERB VBG 2 advcl;"
           "hospitals hospital NOUN NNS 5 obj",
           "accused: AGENT=Kyiv PATIENT=Russia | pol=+ mod=none att=- gov=- said_by=- say=allege\n"
           "shelling: PATIENT=hospitals AGENT=Russia[ctl] | pol=+ mod=none att=-"
           " gov=accused(advcl) said_by=Kyiv(accused)\n",
           "accused X of doing: X acts, the accuser is the source");
}

static void test_purpose_appos_nominal(void)
{
    FRAMES("The the DET DT 2 det;ministers minister NOUN NNS 3 nsubj;met meet VERB VBD 0 root;"
           "in in ADP IN 5 case;Berlin Berlin PROPN NNP 3 obl;to to PART TO 7 mark;"
           "discuss discuss VERB VB 3 advcl;Iran Iran PROPN NNP 7 obj",
           "met: AGENT=ministers OBL(in)=Berlin" TAIL
           "discuss: PATIENT=Iran AGENT=ministers[ctl] | pol=+ mod=none att=- gov=met(advcl)"
           " said_by=- purpose(to)\n",
           "purpose clause");
    FRAMES("Lavrov Lavrov PROPN NNP 8 nsubj;, , PUNCT , 6 punct;Russia Russia PROPN NNP 6 nmod:poss;"
           "'s 's PART POS 3 case;foreign foreign ADJ JJ 6 amod;minister minister NOUN NN 1 appos;"
           ", , PUNCT , 6 punct;met meet VERB VBD 0 root;Kerry Kerry PROPN NNP 8 obj",
           "met: AGENT=Lavrov PATIENT=Kerry AGENT=minister[appos]" TAIL, "apposition");
    CHECK(dyad_frames_appos(&frames, 0, 0) == 5 && dyad_frames_appos(&frames, 5, 0) == 0 &&
              dyad_frames_appos(&frames, 0, 1) == -1 && dyad_frames_appos(&frames, 8, 0) == -1,
          "apposition links both ways");
    CHECK(build("Russia Russia PROPN NNP 3 nmod:poss;'s 's PART POS 1 case;"
                "invasion invasion NOUN NN 6 nsubj;of of ADP IN 5 case;"
                "Ukraine Ukraine PROPN NNP 3 nmod;began begin VERB VBD 0 root;"
                "in in ADP IN 8 case;2022 2022 NUM CD 6 obl") == DYAD_OK,
          "built: nominal");
    const dyad_frame *inv = dyad_frames_nominal(&frames, 2);
    CHECK_STR(dump(),
              "began: AGENT=invasion OBL(in)=2022" TAIL
              "invasion(noun): AGENT=Russia PATIENT=Ukraine | pol=+ mod=none att=-"
              " gov=began(nsubj) said_by=-\n",
              "event noun: possessor agent, of-patient");
    CHECK(inv && inv == dyad_frames_nominal(&frames, 2) && inv->gov == frame_of(5) &&
              dyad_frame_arg(inv, DYAD_ROLE_PATIENT, 0)->prep_word == 3,
          "a nominal frame is made once, with its governor and the of word");
    CHECK(dyad_frames_nominal(&frames, 5) == dyad_frames_of_word(&frames, 5) &&
              dyad_frames_nominal(&frames, -1) == NULL && dyad_frames_nominal(&frames, 8) == NULL,
          "nominal: a verb's own frame, nothing out of range");
    CHECK(build("Talks talk NOUN NNS 6 nsubj;between between ADP IN 3 case;"
                "Sudan Sudan PROPN NNP 1 nmod;and and CCONJ CC 5 cc;Chad Chad PROPN NNP 3 conj;"
                "resumed resume VERB VBD 0 root") == DYAD_OK,
          "built: talks between");
    dyad_frames_nominal(&frames, 0);
    CHECK_STR(dump(),
              "resumed: AGENT=Talks" TAIL
              "Talks(noun): OBL(between)=Sudan OBL(between)=Chad[conj] | pol=+ mod=none att=-"
              " gov=resumed(nsubj) said_by=-\n",
              "talks between Sudan and Chad");
}

static void test_edges(void)
{
    dyad_err err;
    dyad_frames f;
    dyad_err_clear(&err);
    CHECK(dyad_frames_build(NULL, NULL, &arena, &f, &err) == DYAD_EINVAL && err.msg[0],
          "NULL sentence refused with a message");
    FRAMES("", "", "empty sentence: no frames");
    FRAMES("A a NOUN NN 2 nsubj;loops loop VERB VBZ 3 conj;round round VERB VB 2 xcomp;"
           "x x NOUN NN 9 obj",
           "loops: AGENT=A COMP=round | pol=+ mod=none att=- gov=round(conj) said_by=-\n"
           "round: AGENT=A[ctl] | pol=+ mod=none att=- gov=loops(xcomp) said_by=-\n",
           "a head cycle and a head out of range do not hang or crash");
}

/* ---- every sentence of a gold treebank: no crash, indexes in range, counts as a note ---- */

static void sweep(const char *path, const char *name)
{
    dyad_cu_reader *r;
    dyad_err err;
    dyad_err_clear(&err);
    if (dyad_cu_open(&r, path, &err) != DYAD_OK) {
        CHECK_SKIP("%s: %s", name, err.msg);
        return;
    }
    dyad_doc d;
    dyad_doc_init(&d);
    long sents = 0, nframes = 0, nargs = 0, bad = 0, failed = 0, nominal = 0, nomargs = 0;
    long pol[2] = {0}, mod[DYAD_MOD_COUNT] = {0}, att[DYAD_ATT_COUNT] = {0}, said = 0;
    int rc;
    while ((rc = dyad_cu_next(r, &d, &err)) != 0) {
        if (rc < 0) {
            if (rc != DYAD_EFORMAT)
                break;
            continue;
        }
        const dyad_sentence *s = &d.sent[d.nsent - 1];
        dyad_frames f;
        sents++;
        if (dyad_frames_build(s, NULL, &d.arena, &f, &err) != DYAD_OK) {
            failed++;
            continue;
        }
        for (int32_t w = 0; w < s->n; w++)
            if (s->tok[w].upos == DYAD_UPOS_NOUN)
                dyad_frames_nominal(&f, w);
        for (int32_t i = 0; i < f.n; i++) {
            const dyad_frame *fr = &f.frame[i];
            bool noun = fr->kind == DYAD_FRAME_NOMINAL;
            nframes += !noun;
            nargs += noun ? 0 : fr->narg;
            nominal += noun;
            nomargs += noun ? fr->narg : 0;
            for (int32_t j = 0; j < fr->narg; j++)
                bad += fr->arg[j].word < 0 || fr->arg[j].word >= s->n ||
                       fr->arg[j].frame >= f.n || fr->arg[j].role == DYAD_ROLE_NONE;
            bad += fr->gov < -1 || fr->gov >= f.n || fr->gov == i || fr->pred < 0 ||
                   fr->pred >= s->n || fr->said_frame >= f.n || fr->att_frame >= f.n ||
                   fr->speaker >= s->n;
            said += fr->said_word >= 0;
            if (noun)
                continue; /* nominal frames carry no polarity, modality or attitude */
            pol[fr->polarity != 0]++;
            mod[fr->modality < DYAD_MOD_COUNT ? fr->modality : 0]++;
            att[fr->attitude < DYAD_ATT_COUNT ? fr->attitude : 0]++;
        }
        dyad_doc_reset(&d);
    }
    dyad_cu_close(r);
    dyad_doc_free(&d);
    CHECK(rc == 0 && sents > 0, "%s: read every sentence (%ld)", name, sents);
    CHECK(failed == 0, "%s: frames built for every sentence (%ld failed)", name, failed);
    CHECK(bad == 0, "%s: every argument, governor and link in range (%ld bad)", name, bad);
    printf("# note %s: %ld sentences, %ld verb frames, %.2f args per verb frame; %ld nominal "
           "frames (one per NOUN), %.2f args each; attributed (all) %ld; negative verb frames %ld\n",
           name, sents, nframes, nframes ? (double)nargs / (double)nframes : 0.0, nominal,
           nominal ? (double)nomargs / (double)nominal : 0.0, said, pol[1]);
    printf("# note %s verb-frame modality:", name);
    for (int m = 0; m < DYAD_MOD_COUNT; m++)
        printf(" %s %ld", dyad_modality_name(m), mod[m]);
    printf("\n# note %s verb-frame attitude:", name);
    for (int a = 0; a < DYAD_ATT_COUNT; a++)
        printf(" %s %ld", dyad_attitude_name(a), att[a]);
    printf("\n");
}

static void test_treebanks(void)
{
    const char *dir = check_shared_dir();
    if (!dir) {
        CHECK_SKIP("frames over gold treebanks: no ../shared/data (set DYAD_SHARED)");
        return;
    }
    char path[4200];
    snprintf(path, sizeof path, "%.4000s/ud-english-ewt/en_ewt-ud-dev.conllu", dir);
    sweep(path, "EWT dev");
    snprintf(path, sizeof path, "%.4000s/ud-english-gum-wiki/en_gum-wiki-dev.conllu", dir);
    sweep(path, "GUM-wiki dev");
}

int main(void)
{
    dyad_arena_init(&arena, 0);
    test_roles();
    test_conjuncts();
    test_control();
    test_relatives();
    test_slips();
    test_polarity();
    test_modality();
    test_attitudes();
    test_attribution();
    test_purpose_appos_nominal();
    test_edges();
    test_treebanks();
    dyad_arena_free(&arena);
    CHECK_EXIT();
}
