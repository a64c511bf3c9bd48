/* The memory helpers a freestanding C compiler may call (gcc emits memcpy,
   memmove and memset even with -ffreestanding), and llhttp's abort: linked
   into the Cortex-M test images (tests/cross.sh) and the size figures'
   images (tests/size.sh, which subtracts their own size). Build with
   -fno-tree-loop-distribute-patterns where optimizing for speed, so that
   these loops do not become calls to themselves. */
#include <stddef.h>
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
void abort(void);
void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *o = (unsigned char *)d;
    const unsigned char *i = (const unsigned char *)s;
    while (n--)
        *o++ = *i++;
    return d;
}
void *memmove(void *d, const void *s, size_t n)
{
    unsigned char *o = (unsigned char *)d;
    const unsigned char *i = (const unsigned char *)s;
    if (o <= i) {
        while (n--)
            *o++ = *i++;
    } else {
        while (n--)
            o[n] = i[n];
    }
    return d;
}
void *memset(void *d, int c, size_t n)
{
    unsigned char *o = (unsigned char *)d;
    while (n--)
        *o++ = (unsigned char)c;
    return d;
}
int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}
size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
void abort(void) /* llhttp's last resort */
{
    for (;;) {
    }
}
