#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>

struct cicu_breaker {
    UBreakIterator *iterator;
};

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        *error = (int32_t)status;
        return NULL;
    }
    cicu_breaker *breaker = malloc(sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    *error = 0;
    return breaker;
}

cicu_breaker *cicu_breaker_clone(const cicu_breaker *breaker, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &status);
    if (U_FAILURE(status)) {
        *error = (int32_t)status;
        return NULL;
    }
    cicu_breaker *copy = malloc(sizeof(cicu_breaker));
    if (copy == NULL) {
        ubrk_close(iterator);
        *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    copy->iterator = iterator;
    *error = 0;
    return copy;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t cicu_breaker_set_text(cicu_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_first(breaker->iterator);
    return 0;
}

int32_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t cicu_breaker_rule_status(const cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

const char *cicu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
