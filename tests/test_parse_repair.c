/* test_parse_repair.c — headline passives repaired after the parser (src/nlp/parse_repair.c), on
 * trees of our own sentences written as the parser leaves them. */
#include "check.h"
#include "tree_spec.h"

#include "base/arena.h"
#include "nlp/parse_repair.h"

#include <stdio.h>
#include <string.h>

static dyad_sentence *tree(dyad_doc *d, const char *spec)
{
    return tree_spec(d, spec, false);
}

/* "form:head:deprel" of word i (1-based), for messages and comparisons. */
static const char *word(const dyad_sentence *s, int i)
{
    static char buf[128];
    const dyad_token *t = &s->tok[i - 1];
    snprintf(buf, sizeof buf, "%s:%d:%s", t->form, t->head, t->deprel);
    return buf;
}

#define WANT(s, i, expect, what)                                                                  \
    CHECK((s) && strcmp(word((s), (i)), (expect)) == 0, "%s: word %d is %s (got %s)", (what), (i), \
          (expect), (s) ? word((s), (i)) : "no tree")

int main(void)
{
    dyad_doc d;
    dyad_doc_init(&d);

    /* a headline's reduced passive: the subject is the one sentenced */
    dyad_sentence *s = tree(&d, "Opposition NOUN NN 2 compound; leader NOUN NN 3 nsubj;"
                                "sentenced VERB VBN 0 root; to ADP IN 5 case; prison NOUN NN 3 obl");
    dyad_parse_repair(s, false);
    WANT(s, 2, "leader:3:nsubj:pass", "Opposition leader sentenced to prison");

    /* the same words as a title paragraph with a full stop added */
    s = tree(&d, "Opposition NOUN NN 2 compound; leader NOUN NN 3 nsubj;"
                 "sentenced VERB VBN 0 root; to ADP IN 5 case; prison NOUN NN 3 obl; . PUNCT . 3 punct");
    dyad_parse_repair(s, true);
    WANT(s, 2, "leader:3:nsubj:pass", "a title with a full stop");

    /* running text: a participle with a subject is a past tense the tagger misread */
    s = tree(&d, "The DET DT 2 det; index NOUN NN 3 nsubj; rallied VERB VBN 0 root;"
                 "on ADP IN 5 case; Monday PROPN NNP 3 obl; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "index:3:nsubj", "The index rallied on Monday.");

    /* an object, or an auxiliary, means the parse already says what it is */
    s = tree(&d, "Police NOUN NNS 2 nsubj; arrested VERB VBN 0 root; two NUM CD 4 nummod;"
                 "activists NOUN NNS 2 obj");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Police:2:nsubj", "Police arrested two activists (headline)");
    s = tree(&d, "Talks NOUN NNS 3 nsubj; have AUX VBP 3 aux; ended VERB VBN 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Talks:3:nsubj", "Talks have ended (headline)");

    /* a noun root with the participle hung from it: the participle becomes the root */
    s = tree(&d, "Two NUM CD 2 nummod; journalists NOUN NNS 0 root; detained VERB VBN 2 acl;"
                 "in ADP IN 5 case; Minsk PROPN NNP 3 obl");
    dyad_parse_repair(s, false);
    WANT(s, 3, "detained:0:root", "Two journalists detained in Minsk: root");
    WANT(s, 2, "journalists:3:nsubj:pass", "Two journalists detained in Minsk: subject");
    WANT(s, 5, "Minsk:3:obl", "Two journalists detained in Minsk: oblique kept");

    /* ... but not where another verb is the sentence's predicate */
    s = tree(&d, "The DET DT 2 det; men NOUN NNS 6 nsubj; detained VERB VBN 2 acl;"
                 "in ADP IN 5 case; Minsk PROPN NNP 3 obl; were AUX VBD 7 cop;"
                 "journalists NOUN NNS 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "detained:2:acl", "The men detained in Minsk were journalists");

    /* running text: the same shape is a past tense the tagger took for a participle */
    s = tree(&d, "Protests NOUN NNS 0 root; continued VERB VBN 1 acl; in ADP IN 4 case;"
                 "Baghdad PROPN NNP 2 obl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "continued:0:root", "Protests continued in Baghdad.: root");
    WANT(s, 1, "Protests:2:nsubj", "Protests continued in Baghdad.: active subject");
    WANT(s, 5, ".:2:punct", "Protests continued in Baghdad.: punctuation");
    CHECK(s && strcmp(s->tok[1].xpos, "VBD") == 0, "Protests continued in Baghdad.: retagged VBD");
    s = tree(&d, "Rebels NOUN NNS 0 root; seized VERB VBN 1 acl; the DET DT 4 det;"
                 "town NOUN NN 2 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Rebels:2:nsubj", "Rebels seized the town.");

    /* a reported clause the parser split into an object and a conjunct */
    const char *claimed = "Officials NOUN NNS 2 nsubj; claimed VERB VBD 0 root; the DET DT 4 det;"
                          "army NOUN NN 2 obj; had AUX VBD 6 aux; attacked VERB VBN 2 conj;"
                          "journalists NOUN NNS 6 obj; . PUNCT . 2 punct";
    s = tree(&d, claimed);
    dyad_parse_repair(s, false);
    WANT(s, 4, "army:6:nsubj", "Officials claimed the army had attacked journalists.: subject");
    WANT(s, 6, "attacked:2:ccomp", "Officials claimed the army had attacked journalists.: ccomp");
    /* ... not a real coordination ("and had attacked"), nor under a verb with no subject */
    s = tree(&d, "Rebels NOUN NNS 2 nsubj; seized VERB VBD 0 root; the DET DT 4 det;"
                 "town NOUN NN 2 obj; and CCONJ CC 7 cc; had AUX VBD 7 aux; attacked VERB VBN 2 conj;"
                 "police NOUN NN 7 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "attacked:2:conj", "Rebels seized the town and had attacked police.");
    s = tree(&d, "To PART TO 2 mark; avoid VERB VB 0 root; confrontation NOUN NN 2 obj;"
                 "does AUX VBZ 5 aux; help VERB VB 2 conj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "help:2:conj", "To avoid confrontation does help (no subject of avoid)");

    /* an attribution closing the sentence, parsed as a relative clause of its own subject's
     * head: "..., the state news agency Tass said on Friday." */
    s = tree(&d, "Russia PROPN NNP 3 nsubj; will AUX MD 3 aux; expel VERB VB 0 root;"
                 "diplomats NOUN NNS 3 obj; , PUNCT , 9 punct; the DET DT 8 det; state NOUN NN 8 compound;"
                 "agency NOUN NN 4 appos; Tass PROPN NNP 10 nsubj; said|say VERB VBD 8 acl:relcl;"
                 "on ADP IN 12 case; Friday PROPN NNP 10 obl; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 10, "said:3:parataxis", "..., the state agency Tass said on Friday.: the verb");
    WANT(s, 8, "agency:10:nsubj", "..., the state agency Tass said on Friday.: its subject");
    WANT(s, 9, "Tass:8:appos", "..., the state agency Tass said on Friday.: the name");
    WANT(s, 5, ",:10:punct", "..., the state agency Tass said on Friday.: the comma");
    /* ... or as a clause of a noun before the comma, with a subject of its own */
    s = tree(&d, "Talks NOUN NNS 2 nsubj; ended VERB VBD 0 root; after ADP IN 4 case;"
                 "midnight NOUN NN 2 obl; , PUNCT , 8 punct; an DET DT 7 det; official NOUN NN 8 nsubj;"
                 "reported|report VERB VBD 4 acl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "reported:2:parataxis", "Talks ended after midnight, an official reported.");
    WANT(s, 7, "official:8:nsubj", "Talks ended after midnight, an official reported.: subject");
    /* a relative clause with an object, or a verb that reports nothing, stays */
    s = tree(&d, "Talks NOUN NNS 2 nsubj; ended VERB VBD 0 root; after ADP IN 4 case;"
                 "midnight NOUN NN 2 obl; , PUNCT , 8 punct; an DET DT 7 det; official NOUN NN 8 nsubj;"
                 "left|leave VERB VBD 4 acl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "left:4:acl", "Talks ended after midnight, an official left.");
    s = tree(&d, "Talks NOUN NNS 2 nsubj; ended VERB VBD 0 root; after ADP IN 4 case;"
                 "midnight NOUN NN 2 obl; , PUNCT , 8 punct; an DET DT 7 det; official NOUN NN 8 nsubj;"
                 "said|say VERB VBD 4 acl; it PRON PRP 8 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "said:4:acl", "Talks ended after midnight, an official said it.");

    /* a finite verb hung from the noun root as a relative clause with no relative word */
    s = tree(&d, "Tropical ADJ JJ 2 amod; Storm PROPN NNP 0 root; Ana PROPN NNP 2 flat;"
                 "strengthened VERB VBD 2 acl:relcl; overnight ADV RB 4 advmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "strengthened:0:root", "Tropical Storm Ana strengthened overnight.: root");
    WANT(s, 2, "Storm:4:nsubj", "Tropical Storm Ana strengthened overnight.: subject");
    /* ... but a real relative clause keeps its head */
    s = tree(&d, "Anna PROPN NNP 0 root; Hall PROPN NNP 1 flat; , PUNCT , 5 punct;"
                 "who PRON WP 5 nsubj; won VERB VBD 1 acl:relcl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "won:1:acl:relcl", "Anna Hall, who won.");
    s = tree(&d, "The DET DT 2 det; town NOUN NN 0 root; rebels NOUN NNS 4 nsubj;"
                 "seized VERB VBD 2 acl:relcl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "seized:2:acl:relcl", "The town rebels seized. (the clause has its subject)");

    /* a quantity root with the verb hung as its conjunct */
    s = tree(&d, "Fewer ADJ JJR 0 root; than ADP IN 4 case; two NUM CD 4 compound;"
                 "hundred NUM CD 1 obl; marched VERB VBD 1 conj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "marched:0:root", "Fewer than two hundred marched.: root");
    WANT(s, 1, "Fewer:5:nsubj", "Fewer than two hundred marched.: subject");

    /* a subject split in two: the root is a modifier of the verb's subject */
    s = tree(&d, "The DET DT 2 det; Interior PROPN NNP 0 root; Ministry PROPN NNP 4 nsubj;"
                 "said VERB VBD 2 acl:relcl; it PRON PRP 6 nsubj; agreed VERB VBD 4 ccomp;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "said:0:root", "The Interior Ministry said it agreed.: root");
    WANT(s, 2, "Interior:3:compound", "The Interior Ministry said it agreed.: compound");
    WANT(s, 1, "The:3:det", "The Interior Ministry said it agreed.: determiner");
    WANT(s, 7, ".:4:punct", "The Interior Ministry said it agreed.: punctuation");

    /* "the" with a participle heading the phrase: the participle is the noun */
    s = tree(&d, "Troops NOUN NNS 2 nsubj; detained VERB VBD 0 root; the DET DT 2 obj;"
                 "injured VERB VBN 3 acl; in ADP IN 6 case; Lima PROPN NNP 4 obl");
    dyad_parse_repair(s, false);
    WANT(s, 4, "injured:2:obj", "detained the injured in Lima: the participle is the object");
    WANT(s, 3, "the:4:det", "detained the injured in Lima: its determiner");
    WANT(s, 6, "Lima:4:nmod", "detained the injured in Lima: its modifier");
    CHECK(s && s->tok[3].upos == DYAD_UPOS_NOUN && strcmp(s->tok[3].lemma, "injured") == 0,
          "the injured: a noun with its own lemma");
    s = tree(&d, "The DET DT 4 nsubj:pass; detained VERB VBN 4 nsubj:pass; were AUX VBD 4 aux:pass;"
                 "freed VERB VBN 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 2, "detained:4:nsubj:pass", "The detained were freed: the participle is the subject");
    WANT(s, 1, "The:2:det", "The detained were freed: its determiner");
    /* ... not before a noun ("the accused man"), nor with an object ("the men the police named") */
    s = tree(&d, "The DET DT 3 det; accused VERB VBN 3 amod; man NOUN NN 4 nsubj; fled VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 2, "accused:3:amod", "the accused man");

    /* "as demonstrations continued" read as a phrase: a clause with its subject */
    s = tree(&d, "Police NOUN NNS 2 nsubj; shot VERB VBD 0 root; a DET DT 4 det; man NOUN NN 2 obj;"
                 "as ADP IN 6 case; talks NOUN NNS 4 nmod; resumed VERB VBN 6 acl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "resumed:2:advcl", "shot a man as talks resumed: the clause");
    WANT(s, 6, "talks:7:nsubj", "shot a man as talks resumed: its subject");
    WANT(s, 5, "as:7:mark", "shot a man as talks resumed: its mark");
    /* ... not a participle with an object ("as a man holding a flag"), nor another preposition */
    s = tree(&d, "Police NOUN NNS 2 nsubj; shot VERB VBD 0 root; a DET DT 4 det; man NOUN NN 2 obj;"
                 "with ADP IN 6 case; talks NOUN NNS 4 nmod; resumed VERB VBN 6 acl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "resumed:6:acl", "with talks resumed: a phrase");

    /* a past tense read as a modifier of its object, a noun the root */
    s = tree(&d, "Chilean ADJ JJ 2 amod; troops NOUN NNS 0 root; fired VERB VBN 4 amod;"
                 "shells NOUN NNS 2 nmod; at ADP IN 7 case; Peruvian ADJ JJ 7 amod;"
                 "rebels NOUN NNS 4 nmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "fired:0:root", "troops fired shells at rebels: the verb is the root");
    WANT(s, 2, "troops:3:nsubj", "troops fired shells at rebels: its subject");
    WANT(s, 4, "shells:3:obj", "troops fired shells at rebels: its object");
    WANT(s, 7, "rebels:3:obl", "troops fired shells at rebels: the at-phrase is the verb's");
    WANT(s, 8, ".:3:punct", "troops fired shells at rebels: the full stop");
    s = tree(&d, "The DET DT 3 det; Chilean ADJ JJ 3 amod; army NOUN NN 6 nsubj;"
                 "yesterday NOUN NN 6 compound; ended VERB VBN 6 amod; talks NOUN NNS 0 root;"
                 ". PUNCT . 6 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "ended:0:root", "the army yesterday ended talks: the verb is the root");
    WANT(s, 4, "yesterday:5:obl:tmod", "the army yesterday ended talks: the day");
    WANT(s, 6, "talks:5:obj", "the army yesterday ended talks: the object");
    /* an adjective in -ed after a coordinated subject is the past tense too: the coordination
     * is the subject, its first conjunct the head; the object may hang on the last conjunct */
    s = tree(&d, "Peru NOUN NNP 0 root; and CCONJ CC 4 cc; the DET DT 4 det; rebels NOUN NNS 1 conj;"
                 "swapped ADJ JJ 6 amod; hostages NOUN NNS 1 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "swapped:0:root", "Peru and the rebels swapped hostages: the verb is the root");
    WANT(s, 1, "Peru:5:nsubj", "Peru and the rebels swapped hostages: the coordination its subject");
    WANT(s, 4, "rebels:1:conj", "Peru and the rebels swapped hostages: the conjunct stays");
    WANT(s, 6, "hostages:5:obj", "Peru and the rebels swapped hostages: the object");
    s = tree(&d, "Peru NOUN NNP 0 root; and CCONJ CC 4 cc; the DET DT 4 det; rebels NOUN NNS 1 conj;"
                 "swapped ADJ JJ 6 amod; dozens NOUN NNS 4 obj; of ADP IN 8 case;"
                 "hostages NOUN NNS 6 nmod; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "swapped:0:root", "Peru and the rebels swapped dozens of hostages: the verb");
    WANT(s, 6, "dozens:5:obj", "... the object, taken from the last conjunct");
    /* ... but not a capitalised word, nor an adjective that does not end in -ed */
    s = tree(&d, "Peru NOUN NNP 0 root; and CCONJ CC 4 cc; the DET DT 4 det; rebels NOUN NNS 1 conj;"
                 "old ADJ JJ 6 amod; hostages NOUN NNS 1 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "old:6:amod", "Peru and the rebels old hostages: no verb");

    /* ... not where another verb is the predicate, nor a modifier after a determiner */
    s = tree(&d, "The DET DT 3 det; armed VERB VBN 3 amod; men NOUN NNS 4 nsubj; fled VERB VBD 0 root;"
                 ". PUNCT . 4 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "armed:3:amod", "The armed men fled");
    /* a participle with other verbs inside its own clause is still the predicate */
    s = tree(&d, "Residents NOUN NNS 0 root; donated VERB VBN 1 acl; blood NOUN NN 2 obj;"
                 "to PART TO 5 mark; help VERB VB 2 advcl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "donated:0:root", "Residents donated blood to help: the verb is the root");

    /* a participle modifying a noun of the subject ("murdered") is no second predicate */
    s = tree(&d, "Widow NOUN NN 0 root; of ADP IN 4 case; slain VERB VBN 4 amod;"
                 "journalist NOUN NN 1 nmod; jailed VERB VBN 1 acl; in ADP IN 7 case;"
                 "Lima PROPN NNP 5 obl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "jailed:0:root", "Widow of slain journalist jailed in Lima: the verb is the root");
    WANT(s, 1, "Widow:5:nsubj:pass", "Widow of slain journalist jailed in Lima: its subject");

    /* a passive clause hung from a title split off its name: the title joins the name */
    s = tree(&d, "Chilean ADJ JJ 2 amod; lawyer NOUN NN 0 root; Ana PROPN NNP 6 nsubj:pass;"
                 "Rojas PROPN NNP 3 flat; was AUX VBD 6 aux:pass; arrested VERB VBN 2 acl:relcl;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "arrested:0:root", "Chilean lawyer Ana Rojas was arrested: the verb is the root");
    WANT(s, 2, "lawyer:3:compound", "Chilean lawyer Ana Rojas was arrested: the title");

    /* a clause split into two sibling complements around an -ed adjective */
    s = tree(&d, "Rebels NOUN NNS 7 ccomp; injured ADJ JJ 4 amod; two NUM CD 4 nummod;"
                 "soldiers NOUN NNS 7 ccomp; , PUNCT , 4 punct; officials NOUN NNS 7 nsubj;"
                 "said VERB VBD 0 root; . PUNCT . 7 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "injured:7:ccomp", "Rebels injured two soldiers, officials said: the clause");
    WANT(s, 1, "Rebels:2:nsubj", "Rebels injured two soldiers: its subject");
    WANT(s, 4, "soldiers:2:obj", "Rebels injured two soldiers: its object");
    /* a reporting word tagged as a noun closing the sentence is the attribution's verb */
    s = tree(&d, "Troops NOUN NNS 2 nsubj; left VERB VBD 0 root; Mali PROPN NNP 2 obj;"
                 ", PUNCT , 6 punct; Reuters PROPN NNP 6 compound; reports NOUN NNS 3 conj;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "reports:2:parataxis", "Troops left Mali, Reuters reports: the attribution");
    WANT(s, 5, "Reuters:6:nsubj", "Troops left Mali, Reuters reports: its subject");

    /* a name inside its title's of-phrase heads the phrase */
    s = tree(&d, "Minister PROPN NNP 6 nsubj; of ADP IN 4 case; Mines PROPN NNPS 4 compound;"
                 "Ana PROPN NNP 1 nmod; Rojas PROPN NNP 4 flat; resigned VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Ana:6:nsubj", "Minister of Mines Ana Rojas resigned: the name is the subject");
    WANT(s, 1, "Minister:4:compound", "Minister of Mines Ana Rojas: the title");
    WANT(s, 3, "Mines:1:nmod", "Minister of Mines Ana Rojas: the title's of-phrase");
    /* ... not a one-word of-phrase ("Bank of England Governor") */
    s = tree(&d, "Minister PROPN NNP 4 nsubj; of ADP IN 3 case; Mines PROPN NNPS 1 nmod;"
                 "resigned VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Mines:1:nmod", "Minister of Mines resigned");

    /* a one-word name after a ministry's field word; not a field word itself */
    s = tree(&d, "Minister PROPN NNP 5 nsubj; of ADP IN 4 case; Defence PROPN NNP 4 compound;"
                 "Rojas PROPN NNP 1 nmod; resigned VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Rojas:5:nsubj", "Minister of Defence Rojas resigned: the name is the subject");
    s = tree(&d, "Secretary PROPN NNP 5 nsubj; of ADP IN 4 case; Homeland PROPN NNP 4 compound;"
                 "Security PROPN NNP 1 nmod; resigned VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Security:1:nmod", "Secretary of Homeland Security resigned: no name");

    /* ... also with a present tense hung elsewhere ("as protests | continue") */
    s = tree(&d, "It PRON PRP 2 nsubj; happened VERB VBD 0 root; as ADP IN 4 case;"
                 "talks NOUN NNS 2 obl; continue VERB VBP 2 xcomp; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "continue:2:advcl", "It happened as talks continue: the clause");
    WANT(s, 4, "talks:5:nsubj", "It happened as talks continue: its subject");

    /* a past tense with an object hung deep in the subject's for-phrase */
    s = tree(&d, "A DET DT 2 det; spokesman NOUN NN 0 root; for ADP IN 5 case; the DET DT 5 det;"
                 "ministry NOUN NN 2 nmod; criticised VERB VBN 5 acl; Peru PROPN NNP 6 obj;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "criticised:0:root", "A spokesman for the ministry criticised Peru: the verb");
    WANT(s, 2, "spokesman:6:nsubj", "A spokesman for the ministry criticised Peru: its subject");

    /* a bare infinitive after help's object is help's complement */
    s = tree(&d, "Police NOUN NNS 2 nsubj; jailed VERB VBD 0 root; a DET DT 4 det; man NOUN NN 2 obj;"
                 "for SCONJ IN 6 mark; helping|help VERB VBG 4 acl; rebels NOUN NNS 6 obj;"
                 "flee VERB VBP 2 xcomp; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "flee:6:xcomp", "helping rebels flee: the infinitive is help's");

    /* "According to X, <clause>" with "According" the root */
    s = tree(&d, "According|accord VERB VBG 0 root; to ADP IN 1 fixed; Reuters PROPN NNP 1 obl;"
                 ", PUNCT , 6 punct; troops NOUN NNS 6 nsubj; left VERB VBD 3 acl:relcl;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "left:0:root", "According to Reuters, troops left: the clause is the root");
    WANT(s, 3, "Reuters:6:obl", "According to Reuters, troops left: the source is its oblique");
    WANT(s, 1, "According:3:case", "According to Reuters: the case");
    WANT(s, 7, ".:6:punct", "According to Reuters, troops left.: the full stop");

    /* ... and a past tense with its own object hung as an adverbial clause beside the noun */
    s = tree(&d, "It PRON PRP 2 nsubj; came VERB VBD 0 root; after ADP IN 4 case;"
                 "Chile PROPN NNP 2 obl; sanctioned VERB VBD 2 advcl; Peru PROPN NNP 5 obj;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Chile:5:nsubj", "It came after Chile sanctioned Peru: the subject");
    WANT(s, 3, "after:5:mark", "It came after Chile sanctioned Peru: the mark");

    /* a headline's present tense tagged as a plural noun */
    s = tree(&d, "Mine NOUN NN 2 compound; blast NOUN NN 3 compound; kills|kill NOUN NNS 0 root;"
                 "four NUM CD 5 nummod; miners NOUN NNS 3 conj; in ADP IN 7 case;"
                 "Chile PROPN NNP 5 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 3, "kills:0:root", "Mine blast kills four miners: the verb");
    WANT(s, 2, "blast:3:nsubj", "Mine blast kills four miners: its subject");
    WANT(s, 1, "Mine:2:compound", "Mine blast kills four miners: the subject's compound");
    WANT(s, 5, "miners:3:obj", "Mine blast kills four miners: its object");
    /* ... not a noun before a time phrase ("check ups every month") */
    s = tree(&d, "They PRON PRP 2 nsubj; go VERB VBP 0 root; for ADP IN 5 case; check NOUN NN 5 compound;"
                 "ups NOUN NNS 2 obl; every DET DT 7 det; month NOUN NN 5 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 5, "ups:2:obl", "They go for check ups every month");

    /* a past tense with no -ed tagged as a noun in running text: "A sniper shot two guards." */
    s = tree(&d, "A DET DT 3 det; Chilean ADJ JJ 3 amod; sniper NOUN NN 4 compound;"
                 "shot NOUN NN 6 compound; two NUM CD 6 nummod; guards|guard NOUN NNS 0 root;"
                 "in ADP IN 8 case; Lima PROPN NNP 6 nmod; . PUNCT . 6 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "shot:0:root", "A Chilean sniper shot two guards in Lima: the verb");
    WANT(s, 3, "sniper:4:nsubj", "A Chilean sniper shot two guards in Lima: its subject");
    WANT(s, 1, "A:3:det", "A Chilean sniper shot two guards in Lima: the subject's determiner");
    WANT(s, 6, "guards:4:obj", "A Chilean sniper shot two guards in Lima: its object");
    WANT(s, 5, "two:6:nummod", "A Chilean sniper shot two guards in Lima: the object's number");
    WANT(s, 8, "Lima:4:obl", "A Chilean sniper shot two guards in Lima: the place");
    WANT(s, 9, ".:4:punct", "A Chilean sniper shot two guards in Lima: the full stop");
    CHECK(s && strcmp(s->tok[3].lemma, "shoot") == 0 && strcmp(s->tok[3].xpos, "VBD") == 0,
          "A Chilean sniper shot two guards: shot is the past tense of shoot");
    /* ... with a prepositional phrase after it: "A guard fled from the prison." */
    s = tree(&d, "A DET DT 2 det; guard NOUN NN 3 compound; fled NOUN NN 0 root; from ADP IN 6 case;"
                 "the DET DT 6 det; prison NOUN NN 3 nmod; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "fled:0:root", "A guard fled from the prison: the verb");
    WANT(s, 2, "guard:3:nsubj", "A guard fled from the prison: its subject");
    WANT(s, 6, "prison:3:obl", "A guard fled from the prison: the oblique");
    /* ... not after a determiner: "The cut in pensions." */
    s = tree(&d, "The DET DT 2 det; cut NOUN NN 0 root; in ADP IN 4 case; pensions NOUN NNS 2 nmod;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "cut:0:root", "The cut in pensions: a noun");
    /* ... not before "of": "Pisco shot of the day." */
    s = tree(&d, "Pisco PROPN NNP 2 compound; shot NOUN NN 0 root; of ADP IN 5 case; the DET DT 5 det;"
                 "day NOUN NN 2 nmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "shot:0:root", "Pisco shot of the day: a noun");
    /* ... not after a possessive: "Their left flank." */
    s = tree(&d, "Their PRON PRP$ 3 nmod:poss; left NOUN NN 3 compound; flank NOUN NN 0 root;"
                 ". PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "left:3:compound", "Their left flank: a modifier");
    /* ... not in a sentence with a verb: "Rebels said a sniper shot guards." */
    s = tree(&d, "Rebels NOUN NNS 2 nsubj; said|say VERB VBD 0 root; a DET DT 5 det; sniper NOUN NN 5 compound;"
                 "shot NOUN NN 6 compound; guards|guard NOUN NNS 2 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "shot:6:compound", "Rebels said a sniper shot guards: left to the parser");
    /* ... not in a headline, which may have no verb: "Sniper shot guards" */
    s = tree(&d, "Sniper NOUN NN 2 compound; shot NOUN NN 3 compound; guards|guard NOUN NNS 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 2, "shot:3:compound", "Sniper shot guards (headline): left alone");
    /* ... nor after a phrase inside a prepositional phrase: "Guards in Lima shot ..." */
    s = tree(&d, "Guards|guard NOUN NNS 0 root; in ADP IN 3 case; Lima PROPN NNP 1 nmod;"
                 "shot NOUN NN 5 compound; rebels|rebel NOUN NNS 1 nmod; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "shot:5:compound", "Guards in Lima shot rebels: no subject right before");
    /* ... "drew": "The ruling drew anger from unions." */
    s = tree(&d, "The DET DT 2 det; ruling NOUN NN 3 compound; drew NOUN NN 4 compound;"
                 "anger NOUN NN 0 root; from ADP IN 6 case; unions|union NOUN NNS 4 nmod;"
                 ". PUNCT . 4 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "drew:0:root", "The ruling drew anger from unions: the verb");
    WANT(s, 2, "ruling:3:nsubj", "The ruling drew anger from unions: its subject");
    WANT(s, 4, "anger:3:obj", "The ruling drew anger from unions: its object");
    CHECK(s && strcmp(s->tok[2].lemma, "draw") == 0, "The ruling drew anger: drew is the past of draw");
    /* ... but not the name: "Sheriff Drew Peters." */
    s = tree(&d, "Sheriff NOUN NN 2 compound; Drew NOUN NN 3 compound; Peters PROPN NNP 0 root;"
                 ". PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "Drew:3:compound", "Sheriff Drew Peters: a name");
    /* ... after a fronted time phrase the parser made the root: "On Tuesday night, a sniper
     * shot three guards in Quito." */
    s = tree(&d, "On ADP IN 3 case; Tuesday PROPN NNP 3 compound; night NOUN NN 0 root;"
                 ", PUNCT , 3 punct; a DET DT 6 det; sniper NOUN NN 7 compound;"
                 "shot NOUN NN 3 conj; three NUM CD 9 nummod; guards|guard NOUN NNS 7 nmod;"
                 "in ADP IN 11 case; Quito PROPN NNP 9 nmod; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "shot:0:root", "On Tuesday night, a sniper shot three guards: the verb");
    WANT(s, 6, "sniper:7:nsubj", "On Tuesday night, a sniper shot three guards: its subject");
    WANT(s, 9, "guards:7:obj", "On Tuesday night, a sniper shot three guards: its object");
    WANT(s, 3, "night:7:obl", "On Tuesday night, a sniper shot three guards: the time");
    WANT(s, 4, ",:7:punct", "On Tuesday night, a sniper shot three guards: the comma");
    WANT(s, 12, ".:7:punct", "On Tuesday night, a sniper shot three guards: the full stop");
    /* ... a bare time phrase: "Last month, a guard fled from the jail." */
    s = tree(&d, "Last ADJ JJ 2 amod; month NOUN NN 0 root; , PUNCT , 6 punct; a DET DT 5 det;"
                 "guard NOUN NN 6 compound; fled NOUN NN 2 conj; from ADP IN 9 case;"
                 "the DET DT 9 det; jail NOUN NN 6 nmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "fled:0:root", "Last month, a guard fled from the jail: the verb");
    WANT(s, 2, "month:6:obl:tmod", "Last month, a guard fled from the jail: the time");
    WANT(s, 9, "jail:6:obl", "Last month, a guard fled from the jail: the oblique");
    /* ... but not after an apposition: "The marksman, a crack shot with rifles." */
    s = tree(&d, "The DET DT 2 det; marksman NOUN NN 0 root; , PUNCT , 6 punct; a DET DT 6 det;"
                 "crack NOUN NN 6 compound; shot NOUN NN 2 appos; with ADP IN 8 case;"
                 "rifles|rifle NOUN NNS 6 nmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "shot:2:appos", "The marksman, a crack shot with rifles: an apposition");

    /* a past tense hung as amod inside an after-phrase: "Talks broke down after Laos and
     * Cambodia traded mortar fire." */
    s = tree(&d, "Talks|talk NOUN NNS 2 nsubj; broke|break VERB VBD 0 root; down ADP RP 2 compound:prt;"
                 "after ADP IN 5 case; Laos PROPN NNP 2 obl; and CCONJ CC 7 cc;"
                 "Cambodia PROPN NNP 5 conj; traded|trade VERB VBN 10 amod; mortar NOUN NN 10 compound;"
                 "fire NOUN NN 2 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "traded:2:advcl", "Talks broke down after Laos and Cambodia traded fire: the clause");
    WANT(s, 4, "after:8:mark", "Talks broke down after Laos and Cambodia traded fire: its mark");
    WANT(s, 5, "Laos:8:nsubj", "Talks broke down after Laos and Cambodia traded fire: its subject");
    WANT(s, 7, "Cambodia:5:conj", "Talks broke down after Laos and Cambodia traded fire: the conjunct");
    WANT(s, 10, "fire:8:obj", "Talks broke down after Laos and Cambodia traded fire: its object");
    /* ... the subject a compound of the object, the past tense an adjective: "Riots spread
     * after the militia torched market stalls." */
    s = tree(&d, "Riots|riot NOUN NNS 2 nsubj; spread VERB VBD 0 root; after ADP IN 8 case;"
                 "the DET DT 5 det; militia NOUN NN 8 compound; torched ADJ JJ 8 amod;"
                 "market NOUN NN 8 compound; stalls|stall NOUN NNS 2 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "torched:2:advcl", "Riots spread after the militia torched stalls: the clause");
    WANT(s, 5, "militia:6:nsubj", "Riots spread after the militia torched stalls: its subject");
    WANT(s, 4, "the:5:det", "Riots spread after the militia torched stalls: the subject's determiner");
    WANT(s, 8, "stalls:6:obj", "Riots spread after the militia torched stalls: its object");
    WANT(s, 3, "after:6:mark", "Riots spread after the militia torched stalls: its mark");
    /* ... not a possessive before the participle: "Rents rose after Lima's stated plan." */
    s = tree(&d, "Rents|rent NOUN NNS 2 nsubj; rose|rise VERB VBD 0 root; after ADP IN 7 case;"
                 "Lima PROPN NNP 7 nmod:poss; 's PART POS 4 case; stated|state VERB VBN 7 amod;"
                 "plan NOUN NN 2 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "stated:7:amod", "Rents rose after Lima's stated plan: an adjective");
    /* ... nor after a preposition that opens no clause: "Shelling went on near army fortified
     * posts." */
    s = tree(&d, "Shelling NOUN NN 2 nsubj; went|go VERB VBD 0 root; on ADP RP 2 compound:prt;"
                 "near ADP IN 7 case; army NOUN NN 7 compound; fortified ADJ JJ 7 amod;"
                 "posts|post NOUN NNS 2 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "fortified:7:amod", "Shelling went on near army fortified posts: an adjective");
    /* ... nor a participle that is an adjective as often as not: "Calm returned after police
     * armed patrols." */
    s = tree(&d, "Calm NOUN NN 2 nsubj; returned|return VERB VBD 0 root; after ADP IN 6 case;"
                 "police NOUN NN 6 compound; armed ADJ JJ 6 amod; patrols|patrol NOUN NNS 2 obl;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "armed:6:amod", "Calm returned after police armed patrols: an adjective");

    /* the subject of a participle with a passive auxiliary: "She has since been found guilty
     * of bribery." */
    s = tree(&d, "She PRON PRP 5 nsubj; has|have AUX VBZ 5 aux; since ADV RB 5 advmod;"
                 "been|be AUX VBN 5 aux:pass; found|find VERB VBN 0 root; guilty ADJ JJ 5 xcomp;"
                 "of ADP IN 8 case; bribery NOUN NN 6 obl; . PUNCT . 5 punct");
    dyad_parse_repair(s, false);
    WANT(s, 1, "She:5:nsubj:pass", "She has since been found guilty: a passive subject");
    /* ... not the subject of a base form after a stray "was": "All we did was wait." */
    s = tree(&d, "All DET DT 5 nsubj; we PRON PRP 3 nsubj; did|do VERB VBD 1 acl:relcl;"
                 "was|be AUX VBD 5 aux:pass; wait VERB VB 0 root; . PUNCT . 5 punct");
    dyad_parse_repair(s, false);
    WANT(s, 1, "All:5:nsubj", "All we did was wait: left alone");
    WANT(s, 2, "we:3:nsubj", "All we did was wait: the active subject left alone");

    /* a two-word name split by a conjunction: "Chile and North | Macedonia signed" */
    s = tree(&d, "Chile PROPN NNP 5 nsubj; and CCONJ CC 3 cc; North PROPN NNP 1 conj;"
                 "Macedonia PROPN NNP 5 nsubj; signed VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Macedonia:1:conj", "Chile and North Macedonia: the name is the conjunct");
    WANT(s, 3, "North:4:compound", "Chile and North Macedonia: its first word");
    WANT(s, 2, "and:4:cc", "Chile and North Macedonia: the conjunction");

    /* trees of a retrained parser (issue 16): each reads as the committed parser's does */
    /* "over alleged raids": the participle after a preposition is the noun's adjective */
    s = tree(&d, "Peru PROPN NNP 2 nsubj; sanctioned|sanction VERB VBD 0 root; Chile PROPN NNP 2 obj;"
                 "over ADV RB 5 advmod; alleged|allege VERB VBN 2 conj; border NOUN NN 7 compound;"
                 "raids|raid NOUN NNS 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 7, "raids:2:obl", "over alleged raids: the noun is the verb's oblique");
    WANT(s, 5, "alleged:7:amod", "over alleged raids: the participle its adjective");
    WANT(s, 4, "over:7:case", "over alleged raids: the preposition its case");
    /* "It is Chile's stated aim": the possessor and the copula go to the noun */
    s = tree(&d, "It PRON PRP 5 expl; is|be AUX VBZ 5 aux; Chile PROPN NNP 5 nsubj; 's PART POS 3 case;"
                 "stated|state VERB VBN 0 root; aim NOUN NN 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 6, "aim:0:root", "It is Chile's stated aim: the noun is the root");
    WANT(s, 3, "Chile:6:nmod:poss", "It is Chile's stated aim: the possessor");
    WANT(s, 2, "is:6:cop", "It is Chile's stated aim: the copula");
    WANT(s, 5, "stated:6:amod", "It is Chile's stated aim: the adjective");
    /* ... but a participle with an auxiliary of its own is a verb: "Chile 's has stated" stays */
    s = tree(&d, "Peru PROPN NNP 3 nsubj; has|have AUX VBZ 3 aux; alleged|allege VERB VBN 0 root;"
                 "fraud NOUN NN 3 obj");
    dyad_parse_repair(s, false);
    WANT(s, 3, "alleged:0:root", "Peru has alleged fraud");

    /* "US President Joe Smith" with "Joe" a conjunct of "US" and no conjunction: one name */
    s = tree(&d, "US PROPN NNP 5 nsubj; President PROPN NNP 3 nmod:desc; Joe PROPN NNP 1 conj;"
                 "Smith PROPN NNP 3 flat; left|leave VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Joe:5:nsubj", "US President Joe Smith: the name is the subject");
    WANT(s, 1, "US:3:compound", "US President Joe Smith: the country its compound");
    /* ... a real conjunction stays: "Peru and Chile left" */
    s = tree(&d, "Peru PROPN NNP 4 nsubj; and CCONJ CC 3 cc; Chile PROPN NNP 1 conj;"
                 "left|leave VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Chile:1:conj", "Peru and Chile left");
    /* "the Lima Times" with "Times" an apposition right after "Lima": one name */
    s = tree(&d, "Officials NOUN NNS 2 nsubj; told|tell VERB VBD 0 root; the DET DT 4 det;"
                 "Lima PROPN NNP 2 iobj; Times PROPN NNP 4 appos");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Times:2:iobj", "told the Lima Times: the name's head");
    WANT(s, 4, "Lima:5:compound", "told the Lima Times: its first word");
    WANT(s, 3, "the:5:det", "told the Lima Times: the determiner");
    /* "Sri Lanka protests continued" with two subjects: the name is the noun's compound */
    s = tree(&d, "Sri PROPN NNP 4 nsubj; Lanka PROPN NNP 1 flat; protests|protest NOUN NNS 4 nsubj;"
                 "continued|continue VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Sri:3:compound", "Sri Lanka protests continued");
    /* ... but "Peru, Chile and Bolivia met" keeps its subjects */
    s = tree(&d, "Peru PROPN NNP 6 nsubj; , PUNCT , 3 punct; Chile PROPN NNP 6 nsubj;"
                 "and CCONJ CC 5 cc; Bolivia PROPN NNP 3 conj; met|meet VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Peru:6:nsubj", "Peru, Chile and Bolivia met");

    /* "Peru, the old Chile, and Bolivia" with "Chile" a list item: a conjunct */
    s = tree(&d, "Peru PROPN NNP 9 nsubj; , PUNCT , 5 punct; the DET DT 5 det; old ADJ JJ 5 amod;"
                 "Chile PROPN NNP 1 list; , PUNCT , 8 punct; and CCONJ CC 8 cc;"
                 "Bolivia PROPN NNP 5 conj; met|meet VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Chile:1:conj", "Peru, the old Chile, and Bolivia: the list item");
    WANT(s, 8, "Bolivia:1:conj", "Peru, the old Chile, and Bolivia: the last conjunct");

    /* "Secretary of State Smith met" with the name flat under "State" */
    s = tree(&d, "Secretary PROPN NNP 5 nsubj; of ADP IN 3 case; State PROPN NNP 1 nmod;"
                 "Smith PROPN NNP 3 flat; met|meet VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Smith:5:nsubj", "Secretary of State Smith: the name is the subject");
    WANT(s, 1, "Secretary:4:compound", "Secretary of State Smith: the title its compound");

    /* "Peru was criticised earlier by Chile" with the by-phrase under the adverb */
    s = tree(&d, "Peru PROPN NNP 3 nsubj:pass; was|be AUX VBD 3 aux:pass;"
                 "criticised|criticise VERB VBN 0 root; earlier ADV RBR 3 advmod; by ADP IN 6 case;"
                 "Chile PROPN NNP 4 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 6, "Chile:3:obl:agent", "criticised earlier by Chile: the agent");
    /* "was jailed for the theft of cars by a court": the by-phrase after another phrase */
    s = tree(&d, "He PRON PRP 3 nsubj:pass; was|be AUX VBD 3 aux:pass; jailed|jail VERB VBN 0 root;"
                 "for ADP IN 6 case; the DET DT 6 det; theft NOUN NN 3 obl; of ADP IN 8 case;"
                 "cars|car NOUN NNS 6 nmod; by ADP IN 11 case; a DET DT 11 det; court NOUN NN 6 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 11, "court:3:obl:agent", "jailed for the theft of cars by a court");
    /* ... "was hurt in an attack by rebels" keeps the attack's agent */
    s = tree(&d, "He PRON PRP 3 nsubj:pass; was|be AUX VBD 3 aux:pass; hurt VERB VBN 0 root;"
                 "in ADP IN 6 case; an DET DT 6 det; attack NOUN NN 3 obl; by ADP IN 8 case;"
                 "rebels|rebel NOUN NNS 6 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 8, "rebels:6:nmod", "hurt in an attack by rebels");

    /* "Troops were seen to fire" with the infinitive an adverbial clause */
    s = tree(&d, "Troops|troop NOUN NNS 3 nsubj:pass; were|be AUX VBD 3 aux:pass;"
                 "seen|see VERB VBN 0 root; to PART TO 5 mark; fire VERB VB 3 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "fire:3:xcomp", "Troops were seen to fire");
    /* ... a purpose stays: "Troops were sent to help" */
    s = tree(&d, "Troops|troop NOUN NNS 3 nsubj:pass; were|be AUX VBD 3 aux:pass;"
                 "sent|send VERB VBN 0 root; to PART TO 5 mark; help VERB VB 3 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "help:3:advcl", "Troops were sent to help");

    /* "A panel found evidence showed abuse" with "showed" an adverbial clause */
    s = tree(&d, "A DET DT 2 det; panel NOUN NN 3 nsubj; found|find VERB VBD 0 root;"
                 "evidence NOUN NN 3 obj; showed|show VERB VBD 3 advcl; abuse NOUN NN 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 5, "showed:3:ccomp", "found evidence showed abuse: the reported clause");
    WANT(s, 4, "evidence:5:nsubj", "found evidence showed abuse: its subject");

    /* "began after his aide was jailed" with "after his aide" an oblique */
    s = tree(&d, "Talks|talk NOUN NNS 2 nsubj; began|begin VERB VBD 0 root; after ADP IN 5 case;"
                 "his PRON PRP$ 5 nmod:poss; aide NOUN NN 2 obl; was|be AUX VBD 7 aux:pass;"
                 "jailed|jail VERB VBN 2 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "aide:7:nsubj:pass", "began after his aide was jailed: the subject");
    WANT(s, 3, "after:7:mark", "began after his aide was jailed: the marker");
    /* ... "two years after crowds stormed it" under a noun is left alone */
    s = tree(&d, "Ties|tie NOUN NNS 2 nsubj; resumed|resume VERB VBD 0 root; two NUM CD 4 nummod;"
                 "years|year NOUN NNS 2 obl; after ADP IN 6 case; crowds|crowd NOUN NNS 4 nmod;"
                 "stormed|storm VERB VBD 6 acl; it PRON PRP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 6, "crowds:4:nmod", "two years after crowds stormed it");

    /* "activists in Peru are about to meet" with "are" a flat part of "Peru" */
    s = tree(&d, "Activists|activist NOUN NNS 0 root; in ADP IN 3 case; Peru PROPN NNP 1 nmod;"
                 "are|be AUX VBP 3 flat; about ADV RB 7 advmod; to PART TO 7 mark;"
                 "meet VERB VB 4 advcl; Chile PROPN NNP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 7, "meet:0:root", "activists in Peru are about to meet: the verb");
    WANT(s, 1, "Activists:7:nsubj", "activists in Peru are about to meet: the subject");
    WANT(s, 4, "are:7:aux", "activists in Peru are about to meet: the auxiliary");

    /* "The lawyers of Oxfam are ready" with "of" a marker and "Oxfam" the subject */
    s = tree(&d, "The DET DT 2 det; lawyers|lawyer NOUN NNS 0 root; of ADP IN 6 mark;"
                 "Oxfam PROPN NNP 6 nsubj; are|be AUX VBP 6 cop; ready ADJ JJ 2 acl");
    dyad_parse_repair(s, false);
    WANT(s, 6, "ready:0:root", "The lawyers of Oxfam are ready: the predicate");
    WANT(s, 2, "lawyers:6:nsubj", "The lawyers of Oxfam are ready: the subject");
    WANT(s, 4, "Oxfam:2:nmod", "The lawyers of Oxfam are ready: the of-phrase");
    WANT(s, 3, "of:4:case", "The lawyers of Oxfam are ready: its preposition");

    /* "Chile will act, an official said." with "said" a conjunct of "act" */
    s = tree(&d, "Chile PROPN NNP 3 nsubj; will AUX MD 3 aux; act VERB VB 0 root; , PUNCT , 7 punct;"
                 "an DET DT 6 det; official NOUN NN 7 nsubj; said|say VERB VBD 3 conj; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "said:3:parataxis", "Chile will act, an official said");

    /* "Peru and the Czech Republic agree that ..." with "agree" a flat part of the name */
    s = tree(&d, "Peru PROPN NNP 0 root; and CCONJ CC 5 cc; the DET DT 5 det; Czech ADJ JJ 5 amod;"
                 "Republic PROPN NNP 1 conj; agree VERB VBP 5 flat; that SCONJ IN 9 mark;"
                 "talks|talk NOUN NNS 9 nsubj; failed|fail VERB VBD 6 ccomp; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "agree:0:root", "Peru and the Czech Republic agree: the verb");
    WANT(s, 1, "Peru:6:nsubj", "Peru and the Czech Republic agree: the subject");
    WANT(s, 10, ".:6:punct", "Peru and the Czech Republic agree: the full stop");
    /* "Chile's minister, in remarks aired on Monday, urged Peru" with "urged" a conjunct */
    s = tree(&d, "Chile PROPN NNP 3 nmod:poss; 's PART POS 1 case; minister NOUN NN 0 root;"
                 ", PUNCT , 3 punct; in ADP IN 6 case; remarks|remark NOUN NNS 3 nmod;"
                 "aired|air VERB VBN 6 acl; on ADP IN 9 case; Monday PROPN NNP 7 obl;"
                 ", PUNCT , 11 punct; urged|urge VERB VBN 7 conj; Peru PROPN NNP 11 obj");
    dyad_parse_repair(s, false);
    WANT(s, 11, "urged:0:root", "the minister, in remarks aired on Monday, urged Peru: the verb");
    WANT(s, 3, "minister:11:nsubj", "the minister, in remarks aired on Monday, urged: the subject");
    /* ... but not a noun phrase with two verbs of its own */
    s = tree(&d, "Talks|talk NOUN NNS 0 root; , PUNCT , 3 punct; held|hold VERB VBD 1 acl;"
                 ", PUNCT , 5 punct; ended|end VERB VBD 3 conj");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Talks:0:root", "Talks, held, ended (two verbs)");

    /* "ties resumed five years after crowds stormed it" with the clause an advcl of the verb */
    s = tree(&d, "Ties|tie NOUN NNS 2 nsubj; resumed|resume VERB VBD 0 root; five NUM CD 4 nummod;"
                 "years|year NOUN NNS 2 obl:unmarked; after SCONJ IN 7 mark; crowds|crowd NOUN NNS 7 nsubj;"
                 "stormed|storm VERB VBD 2 advcl; it PRON PRP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 7, "stormed:4:acl", "five years after crowds stormed it: the clause measures the span");
    /* ... with "years" hung inside the clause */
    s = tree(&d, "Ties|tie NOUN NNS 2 nsubj; resumed|resume VERB VBD 0 root; five NUM CD 4 nummod;"
                 "years|year NOUN NNS 6 nmod:unmarked; after SCONJ IN 7 mark; crowds|crowd NOUN NNS 7 nsubj;"
                 "stormed|storm VERB VBD 2 advcl; it PRON PRP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 4, "years:2:obl:unmarked", "five years | after crowds stormed it: the span");
    WANT(s, 7, "stormed:4:acl", "five years | after crowds stormed it: the clause");
    /* ... an after-clause with no span stays the verb's */
    s = tree(&d, "Ties|tie NOUN NNS 2 nsubj; resumed|resume VERB VBD 0 root; after SCONJ IN 5 mark;"
                 "crowds|crowd NOUN NNS 5 nsubj; left|leave VERB VBD 2 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "left:2:advcl", "resumed after crowds left");

    /* "ties with Costa | Rica border police" with the name cut after its first word */
    s = tree(&d, "Peru PROPN NNP 2 nsubj; restored|restore VERB VBD 0 root; ties|tie NOUN NNS 2 obj;"
                 "with ADP IN 5 case; Costa NOUN NN 3 nmod; Rica PROPN NNP 8 compound;"
                 "border NOUN NN 8 compound; police NOUN NN 2 obl");
    dyad_parse_repair(s, false);
    WANT(s, 8, "police:3:nmod", "ties with Costa Rica border police: the phrase");
    WANT(s, 5, "Costa:8:compound", "ties with Costa Rica border police: the first word");
    WANT(s, 4, "with:8:case", "ties with Costa Rica border police: the preposition");
    /* ... "trading in Iran, German firms" keeps two phrases */
    s = tree(&d, "Firms|firm NOUN NNS 2 nsubj; stopped|stop VERB VBD 0 root; trading|trade VERB VBG 2 xcomp;"
                 "in ADP IN 5 case; Iran PROPN NNP 3 obl; , PUNCT , 8 punct; German ADJ JJ 8 amod;"
                 "banks|bank NOUN NNS 3 obl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Iran:3:obl", "trading in Iran, German banks");

    /* "Chile's envoy Ana Rojas" with the name an apposition of the title owned by a name */
    s = tree(&d, "Chile PROPN NNP 3 nmod:poss; 's PART POS 1 case; envoy NOUN NN 6 nsubj;"
                 "Ana PROPN NNP 3 appos; Rojas PROPN NNP 4 flat; left|leave VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Ana:6:nsubj", "Chile's envoy Ana Rojas: the name");
    WANT(s, 3, "envoy:4:compound", "Chile's envoy Ana Rojas: the title");
    /* ... "my son Jack" stays an apposition (UD) */
    s = tree(&d, "my PRON PRP$ 2 nmod:poss; son NOUN NN 4 nsubj; Jack PROPN NNP 2 appos;"
                 "left|leave VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Jack:2:appos", "my son Jack left");

    /* "Chilean police teargassed Peruvian students." with the past tense an adjective of the
     * object and the subject the root */
    s = tree(&d, "Chilean ADJ JJ 2 amod; police NOUN NNS 0 root; teargassed ADJ JJ 5 amod;"
                 "Peruvian ADJ JJ 5 amod; students|student NOUN NNS 2 nmod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "teargassed:0:root", "Chilean police teargassed Peruvian students: the verb");
    WANT(s, 2, "police:3:nsubj", "Chilean police teargassed Peruvian students: the subject");
    WANT(s, 5, "students:3:obj", "Chilean police teargassed Peruvian students: the object");
    WANT(s, 6, ".:3:punct", "Chilean police teargassed Peruvian students: the full stop");
    /* ... with a time phrase the root and the object a conjunct of the subject */
    s = tree(&d, "Two NUM CD 2 nummod; weeks|week NOUN NNS 3 obl:unmarked; ago ADV RB 0 root;"
                 ", PUNCT , 3 punct; Chadian ADJ JJ 6 amod; rebels|rebel NOUN NNS 3 nsubj;"
                 "bombed|bomb VERB VBN 9 amod; Libyan ADJ JJ 9 amod; depots|depot NOUN NNS 6 conj;"
                 ". PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "bombed:0:root", "Two weeks ago, Chadian rebels bombed Libyan depots: the verb");
    WANT(s, 3, "ago:7:advmod", "Two weeks ago, ...: the time phrase");
    WANT(s, 6, "rebels:7:nsubj", "Two weeks ago, ...: the subject");
    WANT(s, 9, "depots:7:obj", "Two weeks ago, ...: the object");
    /* ... with a closing attribution whose subject the object was made */
    s = tree(&d, "Chadian ADJ JJ 2 amod; rebels|rebel NOUN NNS 0 root; ambushed ADJ JJ 5 amod;"
                 "two NUM CD 5 nummod; guards|guard NOUN NNS 8 nsubj; , PUNCT , 8 punct;"
                 "officials|official NOUN NNS 8 nsubj; said|say VERB VBD 2 parataxis; . PUNCT . 8 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "ambushed:0:root", "Chadian rebels ambushed two guards, officials said: the verb");
    WANT(s, 5, "guards:3:obj", "Chadian rebels ambushed two guards, officials said: the object");
    WANT(s, 8, "said:3:parataxis", "Chadian rebels ambushed two guards, officials said: the attribution");
    /* ... but an adjective in a sentence with a predicate of its own stays one */
    s = tree(&d, "Police NOUN NNS 2 nsubj; met|meet VERB VBD 0 root; armed ADJ JJ 4 amod;"
                 "men|man NOUN NNS 2 obj");
    dyad_parse_repair(s, false);
    WANT(s, 3, "armed:4:amod", "Police met armed men");
    /* ... and so does one after an adjective ("the Chadian armed forces") */
    s = tree(&d, "the DET DT 3 det; Chadian ADJ JJ 3 amod; armed ADJ JJ 4 amod; forces|force NOUN NNS 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "armed:4:amod", "the Chadian armed forces");

    /* "Peru sued the minister, Rojas and his firm to block the sale" with the words after the
     * comma the subject of the infinitive */
    s = tree(&d, "Peru PROPN NNP 2 nsubj; sued|sue VERB VBD 0 root; the DET DT 4 det;"
                 "minister NOUN NN 2 obj; , PUNCT , 6 punct; Rojas PROPN NNP 11 nsubj;"
                 "and CCONJ CC 9 cc; his PRON PRP$ 9 nmod:poss; firm NOUN NN 6 conj;"
                 "to PART TO 11 mark; block VERB VB 2 xcomp; the DET DT 13 det; sale NOUN NN 11 obj");
    dyad_parse_repair(s, false);
    WANT(s, 6, "Rojas:4:conj", "sued the minister, Rojas and his firm to block: a conjunct of the object");
    /* ... and with no object before it, the noun is the verb's object */
    s = tree(&d, "Peru PROPN NNP 2 nsubj; urged|urge VERB VBD 0 root; Chile PROPN NNP 5 nsubj;"
                 "to PART TO 5 mark; withdraw VERB VB 2 xcomp");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Chile:2:obj", "Peru urged Chile to withdraw");
    /* ... "for Chile to withdraw" has a subject */
    s = tree(&d, "Peru PROPN NNP 2 nsubj; waited|wait VERB VBD 0 root; for SCONJ IN 6 mark;"
                 "Chile PROPN NNP 6 nsubj; to PART TO 6 mark; withdraw VERB VB 2 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Chile:6:nsubj", "Peru waited for Chile to withdraw");

    /* a headline: "Peru judge orders release of the activists" with "orders" the subject */
    s = tree(&d, "Peru PROPN NNP 3 compound; judge NOUN NN 3 compound; orders|order NOUN NNS 4 nsubj;"
                 "release VERB VBP 0 root; of ADP IN 7 case; the DET DT 7 det;"
                 "activists|activist NOUN NNS 4 obl");
    dyad_parse_repair(s, true);
    WANT(s, 3, "orders:0:root", "Peru judge orders release of the activists: the verb");
    WANT(s, 2, "judge:3:nsubj", "Peru judge orders release of the activists: the subject");
    WANT(s, 1, "Peru:2:compound", "Peru judge orders release of the activists: the subject's word");
    WANT(s, 4, "release:3:obj", "Peru judge orders release of the activists: the object");
    WANT(s, 7, "activists:4:nmod", "Peru judge orders release of the activists: the of-phrase");
    /* ... not a headline verb at the end ("Lima street protests continue") */
    s = tree(&d, "Lima PROPN NNP 3 compound; street NOUN NN 3 compound; protests|protest NOUN NNS 4 nsubj;"
                 "continue VERB VBP 0 root");
    dyad_parse_repair(s, true);
    WANT(s, 3, "protests:4:nsubj", "Lima street protests continue");

    /* "Chadian rebels ambushed two guards, officials said." with the noun the complement of
     * "said" and the verb a participle of it */
    s = tree(&d, "Chadian ADJ JJ 2 amod; rebels|rebel NOUN NNS 8 ccomp; ambushed|ambush VERB VBN 2 acl;"
                 "two NUM CD 5 nummod; guards|guard NOUN NNS 3 obj; , PUNCT , 8 punct;"
                 "officials|official NOUN NNS 8 nsubj; said|say VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 3, "ambushed:8:ccomp", "rebels ambushed two guards, officials said: the verb");
    WANT(s, 2, "rebels:3:nsubj", "rebels ambushed two guards, officials said: the subject");
    /* ... the same after a time phrase made the root */
    s = tree(&d, "Two NUM CD 2 nummod; weeks|week NOUN NNS 3 obl:unmarked; ago ADV RB 0 root;"
                 ", PUNCT , 3 punct; rebels|rebel NOUN NNS 3 nsubj; shelled|shell VERB VBN 5 acl;"
                 "villages|village NOUN NNS 6 obj; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "shelled:0:root", "Two weeks ago, rebels shelled villages: the verb");
    WANT(s, 3, "ago:6:advmod", "Two weeks ago, rebels shelled villages: the time phrase");
    WANT(s, 8, ".:6:punct", "Two weeks ago, rebels shelled villages: the full stop");
    /* ... a participle with no object stays the noun's ("protesters detained on Monday") */
    s = tree(&d, "Officials|official NOUN NNS 2 nsubj; said|say VERB VBD 0 root; protesters|protester NOUN NNS 2 ccomp;"
                 "detained|detain VERB VBN 3 acl; on ADP IN 6 case; Monday PROPN NNP 4 obl");
    dyad_parse_repair(s, false);
    WANT(s, 4, "detained:3:acl", "said protesters detained on Monday");

    /* "Speaking on al-Masirah TV in Peru" with "TV" the object and "on" inside the name */
    s = tree(&d, "Speaking|speak VERB VBG 0 root; on ADP IN 3 case; al PROPN NNP 6 compound;"
                 "- PUNCT HYPH 3 punct; Masirah PROPN NNP 3 flat; TV PROPN NNP 1 obj");
    dyad_parse_repair(s, false);
    WANT(s, 6, "TV:1:obl", "Speaking on al-Masirah TV: an oblique");
    WANT(s, 2, "on:6:case", "Speaking on al-Masirah TV: the preposition");
    /* ... an object with no preposition stays one */
    s = tree(&d, "Police NOUN NNS 2 nsubj; detained|detain VERB VBD 0 root; the DET DT 4 det;"
                 "man NOUN NN 2 obj");
    dyad_parse_repair(s, false);
    WANT(s, 4, "man:2:obj", "Police detained the man");

    /* "Peru's Deputy Minister Rojas left for Lima on Monday, the agency reported." with "left"
     * an adjective of the name and the phrase the subject of "reported" */
    s = tree(&d, "Peru PROPN NNP 3 nmod:poss; 's PART POS 1 case; Deputy NOUN NN 14 nsubj;"
                 "Minister PROPN NNP 5 nmod:desc; Rojas PROPN NNP 3 nmod; left|leave VERB VBD 5 amod;"
                 "for ADP IN 8 case; Lima PROPN NNP 6 obl; on ADP IN 10 case; Monday PROPN NNP 3 nmod;"
                 ", PUNCT , 14 punct; the DET DT 13 det; agency NOUN NN 14 nsubj;"
                 "reported|report VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 6, "left:14:ccomp", "Peru's Deputy Minister Rojas left ..., the agency reported: the verb");
    WANT(s, 5, "Rojas:6:nsubj", "Peru's Deputy Minister Rojas left ...: the subject");
    WANT(s, 3, "Deputy:5:compound", "Peru's Deputy Minister Rojas left ...: the title");
    WANT(s, 10, "Monday:6:obl", "Peru's Deputy Minister Rojas left ... on Monday: the time");
    /* ... a VBD adjective inside an object stays (no reporting verb after it) */
    s = tree(&d, "Police NOUN NNS 2 nsubj; found|find VERB VBD 0 root; the DET DT 4 det;"
                 "man NOUN NN 2 obj; killed|kill VERB VBD 4 amod");
    dyad_parse_repair(s, false);
    WANT(s, 5, "killed:4:amod", "Police found the man killed");

    /* "Guinea-Bissau praised Chile" with the name split at its hyphen */
    s = tree(&d, "Guinea NOUN NN 0 root; - PUNCT : 4 punct; Bissau PROPN NNP 4 nsubj;"
                 "praised|praise VERB VBD 1 acl:relcl; Chile PROPN NNP 4 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "praised:0:root", "Guinea-Bissau praised Chile: the verb");
    WANT(s, 1, "Guinea:4:nsubj", "Guinea-Bissau praised Chile: the subject");
    WANT(s, 3, "Bissau:1:flat", "Guinea-Bissau praised Chile: the name's second part");
    WANT(s, 6, ".:4:punct", "Guinea-Bissau praised Chile: the full stop");
    /* ... under a title's of-phrase */
    s = tree(&d, "The DET DT 2 det; president NOUN NN 0 root; of ADP IN 4 case; Guinea NOUN NN 2 nmod;"
                 "- PUNCT : 6 punct; Bissau PROPN NNP 7 nsubj; met|meet VERB VBD 2 parataxis;"
                 "Lula PROPN NNP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 7, "met:0:root", "The president of Guinea-Bissau met Lula: the verb");
    WANT(s, 2, "president:7:nsubj", "The president of Guinea-Bissau met Lula: the subject");

    /* "On Monday Ana Rojas criticised Chile." with the day the subject */
    s = tree(&d, "On ADP IN 5 mark; Monday PROPN NNP 5 nsubj; Ana PROPN NNP 2 flat;"
                 "Rojas PROPN NNP 2 flat; criticised|criticise VERB VBD 0 root; Chile PROPN NNP 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Ana:5:nsubj", "On Monday Ana Rojas criticised Chile: the subject");
    WANT(s, 4, "Rojas:3:flat", "On Monday Ana Rojas criticised Chile: the name");
    WANT(s, 2, "Monday:5:obl", "On Monday Ana Rojas criticised Chile: the day");
    WANT(s, 1, "On:2:case", "On Monday Ana Rojas criticised Chile: the preposition");

    /* "Ana de la Rojas praised Chile" with the past tense an adjective of the object and the
     * subject a flat name */
    s = tree(&d, "Ana PROPN NNP 0 root; de PROPN NNP 1 flat; Rojas PROPN NNP 2 flat;"
                 "praised|praise VERB VBN 5 amod; Chile PROPN NNP 1 list; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "praised:0:root", "Ana de Rojas praised Chile: the verb");
    WANT(s, 1, "Ana:4:nsubj", "Ana de Rojas praised Chile: the subject");
    WANT(s, 5, "Chile:4:obj", "Ana de Rojas praised Chile: the object");

    /* "Thousands of Costa Rica farmers protested" with "of" the case of "Costa" */
    s = tree(&d, "Thousands|thousand NOUN NNS 0 root; of ADP IN 3 case; Costa PROPN NNP 5 compound;"
                 "Rica PROPN NNP 3 flat; farmers|farmer NOUN NNS 1 nmod; protested|protest VERB VBN 5 acl");
    dyad_parse_repair(s, false);
    WANT(s, 2, "of:5:case", "Thousands of Costa Rica farmers: the preposition");

    /* '"The army treats the rebels with contempt," said Rojas.' with "treats" a plural noun */
    s = tree(&d, "The DET DT 3 det; army NOUN NN 3 nsubj; treats|treat NOUN NNS 8 ccomp;"
                 "the DET DT 5 det; rebels|rebel NOUN NNS 3 obj; with ADP IN 7 case;"
                 "contempt NOUN NN 5 nmod; said|say VERB VBD 0 root; Rojas PROPN NNP 8 nsubj");
    dyad_parse_repair(s, false);
    CHECK(s->tok[2].upos == DYAD_UPOS_VERB && strcmp(s->tok[2].xpos, "VBZ") == 0,
          "the army treats the rebels: treats is a verb (got %s)", s->tok[2].xpos);
    /* ... a plural noun with a subject only stays a noun ("the rebels are the army's targets") */
    s = tree(&d, "rebels|rebel NOUN NNS 3 nsubj; are|be AUX VBP 3 cop; targets|target NOUN NNS 0 root");
    dyad_parse_repair(s, false);
    CHECK(s->tok[2].upos == DYAD_UPOS_NOUN, "the rebels are targets: a noun");

    /* "Rojas branded the minister a thief" with "a thief" an apposition of the object */
    s = tree(&d, "Rojas PROPN NNP 2 nsubj; branded|brand VERB VBD 0 root; the DET DT 4 det;"
                 "minister NOUN NN 2 obj; a DET DT 6 det; thief NOUN NN 4 appos");
    dyad_parse_repair(s, false);
    WANT(s, 6, "thief:2:xcomp", "Rojas branded the minister a thief");
    /* ... after a comma it is an apposition ("met the minister, a lawyer") */
    s = tree(&d, "Rojas PROPN NNP 2 nsubj; called|call VERB VBD 0 root; the DET DT 4 det;"
                 "minister NOUN NN 2 obj; , PUNCT , 7 punct; a DET DT 7 det; lawyer NOUN NN 4 appos");
    dyad_parse_repair(s, false);
    WANT(s, 7, "lawyer:4:appos", "Rojas called the minister, a lawyer");

    /* "On Friday Chilean soldier Rojas attacked Peru" with the whole phrase an oblique */
    s = tree(&d, "On ADP IN 4 case; Friday PROPN NNP 3 compound; Chilean PROPN NNP 4 compound;"
                 "soldier NOUN NN 6 obl; Rojas PROPN NNP 6 nsubj; attacked|attack VERB VBD 0 root;"
                 "Peru PROPN NNP 6 obj");
    dyad_parse_repair(s, false);
    WANT(s, 2, "Friday:6:obl", "On Friday Chilean soldier Rojas attacked Peru: the day");
    WANT(s, 1, "On:2:case", "On Friday Chilean soldier Rojas attacked Peru: the preposition");
    WANT(s, 4, "soldier:5:compound", "On Friday Chilean soldier Rojas attacked Peru: the title");
    WANT(s, 3, "Chilean:4:compound", "On Friday Chilean soldier Rojas attacked Peru: its word");

    /* "A spokesman for Lima Freight Lines criticised Chile" with "for" a marker of the verb */
    s = tree(&d, "A DET DT 2 det; spokesman NOUN NN 7 nsubj; for ADP IN 7 mark; Lima PROPN NNP 7 nsubj;"
                 "Freight PROPN NNP 4 flat; Lines PROPN NNP 5 flat; criticised|criticise VERB VBD 0 root;"
                 "Chile PROPN NNP 7 obj");
    dyad_parse_repair(s, false);
    WANT(s, 4, "Lima:2:nmod", "A spokesman for Lima Freight Lines criticised Chile: the firm");
    WANT(s, 3, "for:4:case", "A spokesman for Lima Freight Lines criticised Chile: the preposition");
    WANT(s, 2, "spokesman:7:nsubj", "A spokesman for Lima Freight Lines criticised Chile: the subject");

    /* "Police arrived at the Tesco ten minutes later" with "minutes" the at-phrase's head */
    s = tree(&d, "Police NOUN NNS 2 nsubj; arrived|arrive VERB VBD 0 root; at ADP IN 7 case;"
                 "the DET DT 7 det; Tesco PROPN NNP 7 compound; ten NUM CD 7 nummod;"
                 "minutes NOUN NNS 2 obl; later ADV RBR 2 advmod");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Tesco:2:obl", "Police arrived at the Tesco ten minutes later: the place");
    WANT(s, 3, "at:5:case", "Police arrived at the Tesco ten minutes later: the preposition");
    WANT(s, 7, "minutes:8:obl:unmarked", "Police arrived at the Tesco ten minutes later: the span");
    /* the span already the adverb's, with the place and the case still on it */
    s = tree(&d, "Police NOUN NNS 2 nsubj; arrived|arrive VERB VBD 0 root; at ADP IN 7 case;"
                 "the DET DT 7 det; Tesco PROPN NNP 7 compound; ten NUM CD 7 nummod;"
                 "minutes NOUN NNS 8 obl:unmarked; later ADV RBR 2 advmod");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Tesco:2:obl", "Police arrived at the Tesco ten minutes later (2): the place");
    WANT(s, 7, "minutes:8:obl:unmarked", "Police arrived at the Tesco ten minutes later (2): the span");
    /* a span with no place before it stays */
    s = tree(&d, "Police NOUN NNS 2 nsubj; arrived|arrive VERB VBD 0 root; ten NUM CD 4 nummod;"
                 "minutes NOUN NNS 5 obl:unmarked; later ADV RBR 2 advmod");
    dyad_parse_repair(s, false);
    WANT(s, 4, "minutes:5:obl:unmarked", "Police arrived ten minutes later");

    /* "Lima accused the Chilean navy of spying" with "navy" the subject of the gerund */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; accused|accuse VERB VBD 0 root; the DET DT 5 det;"
                 "Chilean ADJ JJ 5 amod; navy NOUN NN 7 nsubj; of SCONJ IN 7 mark;"
                 "spying|spy VERB VBG 2 advcl");
    dyad_parse_repair(s, false);
    WANT(s, 5, "navy:2:obj", "Lima accused the Chilean navy of spying: the one accused");
    WANT(s, 7, "spying:2:advcl", "Lima accused the Chilean navy of spying: the gerund");
    /* a gerund's own subject with no preposition before it stays ("saw troops leaving") */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; saw|see VERB VBD 0 root; troops NOUN NNS 4 nsubj;"
                 "leaving|leave VERB VBG 2 ccomp");
    dyad_parse_repair(s, false);
    WANT(s, 3, "troops:4:nsubj", "Lima saw troops leaving");

    /* 'Lima called the raid "a disgrace"' with the quoted phrase an apposition of the object */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; called|call VERB VBD 0 root; the DET DT 4 det;"
                 "raid NOUN NN 2 obj; \" PUNCT `` 7 punct; a DET DT 7 det; disgrace NOUN NN 4 appos;"
                 "\" PUNCT '' 7 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "disgrace:2:xcomp", "Lima called the raid \"a disgrace\": the complement");

    /* "Lima voiced its anger on Chilean radio" with "on radio" a modifier of the object */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; voiced|voice VERB VBD 0 root; its PRON PRP$ 4 nmod:poss;"
                 "anger NOUN NN 2 obj; on ADP IN 7 case; Chilean ADJ JJ 7 amod; radio NOUN NN 4 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 7, "radio:2:obl", "Lima voiced its anger on Chilean radio: the medium");
    /* another on-phrase of the object stays ("imposed sanctions on Chile") */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; imposed|impose VERB VBD 0 root; sanctions NOUN NNS 2 obj;"
                 "on ADP IN 5 case; Chile PROPN NNP 3 nmod");
    dyad_parse_repair(s, false);
    WANT(s, 5, "Chile:3:nmod", "Lima imposed sanctions on Chile");

    /* "The Rising Front claimed the attack" with "Rising" a gerund and "The" on the verb */
    s = tree(&d, "The DET DT 4 det; Rising|rise VERB VBG 4 amod; Front PROPN NNP 4 nsubj;"
                 "claimed|claim VERB VBD 0 root; the DET DT 6 det; attack NOUN NN 4 obj");
    dyad_parse_repair(s, false);
    WANT(s, 2, "Rising:3:compound", "The Rising Front claimed the attack: the name's word");
    WANT(s, 1, "The:3:det", "The Rising Front claimed the attack: the determiner");
    /* a participle in lower case stays ("the ruling Kanu party" is no name of this shape) */
    s = tree(&d, "the DET DT 3 det; ruling|rule VERB VBG 3 amod; Kanu PROPN NNP 4 nsubj;"
                 "won|win VERB VBD 0 root");
    dyad_parse_repair(s, false);
    WANT(s, 2, "ruling:3:amod", "the ruling Kanu won");

    /* a headline's "jailed" tagged a past tense, with no object: a reduced passive too */
    s = tree(&d, "Chilean ADJ JJ 2 amod; activist NOUN NN 3 nsubj; jailed|jail VERB VBD 0 root;"
                 "for ADP IN 6 case; two NUM CD 6 nummod; years NOUN NNS 3 obl");
    dyad_parse_repair(s, true);
    WANT(s, 2, "activist:3:nsubj:pass", "Chilean activist jailed for two years (VBD)");
    /* a past tense of a verb that may go without an object stays active */
    s = tree(&d, "Chilean ADJ JJ 2 amod; activists NOUN NNS 3 nsubj; rallied|rally VERB VBD 0 root;"
                 "in ADP IN 5 case; Lima PROPN NNP 3 obl");
    dyad_parse_repair(s, true);
    WANT(s, 2, "activists:3:nsubj", "Chilean activists rallied in Lima (VBD)");

    /* "Chile suspended funding to the Peruvian police" with "funding" a gerund xcomp */
    s = tree(&d, "Chile PROPN NNP 2 nsubj; suspended|suspend VERB VBD 0 root; funding|fund VERB VBG 2 xcomp;"
                 "to ADP IN 7 case; the DET DT 7 det; Peruvian ADJ JJ 7 amod; police NOUN NN 3 obl");
    dyad_parse_repair(s, false);
    WANT(s, 3, "funding:2:obj", "Chile suspended funding to the Peruvian police: the object");
    /* a verb of phase keeps its gerund ("Chile stopped funding the police") */
    s = tree(&d, "Chile PROPN NNP 2 nsubj; stopped|stop VERB VBD 0 root; funding|fund VERB VBG 2 xcomp;"
                 "the DET DT 5 det; police NOUN NN 3 obj");
    dyad_parse_repair(s, false);
    WANT(s, 3, "funding:2:xcomp", "Chile stopped funding the police");

    /* "Lima unveiled a plan on tariffs" with "on tariffs" an oblique of the verb */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; unveiled|unveil VERB VBD 0 root; a DET DT 4 det;"
                 "plan NOUN NN 2 obj; on ADP IN 6 case; tariffs NOUN NNS 2 obl");
    dyad_parse_repair(s, false);
    WANT(s, 6, "tariffs:4:nmod", "Lima unveiled a plan on tariffs: the topic");
    /* a day stays the verb's ("unveiled a plan on Monday") */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; unveiled|unveil VERB VBD 0 root; a DET DT 4 det;"
                 "plan NOUN NN 2 obj; on ADP IN 6 case; Monday PROPN NNP 2 obl");
    dyad_parse_repair(s, false);
    WANT(s, 6, "Monday:2:obl", "Lima unveiled a plan on Monday");

    /* "Lima said in a letter to the Chilean navy that ..." with "to the navy" on the verb */
    s = tree(&d, "Lima PROPN NNP 2 nsubj; said|say VERB VBD 0 root; in ADP IN 5 case; a DET DT 5 det;"
                 "letter NOUN NN 2 obl; to ADP IN 9 case; the DET DT 9 det; Chilean ADJ JJ 9 amod;"
                 "navy NOUN NN 2 obl");
    dyad_parse_repair(s, false);
    WANT(s, 9, "navy:5:nmod", "Lima said in a letter to the Chilean navy: the addressee of the letter");
    /* no message: the to-phrase stays the verb's ("said in Lima to reporters") */
    s = tree(&d, "Rojas PROPN NNP 2 nsubj; said|say VERB VBD 0 root; in ADP IN 4 case;"
                 "Lima PROPN NNP 2 obl; to ADP IN 6 case; reporters NOUN NNS 2 obl");
    dyad_parse_repair(s, false);
    WANT(s, 6, "reporters:2:obl", "Rojas said in Lima to reporters");

    /* "Rojas wrote banning the party violated the charter" with the gerund an xcomp of "wrote" */
    s = tree(&d, "Rojas PROPN NNP 2 nsubj; wrote|write VERB VBD 0 root; banning|ban VERB VBG 2 xcomp;"
                 "the DET DT 5 det; party NOUN NN 3 obj; violated|violate VERB VBD 2 ccomp;"
                 "the DET DT 8 det; charter NOUN NN 6 obj");
    dyad_parse_repair(s, false);
    WANT(s, 3, "banning:6:csubj", "Rojas wrote banning the party violated the charter: the subject");
    /* a clause with a subject of its own keeps the gerund where it is */
    s = tree(&d, "Rojas PROPN NNP 2 nsubj; kept|keep VERB VBD 0 root; saying|say VERB VBG 2 xcomp;"
                 "Chile PROPN NNP 5 nsubj; lied|lie VERB VBD 3 ccomp");
    dyad_parse_repair(s, false);
    WANT(s, 3, "saying:2:xcomp", "Rojas kept saying Chile lied");

    /* fronted phrases (parse_repair_fronted.c): a prepositional phrase made the root, the
     * clause a relative clause of it */
    s = tree(&d, "For ADP IN 3 case; this DET DT 3 det; reason NOUN NN 0 root; , PUNCT , 7 punct;"
                 "the DET DT 6 det; council NOUN NN 7 nsubj; delayed|delay VERB VBD 3 acl:relcl;"
                 "the DET DT 9 det; vote NOUN NN 7 obj; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "delayed:0:root", "For this reason, the council delayed the vote.: root");
    WANT(s, 3, "reason:7:obl", "For this reason, the council delayed the vote.: oblique");
    WANT(s, 10, ".:7:punct", "For this reason, the council delayed the vote.: full stop");
    /* a title's adjective made the root, the verb its parataxis */
    s = tree(&d, "Former ADJ JJ 0 root; Senator PROPN NNP 3 compound; Ana PROPN NNP 5 nsubj;"
                 "Rojas PROPN NNP 3 flat; resigned|resign VERB VBD 1 parataxis; her PRON PRP$ 7 nmod:poss;"
                 "seat NOUN NN 5 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "resigned:0:root", "Former Senator Ana Rojas resigned her seat.: root");
    WANT(s, 1, "Former:3:amod", "Former Senator Ana Rojas resigned her seat.: modifier");
    /* a coordinated subject cut at its conjunction */
    s = tree(&d, "A DET DT 2 det; lorry NOUN NN 0 root; and CCONJ CC 5 cc; a DET DT 5 det;"
                 "bus NOUN NN 6 nsubj; collided|collide VERB VBD 2 acl:relcl; near ADP IN 8 case;"
                 "Tarvik PROPN NNP 6 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "collided:0:root", "A lorry and a bus collided near Tarvik.: root");
    WANT(s, 2, "lorry:6:nsubj", "A lorry and a bus collided near Tarvik.: subject");
    WANT(s, 5, "bus:2:conj", "A lorry and a bus collided near Tarvik.: conjunct");
    /* an appositive phrase before the subject, after a comma */
    s = tree(&d, "A DET DT 2 det; member NOUN NN 0 root; of ADP IN 5 case; the DET DT 5 det;"
                 "council NOUN NN 2 nmod; , PUNCT , 2 punct; Ana PROPN NNP 9 nsubj; Rojas PROPN NNP 7 flat;"
                 "said|say VERB VBD 2 parataxis; the DET DT 11 det; vote NOUN NN 13 nsubj:pass;"
                 "was AUX VBD 13 aux:pass; delayed|delay VERB VBN 9 ccomp; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 9, "said:0:root", "A member of the council, Ana Rojas said ...: root");
    WANT(s, 2, "member:9:dislocated", "A member of the council, Ana Rojas said ...: the phrase");
    /* the subject with an aside, the verb hung from it */
    s = tree(&d, "Ana PROPN NNP 0 root; Rojas PROPN NNP 1 flat; , PUNCT , 5 punct; a DET DT 5 det;"
                 "lawyer NOUN NN 1 appos; , PUNCT , 5 punct; criticised|criticise VERB VBD 1 parataxis;"
                 "the DET DT 9 det; ruling NOUN NN 7 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "criticised:0:root", "Ana Rojas, a lawyer, criticised the ruling.: root");
    WANT(s, 1, "Ana:7:nsubj", "Ana Rojas, a lawyer, criticised the ruling.: subject");
    /* a fronted adjective phrase is an adverbial clause */
    s = tree(&d, "Unhappy ADJ JJ 0 root; with ADP IN 4 case; the DET DT 4 det; ruling NOUN NN 1 obl;"
                 ", PUNCT , 8 punct; the DET DT 7 det; family NOUN NN 8 nsubj;"
                 "appealed|appeal VERB VBD 1 parataxis; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "appealed:0:root", "Unhappy with the ruling, the family appealed.: root");
    WANT(s, 1, "Unhappy:8:advcl", "Unhappy with the ruling, the family appealed.: adverbial");
    /* left alone: a relative clause with its gap ("the best meal I ever had"), a speaker label
     * (UD makes it the root), a noun and a clause of their own, a real relative clause */
    s = tree(&d, "The DET DT 3 det; best ADJ JJS 3 amod; meal NOUN NN 0 root; I PRON PRP 6 nsubj;"
                 "ever ADV RB 6 advmod; had|have VERB VBD 3 acl:relcl; . PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "meal:0:root", "The best meal I ever had.");
    s = tree(&d, "AR PROPN NNP 0 root; : PUNCT : 4 punct; We PRON PRP 4 nsubj;"
                 "met|meet VERB VBD 1 parataxis; in ADP IN 6 case; May PROPN NNP 4 obl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 1, "AR:0:root", "AR: We met in May.");
    s = tree(&d, "Good ADJ JJ 2 amod; hotel NOUN NN 0 root; , PUNCT , 5 punct; we PRON PRP 5 nsubj;"
                 "liked|like VERB VBD 2 parataxis; it PRON PRP 5 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "hotel:0:root", "Good hotel, we liked it.");
    s = tree(&d, "Ana PROPN NNP 0 root; Rojas PROPN NNP 1 flat; , PUNCT , 5 punct; who PRON WP 5 nsubj;"
                 "leads|lead VERB VBZ 1 acl:relcl; the DET DT 7 det; council NOUN NN 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Ana:0:root", "Ana Rojas, who leads the council");

    /* an adverbial root with the clause's verb hung deeper, under the subject's phrase */
    s = tree(&d, "On ADP IN 2 case; Friday PROPN NNP 0 root; , PUNCT , 5 punct; a DET DT 5 det;"
                 "court NOUN NN 2 appos; in ADP IN 7 case; Lima PROPN NNP 5 nmod;"
                 "sentenced|sentence VERB VBD 7 acl; the DET DT 10 det; mayor NOUN NN 8 obj;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "sentenced:0:root", "On Friday, a court in Lima sentenced the mayor.: root");
    WANT(s, 5, "court:8:nsubj", "On Friday, a court in Lima sentenced the mayor.: subject");
    WANT(s, 2, "Friday:8:obl", "On Friday, a court in Lima sentenced the mayor.: oblique");
    WANT(s, 11, ".:8:punct", "On Friday, a court in Lima sentenced the mayor.: full stop");
    s = tree(&d, "Yesterday NOUN NN 0 root; , PUNCT , 3 punct; rebels NOUN NNS 1 appos;"
                 "in ADP IN 6 case; the DET DT 6 det; north NOUN NN 3 nmod;"
                 "attacked|attack VERB VBD 6 acl:relcl; a DET DT 9 det; convoy NOUN NN 7 obj;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "attacked:0:root", "Yesterday, rebels in the north attacked a convoy.: root");
    WANT(s, 3, "rebels:7:nsubj", "Yesterday, rebels in the north attacked a convoy.: subject");
    WANT(s, 1, "Yesterday:7:obl:unmarked", "Yesterday, rebels in the north attacked a convoy.: time");
    /* ... not a relative clause, nor a noun's own modifier with a preposition in front */
    s = tree(&d, "On ADP IN 2 case; Friday PROPN NNP 0 root; , PUNCT , 6 punct; which PRON WDT 6 nsubj;"
                 "was AUX VBD 6 cop; holiday NOUN NN 2 acl:relcl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 2, "Friday:0:root", "On Friday, which was a holiday.");

    /* a "subject" with a preposition in its phrase belongs to the root's phrase: the root
     * stays ("Kenya issues arrest warrants for six men, including General Otieno; seeks help") */
    s = tree(&d, "Kenya PROPN NNP 2 compound; issues|issue NOUN NNS 0 root; arrest NOUN NN 4 compound;"
                 "warrants|warrant NOUN NNS 2 nmod; for ADP IN 7 case; six NUM CD 7 nummod;"
                 "men|man NOUN NNS 4 nmod; , PUNCT , 10 punct; including|include VERB VBG 10 case;"
                 "General PROPN NNP 11 nmod:desc; Otieno PROPN NNP 13 nsubj; ; PUNCT : 13 punct;"
                 "seeks|seek VERB VBZ 2 acl:relcl; help NOUN NN 13 obj");
    dyad_parse_repair(s, true);
    WANT(s, 2, "issues:0:root", "arrest warrants for six men, including General Otieno; seeks help");

    /* no finite verb: a past tense read as an adjective after the adverbial's comma */
    s = tree(&d, "At ADP IN 3 case; the DET DT 3 det; request NOUN NN 0 root; of ADP IN 6 case;"
                 "the DET DT 6 det; mayor NOUN NN 3 nmod; , PUNCT , 11 punct; the DET DT 11 det;"
                 "army NOUN NN 11 compound; closed|close VERB VBN 11 amod; border NOUN NN 3 appos;"
                 ". PUNCT . 3 punct");
    dyad_parse_repair(s, false);
    WANT(s, 10, "closed:0:root", "At the request of the mayor, the army closed the border.: root");
    WANT(s, 9, "army:10:nsubj", "At the request of the mayor, the army closed the border.: subject");
    WANT(s, 11, "border:10:obj", "At the request of the mayor, the army closed the border.: object");
    WANT(s, 3, "request:10:obl", "At the request of the mayor, the army closed the border.: obl");
    WANT(s, 8, "the:9:det", "At the request of the mayor, the army closed the border.: det");
    /* ... but a modifier where the sentence has its verb */
    s = tree(&d, "After ADP IN 3 case; the DET DT 3 det; vote NOUN NN 8 obl; , PUNCT , 3 punct;"
                 "the DET DT 7 det; elected|elect VERB VBN 7 amod; council NOUN NN 8 nsubj;"
                 "met|meet VERB VBD 0 root; . PUNCT . 8 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "elected:7:amod", "After the vote, the elected council met.");

    /* the subject's relative clause between it and its verb, the verb hung under the clause */
    s = tree(&d, "Ana PROPN NNP 0 root; Rojas PROPN NNP 1 flat; , PUNCT , 5 punct; who PRON WP 5 nsubj;"
                 "leads|lead VERB VBZ 1 acl:relcl; the DET DT 7 det; council NOUN NN 5 obj;"
                 ", PUNCT , 9 punct; criticised|criticise VERB VBD 5 parataxis; the DET DT 11 det;"
                 "ruling NOUN NN 9 obj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 9, "criticised:0:root", "Ana Rojas, who leads the council, criticised the ruling.: root");
    WANT(s, 1, "Ana:9:nsubj", "Ana Rojas, who leads the council, criticised the ruling.: subject");
    WANT(s, 12, ".:9:punct", "Ana Rojas, who leads the council, criticised the ruling.: full stop");
    /* a fronted adverb made the root */
    s = tree(&d, "Meanwhile ADV RB 0 root; , PUNCT , 1 punct; the DET DT 4 det; army NOUN NN 5 nsubj;"
                 "closed|close VERB VBD 1 parataxis; the DET DT 7 det; border NOUN NN 5 obj;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "closed:0:root", "Meanwhile, the army closed the border.: root");
    WANT(s, 1, "Meanwhile:5:advmod", "Meanwhile, the army closed the border.: adverb");
    /* a title's present tense with no object: no relative clause in a headline */
    s = tree(&d, "Former ADJ JJ 0 root; Senator PROPN NNP 4 compound; Ana PROPN NNP 4 compound;"
                 "Rojas PROPN NNP 5 nsubj; dies|die VERB VBZ 1 parataxis; at ADP IN 7 case;"
                 "90 NUM CD 5 obl");
    dyad_parse_repair(s, true);
    WANT(s, 5, "dies:0:root", "Former Senator Ana Rojas dies at 90: root");
    WANT(s, 1, "Former:4:amod", "Former Senator Ana Rojas dies at 90: modifier");
    /* the verb read as a clausal subject of the title's adjective */
    s = tree(&d, "Senior ADJ JJ 0 root; official NOUN NN 3 compound; Rojas PROPN NNP 4 nsubj;"
                 "resigned|resign VERB VBD 1 csubj; on ADP IN 6 case; Monday PROPN NNP 4 obl;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "resigned:0:root", "Senior official Rojas resigned on Monday.: root");

    /* a finite "be" or "have" hung inside the subject's name (parse_repair_copulas.c) */
    s = tree(&d, "Ana PROPN NNP 0 root; Rojas PROPN NNP 1 flat; is|be AUX VBZ 2 flat; a DET DT 6 det;"
                 "Chilean ADJ JJ 6 amod; lawyer NOUN NN 3 nsubj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "lawyer:0:root", "Ana Rojas is a Chilean lawyer.: root");
    WANT(s, 3, "is:6:cop", "Ana Rojas is a Chilean lawyer.: copula");
    WANT(s, 1, "Ana:6:nsubj", "Ana Rojas is a Chilean lawyer.: subject");
    WANT(s, 5, "Chilean:6:amod", "Ana Rojas is a Chilean lawyer.: modifier");
    WANT(s, 7, ".:6:punct", "Ana Rojas is a Chilean lawyer.: full stop");
    s = tree(&d, "The DET DT 2 det; hotel NOUN NN 0 root; has|have AUX VBZ 2 acl; two NUM CD 5 nummod;"
                 "pools NOUN NNS 2 appos; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "has:0:root", "The hotel has two pools.: root");
    WANT(s, 5, "pools:3:obj", "The hotel has two pools.: object");
    WANT(s, 2, "hotel:3:nsubj", "The hotel has two pools.: subject");
    CHECK(s && s->tok[2].upos == DYAD_UPOS_VERB, "The hotel has two pools.: 'has' a verb");
    s = tree(&d, "The DET DT 2 det; band NOUN NN 0 root; was|be AUX VBD 2 acl; also ADV RB 3 advmod;"
                 "a DET DT 6 det; success NOUN NN 3 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "success:0:root", "The band was also a success.: root");
    WANT(s, 4, "also:6:advmod", "The band was also a success.: adverb");
    WANT(s, 5, "a:6:det", "The band was also a success.: determiner");
    /* ... not an auxiliary of a verb the tagger missed, nor next to a finite verb */
    s = tree(&d, "Lion PROPN NNP 0 root; Air PROPN NNP 1 flat; has|have AUX VBZ 2 flat;"
                 "been|be AUX VBN 5 aux; funding NOUN NN 3 nsubj; searches NOUN NNS 5 obj");
    dyad_parse_repair(s, false);
    WANT(s, 1, "Lion:0:root", "Lion Air has been funding searches");
    s = tree(&d, "The DET DT 2 det; hotel NOUN NN 0 root; has|have AUX VBZ 2 acl; pools NOUN NNS 3 obj;"
                 "and CCONJ CC 6 cc; offers|offer VERB VBZ 3 conj; tours NOUN NNS 6 obj");
    dyad_parse_repair(s, false);
    WANT(s, 2, "hotel:0:root", "The hotel has pools and offers tours");

    /* the main clause hung under the relative clause of a fronted phrase (a hyphen in it) */
    s = tree(&d, "Unlike ADP IN 2 case; senators NOUN NNS 0 root; , PUNCT , 5 punct; who PRON WP 5 nsubj;"
                 "serve|serve VERB VBP 2 acl:relcl; six NUM CD 8 nummod; - PUNCT HYPH 6 punct;"
                 "year NOUN NN 9 compound; terms NOUN NNS 5 obj; , PUNCT , 13 punct;"
                 "judges NOUN NNS 13 nsubj:pass; are|be AUX VBP 13 aux:pass;"
                 "appointed|appoint VERB VBN 5 ccomp; for ADP IN 15 case; life NOUN NN 13 obl;"
                 ". PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 13, "appointed:0:root", "Unlike senators, who serve six-year terms, judges are appointed: root");
    WANT(s, 2, "senators:13:obl", "Unlike senators, who serve six-year terms, judges are appointed: obl");
    /* a past tense read as a participle after the subject's relative clause */
    s = tree(&d, "A DET DT 2 det; ferry NOUN NN 0 root; , PUNCT , 6 punct; which PRON WDT 6 nsubj:pass;"
                 "is|be AUX VBZ 6 aux:pass; run|run VERB VBN 2 acl:relcl; by ADP IN 9 case; the DET DT 9 det;"
                 "navy NOUN NN 6 obl:agent; , PUNCT , 11 punct; capsized|capsize VERB VBN 9 acl;"
                 "on ADP IN 13 case; Monday PROPN NNP 11 obl; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 11, "capsized:0:root", "A ferry, which is run by the navy, capsized on Monday.: root");
    WANT(s, 2, "ferry:11:nsubj", "A ferry, which is run by the navy, capsized on Monday.: subject");
    CHECK(s && strcmp(s->tok[10].xpos, "VBD") == 0, "A ferry, which is run by the navy, capsized: VBD");

    /* a fronted conjunction or adverb before an existential "be", a nominal adjective */
    s = tree(&d, "And CCONJ CC 0 root; , PUNCT , 1 punct; we PRON PRP 4 nsubj;"
                 "met|meet VERB VBD 1 parataxis; the DET DT 6 det; minister NOUN NN 4 obj;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 4, "met:0:root", "And, we met the minister.: root");
    WANT(s, 1, "And:4:cc", "And, we met the minister.: conjunction");
    s = tree(&d, "However ADV RB 0 root; , PUNCT , 1 punct; there PRON EX 5 expl; will AUX MD 5 aux;"
                 "be|be AUX VB 1 parataxis; heavy ADJ JJ 7 amod; rains NOUN NNS 5 nsubj;"
                 ". PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "be:0:root", "However, there will be heavy rains.: root");
    WANT(s, 1, "However:5:advmod", "However, there will be heavy rains.: adverb");
    s = tree(&d, "The DET DT 2 det; oldest ADJ JJS 0 root; of ADP IN 5 case; the DET DT 5 det;"
                 "three NUM CD 2 nmod; , PUNCT , 8 punct; a DET DT 8 det; lawyer NOUN NN 2 appos;"
                 ", PUNCT , 8 punct; resigned|resign VERB VBD 2 parataxis; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 10, "resigned:0:root", "The oldest of the three, a lawyer, resigned.: root");
    WANT(s, 2, "oldest:10:nsubj", "The oldest of the three, a lawyer, resigned.: subject");
    s = tree(&d, "Rojas PROPN NNP 0 root; , PUNCT , 3 punct; 33 NUM CD 1 appos; , PUNCT , 3 punct;"
                 "worked|work VERB VBD 1 parataxis; in ADP IN 7 case; Lima PROPN NNP 5 obl;"
                 "but CCONJ CC 9 cc; left|leave VERB VBD 5 conj; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "worked:0:root", "Rojas, 33, worked in Lima but left.: root");
    WANT(s, 1, "Rojas:5:nsubj", "Rojas, 33, worked in Lima but left.: subject");

    /* after the subject's relative clause, its verb read as a conjunct of that clause */
    s = tree(&d, "Rojas PROPN NNP 0 root; , PUNCT , 4 punct; who PRON WP 4 nsubj;"
                 "led|lead VERB VBD 1 acl:relcl; the DET DT 6 det; march NOUN NN 4 obj; , PUNCT , 8 punct;"
                 "spoke|speak VERB VBD 4 conj; on ADP IN 10 case; Monday PROPN NNP 8 obl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 8, "spoke:0:root", "Rojas, who led the march, spoke on Monday.: root");
    WANT(s, 1, "Rojas:8:nsubj", "Rojas, who led the march, spoke on Monday.: subject");
    /* an adjective root before the name that is the subject */
    s = tree(&d, "Chilean ADJ JJ 0 root; Ana PROPN NNP 1 appos; Rojas PROPN NNP 2 flat; , PUNCT , 6 punct;"
                 "who PRON WP 6 nsubj; won|win VERB VBD 1 parataxis; the DET DT 8 det; race NOUN NN 6 obj;"
                 ", PUNCT , 10 punct; resigned|resign VERB VBD 8 acl:relcl; . PUNCT . 1 punct");
    dyad_parse_repair(s, false);
    WANT(s, 10, "resigned:0:root", "Chilean Ana Rojas, who won the race, resigned.: root");
    WANT(s, 2, "Ana:10:nsubj", "Chilean Ana Rojas, who won the race, resigned.: subject");
    WANT(s, 1, "Chilean:2:amod", "Chilean Ana Rojas, who won the race, resigned.: modifier");
    WANT(s, 6, "won:2:acl:relcl", "Chilean Ana Rojas, who won the race, resigned.: the clause");

    /* a headline's comma joins its parties: "Kenya, Uganda hold talks" with Kenya a vocative */
    s = tree(&d, "Kenya PROPN NNP 4 vocative; , PUNCT , 1 punct; Uganda PROPN NNP 4 nsubj;"
                 "hold VERB VBP 0 root; talks NOUN NNS 4 obj");
    dyad_parse_repair(s, true);
    WANT(s, 1, "Kenya:4:nsubj", "Kenya, Uganda hold talks");
    WANT(s, 3, "Uganda:1:conj", "Kenya, Uganda hold talks");
    /* not in running text, where the comma ends an address */
    s = tree(&d, "Kenya PROPN NNP 4 vocative; , PUNCT , 1 punct; Uganda PROPN NNP 4 nsubj;"
                 "hold VERB VBP 0 root; talks NOUN NNS 4 obj; . PUNCT . 4 punct");
    dyad_parse_repair(s, false);
    WANT(s, 3, "Uganda:4:nsubj", "Kenya, Uganda hold talks.");
    /* an adjective after the object of a verb of naming is the verb's complement */
    s = tree(&d, "Iran PROPN NNP 2 nsubj; called|call VERB VBD 0 root; the DET DT 4 det;"
                 "sanctions NOUN NNS 2 obj; illegal ADJ JJ 4 amod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "illegal:2:xcomp", "Iran called the sanctions illegal");
    s = tree(&d, "Iran PROPN NNP 2 nsubj; imposed|impose VERB VBD 0 root; the DET DT 4 det;"
                 "sanctions NOUN NNS 2 obj; illegal ADJ JJ 4 amod; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 5, "illegal:4:amod", "not after another verb");
    /* a clause that opens with "who" after a comma is the relative clause of the noun before */
    s = tree(&d, "Kenya PROPN NNP 2 nsubj; expelled|expel VERB VBD 0 root; the DET DT 4 det;"
                 "envoy NOUN NN 2 obj; , PUNCT , 7 punct; who PRON WP 7 nsubj;"
                 "criticised|criticise VERB VBD 2 conj; Uganda PROPN NNP 7 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 7, "criticised:4:acl:relcl", "expelled the envoy, who criticised Uganda");
    s = tree(&d, "Kenya PROPN NNP 2 nsubj; attacked|attack VERB VBD 0 root; Uganda PROPN NNP 2 obj;"
                 ", PUNCT , 6 punct; which PRON WDT 6 nsubj; angered|anger VERB VBD 2 conj;"
                 "Tanzania PROPN NNP 6 obj; . PUNCT . 2 punct");
    dyad_parse_repair(s, false);
    WANT(s, 6, "angered:2:conj", "'which' may stand for the clause: left alone");
    dyad_doc_free(&d);
    CHECK_EXIT();
}
