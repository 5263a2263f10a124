/* geo_dateline.c — the dateline that opens a wire story: "KABUL, Jan 3 (Reuters) -",
 * "WASHINGTON (AP) —", "GENEVA, Switzerland -- ". The place is the text before the first
 * comma or parenthesis, written in capitals, within the first DATELINE_MAX bytes, which must
 * end in a dash. */
#include "geo/geo_mention.h"

#include "geo/geo_name.h"

#include <string.h>

#define DATELINE_MAX 120
#define DATELINE_NAME_MAX 40

bool dyad_geo_dateline(const dyad_gaz *gaz, const dyad_doc *doc, dyad_geo_mention *m)
{
    const char *t = doc->text;
    size_t n = doc->text_len < DATELINE_MAX ? doc->text_len : DATELINE_MAX;
    size_t a = 0;
    while (a < n && (t[a] == ' ' || t[a] == '\n' || t[a] == '\t'))
        a++;
    size_t dash = a;
    while (dash < n && !(t[dash] == '-' && dash > a && t[dash - 1] == ' ') &&
           !(dash + 2 < n && (unsigned char)t[dash] == 0xE2 && (unsigned char)t[dash + 1] == 0x80 &&
             ((unsigned char)t[dash + 2] == 0x94 || (unsigned char)t[dash + 2] == 0x93)))
        dash++;
    if (dash >= n)
        return false;
    size_t b = a;
    while (b < dash && t[b] != ',' && t[b] != '(')
        b++;
    if (b == dash || b == a)
        return false;
    size_t e = b;
    while (e > a && t[e - 1] == ' ')
        e--;
    int upper = 0, lower = 0;
    for (size_t i = a; i < e; i++) {
        upper += t[i] >= 'A' && t[i] <= 'Z';
        lower += t[i] >= 'a' && t[i] <= 'z';
    }
    if (e - a > DATELINE_NAME_MAX || upper < 2 || lower > 0)
        return false;
    char key[DYAD_GEO_KEY_MAX];
    size_t k = dyad_geo_norm(t + a, e - a, key, sizeof key);
    const uint32_t *ids;
    uint32_t count = k ? dyad_gaz_find(gaz, key, k, &ids) : 0;
    if (count == 0)
        return false;
    *m = (dyad_geo_mention){-1, -1, -1, (uint32_t)a, (uint32_t)e, ids, count, GEO_DATELINE,
                            false, -1, false};
    return true;
}
