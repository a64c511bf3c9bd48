/* sha1.h - SHA-1 and base64 for the WebSocket handshake (sha1.c). */
#ifndef EXAMPLES_SHA1_H
#define EXAMPLES_SHA1_H

#include <stddef.h>
#include <stdint.h>

void sha1(const unsigned char *msg, size_t len, unsigned char out[20]);
size_t base64(const unsigned char *in, size_t len, char *out); /* returns the length written */

#endif
