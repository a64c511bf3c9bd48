/* websocket.h - the example server's WebSocket side, with no sockets:
   the handshake's key check and accept value, a streaming RFC 6455 echo. */
#ifndef EXAMPLES_WEBSOCKET_H
#define EXAMPLES_WEBSOCKET_H

#include <stddef.h>
#include <stdint.h>

/* RFC 6455 section 4.2.1: Sec-WebSocket-Key is 16 bytes in base64. */
int websocket_key_valid(const char *key);
/* Section 4.2.2: Sec-WebSocket-Accept, NUL-terminated (key_len <= 92). */
void websocket_accept(const char *key, size_t key_len, char out[29]);
/* Is token in the comma-separated field value v[0..len), case-insensitively? */
int websocket_list_has(const char *v, size_t len, const char *token);

/* One connection's echo (websocket.c says how it streams). */
typedef struct ws_echo {
    unsigned char head[14], head_len; /* the frame header being read, its bytes so far */
    unsigned char phase;              /* reading a header, data or a control payload */
    unsigned char opcode, fin;        /* the current frame's */
    unsigned char mask[4], mask_at;   /* its masking key, the key's index for the next byte */
    uint64_t left;                    /* its payload bytes still to come */
    unsigned char message, relayed;   /* the open message's opcode (else 0); a frame of it sent */
    struct ws_utf8 { unsigned char need, lo, hi; } utf8; /* text: bytes to come, the next's range */
    unsigned char control[125], control_len; /* a control frame's payload, kept whole */
    unsigned char finished;           /* a close frame has been written */
} ws_echo;

void ws_echo_init(ws_echo *w);

/* Echoes what it can of in[0..in_len) (the client's bytes; in is not
   modified) into out[0..out_cap): returns the number of input bytes
   consumed and sets *out_len to the number of bytes written to out. It
   stops when the input is used up, when out has no room for the next
   step, or once a close frame has been written. Call it again while it
   consumes or writes anything; when it does neither it waits for more
   input or more room. 127 bytes of room always suffice for the next step
   (a pong of 125 bytes); 4 are enough to relay payload. */
size_t ws_echo_step(ws_echo *w, unsigned char *in, size_t in_len,
                    unsigned char *out, size_t out_cap, size_t *out_len);

/* A close frame has been written (the answer to the client's close, or a
   failure: 1002 protocol error, 1007 invalid UTF-8): the caller sends the
   output, then closes the connection, reading no more input. */
int ws_echo_finished(const ws_echo *w);

/* What a GET's fields offer for the handshake (section 4.2.1), read as
   they come. */
typedef struct ws_offer {
    char key[64];             /* Sec-WebSocket-Key ("" when longer) */
    unsigned char upgrade;    /* Upgrade lists websocket */
    unsigned char version_13; /* Sec-WebSocket-Version: 13 */
} ws_offer;
void ws_offer_field(ws_offer *o, const char *name, size_t name_len, const char *value, size_t value_len);

#endif
