/* score_report.h — the figures of a finished dyad_score as text, one summary line, or JSON. */
#ifndef DYAD_SCORE_REPORT_H
#define DYAD_SCORE_REPORT_H

#include "agg/score.h"
#include "base/strbuf.h"

/* Appends to sb (out of memory sets sb->failed). verbose adds the lists of missed gold rows,
 * false events and loose-but-not-strict pairs. */
DYAD_INTERNAL void dyad_score_report_text(const dyad_score *s, bool verbose, dyad_strbuf *sb);
/* One line: "LABEL: N docs, N gold, N events; loose P x R x F1 x; strict P x R x F1 x\n". */
DYAD_INTERNAL void dyad_score_report_line(const dyad_score *s, const char *label,
                                          dyad_strbuf *sb);
/* One JSON object and a newline: summary, per_root, per_plover, confusion (and with verbose
 * missed, false, loose_not_strict). */
DYAD_INTERNAL void dyad_score_report_json(const dyad_score *s, bool verbose, dyad_strbuf *sb);

#endif
