/* utf8.h — UTF-8 decoding and validation (no locale, no libc wide chars). */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H

#include "base/common.h"

/* Decodes one code point from s[0..n). Returns its byte length (1..4) and stores it in *cp,
 * or returns 0 for an invalid or truncated sequence (then *cp = 0xFFFD). n must be > 0. */
DYAD_INTERNAL size_t dyad_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Length of the valid sequence starting at s (1..4), 0 when invalid. */
DYAD_INTERNAL size_t dyad_utf8_valid_prefix(const char *s, size_t n);
/* Offset of the first invalid byte or NUL in s[0..n), or n when the whole is valid and NUL-free. */
DYAD_INTERNAL size_t dyad_utf8_first_invalid(const char *s, size_t n);
/* Copies s[0..n) to out (room for 3 * n + 1 bytes) with every byte that starts no valid UTF-8
 * sequence replaced by U+FFFD (EF BF BD); NUL bytes are kept. NUL-terminates out, returns its
 * length and stores the number of bytes replaced in *replaced. */
DYAD_INTERNAL size_t dyad_utf8_repair(const char *s, size_t n, char *out, size_t *replaced);
/* Encodes cp into out (4 bytes room); returns the byte count. */
DYAD_INTERNAL size_t dyad_utf8_encode(uint32_t cp, char *out);
/* The upper case of the character starting at s (NUL-terminated UTF-8): ASCII letters and the
 * Latin letters of U+00E0..U+017F ("ñ" -> "Ñ", "ł" -> "Ł", "ÿ" -> "Ÿ"), whose upper case has
 * the same byte length; any other byte is copied as it is. Writes 1 or 2 bytes to out and
 * returns how many bytes of s it read (the same count). */
DYAD_INTERNAL int dyad_utf8_upper_at(const char *s, char out[2]);

#endif
