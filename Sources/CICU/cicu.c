#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    int32_t kind;
    char locale[16];
    cicu_breaker *next;
};

// Opening an iterator and destroying it cost as much as breaking a whole article, so closed breakers wait
// in a per-thread free list for the next article of the same kind and locale. The thread's exit closes them.
static pthread_key_t free_list_key;
static pthread_once_t free_list_once = PTHREAD_ONCE_INIT;

static void close_all(void *head) {
    cicu_breaker *breaker = head;
    while (breaker != NULL) {
        cicu_breaker *next = breaker->next;
        ubrk_close(breaker->iterator);
        free(breaker);
        breaker = next;
    }
}

static void make_free_list_key(void) { pthread_key_create(&free_list_key, close_all); }

static cicu_breaker *take_free(int32_t kind, const char *locale) {
    pthread_once(&free_list_once, make_free_list_key);
    cicu_breaker *previous = NULL;
    for (cicu_breaker *breaker = pthread_getspecific(free_list_key); breaker != NULL; breaker = breaker->next) {
        if (breaker->kind == kind && strcmp(breaker->locale, locale) == 0) {
            if (previous == NULL) {
                pthread_setspecific(free_list_key, breaker->next);
            } else {
                previous->next = breaker->next;
            }
            breaker->next = NULL;
            return breaker;
        }
        previous = breaker;
    }
    return NULL;
}

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    if (strlen(locale) < sizeof(((cicu_breaker *)0)->locale)) {
        cicu_breaker *recycled = take_free(kind, locale);
        if (recycled != NULL) {
            *error = 0;
            return recycled;
        }
    }
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
    breaker->kind = kind;
    breaker->locale[0] = 0;
    if (strlen(locale) < sizeof(breaker->locale)) strcpy(breaker->locale, locale);
    breaker->next = NULL;
    *error = 0;
    return breaker;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) return;
    if (breaker->locale[0] == 0) {
        // A locale too long to remember: not worth recycling.
        ubrk_close(breaker->iterator);
        free(breaker);
        return;
    }
    pthread_once(&free_list_once, make_free_list_key);
    breaker->next = pthread_getspecific(free_list_key);
    pthread_setspecific(free_list_key, breaker);
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

int32_t cicu_breaker_boundaries(cicu_breaker *breaker, const uint16_t *text, int32_t length, int32_t *boundaries,
                                int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        boundaries[count++] = boundary;
        // The text's end is the last boundary: asking on would fill ICU's cache once more to learn so.
        if (boundary == length) break;
    }
    return count;
}

int32_t cicu_breaker_rule_status(const cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int32_t cicu_sentence_break(uint32_t code_point) {
    return u_getIntPropertyValue((UChar32)code_point, UCHAR_SENTENCE_BREAK);
}

const char *cicu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
