// A plain-C window on ICU's break iterators. Swift must not see ICU's own headers: they rename every
// function by macro (ubrk_open -> ubrk_open_72) and clash with Foundation's private ICU module.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

typedef struct cicu_breaker cicu_breaker;

enum {
    CICU_BREAK_SENTENCE = 0,
    CICU_BREAK_WORD = 1,
};

/// Opens a break iterator of `kind` for `locale` (e.g. "de", "en"); returns NULL and sets *error on failure.
/// Reuses one this thread closed earlier when there is one (its text must be set again).
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error);

/// Gives the breaker back: it is kept for this thread's next open of the same kind and locale, and closed
/// when the thread exits.
void cicu_breaker_close(cicu_breaker *breaker);

/// Points the iterator at `length` UTF-16 units; the text must outlive every later call. Returns an ICU error code.
int32_t cicu_breaker_set_text(cicu_breaker *breaker, const uint16_t *text, int32_t length);

/// The next boundary in UTF-16 units, or -1 at the end.
int32_t cicu_breaker_next(cicu_breaker *breaker);

/// Points the iterator at `length` UTF-16 units and writes all its boundaries after their start (the last
/// `length`) to `boundaries`, at most `capacity` (`length` is enough); returns how many, or minus an ICU error code.
/// For many short stretches of one text, each set and walked in one call.
int32_t cicu_breaker_boundaries(cicu_breaker *breaker, const uint16_t *text, int32_t length, int32_t *boundaries,
                                int32_t capacity);

/// The rule status of the segment ending at the last boundary (word kinds: 0 none, 100 number, 200 letter, ...).
int32_t cicu_breaker_rule_status(const cicu_breaker *breaker);

/// The Sentence_Break property of a code point in ICU's own data (UAX #29; 0 Other, 1 ATerm, 2 Close, 3 Format,
/// 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue).
int32_t cicu_sentence_break(uint32_t code_point);

/// The ICU version, e.g. "72.1".
const char *cicu_version(void);

#endif
