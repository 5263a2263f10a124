/* test_stance.c — the codes of intents, threats, appeals and demands about an act
 * (src/coder/coder_stance.c: dyad_coder_stance_code), CAMEO's parallel sub-codes. */
#include "check.h"

#include "coder/coder_internal.h"

static void want(dyad_stance_kind k, const char *act, const char *expect, const char *what)
{
    const char *got = dyad_coder_stance_code(k, act);
    CHECK_STR(got ? got : "(none)", expect, "%s: %s", what, act);
}

int main(void)
{
    /* yielding: each kind has its intent, appeal and demand */
    want(DYAD_STANCE_INTENT, "081", "0351", "intent to ease administrative sanctions");
    want(DYAD_STANCE_INTENT, "082", "0352", "intent to ease popular dissent");
    want(DYAD_STANCE_APPEAL, "082", "0252", "appeal to ease popular dissent");
    want(DYAD_STANCE_DEMAND, "082", "1052", "demand to ease popular dissent");
    want(DYAD_STANCE_INTENT, "084", "0353", "intent to release");
    /* reform keeps its kind in the fourth digit */
    want(DYAD_STANCE_INTENT, "0831", "0341", "intent to change leadership");
    want(DYAD_STANCE_INTENT, "0832", "0342", "intent to change policy");
    want(DYAD_STANCE_INTENT, "0833", "0343", "intent to grant rights");
    want(DYAD_STANCE_INTENT, "0834", "0344", "intent to change institutions");
    want(DYAD_STANCE_INTENT, "083", "034", "intent to reform, no kind");
    want(DYAD_STANCE_APPEAL, "0831", "0241", "appeal for a leadership change");
    want(DYAD_STANCE_DEMAND, "0834", "1044", "demand for a change of institutions");
    /* the rest as before */
    want(DYAD_STANCE_INTENT, "062", "0312", "intent to cooperate militarily");
    want(DYAD_STANCE_THREAT, "190", "1384", "threat of force");
    want(DYAD_STANCE_THREAT, "0831", "130", "a threat to do a cooperative act is a threat");
    want(DYAD_STANCE_FACT, "0831", "0831", "a fact keeps its code");
    CHECK_EXIT();
}
