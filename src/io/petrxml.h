/* petrxml.h — the <Environment> block of a PETRARCH validation file (dictionary file names). */
#ifndef DYAD_PETRXML_H
#define DYAD_PETRXML_H

#include "base/common.h"

#define DYAD_PETRXML_NAME_MAX 256

/* File names as written in the file (relative to the dictionaries folder); "" when absent. */
typedef struct dyad_petrxml_env {
    char verbs[DYAD_PETRXML_NAME_MAX];    /* <Verbfile> */
    char actors[DYAD_PETRXML_NAME_MAX];   /* <Actorfile> */
    char agents[DYAD_PETRXML_NAME_MAX];   /* <Agentfile> */
    char discards[DYAD_PETRXML_NAME_MAX]; /* <Discardfile> */
    char issues[DYAD_PETRXML_NAME_MAX];   /* <Issuefile> */
} dyad_petrxml_env;

/* Reads path (gzip allowed) up to the end of its <Environment> element and fills env with
 * trimmed names. DYAD_ENOTFOUND when the file has no <Environment>; DYAD_EFORMAT for bad XML
 * or a name longer than DYAD_PETRXML_NAME_MAX - 1 bytes (err names file:line). */
DYAD_INTERNAL int dyad_petrxml_environment(const char *path, dyad_petrxml_env *env,
                                           dyad_err *err);

#endif
