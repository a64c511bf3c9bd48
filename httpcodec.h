/* httpcodec.h - a strict, zero-allocation, IO-free HTTP/1 codec in one header.
   Version 0.1.0.  MIT licensed: see the end of this file.

   WHAT IT IS
   ==========
   A pull parser for HTTP/1.0 and HTTP/1.1 messages, both roles:
     - server role: parses requests (and you write responses),
     - client role: parses responses (and you write requests).
   It never allocates, never does I/O, never blocks, keeps no global mutable
   state and never reads outside the buffer it is given. The caller owns every
   byte; the parser returns one event per call and says how many bytes it
   consumed. Spans in events point into the caller's buffer.

   Framing follows RFC 9112 section 6.3 with the strict choice everywhere a
   choice exists, because the codec is meant to sit in front of servers and
   proxies (request smuggling, response splitting). See "STRICTNESS" below.

   HOW TO INCLUDE
   ==============
   In exactly one C or C++ file:

       #define HTTPCODEC_IMPLEMENTATION
       #include "httpcodec.h"

   Everywhere else just #include "httpcodec.h". To make every function static
   (single-file programs, fuzz targets), define HTTPCODEC_STATIC before the
   include; it implies HTTPCODEC_IMPLEMENTATION.

   CONFIGURATION MACROS (define before including)
   ==============================================
   HTTPCODEC_IMPLEMENTATION   emit the definitions in this translation unit.
   HTTPCODEC_STATIC           all functions static (implies the above).
   HTTPCODEC_CONFIG "file.h"  a header included first instead of nothing, for
                              firmware toolchains that need their own setup.
   HTTPCODEC_NO_SIMD          scan with the portable word-at-a-time code even
                              where SSE2, AVX2 or NEON is available (those are
                              chosen at compile time: -mavx2, -march=...;
                              hc_scanner() names the path built).
   HTTPCODEC_SMALL 0|1        1: the smallest code over speed (scanning a
                              byte at a time, no SIMD, none of the fast
                              paths; hc_scanner() says "table"). Every rule
                              and result is the same. Default: 1 when
                              compiling for size (-Os), else 0.
   HTTPCODEC_API              what every public function is declared with
                              (default extern): a visibility attribute,
                              __declspec(dllexport), a linker section.
   HTTPCODEC_ASSERT(x)        checks the codec's own invariants (never the
                              input: bad input is an error code), and that
                              a checked head did not change before it was
                              written. Default:
                              nothing. Define it as assert(x), or a
                              firmware's fault handler, in debug builds.
   HTTPCODEC_MEMMOVE(dst, src, n)
                              how hc_parse_body moves longer decoded runs,
                              or every run under HTTPCODEC_SMALL (dst at or
                              before src, or apart). Default:
                              __builtin_memmove with gcc and clang (which may
                              call memmove), a forward byte loop elsewhere.
   HTTPCODEC_MEMCPY(dst, src, n)
                              how the writer copies n > 0 bytes between
                              buffers that never overlap (the head, chunk
                              and body-end copy forms). Default:
                              __builtin_memcpy with gcc and clang (which may
                              call memcpy, even freestanding), a byte loop
                              with other compilers. Define it as memcpy, or
                              a firmware's own routine, where that is faster.
   On AVR the character table is kept in flash (read with LPM), not RAM.
   Word loads are written as bytes, but compilers merge them into one load
   where the target allows unaligned ones: firmware that makes unaligned
   accesses fault (Cortex-M's CCR.UNALIGN_TRP) builds with
   -mno-unaligned-access.
   The codec needs only <stddef.h> and <stdint.h> (and the compiler's own
   intrinsics header on a SIMD path): no libc function, but the memcpy and
   memmove that gcc and clang may call for the writer's copies (see above)
   and for hc_parse_body's longer ones; freestanding C provides both.

   SERVER ROLE IN 20 LINES
   =======================
       hc_parser p;
       hc_parser_init(&p, HC_ROLE_SERVER, NULL);      // NULL: default limits
       size_t off = 0;                                // buf[off..len) unread
       for (;;) {
           hc_event ev;
           off += hc_parse(&p, buf + off, len - off, &ev);
           switch (ev.type) {
           case HC_EV_NEED_MORE:  // move buf[off..len) to the front, read
               break;             // more (on EOF call hc_parser_eof(&p))
           case HC_EV_REQUEST:    use(ev.method, ev.target); break;
           case HC_EV_FIELD:      use(ev.name, ev.value); break;
           case HC_EV_HEAD_DONE:  // ev.body, ev.content_length, ev.keep_alive
               break;
           case HC_EV_BODY:       use(ev.data); break;
           case HC_EV_MESSAGE_DONE: respond(); break;
           case HC_EV_PAUSED:     // Upgrade or CONNECT: answer, then
               hc_parser_accept_upgrade(&p);     // or _decline_upgrade(&p)
               break;
           case HC_EV_SWITCHED:   // buf[off..len) is the new protocol's
           case HC_EV_CLOSED:     // no more HTTP on this connection
               return;
           case HC_EV_ERROR:      reply(hc_error_status(ev.error.code)); return;
           default: break;
           }
       }

   CLIENT ROLE IN 20 LINES
   =======================
       hc_parser p;
       hc_parser_init(&p, HC_ROLE_CLIENT, NULL);
       send("HEAD / HTTP/1.1\r\nHost: example.com\r\n\r\n");
       hc_parser_expect_response(&p, HC_METHOD_HEAD);  // frames the answer
       for (;;) {
           hc_event ev;
           off += hc_parse(&p, buf + off, len - off, &ev);
           if (ev.type == HC_EV_NEED_MORE) { read_more(); continue; }
           if (ev.type == HC_EV_RESPONSE) show(ev.status);
           if (ev.type == HC_EV_BODY) consume(ev.data);
           if (ev.type == HC_EV_MESSAGE_DONE && !ev.interim) break;
           if (ev.type == HC_EV_ERROR) fail(hc_error_name(ev.error.code));
       }
   Responses 1xx other than 101 are interim: they produce RESPONSE, FIELD...,
   HEAD_DONE, MESSAGE_DONE (both with interim set) and then the final
   response to the same request follows. A response with no request outstanding is an error.

   EVENTS
   ======
   Every call returns exactly one event. Only the members named for an event
   type are meaningful; the others are left as they were.
     NEED_MORE     nothing more can be decided without more bytes. The bytes
                   not consumed must be presented again, with more appended.
                   A request line, status line, field line or chunk-size line
                   is only ever consumed whole, so the caller needs room for
                   one line (see the limits), never for the whole head.
     REQUEST       method (enum), method_name, target, version_major/minor.
     RESPONSE      status, reason, version_major/minor.
     FIELD         name, value (leading and trailing SP/HTAB removed).
     HEAD_DONE     body (NONE, LENGTH, CHUNKED, CLOSE, TUNNEL),
                   content_length (for LENGTH), keep_alive, upgrade,
                   expect_continue, transfer_coded, interim (a 1xx
                   other than 101: the final answer follows).
     BODY          data: decoded body bytes (chunk framing removed).
     TRAILER       name, value of one trailer field.
     MESSAGE_DONE  the message is complete; interim as in HEAD_DONE.
     PAUSED        an Upgrade or CONNECT request (server role), or a 101 or a
                   2xx answer to CONNECT (client role), is complete and the
                   parser waits for hc_parser_accept_upgrade() or
                   hc_parser_decline_upgrade(). Consumes nothing.
     SWITCHED      the connection left HTTP/1: every byte from here on
                   belongs to the new protocol. Consumes nothing, repeats.
     CLOSED        no more HTTP messages on this connection (the last one
                   closes it, or the input ended between messages). Bytes
                   after it are not parsed. Consumes nothing, repeats.
     ERROR         error.code, error.offset (byte offset in the whole
                   stream), error.status (what a server should answer).
                   The parser stays in error; every later call repeats it.

   ERROR OFFSETS point at the offending byte: a byte no rule allows, the
   first byte past a limit, the byte where a missing part should begin. A
   field that is wrong as a whole (a duplicate, a conflict, a forbidden
   trailer, a field array that is full) is reported at the start of its
   line; a fault only known when the head ends (no Host, chunked not last)
   at the empty line that ends it.

   "upgrade" in HEAD_DONE is true for a CONNECT request, an HTTP/1.1 request
   whose Upgrade field names a protocol and the "upgrade" Connection option, a 101
   response, and a 2xx response to CONNECT. Upgrade in an HTTP/1.0 request, or
   without the connection option, is ignored (RFC 9110 section 7.8).
   Nothing is accepted on the application's behalf: after such a message the
   parser pauses. Accepting makes it report SWITCHED; declining resumes HTTP
   parsing in the server role, and ends HTTP (CLOSED) in the client role,
   where the server has already left HTTP. With hc_conn (below) the
   response written is the decision; the accept/decline calls are for
   users of the bare parser.

   WRITING (hc_message: a head described by the caller)
   =======
       hc_head_writer hw;                      // kept beside m
       if (hc_check_head(&m, &hw, &where) != HC_OK) refuse(where);
       while (sent < hc_head_size(&hw))        // any buffer, any write size
           sent += send(buf, hc_write_head(&hw, sent, buf, sizeof buf));
   The body's framing is said once, in m.body (and content_length): the
   writer adds the field that says it, after m's fields, and refuses one
   among them. The answer to HEAD, or a 304, is described as the message
   it stands for (hc_conn fills in m.answers): the same Content-Length,
   and no body byte. A head is checked once, in full (injection, framing,
   the sender's MUSTs); the emitters then only copy (hc_write_head) or point
   (hc_head_pieces, for writev) from any byte offset, resuming where the
   last call stopped. After a successful check they cannot fail: with
   room and bytes left each call emits at least one byte. hw points at m:
   m and its strings stay as they are until the head is written (a change
   can make the bytes wrong, never write out of bounds; HTTPCODEC_ASSERT
   reports it). The body writer (hc_body_writer_init from hw) counts a
   Content-Length, formats chunk heads, and refuses every byte of a body
   that may not exist. *where is a field's index or HC_WHERE_START_LINE.
   Empty spans may be {NULL, 0} anywhere.

   CONNECTIONS (hc_conn: both directions of one connection)
   ===========
   hc_conn holds a parser and a body writer and keeps them in step, so
   that what is written decides how what is read is framed, and the other
   way round. Read with hc_conn_read() (the events of hc_parse()); write
   each message with hc_conn_start(), hc_conn_body()* and hc_conn_end(),
   emitting the bytes with the writer functions (hc_write_head(),
   hc_write_chunk(), hc_write_body_end() ...). Nothing is switched,
   accepted or advertised on the application's behalf.

   Server role, one exchange at a time:
     - hc_conn_start() may begin a response once a request's HEAD_DONE
       was read (or after an ERROR, for the error response). It fills in
       m->answers and m->answers_http10, so the response is checked
       against its request: no body for HEAD, 1xx, 204, 304 (the answer
       to HEAD keeps the Content-Length a GET would get), no 1xx or
       chunked to HTTP/1.0.
     - Full duplex: the response may be written, and finished, while the
       request body is still arriving; the body goes on being read. After
       a request's MESSAGE_DONE, reading returns PAUSED (consuming
       nothing; ev.upgrade says whether the request offered a switch)
       until the final response has been ended: pipelined requests wait
       in the caller's buffer, answered in order.
     - A response finished before its request body was read leaves
       writing DONE and reading BODY. Two honest choices: keep reading
       (the BODY events are the rest of the body, to discard) and the
       connection is reused, or hc_conn_close() and close the socket.
     - Switching is the application's answer: a 101 (only to a request
       that offered Upgrade with the "upgrade" connection option, and
       after a 100 when it expects 100-continue: RFC 9110 section 7.8) or
       a 2xx to CONNECT. Once the response is ended and the request has
       been read to its end, reading reports SWITCHED and the bytes not
       consumed belong to the new protocol, including any that arrived
       in the same read as the head. Any other final response declines:
       after an Upgrade offer HTTP goes on with the next request; after a
       CONNECT the connection ends, because the client may already have
       sent tunnel bytes that must never be read as requests (RFC 9931).
       The codec keeps no copy of the offered protocol names: a 101 must
       name one the client offered (RFC 9110 section 7.8), and checking
       that is the application's part.
     - A final response after which the connection will close for a
       reason known before it (the request said close, HTTP/1.0 without
       keep-alive, a read error, hc_conn_close(), a refused CONNECT) must
       carry Connection: close unless it is HTTP/1.0 or close-delimited
       (RFC 9112 section 9.6): HC_ERR_MISSING_CLOSE otherwise. If you
       answer before reading the request body and may not drain it, say
       Connection: close too; and when closing with request bytes unread,
       shut down the sending side first and read a little before closing,
       so the peer is not reset before it reads the response (9.6).
     - Interim responses (100, 103 ...) are started and ended like any
       other; the final response is still owed after them.
   Client role:
     - hc_conn_start() of a request tells the parser its method, so HEAD,
       CONNECT and pipelined answers are framed right. Requests may be
       pipelined (writing is SEND again after hc_conn_end()), except after
       a request that must be answered first: an Upgrade offer or CONNECT
       (bytes after a switch are another protocol), an HTTP/1.0 request,
       a non-idempotent method (RFC 9112 section 9.3.2). Writing is IDLE
       until that answer has been read.
     - Interim 1xx answers are read (RESPONSE ... MESSAGE_DONE) before the
       final one; with Expect: 100-continue, send the body when the 100
       arrives (or when tired of waiting).
     - A final answer read before the request body was all sent leaves
       reading DONE (PAUSED) and writing BODY: finish the body and reuse
       the connection, or close. If the answer ends the connection,
       reading is CLOSED: stop sending and close.
     - A 101 or 2xx to CONNECT answering the offer switches (SWITCHED,
       once the request body is sent). A 101 to a request that offered
       no Upgrade is the error HC_ERR_UPGRADE_NOT_OFFERED, a 101 without
       Upgrade HC_ERR_MISSING_UPGRADE. Check that the protocol named is
       one you offered. Any other answer to CONNECT ends the connection.
     - Once the server has answered in HTTP/1.0, requests with
       Transfer-Encoding are refused (RFC 9112 section 6.1).
     - If the server closes with requests unanswered, reading reports
       CLOSED (or an error, inside an answer) and hc_conn_outstanding()
       says how many requests have no complete answer.
   Keep-alive, both roles (RFC 9112 section 9.3): an exchange ends the
   connection when either message says Connection: close, an HTTP/1.0
   message lacks keep-alive (for an HTTP/1.0 request both the request and
   its response must say keep-alive), the response is close-delimited,
   a CONNECT was refused, reading failed, or hc_conn_close() was called.
   hc_conn_keep_alive(): may another exchange follow?  hc_conn_must_close():
   close once what was written is sent (server: the last response is
   done; client: the last response was read, or reading failed).
   hc_conn_reading() / hc_conn_writing() tell each direction's state.

   STRICTNESS (all defaults; there are no lenient switches yet)
   ==========
   - Lines end in CRLF only: a bare LF or a bare CR anywhere is an error.
   - Server role skips empty lines (CRLF only) before a request line, up to
     max_start_line bytes of them; nothing may precede a status line.
   - Request line: single SP separators, "HTTP/" DIGIT "." DIGIT, major 1
     (HTTP/1.x with x > 1 is treated as 1.1 and reported as received; other
     majors: unsupported_version, 505). No HTTP/0.9.
   - Request target: origin-form, absolute-form (no userinfo, non-empty
     host), asterisk-form for OPTIONS only, authority-form host:port for
     CONNECT only. Only RFC 3986 characters: no '#', no raw byte outside
     0x21..0x7E, none of " < > \ ^ ` { | }, and '%' only as %XX.
   - Field lines: name is a token directly followed by ':' and is not
     Content_Length or Transfer_Encoding (CGI look-alikes); no whitespace
     before the colon; no line may start with whitespace (obs-fold, or
     whitespace after the start line). Values: no CTL except HTAB, no DEL.
   - Content-Length: 1*DIGIT, no overflow; duplicates are an error in
     requests, equal duplicates are accepted in responses.
   - Transfer-Encoding with Content-Length: error (both roles), except in
     answers to HEAD, 304, 1xx and 2xx-to-CONNECT which have no body anyway.
   - Transfer-Encoding: in HTTP/1.0, chunked twice, chunked with parameters,
     a field line that names no coding (empty, or commas only): error.
     Whether an empty Transfer-Encoding counts as present is where
     parsers disagree, so it is refused rather than guessed. Requests: the last coding must be chunked. Responses whose last
     coding is not chunked are read until the connection closes. Codings
     before chunked are reported (transfer_coded), not decoded.
   - Chunked: hex size of at most 16 digits, BWS allowed before ';',
     extensions validated and bounded, CRLF required after the data.
   - Trailers may not carry Content-Length, Transfer-Encoding or Host.
   - Connection must be a token list, Upgrade a list of protocols (token,
     or token "/" token): a malformed one is an error (bad_connection,
     bad_upgrade), both roles, never ignored, since whether a switch was
     offered decides how the bytes after the head are read.
   - HTTP/1.1 requests need exactly one valid Host; no request may carry two.
     An empty Host is only valid beside an absolute-form target.
   - A 2xx answer to CONNECT: Content-Length and Transfer-Encoding are
     ignored, unchecked (RFC 9110 section 9.3.6).
   - CONNECT: authority-form with a port (<= 65535), no Content-Length above
     zero, no Transfer-Encoding.
   - A port (CONNECT target, absolute-form target, Host) is at most 5
     digits, leading zeros included, and at most 65535: longer digit runs
     are how integer-overflow confusions in other parsers are probed.
   - Status code 100..599, three digits, followed by SP.
   - After a message that closes the connection the rest is handed back.

   LIMITS
   ======
   hc_limits: max_start_line (8192), max_field_line (8192), both counted with
   their CRLF; max_header_count (100); max_trailer_count (100); max_chunk_ext
   (4096, bytes after the chunk size up to the CR). Each breach has its own
   error code.

   SIZES
   =====
   sizeof(hc_parser) is 56 bytes on x86-64 and 32-bit ARM, 52 on i386
   (the tests check it stays within 56); sizeof(hc_conn) is 80 on x86-64 and 32-bit ARM, 72 on i386.
*/
#ifndef HTTPCODEC_H
#define HTTPCODEC_H

#ifdef HTTPCODEC_CONFIG
#include HTTPCODEC_CONFIG
#endif

#include <stddef.h>
#include <stdint.h>

#define HTTPCODEC_VERSION_MAJOR 0
#define HTTPCODEC_VERSION_MINOR 1
#define HTTPCODEC_VERSION_PATCH 0
#define HTTPCODEC_VERSION_STRING "0.1.0"
/* 0xMMmmpp: compare with >= in #if. */
#define HTTPCODEC_VERSION                                               \
    ((HTTPCODEC_VERSION_MAJOR << 16) | (HTTPCODEC_VERSION_MINOR << 8) | \
     HTTPCODEC_VERSION_PATCH)

#ifdef HTTPCODEC_STATIC
#ifndef HTTPCODEC_IMPLEMENTATION
#define HTTPCODEC_IMPLEMENTATION
#endif
#if defined(__GNUC__) || defined(__clang__)
#define HCAPI static __attribute__((unused))
#else
#define HCAPI static
#endif
#elif defined(HTTPCODEC_API)
#define HCAPI HTTPCODEC_API /* the user's: visibility, dllexport, section */
#else
#define HCAPI extern
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- types */

/* A run of bytes inside a buffer the caller owns. Never NUL-terminated. */
typedef struct hc_span {
    const char *ptr;
    size_t len;
} hc_span;

typedef enum hc_role {
    HC_ROLE_SERVER = 0, /* parse requests */
    HC_ROLE_CLIENT = 1  /* parse responses */
} hc_role;

typedef enum hc_method {
    HC_METHOD_OTHER = 0, /* a valid token not listed here: see method_name */
    HC_METHOD_GET,
    HC_METHOD_HEAD,
    HC_METHOD_POST,
    HC_METHOD_PUT,
    HC_METHOD_DELETE,
    HC_METHOD_CONNECT,
    HC_METHOD_OPTIONS,
    HC_METHOD_TRACE,
    HC_METHOD_PATCH
} hc_method;

typedef enum hc_event_type {
    HC_EV_NEED_MORE = 0,
    HC_EV_REQUEST,
    HC_EV_RESPONSE,
    HC_EV_FIELD,
    HC_EV_HEAD_DONE,
    HC_EV_BODY,
    HC_EV_TRAILER,
    HC_EV_MESSAGE_DONE,
    HC_EV_PAUSED,
    HC_EV_SWITCHED,
    HC_EV_CLOSED,
    HC_EV_ERROR
} hc_event_type;

/* How the body of the message whose head just ended is delimited. */
typedef enum hc_body {
    HC_BODY_NONE = 0, /* no body (no framing fields, HEAD, 1xx, 204, 304) */
    HC_BODY_LENGTH,   /* content_length bytes */
    HC_BODY_CHUNKED,  /* chunked transfer coding, trailers possible */
    HC_BODY_CLOSE,    /* response read until the connection closes */
    HC_BODY_TUNNEL    /* 101 or 2xx to CONNECT: the connection leaves HTTP */
} hc_body;

/* One code per rule that input can break. hc_error_name() gives a short
   stable name for each, hc_error_status() the status a server should send. */
typedef enum hc_error_code {
    HC_OK = 0,
    HC_ERR_BAD_METHOD,               /* method is not a token */
    HC_ERR_BAD_TARGET,               /* request-target syntax or form */
    HC_ERR_BAD_VERSION,              /* not HTTP/DIGIT.DIGIT */
    HC_ERR_UNSUPPORTED_VERSION,      /* major version other than 1 (505) */
    HC_ERR_BAD_REQUEST_LINE,         /* separators, missing parts, 0.9 */
    HC_ERR_BAD_STATUS_LINE,          /* separators, missing parts */
    HC_ERR_BAD_STATUS,               /* not 3 digits in 100..599 */
    HC_ERR_BAD_REASON,               /* CTL in the reason phrase */
    HC_ERR_BARE_LF,                  /* LF not preceded by CR */
    HC_ERR_BARE_CR,                  /* CR not followed by LF */
    HC_ERR_LEADING_WHITESPACE,       /* whitespace-led line after start line */
    HC_ERR_OBS_FOLD,                 /* line folding */
    HC_ERR_WHITESPACE_BEFORE_COLON,  /* "Name : value" */
    HC_ERR_BAD_FIELD_NAME,           /* empty, non-token, or no colon */
    HC_ERR_BAD_FIELD_VALUE,          /* CTL or DEL in a value */
    HC_ERR_BAD_CONTENT_LENGTH,       /* not 1*DIGIT, or overflow */
    HC_ERR_DUPLICATE_CONTENT_LENGTH, /* twice in a request, unequal twice */
    HC_ERR_CONFLICTING_FRAMING,      /* Transfer-Encoding and Content-Length */
    HC_ERR_BAD_TRANSFER_ENCODING,    /* syntax, chunked not last or twice */
    HC_ERR_BAD_CONNECTION,           /* Connection is not a token list */
    HC_ERR_BAD_UPGRADE,              /* Upgrade is not a protocol list */
    HC_ERR_MISSING_HOST,             /* HTTP/1.1 request without Host */
    HC_ERR_DUPLICATE_HOST,           /* more than one Host */
    HC_ERR_BAD_HOST,                 /* Host is not host[:port] */
    HC_ERR_CONNECT_WITH_BODY,        /* CONNECT with TE or Content-Length>0 */
    HC_ERR_BAD_CHUNK_SIZE,           /* not hex, over 16 digits */
    HC_ERR_BAD_CHUNK_EXT,            /* chunk extension syntax */
    HC_ERR_MISSING_CHUNK_CRLF,       /* chunk data not followed by CRLF */
    HC_ERR_FORBIDDEN_TRAILER,        /* Content-Length/TE/Host as trailer */
    HC_ERR_START_LINE_TOO_LONG,      /* limit max_start_line (414) */
    HC_ERR_FIELD_LINE_TOO_LONG,      /* limit max_field_line (431) */
    HC_ERR_TOO_MANY_FIELDS,          /* limit max_header_count (431) */
    HC_ERR_TOO_MANY_TRAILERS,        /* limit max_trailer_count (431) */
    HC_ERR_CHUNK_EXT_TOO_LONG,       /* limit max_chunk_ext */
    HC_ERR_UNEXPECTED_EOF,           /* input ended inside a message */
    HC_ERR_UNSOLICITED_RESPONSE,     /* response with no request outstanding */
    HC_ERR_QUEUE_FULL,               /* hc_parser_expect_response: no room */
    HC_ERR_INVALID_STATE,            /* call not allowed in this state */
    /* writing only */
    HC_ERR_FRAMING_MISMATCH,         /* m->body impossible for this message */
    HC_ERR_FRAMING_FIELD_NOT_ALLOWED,/* a length or chunked on 1xx or 204 */
    HC_ERR_BODY_NOT_ALLOWED,         /* body bytes for HEAD/1xx/204/304/... */
    HC_ERR_BODY_TOO_LONG,            /* more bytes than the Content-Length */
    HC_ERR_BODY_INCOMPLETE,          /* ended before the Content-Length */
    HC_ERR_HEAD_TOO_LARGE,           /* head size does not fit a size_t */
    HC_ERR_MISSING_UPGRADE,          /* 101 without an Upgrade field */
    HC_ERR_EXPECT_WITHOUT_BODY,      /* 100-continue on a request with none */
    HC_ERR_NOT_FOR_HTTP10,           /* 1xx or chunked to or in HTTP/1.0 */
    HC_ERR_FRAMING_FIELD_GIVEN,      /* Content-Length or TE among m->fields */
    /* connection (hc_conn) */
    HC_ERR_UPGRADE_NOT_OFFERED,      /* 101 to a request without Upgrade */
    HC_ERR_CONTINUE_NOT_SENT,        /* 101 before the 100 it expected */
    HC_ERR_UPGRADE_NOT_IN_CONNECTION,/* Upgrade without the connection option */
    HC_ERR_MISSING_CLOSE,            /* last response without Connection: close */
    HC_ERR_COUNT_
} hc_error_code;

typedef struct hc_error {
    hc_error_code code;
    uint64_t offset; /* stream offset of the byte where it was found */
    unsigned status; /* 400, 414, 431 or 505 */
} hc_error;

typedef struct hc_event {
    hc_event_type type;
    /* REQUEST */
    hc_method method;
    hc_span method_name;
    hc_span target;
    /* RESPONSE */
    unsigned status;
    hc_span reason;
    /* REQUEST and RESPONSE: as received, 1.0, 1.1, 1.2 ... */
    unsigned char version_major, version_minor;
    /* HEAD_DONE */
    unsigned char keep_alive;      /* may another message follow this one */
    unsigned char upgrade;         /* asks to leave HTTP/1 (see above) */
    unsigned char expect_continue; /* HTTP/1.1 request: Expect 100-continue */
    unsigned char transfer_coded;  /* codings other than chunked applied */
    unsigned char interim;         /* also MESSAGE_DONE: a 1xx but 101 */
    hc_body body;
    uint64_t content_length; /* HC_BODY_LENGTH only */
    /* FIELD and TRAILER */
    hc_span name, value;
    /* BODY */
    hc_span data;
    /* ERROR */
    hc_error error;
} hc_event;

typedef struct hc_limits {
    uint32_t max_start_line;    /* request/status line with CRLF: 8192 */
    uint32_t max_field_line;    /* one field line with CRLF: 8192 */
    uint16_t max_header_count;  /* field lines in a head: 100 */
    uint16_t max_trailer_count; /* field lines in a trailer section: 100 */
    uint16_t max_chunk_ext;     /* bytes between chunk size and CR: 4096 */
} hc_limits;

/* The parser state. Opaque: use the functions below. Fixed size, copyable
   (copying it snapshots the parse), no pointers inside. */
typedef struct hc_parser {
    uint64_t offset_;    /* stream offset of the next byte; error offset */
    uint64_t remaining_; /* body bytes left, or Content-Length while in head */
    hc_limits limits_;
    uint32_t flags_;
    uint32_t queue_;     /* client: 2 bits per request awaiting an answer */
    uint16_t fields_left_; /* field lines this section may still have */
    uint16_t status_;
    uint8_t state_, role_, method_, queue_len_;
    uint8_t major_, minor_, error_, spare_;
} hc_parser;

/* One field of a whole head parsed by hc_parse_head(). */
typedef struct hc_field {
    hc_span name, value;
} hc_field;

/* Filled by hc_parse_head(). Set fields and max_fields before the call. */
typedef struct hc_head {
    hc_method method;
    hc_span method_name, target;
    unsigned status;
    hc_span reason;
    unsigned char version_major, version_minor;
    hc_field *fields;
    size_t max_fields;
    size_t field_count;
} hc_head;

/* ------------------------------------------------------------- parsing */

HCAPI void hc_limits_default(hc_limits *limits);

/* limits may be NULL for the defaults; they are copied. */
HCAPI void hc_parser_init(hc_parser *p, hc_role role, const hc_limits *limits);

/* Parse from data[0..len), the bytes not consumed so far. Fills *ev with one
   event and returns how many bytes it consumed. */
HCAPI size_t hc_parse(hc_parser *p, const char *data, size_t len, hc_event *ev);

/* The peer closed its side: no bytes will follow those already given. Keep
   calling hc_parse() with what is left; where it would ask for more it now
   ends a close-delimited body (MESSAGE_DONE), reports CLOSED between
   messages, or fails with HC_ERR_UNEXPECTED_EOF inside a message. */
HCAPI void hc_parser_eof(hc_parser *p);

/* Client role: a request with this method was sent. Call once per request,
   in sending order, before its response is parsed; the answers are framed
   by it (HEAD: no body; CONNECT: a 2xx is a tunnel). Returns HC_OK,
   HC_ERR_QUEUE_FULL (16 outstanding) or HC_ERR_INVALID_STATE. */
HCAPI hc_error_code hc_parser_expect_response(hc_parser *p, hc_method method);

/* While paused: the application switches protocols (next event SWITCHED) or
   does not (server role: HTTP parsing goes on; client role: CLOSED).
   Both return HC_ERR_INVALID_STATE when the parser is not paused. */
HCAPI hc_error_code hc_parser_accept_upgrade(hc_parser *p);
HCAPI hc_error_code hc_parser_decline_upgrade(hc_parser *p);

/* Fast path: the start line and every field of a head in one call, into
   head (with head->fields, head->max_fields set by the caller). The same
   parser as hc_parse(): it stops at the first event that is not REQUEST,
   RESPONSE or FIELD, which it leaves in *ev: HEAD_DONE (with the framing)
   on success, ERROR (0 returned, as from hc_parse), or another event if
   called outside a head. Returns the bytes consumed; body and
   MESSAGE_DONE then come from hc_parse() or hc_parse_body().
   It resumes as hc_parse() does, reading no byte twice:
     - NEED_MORE: the whole lines read so far are consumed and in head.
       Call again with the bytes not consumed and more appended; the head
       goes on (field_count is kept). The consumed bytes must stay where
       they are until the head is done, since head's spans point at them.
     - FIELD: head->fields is full; this field line is consumed and in
       ev->name, ev->value. Go on with hc_parse(), or with hc_parse_head()
       and a larger array (copy the fields over, set fields, max_fields).
   A call made where no head is under way sets field_count to 0; one made
   in the middle of a head that hc_parse() began appends at field_count,
   which the caller sets. */
HCAPI size_t hc_parse_head(hc_parser *p, const char *data, size_t len,
                           hc_head *head, hc_event *ev);

/* Body fast path: the body bytes in data[0..len), decoded (chunk framing
   removed) and copied to out[0..cap), in one call however many chunks
   they span. out may be data itself, to decode in place (the bytes only
   move towards the front), or a buffer that does not overlap data. Runs
   the same parser as hc_parse(). When it decoded n > 0 bytes, *ev is BODY
   with ev->data = {out, n}, whatever stopped it (out full, input used
   up, the body's end, an error): the next call reports what follows.
   Otherwise *ev is what hc_parse() would report (NEED_MORE, TRAILER,
   MESSAGE_DONE, ERROR...); outside a body, or with cap 0, it is
   hc_parse(). Returns the bytes of data consumed. */
HCAPI size_t hc_parse_body(hc_parser *p, const char *data, size_t len, char *out,
                           size_t cap, hc_event *ev);

/* ------------------------------------------------------------- writing */

/* A message head described by the caller; the writer points at these
   strings and never copies them in the piece form. An empty span may be
   {NULL, 0} anywhere. */
typedef struct hc_message {
    unsigned char is_response;   /* 0: request, 1: response */
    unsigned char version_minor; /* HTTP/1.0 or HTTP/1.1 */
    hc_span method, target;      /* request */
    unsigned status;             /* response: 100..599 */
    hc_span reason;              /* response: may be empty */
    hc_method answers;           /* response: method of the request */
    unsigned char answers_http10;/* response: the request was HTTP/1.0 */
    const hc_field *fields;      /* emitted in order, names as given; never
                                    Content-Length or Transfer-Encoding */
    size_t field_count;
    hc_body body;                /* how the body is framed, said once: */
    uint64_t content_length;     /* with HC_BODY_LENGTH */
} hc_message;
/* The writer adds the field that frames the body, after m->fields:
     HC_BODY_NONE     no body: no field, or "Content-Length: 0" where a
                      response could otherwise have a body (so a 200 with
                      none is not read to the connection's close);
     HC_BODY_LENGTH   "Content-Length: N" (N = content_length);
     HC_BODY_CHUNKED  "Transfer-Encoding: chunked" (HTTP/1.1 messages to
                      HTTP/1.1 peers only: HC_ERR_NOT_FOR_HTTP10);
     HC_BODY_CLOSE    responses: until the connection closes, no field;
     HC_BODY_TUNNEL   a 101, or a 2xx to CONNECT (which must say so).
   An answer to HEAD, or a 304, states the framing of the message it
   stands for (the length a GET would get, or chunked) and has no body:
   the body writer refuses every byte. 1xx and 204 take NONE only (but a
   204 to CONNECT is a 2xx: TUNNEL); a 205 NONE or a length of 0. So with
   hc_conn, which fills in m->answers, the same description answers GET
   and HEAD. */

/* Validates a head before anything is written: method and names are
   tokens, no CTL in target, reason or values (so no CR/LF injection), a
   status in 100..599, the framing stated in m->body possible for the
   message (see above; Content-Length and Transfer-Encoding among the
   fields are HC_ERR_FRAMING_FIELD_GIVEN). As a sender it is stricter than
   as a recipient: no Connection option naming Content-Length,
   Transfer-Encoding or Host, and the default limits (line lengths, 100
   fields, the framing field among them) so its own parser reads back
   whatever it writes; and the sender MUSTs a recipient cannot see: no
   content in TRACE, 100-continue only with content, 101 names its
   Upgrade, Upgrade always with the "upgrade" connection option, no 1xx
   written as HTTP/1.0, an HTTP/1.0 client (answers_http10) gets no 1xx
   and nothing chunked. Returns HC_OK or the error, with *where the index
   of the offending field or HC_WHERE_START_LINE.

   The head is checked once: on HC_OK *hw (which may be NULL: a check
   only) is ready for the emitters below, which check nothing again and
   cost time in proportion to the bytes they emit. hw keeps a pointer to
   m: the message and its strings must stay as they are until the head is
   written. If they change anyway, the bytes written may be wrong
   (HTTPCODEC_ASSERT catches a changed size), but no call ever writes
   outside out[0..cap) or past the size the check found. After a failed
   check *hw emits nothing and its size is 0. */
#define HC_WHERE_START_LINE ((size_t)-1) /* *where: the start line */
typedef struct hc_head_writer {
    const hc_message *m_;
    size_t size_;     /* the head's bytes; 0 unless checked */
    size_t start_;    /* the start line's bytes */
    size_t field_;    /* a resumed call starts at field line field_, */
    size_t field_at_; /* which begins at this byte of the head */
    char status_[13]; /* a response's status line to its reason */
    char end_[40];    /* the framing field line the writer adds, and CRLF */
    uint8_t end_len_;
} hc_head_writer;
HCAPI hc_error_code hc_check_head(const hc_message *m, hc_head_writer *hw, size_t *where);

/* The head's size in bytes; 0 after a failed check. */
HCAPI size_t hc_head_size(const hc_head_writer *hw);
/* Copies bytes [offset, offset + cap) of the head into out; returns how
   many it wrote: 0 only when offset is at or past the end or cap is 0,
   never for an error. Call again with offset + written after a partial
   write. */
HCAPI size_t hc_write_head(hc_head_writer *hw, size_t offset, char *out, size_t cap);
/* Zero-copy form: fills up to max pieces ({ptr,len} into m's strings and
   constant separators) with the head from offset on, ready for writev.
   Returns the number of pieces (0 only when offset is at or past the end
   or max is 0); *end is the offset just past them (the head size once
   everything has been handed out). */
HCAPI size_t hc_head_pieces(hc_head_writer *hw, size_t offset, hc_span *pieces,
                            size_t max, size_t *end);

/* The body writer keeps the framing the head promised. Content-Length:
   it counts, refusing a byte too many or an end too early. Chunked: each
   piece of data becomes one whole chunk, its head (the hex size, CRLF)
   formatted into caller memory and its CRLF after the data, so the peer
   can take each chunk as soon as it is written; the body ends with the
   last chunk and trailers, emitted like a head. No body
   (answers to HEAD, 1xx, 204, 304, tunnels): every data byte is refused
   and nothing is produced. Close-delimited: data goes as it is. */
typedef struct hc_body_writer {
    uint64_t remaining_;
    uint8_t body_, state_, spare_[2];
} hc_body_writer;

/* A chunk head: hex size + "\r\n". */
typedef struct hc_chunk_head {
    char bytes[22];
    size_t len;
} hc_chunk_head;

/* For the body of the head checked into hw (HC_ERR_INVALID_STATE after a
   failed check). */
HCAPI hc_error_code hc_body_writer_init(hc_body_writer *w, const hc_head_writer *hw);
/* n bytes of body are about to be sent. Fills *chunk with what must be
   sent before them (len 0 unless chunked; n == 0 needs nothing).
   HC_ERR_BODY_NOT_ALLOWED, HC_ERR_BODY_TOO_LONG or HC_ERR_INVALID_STATE
   (after the end) refuse the bytes, and nothing is counted. */
HCAPI hc_error_code hc_body_data(hc_body_writer *w, size_t n, hc_chunk_head *chunk);
/* A chunk as it goes out, its head, its n data bytes, then CRLF (only
   the data when the body is not chunked), with the same offset-resumable
   contract as a head: copied from offset into out, or as pieces (the head
   in *chunk, the data in place, a constant CRLF). */
HCAPI size_t hc_chunk_size(const hc_chunk_head *chunk, size_t n);
HCAPI size_t hc_write_chunk(const hc_chunk_head *chunk, const char *data, size_t n,
                            size_t offset, char *out, size_t cap);
HCAPI size_t hc_chunk_pieces(const hc_chunk_head *chunk, const char *data, size_t n,
                             size_t offset, hc_span *pieces, size_t max, size_t *end);
/* The body is complete: HC_ERR_BODY_INCOMPLETE if a Content-Length is not
   met, HC_ERR_BAD_FIELD_NAME / _VALUE / HC_ERR_FORBIDDEN_TRAILER for bad
   trailers (framing, routing, connection, authentication and content
   processing fields may not be trailers, RFC 9110 section 6.5.1) (only
   chunked bodies may carry any: HC_ERR_INVALID_STATE otherwise), with
   *where the index of the trailer (HC_WHERE_START_LINE when the error is
   not a trailer's). On HC_OK, emit the
   body's end (empty unless chunked) with the functions below, given the
   same trailers (not checked again: emission stops at the size they
   gave), then the message is done. */
HCAPI hc_error_code hc_body_end(hc_body_writer *w, const hc_field *trailers,
                                size_t count, size_t *where);
HCAPI size_t hc_body_end_size(const hc_body_writer *w, const hc_field *trailers,
                              size_t count);
HCAPI size_t hc_write_body_end(const hc_body_writer *w, const hc_field *trailers,
                               size_t count, size_t offset, char *out, size_t cap);
HCAPI size_t hc_body_end_pieces(const hc_body_writer *w, const hc_field *trailers,
                                size_t count, size_t offset, hc_span *pieces,
                                size_t max, size_t *end);

/* ---------------------------------------------------------- connection */

/* Both directions of one connection, kept in step: the parser for what
   arrives and the body writer for what is sent. See CONNECTIONS above. */
typedef struct hc_conn {
    hc_parser parser_;
    hc_body_writer writer_;
    uint16_t flags_;
    uint8_t reading_, writing_; /* hc_conn_state of each direction */
    uint8_t method_;            /* server: method of the request answered */
    uint8_t spare_[3];
} hc_conn;

/* What one direction of a connection is doing. */
typedef enum hc_conn_state {
    HC_CONN_IDLE = 0, /* no message under way, none may begin yet: reading
                         waits for the peer's next head, writing waits for
                         something to answer (server) or for an answer
                         (client, after a request that must be answered
                         before the next one is sent) */
    HC_CONN_SEND,     /* writing: a message may be started now */
    HC_CONN_HEAD,     /* reading: a start line was read, the head goes on */
    HC_CONN_BODY,     /* the head is done, the body is under way */
    HC_CONN_DONE,     /* this direction's message is complete, the other
                         direction's is not: server reading, the response
                         is still being written; server writing, the
                         request body is unread; client reading, the answer
                         came before the request body was all sent */
    HC_CONN_SWITCHED, /* the connection left HTTP (101, 2xx to CONNECT) */
    HC_CONN_CLOSED,   /* no more messages this way */
    HC_CONN_ERROR     /* reading: the input broke a rule (ERROR event) */
} hc_conn_state;

HCAPI void hc_conn_init(hc_conn *c, hc_role role, const hc_limits *limits);
/* Like hc_parse, in step with what was written (see CONNECTIONS). */
HCAPI size_t hc_conn_read(hc_conn *c, const char *data, size_t len, hc_event *ev);
/* The peer closed its sending side (hc_parser_eof). */
HCAPI void hc_conn_eof(hc_conn *c);
/* Begin writing a message: a request (client role) or a response (server
   role; m->answers and m->answers_http10 are filled in from the request
   read). Checks the head like hc_check_head (into *hw, which may be
   NULL), then against the exchange. On HC_OK emit the head from hw with
   hc_write_head / hc_head_pieces. */
HCAPI hc_error_code hc_conn_start(hc_conn *c, hc_message *m, hc_head_writer *hw,
                                  size_t *where);
/* n body bytes are about to be sent: hc_body_data on the message begun. */
HCAPI hc_error_code hc_conn_body(hc_conn *c, size_t n, hc_chunk_head *chunk);
/* The message is complete (hc_body_end); every message begun is ended,
   interim and bodiless ones too. On HC_OK *ended (the caller's; NULL when
   not wanted) holds the ended body writer: emit the end (chunked: last chunk and trailers)
   with hc_write_body_end / hc_body_end_pieces given ended and the same
   trailers, whenever the bytes before it are out; the connection may
   start the next message meanwhile. */
HCAPI hc_error_code hc_conn_end(hc_conn *c, const hc_field *trailers, size_t count,
                                hc_body_writer *ended, size_t *where);
/* The application will carry no further message: reading stops at once
   (CLOSED), a message being written may still be finished. */
HCAPI void hc_conn_close(hc_conn *c);
HCAPI hc_conn_state hc_conn_reading(const hc_conn *c);
HCAPI hc_conn_state hc_conn_writing(const hc_conn *c);
/* May another exchange follow the current one on this connection? */
HCAPI int hc_conn_keep_alive(const hc_conn *c);
/* Must the connection be closed once what was written is sent? */
HCAPI int hc_conn_must_close(const hc_conn *c);
/* Client: requests written whose final answer has not been read.
   Server: 1 while a response is owed, else 0. */
HCAPI unsigned hc_conn_outstanding(const hc_conn *c);
HCAPI const char *hc_conn_state_name(hc_conn_state state); /* "send" */

/* ------------------------------------------------------------- helpers */

HCAPI const char *hc_error_name(hc_error_code code);   /* "bad_method" */
HCAPI unsigned hc_error_status(hc_error_code code);    /* 400 */
HCAPI const char *hc_body_name(hc_body body);          /* "chunked" */
HCAPI const char *hc_event_name(hc_event_type type);   /* "head_done" */
HCAPI hc_method hc_method_from_name(const char *name, size_t len);
/* The scanning path this translation unit was built with: "avx2", "sse2",
   "neon", "swar" (the portable one; HTTPCODEC_NO_SIMD forces it) or
   "table" (HTTPCODEC_SMALL). */
#define HTTPCODEC_HAS_SCANNER 1
HCAPI const char *hc_scanner(void);

#ifdef __cplusplus
}
#endif
#endif /* HTTPCODEC_H */

/* ===================================================== IMPLEMENTATION */
#ifdef HTTPCODEC_IMPLEMENTATION
#ifndef HTTPCODEC_IMPLEMENTATION_DONE
#define HTTPCODEC_IMPLEMENTATION_DONE

#ifdef __cplusplus
extern "C" {
#endif

#define HC__PRIVATE static

#ifndef HTTPCODEC_ASSERT
#define HTTPCODEC_ASSERT(x) ((void)0)
#endif
/* Small functions on the scanning path, inlined when speed is asked for. */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__OPTIMIZE_SIZE__)
#define HC__HOT static inline __attribute__((always_inline))
#else
#define HC__HOT static
#endif
/* HC__OPAQUE(x) hides what x holds from the optimizer, where it would
   otherwise rebuild a multiplication from shifts and adds: on a core
   without a 64-bit multiply (Cortex-M0, AVR) that is a call into the
   compiler's runtime and some 180 bytes of code. gcc only: clang cannot
   give a 64-bit operand a register on some targets (AVR, m68k). */
#if defined(__GNUC__) && !defined(__clang__)
#define HC__OPAQUE(x) __asm__("" : "+r"(x))
#else
#define HC__OPAQUE(x) ((void)0)
#endif
/* Steps that exist to be read apart but cost a call level, merged into
   their callers even when compiling for size: on a core without tail
   calls (Cortex-M0) every level adds its saved registers to the stack. */
#if defined(__GNUC__) || defined(__clang__)
#define HC__MERGED static inline __attribute__((always_inline))
#else
#define HC__MERGED static
#endif
/* Handlers of rare cases kept out of their hot callers, so that those stay
   small (fewer registers to save on every call). */
#if defined(__GNUC__) || defined(__clang__)
#define HC__APART static __attribute__((noinline))
#else
#define HC__APART static
#endif

/* HTTPCODEC_SMALL 1 asks for the smallest code over speed: the scanners
   go a byte at a time through the table (no words, no vectors), copies
   go to HTTPCODEC_MEMMOVE, and method names are matched by one loop.
   Every rule is the same; only the speed differs. It is 1 by default
   when compiling for size (gcc or clang -Os), 0 otherwise; define it to 0
   or 1 to choose. */
#ifndef HTTPCODEC_SMALL
#if defined(__OPTIMIZE_SIZE__)
#define HTTPCODEC_SMALL 1
#else
#define HTTPCODEC_SMALL 0
#endif
#endif

/* ------------------------------------------------- character classes */

#define HC__CLASS_TCHAR 0x01u  /* token: RFC 9110 section 5.6.2 */
#define HC__CLASS_VALUE 0x02u  /* field-value / reason byte: VCHAR, obs-text, SP, HTAB */
#define HC__CLASS_TARGET 0x04u /* request-target byte: RFC 3986 characters but '#' and '%' */
#define HC__CLASS_HEX 0x08u
#define HC__CLASS_DIGIT 0x10u
#define HC__CLASS_REGNAME 0x20u /* reg-name: unreserved / sub-delims (RFC 3986), not '%' */
#define HC__CLASS_QDTEXT 0x40u  /* quoted-string text: RFC 9110 section 5.6.4 */
#define HC__CLASS_SCHEME 0x80u  /* URI scheme after the first letter */

#define HC__ALPHA(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define HC__DIGIT(c) ((c) >= '0' && (c) <= '9')
#define HC__IS_TCHAR(c)                                                     \
    (HC__ALPHA(c) || HC__DIGIT(c) || (c) == '!' || (c) == '#' ||            \
     (c) == '$' || (c) == '%' || (c) == '&' || (c) == '\'' || (c) == '*' || \
     (c) == '+' || (c) == '-' || (c) == '.' || (c) == '^' || (c) == '_' ||  \
     (c) == '`' || (c) == '|' || (c) == '~')
#define HC__IS_VALUE(c) (((c) >= 0x20 && (c) != 0x7F) || (c) == '\t')
#define HC__IS_TARGET(c)                                                    \
    ((c) > 0x20 && (c) < 0x7F && (c) != '#' && (c) != '%' && (c) != '"' &&  \
     (c) != '<' &&                                                          \
     (c) != '>' && (c) != '\\' && (c) != '^' && (c) != '`' && (c) != '{' &&  \
     (c) != '|' && (c) != '}')
#define HC__IS_HEX(c) \
    (HC__DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F'))
#define HC__IS_REGNAME(c)                                                   \
    (HC__ALPHA(c) || HC__DIGIT(c) || (c) == '-' || (c) == '.' ||            \
     (c) == '_' || (c) == '~' || (c) == '!' || (c) == '$' || (c) == '&' ||  \
     (c) == '\'' || (c) == '(' || (c) == ')' || (c) == '*' || (c) == '+' || \
     (c) == ',' || (c) == ';' || (c) == '=')
#define HC__IS_QDTEXT(c)                                                  \
    ((c) == '\t' || (c) == ' ' || (c) == 0x21 ||                          \
     ((c) >= 0x23 && (c) <= 0x5B) || ((c) >= 0x5D && (c) <= 0x7E) ||      \
     (c) >= 0x80)
#define HC__IS_SCHEME(c) \
    (HC__ALPHA(c) || HC__DIGIT(c) || (c) == '+' || (c) == '-' || (c) == '.')

#define HC__CLASS_OF(c)                                          \
    (unsigned char)((HC__IS_TCHAR(c) ? HC__CLASS_TCHAR : 0u) |   \
                    (HC__IS_VALUE(c) ? HC__CLASS_VALUE : 0u) |   \
                    (HC__IS_TARGET(c) ? HC__CLASS_TARGET : 0u) | \
                    (HC__IS_HEX(c) ? HC__CLASS_HEX : 0u) |       \
                    (HC__DIGIT(c) ? HC__CLASS_DIGIT : 0u) |      \
                    (HC__IS_REGNAME(c) ? HC__CLASS_REGNAME : 0u) | \
                    (HC__IS_QDTEXT(c) ? HC__CLASS_QDTEXT : 0u) | \
                    (HC__IS_SCHEME(c) ? HC__CLASS_SCHEME : 0u))
#define HC__ROW4(b) HC__CLASS_OF(b), HC__CLASS_OF((b) + 1), HC__CLASS_OF((b) + 2), HC__CLASS_OF((b) + 3)
#define HC__ROW16(b) HC__ROW4(b), HC__ROW4((b) + 4), HC__ROW4((b) + 8), HC__ROW4((b) + 12)
#define HC__ROW64(b) HC__ROW16(b), HC__ROW16((b) + 16), HC__ROW16((b) + 32), HC__ROW16((b) + 48)

/* On AVR, constants live in RAM unless placed in flash, and RAM is a few
   KiB: the table goes to flash (program memory), read with LPM. Only with
   gcc (clang ignores progmem, and LPM would then read the wrong memory)
   and on cores that have "lpm Rd, Z" (not avr1/avr2 or the reduced
   avrtiny cores); elsewhere the table stays in RAM. */
#if defined(__AVR__) && defined(__GNUC__) && !defined(__clang__) && \
    defined(__AVR_HAVE_LPMX__)
#define HC__ROM __attribute__((__progmem__))
static inline __attribute__((always_inline)) unsigned char hc__rom_byte(const unsigned char *p)
{
    unsigned char b;
    __asm__("lpm %0, Z" : "=r"(b) : "z"(p));
    return b;
}
#define HC__CLASS(c) hc__rom_byte(hc__class + (c))
#else
#define HC__ROM
#define HC__CLASS(c) hc__class[c]
#endif

static const unsigned char hc__class[256] HC__ROM = {
    HC__ROW64(0), HC__ROW64(64), HC__ROW64(128), HC__ROW64(192)
};

#define HC__HAS(c, cls) ((HC__CLASS((unsigned char)(c)) & (cls)) != 0)

/* ------------------------------------------------------------ scanning

   Field values, request targets and tokens are most of a head's bytes.
   hc__skip_value, hc__skip_target and hc__skip_token find where a run of
   one class ends. A block scanner goes first: it tests a whole block (a
   machine word or a SIMD vector) against a quick "stop" test, and only
   where a block holds a suspect byte does the table above decide, byte
   by byte. A stop test may flag bytes that are in the class (HTAB in a
   value, '!' in a target): the table clears those false alarms. It never
   passes a byte outside the class, so every path finds exactly the bytes
   the table finds (tests/test_scan.c holds each path to that).

   Paths, chosen at compile time (hc_scanner() names the one built):
     "avx2"  32-byte vectors, x86-64 with -mavx2 (or a -march that has it);
     "sse2"  16-byte vectors, any x86-64 (SSE2 is part of its base ISA);
     "neon"  16-byte vectors, AArch64;
     "swar"  any target, the reference: values a word at a time (SIMD
             within a register), tokens and targets through the table four
             bytes a round. HTTPCODEC_NO_SIMD selects it everywhere.
     "table" the table alone, a byte a round: the smallest code, chosen by
             HTTPCODEC_SMALL (the default at -Os).
   The vector paths fall back to the "swar" code for the last bytes. Loads
   never reach past the end of the input, and words are assembled from
   bytes, so no path reads memory it was not given or reads unaligned
   where the machine forbids it. */

#if HTTPCODEC_SMALL
/* "table": one byte a round, the smallest code (see HTTPCODEC_SMALL). */
#elif !defined(HTTPCODEC_NO_SIMD) && defined(__AVX2__)
#include <immintrin.h>
#define HC__SIMD_AVX2 1
#elif !defined(HTTPCODEC_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64))
#include <emmintrin.h>
#define HC__SIMD_SSE2 1
#elif !defined(HTTPCODEC_NO_SIMD) && defined(__aarch64__) && defined(__ARM_NEON)
#include <arm_neon.h>
#define HC__SIMD_NEON 1
#endif

#if !HTTPCODEC_SMALL
/* Index of the first set flag, counting from the lowest bits, where each
   byte of the input has `width` bits in the flag word. */
HC__HOT unsigned hc__first_flag(uint64_t flags, unsigned width)
{
#if (defined(__GNUC__) || defined(__clang__)) && UINTPTR_MAX > 0xFFFFFFFFu
    return (unsigned)__builtin_ctzll(flags) / width;
#elif defined(__GNUC__) || defined(__clang__)
    /* 32-bit targets: their words are 32 bits, and a 64-bit count would
       be a call into the compiler's runtime. */
    unsigned long low = (unsigned long)(flags & 0xFFFFFFFFu); /* long: 32 bits at least */
    return (low ? (unsigned)__builtin_ctzl(low)
                : 32u + (unsigned)__builtin_ctzl((unsigned long)(flags >> 32))) / width;
#else
    unsigned k = 0;
    while (!(flags & 1u)) {
        flags >>= 1;
        k++;
    }
    return k / width;
#endif
}

/* --- words: a word holds HC__WORD_BYTES input bytes, byte k of the input
   in bits 8k..8k+7 whatever the machine's byte order. Every operation is
   exact per byte (no carry or borrow crosses a byte), so the lowest
   flagged byte is the first suspect. */
#if UINTPTR_MAX > 0xFFFFFFFFu
typedef uint64_t hc__word;
#else
typedef uint32_t hc__word; /* 64-bit arithmetic would be emulated */
#endif
#define HC__WORD_BYTES sizeof(hc__word)
#define HC__W_ONES ((hc__word)-1 / 0xFFu)
#define HC__W_HIGH (HC__W_ONES * 0x80u)
#define HC__W_LOW7 (HC__W_ONES * 0x7Fu)
#define HC__W_SPLAT(k) (HC__W_ONES * (hc__word)(k))

/* Written out so that compilers see one (unaligned-safe) load. */
HC__HOT hc__word hc__w_load(const unsigned char *s)
{
#if UINTPTR_MAX > 0xFFFFFFFFu
    return (hc__word)s[0] | (hc__word)s[1] << 8 | (hc__word)s[2] << 16 |
           (hc__word)s[3] << 24 | (hc__word)s[4] << 32 | (hc__word)s[5] << 40 |
           (hc__word)s[6] << 48 | (hc__word)s[7] << 56;
#else
    return (hc__word)s[0] | (hc__word)s[1] << 8 | (hc__word)s[2] << 16 |
           (hc__word)s[3] << 24;
#endif
}
/* The inverse of hc__w_load, written out for the same reason. */
HC__HOT void hc__w_store(char *d, hc__word w)
{
#define HC__W_BYTE(k) (char)(unsigned char)(w >> (8 * (k)))
    d[0] = HC__W_BYTE(0);
    d[1] = HC__W_BYTE(1);
    d[2] = HC__W_BYTE(2);
    d[3] = HC__W_BYTE(3);
#if UINTPTR_MAX > 0xFFFFFFFFu
    d[4] = HC__W_BYTE(4);
    d[5] = HC__W_BYTE(5);
    d[6] = HC__W_BYTE(6);
    d[7] = HC__W_BYTE(7);
#endif
#undef HC__W_BYTE
}
/* Four bytes as a number, byte k in bits 8k..8k+7 (one load where the
   machine allows it). */
HC__HOT uint32_t hc__load32(const unsigned char *s)
{
    return (uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 | (uint32_t)s[3] << 24;
}
HC__HOT void hc__store32(char *d, uint32_t x)
{
    d[0] = (char)(unsigned char)x;
    d[1] = (char)(unsigned char)(x >> 8);
    d[2] = (char)(unsigned char)(x >> 16);
    d[3] = (char)(unsigned char)(x >> 24);
}
/* The value stop test (see HC__STOP_VALUE): CTLs and DEL. Adding one to
   the low 7 bits makes DEL 0x80 and leaves CTLs at most 0x20; adding 0x5F
   more carries every byte from SP up into the high bit. Bytes with the
   high bit set (obs-text) never stop. */
HC__HOT hc__word hc__w_stop_value(hc__word x)
{
    hc__word u = (x & HC__W_LOW7) + HC__W_ONES;
    hc__word v = u + HC__W_SPLAT(0x5F);
    return (u | ~v) & ~x & HC__W_HIGH;
}

/* --- vectors: the stop tests are written once over byte-wise operations
   that each vector path supplies: IN(x, lo, hi) and OUT(x, lo, hi) test
   every byte for lo <= byte <= hi as unsigned numbers and for the opposite,
   EQ(x, k) tests equality, ORK(x, k) ors k into every byte; OR combines
   the results. A range costs two operations where a vector has unsigned
   compares, and on x86 too: moved by 0x80 - lo, the range starts at -128,
   and one signed compare tells the rest. */
/* value (HC__CLASS_VALUE): CTLs but HTAB, and DEL; HTAB is a false alarm. */
#define HC__STOP_VALUE(x, IN, OUT, EQ, ORK, OR) OR(IN(x, 0x00, 0x1F), EQ(x, 0x7F))
/* request-target (HC__CLASS_TARGET): at or below '%' ('!' and '$' are
   false alarms), '{' and above ('~' is a false alarm), < > \ ^ and `. */
#define HC__STOP_TARGET(x, IN, OUT, EQ, ORK, OR)                     \
    OR(OR(OUT(x, 0x26, 0x7A), EQ(x, 0x60)),                          \
       OR(EQ(ORK(x, 0x02), 0x3E), EQ(ORK(x, 0x02), 0x5E)))
/* token (HC__CLASS_TCHAR): at or below ',' (! # $ % & ' * + are false
   alarms), '{' and above ('|' and '~' are false alarms), '/', : ; < = > ? @
   and [ \ ]. */
#define HC__STOP_TOKEN(x, IN, OUT, EQ, ORK, OR)                      \
    OR(OR(OUT(x, 0x2D, 0x7A), EQ(x, 0x2F)), OR(IN(x, 0x3A, 0x40), IN(x, 0x5B, 0x5D)))

/* hc__v_flags(m) turns a vector of 0x00/0xFF bytes into a flag word with
   HC__V_FLAG_BITS bits per byte. */
#if defined(HC__SIMD_AVX2)
typedef __m256i hc__vec;
#define HC__VEC_BYTES 32u
#define HC__V_FLAG_BITS 1u
#define hc__v_load(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define HC__V_K(k) _mm256_set1_epi8((char)(k))
#define HC__V_EQ(x, k) _mm256_cmpeq_epi8(x, HC__V_K(k))
#define HC__V_SHIFTED(x, lo) _mm256_add_epi8(x, HC__V_K(0x80 - (lo)))
#define HC__V_IN(x, lo, hi) _mm256_cmpgt_epi8(HC__V_K((hi) - (lo) - 127), HC__V_SHIFTED(x, lo))
#define HC__V_OUT(x, lo, hi) _mm256_cmpgt_epi8(HC__V_SHIFTED(x, lo), HC__V_K((hi) - (lo) - 128))
#define HC__V_ORK(x, k) _mm256_or_si256(x, HC__V_K(k))
#define HC__V_OR(a, b) _mm256_or_si256(a, b)
#define hc__v_flags(m) ((uint64_t)(uint32_t)_mm256_movemask_epi8(m))
#elif defined(HC__SIMD_SSE2)
typedef __m128i hc__vec;
#define HC__VEC_BYTES 16u
#define HC__V_FLAG_BITS 1u
#define hc__v_load(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
#define HC__V_K(k) _mm_set1_epi8((char)(k))
#define HC__V_EQ(x, k) _mm_cmpeq_epi8(x, HC__V_K(k))
#define HC__V_SHIFTED(x, lo) _mm_add_epi8(x, HC__V_K(0x80 - (lo)))
#define HC__V_IN(x, lo, hi) _mm_cmpgt_epi8(HC__V_K((hi) - (lo) - 127), HC__V_SHIFTED(x, lo))
#define HC__V_OUT(x, lo, hi) _mm_cmpgt_epi8(HC__V_SHIFTED(x, lo), HC__V_K((hi) - (lo) - 128))
#define HC__V_ORK(x, k) _mm_or_si128(x, HC__V_K(k))
#define HC__V_OR(a, b) _mm_or_si128(a, b)
#define hc__v_flags(m) ((uint64_t)(uint32_t)_mm_movemask_epi8(m))
#elif defined(HC__SIMD_NEON)
typedef uint8x16_t hc__vec;
#define HC__VEC_BYTES 16u
#define HC__V_FLAG_BITS 4u /* the narrowing shift keeps 4 bits a byte */
#define hc__v_load(p) vld1q_u8(p)
#define HC__V_K(k) vdupq_n_u8((uint8_t)(k))
#define HC__V_EQ(x, k) vceqq_u8(x, HC__V_K(k))
#define HC__V_IN(x, lo, hi) vcleq_u8(vsubq_u8(x, HC__V_K(lo)), HC__V_K((hi) - (lo)))
#define HC__V_OUT(x, lo, hi) vcgtq_u8(vsubq_u8(x, HC__V_K(lo)), HC__V_K((hi) - (lo)))
#define HC__V_ORK(x, k) vorrq_u8(x, HC__V_K(k))
#define HC__V_OR(a, b) vorrq_u8(a, b)
#define hc__v_flags(m) \
    vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(m), 4)), 0)
#endif

/* HC__VECTOR_BLOCKS(STOP), inside a block scanner over s[i..end): skips
   whole vectors with no suspect byte, or returns the first suspect. */
#if defined(HC__VEC_BYTES)
#define HC__VECTOR_BLOCKS(STOP)                                              \
    while (end - i >= HC__VEC_BYTES) {                                       \
        hc__vec x = hc__v_load(s + i);                                       \
        uint64_t flags = hc__v_flags(                                        \
            STOP(x, HC__V_IN, HC__V_OUT, HC__V_EQ, HC__V_ORK, HC__V_OR));    \
        if (flags)                                                           \
            return i + hc__first_flag(flags, HC__V_FLAG_BITS);               \
        i += HC__VEC_BYTES;                                                  \
    }
#else
#define HC__VECTOR_BLOCKS(STOP)
#endif

/* The block scanners: from i, skip whole blocks with no suspect byte.
   Each returns the first suspect byte's index, or where fewer bytes than
   a block remain. */
HC__HOT size_t hc__blocks_value(const unsigned char *s, size_t i, size_t end)
{
    HC__VECTOR_BLOCKS(HC__STOP_VALUE)
    /* Two words a round while they last, then one. */
    while (end - i >= 2 * HC__WORD_BYTES) {
        hc__word f0 = hc__w_stop_value(hc__w_load(s + i));
        hc__word f1 = hc__w_stop_value(hc__w_load(s + i + HC__WORD_BYTES));
        if (f0 | f1)
            return i + (f0 ? hc__first_flag((uint64_t)f0, 8u)
                           : HC__WORD_BYTES + hc__first_flag((uint64_t)f1, 8u));
        i += 2 * HC__WORD_BYTES;
    }
    if (end - i >= HC__WORD_BYTES) {
        hc__word f0 = hc__w_stop_value(hc__w_load(s + i));
        if (f0)
            return i + hc__first_flag((uint64_t)f0, 8u);
        i += HC__WORD_BYTES;
    }
    return i;
}
/* Targets and tokens: a word's stop test for these classes costs as much
   as the table, so past the vectors the table takes four bytes a round
   (a round with any byte outside the class stops there). */
#define HC__TABLE_BLOCKS(cls)                                                \
    while (end - i >= 4 && (HC__CLASS(s[i]) & HC__CLASS(s[i + 1]) &          \
                            HC__CLASS(s[i + 2]) & HC__CLASS(s[i + 3]) & (cls))) \
        i += 4;
HC__HOT size_t hc__blocks_target(const unsigned char *s, size_t i, size_t end)
{
    HC__VECTOR_BLOCKS(HC__STOP_TARGET)
    HC__TABLE_BLOCKS(HC__CLASS_TARGET)
    return i;
}
HC__HOT size_t hc__blocks_token(const unsigned char *s, size_t i, size_t end)
{
    HC__VECTOR_BLOCKS(HC__STOP_TOKEN)
    HC__TABLE_BLOCKS(HC__CLASS_TCHAR)
    return i;
}

/* The index of the first byte in s[i..end) outside the class, or end: the
   block scanner stops at a suspect byte, then the table decides, for at
   most a word's bytes, before the blocks take over again. Each round
   advances, so the loop ends. */
#define HC__SKIP_FUNCTION(storage, name, blocks, cls)                        \
    storage size_t name(const unsigned char *s, size_t i, size_t end)        \
    {                                                                        \
        for (;;) {                                                           \
            size_t stop;                                                     \
            i = blocks(s, i, end);                                           \
            if (i == end || !(HC__CLASS(s[i]) & (cls))) /* the usual end */  \
                return i;                                                    \
            stop = end - i > HC__WORD_BYTES ? i + HC__WORD_BYTES : end;      \
            do                                                               \
                i++;                                                         \
            while (i < stop && (HC__CLASS(s[i]) & (cls)));                   \
            if (i < stop || i == end)                                        \
                return i;                                                    \
        }                                                                    \
    }
/* Inlined where speed is asked for: a call around the short runs most
   values and targets are costs as much as their scan (6 to 8 percent of
   a head). */
HC__SKIP_FUNCTION(HC__HOT, hc__skip_value, hc__blocks_value, HC__CLASS_VALUE)
HC__SKIP_FUNCTION(HC__HOT, hc__skip_target, hc__blocks_target, HC__CLASS_TARGET)
HC__SKIP_FUNCTION(HC__HOT, hc__skip_token, hc__blocks_token, HC__CLASS_TCHAR)

/* The same for any class (one class bit); the short ones byte by byte. */
HC__PRIVATE size_t hc__skip_class(const unsigned char *s, size_t from,
                                  size_t end, unsigned cls)
{
    switch (cls) {
    case HC__CLASS_VALUE: return hc__skip_value(s, from, end);
    case HC__CLASS_TARGET: return hc__skip_target(s, from, end);
    case HC__CLASS_TCHAR: return hc__skip_token(s, from, end);
    default: {
        size_t i = from; /* HC__TABLE_BLOCKS works on s, i and end */
        HC__TABLE_BLOCKS(cls)
        while (i < end && (HC__CLASS(s[i]) & cls))
            i++;
        return i;
    }
    }
}
#else /* HTTPCODEC_SMALL */
/* The index of the first byte in s[i..end) outside the class (one class
   bit), or end. */
HC__PRIVATE size_t hc__skip_class(const unsigned char *s, size_t i, size_t end,
                                  unsigned cls)
{
    while (i < end && (HC__CLASS(s[i]) & cls))
        i++;
    return i;
}
HC__PRIVATE size_t hc__skip_value(const unsigned char *s, size_t i, size_t end)
{
    return hc__skip_class(s, i, end, HC__CLASS_VALUE);
}
HC__PRIVATE size_t hc__skip_target(const unsigned char *s, size_t i, size_t end)
{
    return hc__skip_class(s, i, end, HC__CLASS_TARGET);
}
HC__PRIVATE size_t hc__skip_token(const unsigned char *s, size_t i, size_t end)
{
    return hc__skip_class(s, i, end, HC__CLASS_TCHAR);
}
#endif /* HTTPCODEC_SMALL */

/* What the checkers of a string's syntax return when it keeps every rule;
   otherwise they return the index of the first byte that breaks one. */
#define HC__VALID ((size_t)-1)

/* The end of a request-target at s[i..end): the first byte that no
   target may hold. '%' is outside HC__CLASS_TARGET so that the scan stops
   at each one and checks its two hex digits on the way (pct-encoded, RFC
   3986 section 2.1): *bad is the first '%' without them before end, or
   HC__VALID. (A request line cut short of them is read again whole.) */
HC__HOT size_t hc__scan_target(const unsigned char *s, size_t i, size_t end, size_t *bad)
{
    *bad = HC__VALID;
    for (;;) {
        i = hc__skip_target(s, i, end);
        if (i == end || s[i] != '%')
            return i;
        if (*bad == HC__VALID &&
            (end - i <= 2 || !HC__IS_HEX(s[i + 1]) || !HC__IS_HEX(s[i + 2])))
            *bad = i;
        i++;
    }
}

HCAPI const char *hc_scanner(void)
{
#if defined(HC__SIMD_AVX2)
    return "avx2";
#elif defined(HC__SIMD_SSE2)
    return "sse2";
#elif defined(HC__SIMD_NEON)
    return "neon";
#elif HTTPCODEC_SMALL
    return "table";
#else
    return "swar";
#endif
}

HC__PRIVATE unsigned char hc__lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Case-insensitive comparison with a lowercase literal of length n. */
HC__PRIVATE int hc__ieq(const unsigned char *s, size_t n, const char *lower)
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (lower[i] == '\0' || hc__lower(s[i]) != (unsigned char)lower[i])
            return 0;
    }
    return lower[n] == '\0';
}

HC__PRIVATE int hc__is_ows(unsigned char c) { return c == ' ' || c == '\t'; }

/* CRLF at s[i], before end. */
HC__MERGED int hc__crlf_at(const unsigned char *s, size_t i, size_t end)
{
    return end - i >= 2 && s[i] == '\r' && s[i + 1] == '\n';
}

/* n[0..len) equals the lowercase name lower[0..len), made of letters,
   digits and '-', ignoring case. Or-ing 0x20 into a byte lowercases a
   letter and leaves a digit or '-' as it is; the only other bytes it
   turns into one of those are the controls 0x0D and 0x10-0x19, which no
   field name or field value holds (the callers' n is one or the other).
   So one operation a byte decides: a word of bytes at a time where words
   are cheap. */
HC__MERGED int hc__name_is(const unsigned char *n, const char *lower, size_t len)
{
    size_t i = 0;
#if !HTTPCODEC_SMALL
    const unsigned char *l = (const unsigned char *)lower;
    if (len >= HC__WORD_BYTES) {
        /* whole words, the last one ending at len (it may overlap) */
        for (; len - i > HC__WORD_BYTES; i += HC__WORD_BYTES)
            if ((hc__w_load(n + i) | HC__W_SPLAT(0x20)) != hc__w_load(l + i))
                return 0;
        i = len - HC__WORD_BYTES;
        return (hc__w_load(n + i) | HC__W_SPLAT(0x20)) == hc__w_load(l + i);
    }
#if UINTPTR_MAX > 0xFFFFFFFFu
    if (len >= 4) /* shorter than a word: two four-byte pieces, which may overlap */
        return (hc__load32(n) | 0x20202020u) == hc__load32(l) &&
               (hc__load32(n + len - 4) | 0x20202020u) == hc__load32(l + len - 4);
#endif
#endif
    for (; i < len; i++)
        if ((n[i] | 0x20u) != (unsigned char)lower[i])
            return 0;
    return 1;
}

/* ------------------------------------------------------------ names */

/* The k-th name of a list packed as one string of `size` bytes,
   "a\0b\0...z\0": read-only data with no padding and no pointers to
   relocate. "unknown" past the last name. */
HC__PRIVATE const char *hc__nth_name(const char *packed, size_t size, unsigned k)
{
    size_t i = 0;
    for (; k > 0 && i < size; k--)
        while (i < size && packed[i++] != '\0')
            ;
    return i < size ? packed + i : "unknown";
}

HCAPI const char *hc_error_name(hc_error_code code)
{
    static const char names[] =
        "ok\0bad_method\0bad_target\0bad_version\0unsupported_version\0"
        "bad_request_line\0bad_status_line\0bad_status\0bad_reason\0bare_lf\0"
        "bare_cr\0leading_whitespace\0obs_fold\0whitespace_before_colon\0"
        "bad_field_name\0bad_field_value\0bad_content_length\0"
        "duplicate_content_length\0conflicting_framing\0bad_transfer_encoding\0"
        "bad_connection\0bad_upgrade\0missing_host\0duplicate_host\0bad_host\0"
        "connect_with_body\0bad_chunk_size\0bad_chunk_ext\0missing_chunk_crlf\0"
        "forbidden_trailer\0start_line_too_long\0field_line_too_long\0"
        "too_many_fields\0too_many_trailers\0chunk_ext_too_long\0unexpected_eof\0"
        "unsolicited_response\0queue_full\0invalid_state\0framing_mismatch\0"
        "framing_field_not_allowed\0body_not_allowed\0body_too_long\0"
        "body_incomplete\0head_too_large\0missing_upgrade\0expect_without_body\0"
        "not_for_http10\0framing_field_given\0upgrade_not_offered\0continue_not_sent\0"
        "upgrade_not_in_connection\0missing_close";
    if ((unsigned)code >= (unsigned)HC_ERR_COUNT_)
        return "unknown";
    return hc__nth_name(names, sizeof names, (unsigned)code);
}

HCAPI unsigned hc_error_status(hc_error_code code)
{
    switch (code) {
    case HC_OK: return 200;
    case HC_ERR_UNSUPPORTED_VERSION: return 505;
    case HC_ERR_START_LINE_TOO_LONG: return 414;
    case HC_ERR_FIELD_LINE_TOO_LONG:
    case HC_ERR_TOO_MANY_FIELDS:
    case HC_ERR_TOO_MANY_TRAILERS: return 431;
    /* Transfer-Encoding faults are 400, not 501: RFC 9112 section 6.3 item
       4 demands 400 when chunked is not last, and codings before chunked
       are passed on rather than refused. */
    default: return 400;
    }
}

HCAPI const char *hc_body_name(hc_body body)
{
    static const char names[][8] = {"none", "length", "chunked", "close", "tunnel"};
    if ((unsigned)body > (unsigned)HC_BODY_TUNNEL)
        return "unknown";
    return names[body];
}

HCAPI const char *hc_event_name(hc_event_type type)
{
    static const char names[] = "need_more\0request\0response\0field\0head_done\0body\0"
                                "trailer\0message_done\0paused\0switched\0closed\0error";
    if ((unsigned)type > (unsigned)HC_EV_ERROR)
        return "unknown";
    return hc__nth_name(names, sizeof names, (unsigned)type);
}

/* s[0..n) is the literal lit of length n, byte for byte. */
HC__HOT int hc__is(const char *s, const char *lit, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] != lit[i])
            return 0;
    return 1;
}

HCAPI hc_method hc_method_from_name(const char *name, size_t len)
{
#if HTTPCODEC_SMALL
    /* In hc_method order from HC_METHOD_GET; method names are
       case-sensitive (RFC 9110 section 9.1). */
    static const char names[] = "GET\0HEAD\0POST\0PUT\0DELETE\0CONNECT\0OPTIONS\0TRACE\0PATCH";
    size_t at = 0, n;
    unsigned k;
    for (k = HC_METHOD_GET; k <= HC_METHOD_PATCH; k++, at += n + 1) {
        for (n = 0; names[at + n] != '\0'; n++)
            ;
        if (n == len && hc__is(name, names + at, n))
            return (hc_method)k;
    }
    return HC_METHOD_OTHER;
#else
    /* Method names are case-sensitive (RFC 9110 section 9.1). */
    switch (len) {
    case 3:
        return hc__is(name, "GET", 3)   ? HC_METHOD_GET
               : hc__is(name, "PUT", 3) ? HC_METHOD_PUT
                                        : HC_METHOD_OTHER;
    case 4:
        return hc__is(name, "HEAD", 4)   ? HC_METHOD_HEAD
               : hc__is(name, "POST", 4) ? HC_METHOD_POST
                                         : HC_METHOD_OTHER;
    case 5:
        return hc__is(name, "TRACE", 5)   ? HC_METHOD_TRACE
               : hc__is(name, "PATCH", 5) ? HC_METHOD_PATCH
                                          : HC_METHOD_OTHER;
    case 6: return hc__is(name, "DELETE", 6) ? HC_METHOD_DELETE : HC_METHOD_OTHER;
    case 7:
        return hc__is(name, "CONNECT", 7)   ? HC_METHOD_CONNECT
               : hc__is(name, "OPTIONS", 7) ? HC_METHOD_OPTIONS
                                            : HC_METHOD_OTHER;
    default: return HC_METHOD_OTHER;
    }
#endif
}

/* ------------------------------------------------------- parser state */

enum hc__state {
    HC__S_START = 0,   /* before a request or status line */
    HC__S_FIELDS,      /* in the header section */
    HC__S_BODY_LENGTH, /* Content-Length body, remaining_ bytes left */
    HC__S_BODY_CLOSE,  /* body until end of input */
    HC__S_CHUNK_SIZE,  /* expecting a chunk-size line */
    HC__S_CHUNK_DATA,  /* inside chunk data, remaining_ bytes left */
    HC__S_CHUNK_CRLF,  /* expecting CRLF after chunk data */
    HC__S_TRAILERS,    /* in the trailer section */
    HC__S_DONE,        /* MESSAGE_DONE is the next event */
    HC__S_PAUSED,
    HC__S_SWITCHED,
    HC__S_CLOSED,
    HC__S_ERROR
};

/* flags_: per-connection bits first, then per-message bits. */
#define HC__F_EOF (1u << 0)
#define HC__F_CL (1u << 1)           /* Content-Length seen */
#define HC__F_TE (1u << 2)           /* Transfer-Encoding seen */
#define HC__F_TE_CHUNKED (1u << 3)   /* chunked seen in TE */
#define HC__F_TE_LAST_CHUNKED (1u << 4)
#define HC__F_TE_OTHER (1u << 5)     /* a coding other than chunked */
#define HC__F_HOST (1u << 6)
#define HC__F_CONN_CLOSE (1u << 7)
#define HC__F_CONN_KEEP_ALIVE (1u << 8)
#define HC__F_CONN_UPGRADE (1u << 9)
#define HC__F_UPGRADE_FIELD (1u << 10) /* non-empty Upgrade field */
#define HC__F_EXPECT_CONTINUE (1u << 11)
#define HC__F_KEEP_ALIVE (1u << 12)  /* decided at HEAD_DONE */
#define HC__F_SWITCH (1u << 13)      /* pause after this message */
#define HC__F_INTERIM (1u << 14)     /* 1xx other than 101 */
#define HC__F_ABSOLUTE_FORM (1u << 15) /* request target in absolute-form */
#define HC__F_CONN_NAMES_FRAMING ((uint32_t)1 << 16) /* Connection lists a framing field */
#define HC__F_MESSAGE_BITS 0x1FFFEu  /* everything but EOF */

/* Method classes kept in the client's queue: all framing needs. */
#define HC__QM_OTHER 0u
#define HC__QM_HEAD 1u
#define HC__QM_CONNECT 2u
#define HC__QUEUE_CAP 16u

/* The one internal return convention of the parser. Every step and line
   function returns HC__GO_ON (0: it went through, or consumed something
   that makes no event), HC__EVENT (*ev is made), HC__MORE (more input is
   needed), HC__EMPTY_LINE (a field section ended: the field readers
   only, whose callers act on it), or the hc_error_code of a fault at
   c->at. hc__event_of turns HC__MORE and faults into events, in one
   place. */
#define HC__GO_ON 0u
#define HC__SPECIAL 0xFFF0u /* + a field kind: hc__read_fields only */
#define HC__ODD_LINE 0xFFFCu /* hc__read_fields only */
#define HC__EVENT 0xFFFDu
#define HC__EMPTY_LINE 0xFFFEu
#define HC__MORE 0xFFFFu

/* One call of hc_parse: the input, how far it has been consumed, the line
   being read, and where a fault lies. Every index is into s. */
typedef struct hc__call {
    hc_parser *p;
    const unsigned char *s;
    size_t len;
    size_t pos;       /* consumed so far: the current line begins here */
    size_t end;       /* s[pos..end) may be examined: the input, or the line's limit */
    unsigned ran_out; /* needing byte `end`: HC__MORE, or the line's too-long error */
    size_t at;        /* a fault's index */
    hc_event *ev;
} hc__call;

/* A line limit as a size: on 16-bit targets a limit past SIZE_MAX cannot
   be reached anyway. */
HC__PRIVATE size_t hc__size_limit(uint32_t limit)
{
#if SIZE_MAX < UINT32_MAX
    return limit > SIZE_MAX ? (size_t)SIZE_MAX : (size_t)limit;
#else
    return (size_t)limit;
#endif
}

/* A line of at most `limit` bytes (CRLF included) begins at c->pos.
   Whether running out of it means a line too long or more input depends
   only on the bytes, so every split of the input decides the same way. */
HC__HOT size_t hc__line_end_bound(size_t len, size_t pos, size_t limit)
{
    return len - pos < limit ? len : pos + limit; /* no sum that can wrap */
}
HC__HOT void hc__line_begin(hc__call *c, size_t limit, unsigned too_long)
{
    c->end = hc__line_end_bound(c->len, c->pos, limit);
    c->ran_out = c->len - c->pos < limit ? HC__MORE : too_long;
}

HC__HOT unsigned hc__fault(hc__call *c, unsigned code, size_t at)
{
    c->at = at;
    return code;
}

/* Byte i is needed but lies at c->end. */
HC__PRIVATE unsigned hc__ran_out(hc__call *c, size_t i)
{
    return hc__fault(c, c->ran_out, i);
}

/* The line must end at i (CRLF). RFC 9112 section 2.2: a bare LF or a bare
   CR is an error here; any other byte is reported as `code`. */
HC__PRIVATE unsigned hc__expect_crlf(hc__call *c, size_t i, unsigned code)
{
    const unsigned char *s = c->s;
    if (i >= c->end)
        return hc__ran_out(c, i);
    if (s[i] == '\r') {
        if (i + 1 >= c->end)
            return hc__ran_out(c, i + 1);
        return s[i + 1] == '\n' ? 0u : hc__fault(c, HC_ERR_BARE_CR, i);
    }
    return hc__fault(c, s[i] == '\n' ? (unsigned)HC_ERR_BARE_LF : code, i);
}

/* Byte i is not what the grammar wants. A line end there is reported as
   `code` too, unless it is a bare CR or LF, which has its own error. */
HC__PRIVATE unsigned hc__unexpected(hc__call *c, size_t i, unsigned code)
{
    unsigned r = hc__expect_crlf(c, i, code);
    return r ? r : hc__fault(c, code, i);
}

/* ----------------------------------- lists and parameters (9110 s5.6) */

/* quoted-string at v[i] (which is '"'), RFC 9110 section 5.6.4: returns
   the index past its closing quote, or 0 when it is not closed or holds a
   byte it may not. */
HC__MERGED size_t hc__skip_quoted(const unsigned char *v, size_t i, size_t n)
{
    for (i++; i < n; i++) {
        if (v[i] == '"')
            return i + 1;
        if (v[i] == '\\' && i + 1 < n && HC__HAS(v[i + 1], HC__CLASS_VALUE))
            i++; /* quoted-pair */
        else if (!HC__HAS(v[i], HC__CLASS_QDTEXT))
            return 0;
    }
    return 0;
}

/* *( OWS ";" OWS name [ OWS "=" OWS ( token / quoted-string ) ] ) over
   v[i..n), as used by transfer-coding parameters (value required, RFC 9110
   section 5.6.6) and chunk extensions (value optional, RFC 9112 section
   7.1.1). Returns HC__VALID, or the offending byte's index (which may
   be n, when something is missing at the end). */
HC__PRIVATE size_t hc__check_params(const unsigned char *v, size_t i, size_t n,
                                    int value_required)
{
    while (i < n) {
        size_t ws = i, name, eq, tok;
        while (i < n && hc__is_ows(v[i]))
            i++;
        if (i >= n || v[i] != ';')
            return i >= n ? ws : i; /* whitespace may only come before ';' */
        i++;
        while (i < n && hc__is_ows(v[i]))
            i++;
        name = i;
        i = hc__skip_class(v, i, n, HC__CLASS_TCHAR);
        if (i == name)
            return i;
        eq = i;
        while (eq < n && hc__is_ows(v[eq]))
            eq++;
        if (eq >= n || v[eq] != '=') {
            if (value_required)
                return eq;
            continue; /* the next round wants ';' after any OWS */
        }
        i = eq + 1;
        while (i < n && hc__is_ows(v[i]))
            i++;
        tok = i;
        if (i < n && v[i] == '"') {
            if ((i = hc__skip_quoted(v, i, n)) == 0)
                return tok;
        } else {
            i = hc__skip_class(v, i, n, HC__CLASS_TCHAR);
            if (i == tok)
                return i;
        }
    }
    return HC__VALID;
}

/* ------------------------------------------------ authority (RFC 3986) */

/* IP-literal = "[" ( IPv6address / IPvFuture ) "]", checked for its
   alphabet: hex digits, ':' and '.' for IPv6 (at least two colons), or
   "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ). Returns the index
   after ']' or 0 when invalid. */
HC__PRIVATE size_t hc__skip_ip_literal(const unsigned char *v, size_t n)
{
    size_t i = 1, colons = 0;
    if (i < n && (v[i] == 'v' || v[i] == 'V')) {
        size_t hex = ++i;
        while (i < n && HC__IS_HEX(v[i]))
            i++;
        if (i == hex || i >= n || v[i] != '.')
            return 0;
        hex = ++i;
        while (i < n && v[i] != ']' &&
               (HC__HAS(v[i], HC__CLASS_REGNAME) || v[i] == ':'))
            i++;
        if (i == hex)
            return 0;
    } else {
        while (i < n && (HC__IS_HEX(v[i]) || v[i] == ':' || v[i] == '.')) {
            colons += v[i] == ':';
            i++;
        }
        if (colons < 2)
            return 0;
    }
    return (i < n && v[i] == ']') ? i + 1 : 0;
}

/* host [ ":" port ] with no userinfo (RFC 9110 sections 4.2, 7.2; RFC 3986
   section 3.2). A port is at most 5 digits and at most 65535; it may be
   empty (RFC 3986 section 3.2.3) unless port_required, as for CONNECT,
   which must be refused with an empty port (RFC 9110 section 9.3.6).
   Returns HC__VALID, or the offending byte's index. */
HC__PRIVATE size_t hc__check_authority(const unsigned char *v, size_t n, int port_required)
{
    size_t i = 0, digits;
    unsigned long port = 0;
    if (n > 0 && v[0] == '[') {
        i = hc__skip_ip_literal(v, n);
    } else {
        /* reg-name, each '%' followed by two hex digits (RFC 3986 2.1) */
        while ((i = hc__skip_class(v, i, n, HC__CLASS_REGNAME)) < n && v[i] == '%') {
            if (n - i < 3 || !HC__IS_HEX(v[i + 1]) || !HC__IS_HEX(v[i + 2]))
                return i;
            i += 3;
        }
    }
    if (i == 0 || (i == n && port_required) || (i < n && v[i] != ':'))
        return i;
    if (i == n)
        return HC__VALID;
    digits = ++i;
    while (i < n && HC__DIGIT(v[i]) && i - digits < 5) {
        port = port * 10u + (unsigned long)(v[i] - '0');
        i++;
    }
    if ((i == digits && port_required) || port > 65535u || i != n)
        return i == n ? digits : i;
    return HC__VALID;
}

/* ------------------------------------------ request target (9112 s3.2) */

/* absolute-form: scheme "://" authority [ path-abempty ] [ "?" query ].
   The host may not be empty and userinfo is refused (RFC 9112 section
   3.2.2, RFC 9110 section 4.2.4). The bytes themselves were checked by the
   request-line scanner. Returns HC__VALID or the offending byte's index. */
HC__PRIVATE size_t hc__check_absolute_form(const unsigned char *t, size_t n)
{
    size_t i = 1, a, e, bad;
    if (!HC__ALPHA(t[0]))
        return 0;
    while (i < n && HC__HAS(t[i], HC__CLASS_SCHEME))
        i++;
    if (i == n || t[i] != ':')
        return i;
    if (n - i < 3 || t[i + 1] != '/' || t[i + 2] != '/')
        return i + 1; /* "//" authority is required */
    a = i + 3;
    e = a;
    while (e < n && t[e] != '/' && t[e] != '?')
        e++;
    bad = hc__check_authority(t + a, e - a, 0);
    return bad == HC__VALID ? HC__VALID : a + bad;
}

/* The form of the target must fit the method (RFC 9112 section 3.2):
   CONNECT takes authority-form only (RFC 9110 section 9.3.6), "*" belongs
   to OPTIONS only, the others take origin-form or absolute-form. The target
   is never empty here, and its bytes (and %XX) were checked by
   hc__scan_target. Returns HC__VALID or the offending byte's index. */
HC__PRIVATE size_t hc__check_target(hc_method method, const unsigned char *t, size_t n)
{
    if (method == HC_METHOD_CONNECT)
        return t[0] == '/' ? 0 : hc__check_authority(t, n, 1);
    if (t[0] == '/')
        return HC__VALID; /* origin-form */
    if (t[0] == '*')
        return n == 1 && method == HC_METHOD_OPTIONS ? HC__VALID : 0;
    return hc__check_absolute_form(t, n);
}

/* ----------------------------------------------- start lines (9112 s3, s4) */

#if !HTTPCODEC_SMALL
/* The usual "HTTP/1.1" or "HTTP/1.0" at v[0..8), by two compares. */
HC__HOT int hc__usual_version(const unsigned char *v)
{
    return hc__load32(v) == 0x50545448u /* "HTTP" */ &&
           (hc__load32(v + 4) | 0x01000000u) == 0x312E312Fu; /* "/1.1" or "/1.0" */
}
#endif

/* "HTTP/" DIGIT "." DIGIT at s[i..i+8) (RFC 9112 section 2.3, case-sensitive). */
HC__HOT unsigned hc__parse_version(hc__call *c, size_t i, unsigned prefix_code,
                                   uint8_t *major, uint8_t *minor)
{
    static const char pattern[] = "HTTP/9.9";
    const unsigned char *v = c->s + i;
    size_t k = 0;
#if !HTTPCODEC_SMALL
    /* The usual "HTTP/1.1" and "HTTP/1.0" at once; anything else (or too
       few bytes) goes through the byte loop, which finds the fault. */
    if (c->end - i >= 8 && hc__usual_version(v))
        k = 8;
#endif
    for (; k < 8; k++) {
        if (k >= c->end - i) /* (not i + k >= c->end: that sum may wrap) */
            return hc__ran_out(c, i + k);
        if (pattern[k] == '9' ? !HC__DIGIT(v[k]) : v[k] != (unsigned char)pattern[k])
            return hc__unexpected(c, i + k, k < 5 ? prefix_code
                                                  : (unsigned)HC_ERR_BAD_VERSION);
    }
    *major = (uint8_t)(v[5] - '0');
    *minor = (uint8_t)(v[7] - '0');
    return 0;
}

/* request-line = method SP request-target SP HTTP-version CRLF
   (RFC 9112 section 3) at c->pos, every rule about it decided in one
   pass: the syntax first, then the version (505), then the target, whose
   bytes (and %XX) the scan checked and whose form its first byte tells.
   On success *line_end is the index after its CRLF. */
HC__PRIVATE unsigned hc__parse_request_line(hc__call *c, hc_event *ev, size_t *line_end)
{
    const unsigned char *s = c->s;
    size_t b = c->pos, e = c->end, i = b, t, v, bad;
    unsigned r;
    ev->method = HC_METHOD_OTHER;
#if !HTTPCODEC_SMALL
    /* The usual methods by one compare of four bytes and SP: no token
       scan, no look-up of the name. */
    if (e - b >= 5) {
        uint32_t w = hc__load32(s + b);
        if (w == 0x20544547u /* "GET " */) {
            ev->method = HC_METHOD_GET;
            i = b + 3;
        } else if (s[b + 4] == ' ' && (w == 0x54534F50u /* "POST" */ ||
                                       w == 0x44414548u /* "HEAD" */)) {
            ev->method = w == 0x54534F50u ? HC_METHOD_POST : HC_METHOD_HEAD;
            i = b + 4;
        }
    }
#endif
    if (i == b)
        i = hc__skip_token(s, b, e);
    if (i == e)
        return hc__ran_out(c, i);
    if (i == b || s[i] != ' ') {
        /* Whitespace or a line end where the method should go on is a
           separator error; any other byte does not belong in a token. */
        int sep = s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n';
        return hc__unexpected(c, i, sep ? (unsigned)HC_ERR_BAD_REQUEST_LINE
                                        : (unsigned)HC_ERR_BAD_METHOD);
    }
    t = i + 1;
    v = hc__scan_target(s, t, e, &bad);
    if (v == e)
        return hc__ran_out(c, v);
    if (v == t || s[v] != ' ')
        /* A second SP, a tab, or the line ending early (HTTP/0.9) are
           separator errors; anything else is a byte no target may hold. */
        return hc__unexpected(c, v, (v == t || s[v] == '\t' || s[v] == '\r' ||
                                     s[v] == '\n')
                                        ? (unsigned)HC_ERR_BAD_REQUEST_LINE
                                        : (unsigned)HC_ERR_BAD_TARGET);
    v++;
#if !HTTPCODEC_SMALL
    /* The usual "HTTP/1.1" or "HTTP/1.0" and CRLF at once. */
    if (e - v >= 10 && hc__usual_version(s + v) && s[v + 8] == '\r' && s[v + 9] == '\n') {
        ev->version_major = 1;
        ev->version_minor = (uint8_t)(s[v + 7] - '0');
    } else
#endif
    {
        /* A second SP, or the line ending where the version belongs. */
        if (v < e && (hc__is_ows(s[v]) || s[v] == '\r' || s[v] == '\n'))
            return hc__unexpected(c, v, HC_ERR_BAD_REQUEST_LINE);
        r = hc__parse_version(c, v, HC_ERR_BAD_VERSION, &ev->version_major, &ev->version_minor);
        if (r)
            return r;
        if (e - v > 8 && HC__HAS(s[v + 8], HC__CLASS_TCHAR))
            return hc__fault(c, HC_ERR_BAD_VERSION, v + 8);
        if ((r = hc__expect_crlf(c, v + 8, HC_ERR_BAD_REQUEST_LINE)) != 0)
            return r;
    }
    if (ev->method == HC_METHOD_OTHER)
        ev->method = hc_method_from_name((const char *)s + b, i - b);
    if (ev->version_major != 1)
        return hc__fault(c, HC_ERR_UNSUPPORTED_VERSION, v);
    /* The target: any '%' without two hex digits, then the form, which
       only origin-form (the usual '/' of any method but CONNECT) needs no
       more look at. */
    if (bad == HC__VALID && (s[t] != '/' || ev->method == HC_METHOD_CONNECT) &&
        (bad = hc__check_target(ev->method, s + t, v - 1 - t)) != HC__VALID)
        bad += t;
    if (bad != HC__VALID)
        return hc__fault(c, HC_ERR_BAD_TARGET, bad);
    ev->method_name.ptr = (const char *)s + b;
    ev->method_name.len = i - b;
    ev->target.ptr = (const char *)s + t;
    ev->target.len = v - 1 - t;
    *line_end = v + 10;
    return 0;
}

/* Why the five bytes after the version of the status line at b are not
   SP 3DIGIT SP: where a space belongs, a digit is a longer version (after
   it) or status (after the code), anything else a bad status line; where
   a digit belongs, whitespace or a line end in place of the first is a
   bad status line (the code is missing), anything else a bad status.
   Offsets k count from b, so that no index sum can wrap. */
HC__APART unsigned hc__status_code_stop(hc__call *c, size_t b)
{
    const unsigned char *s = c->s;
    size_t k;
    for (k = 8; k < 13; k++) {
        int want_sp = k == 8 || k == 12;
        unsigned char x;
        if (k >= c->end - b)
            return hc__ran_out(c, b + k);
        x = s[b + k];
        if (want_sp ? x == ' ' : HC__DIGIT(x))
            continue;
        if (want_sp)
            return hc__unexpected(c, b + k, !HC__DIGIT(x) ? (unsigned)HC_ERR_BAD_STATUS_LINE
                                            : k == 8      ? (unsigned)HC_ERR_BAD_VERSION
                                                          : (unsigned)HC_ERR_BAD_STATUS);
        return hc__unexpected(c, b + k, k == 9 && (hc__is_ows(x) || x == '\r' || x == '\n')
                                            ? (unsigned)HC_ERR_BAD_STATUS_LINE
                                            : (unsigned)HC_ERR_BAD_STATUS);
    }
    return hc__ran_out(c, b + k); /* not reached: the caller saw a fault or too few bytes */
}

/* status-line = HTTP-version SP status-code SP [ reason-phrase ] CRLF
   (RFC 9112 section 4) at c->pos. */
HC__PRIVATE unsigned hc__parse_status_line(hc__call *c, hc_event *ev, size_t *line_end)
{
    const unsigned char *s = c->s;
    size_t b = c->pos, end;
    unsigned r = hc__parse_version(c, b, HC_ERR_BAD_STATUS_LINE, &ev->version_major,
                                   &ev->version_minor);
    if (r)
        return r;
    /* The usual SP 3DIGIT SP at once; anything else, or too few bytes,
       goes through hc__status_code_stop, which finds the fault. */
    if (!(c->end - b >= 13 && s[b + 8] == ' ' && HC__DIGIT(s[b + 9]) && HC__DIGIT(s[b + 10]) &&
          HC__DIGIT(s[b + 11]) && s[b + 12] == ' '))
        return hc__status_code_stop(c, b);
    end = hc__skip_value(s, b + 13, c->end);
    r = hc__expect_crlf(c, end, HC_ERR_BAD_REASON);
    if (r)
        return r;
    ev->status = (unsigned)(s[b + 9] - '0') * 100u + (unsigned)(s[b + 10] - '0') * 10u +
                 (unsigned)(s[b + 11] - '0');
    /* RFC 9110 section 15: status codes are 100..599. */
    if (ev->status < 100 || ev->status > 599)
        return hc__fault(c, HC_ERR_BAD_STATUS, b + 9);
    if (ev->version_major != 1)
        return hc__fault(c, HC_ERR_UNSUPPORTED_VERSION, b);
    ev->reason.ptr = (const char *)s + b + 13;
    ev->reason.len = end - b - 13;
    *line_end = end + 2;
    return 0;
}

/* --------------------------------------------- field lines (9112 s5) */

/* Whether the header or trailer section being read has had a field line:
   fields_left_ counts down from the section's limit. */
HC__PRIVATE int hc__section_started(const hc_parser *p)
{
    return p->fields_left_ != (p->state_ == HC__S_TRAILERS ? p->limits_.max_trailer_count
                                                          : p->limits_.max_header_count);
}

/* Why the field line at c->pos is not an ordinary name ":" value CRLF
   (hc__read_fields stopped there): a fault, or too few bytes to tell. The
   line is read again, which only this rare path pays. A line that starts
   with whitespace is obs-fold, or whitespace after the start line (RFC
   9112 sections 2.2 and 5.2); none may come between name and colon
   (5.1); a value holds no CR, LF, NUL or other CTL (RFC 9110 section
   5.5). */
HC__APART unsigned hc__field_line_stop(hc__call *c)
{
    const unsigned char *s = c->s;
    size_t pos = c->pos, i;
    hc__line_begin(c, hc__size_limit(c->p->limits_.max_field_line), HC_ERR_FIELD_LINE_TOO_LONG);
    i = hc__skip_token(s, pos, c->end);
    if (i > pos && i < c->end && s[i] == ':') /* the value stopped it */
        return hc__expect_crlf(c, hc__skip_value(s, pos, c->end), HC_ERR_BAD_FIELD_VALUE);
    if (i == c->end)
        return hc__ran_out(c, i);
    if (hc__is_ows(s[i]))
        return hc__fault(c, i > pos ? (unsigned)HC_ERR_WHITESPACE_BEFORE_COLON
                            : hc__section_started(c->p) ? (unsigned)HC_ERR_OBS_FOLD
                                           : (unsigned)HC_ERR_LEADING_WHITESPACE,
                         i);
    return hc__unexpected(c, i, HC_ERR_BAD_FIELD_NAME);
}

/* -------------------------------------------- semantic checks per field */

HC__PRIVATE int hc__is_request(const hc_parser *p)
{
    return p->role_ == HC_ROLE_SERVER;
}

/* A 2xx answer to CONNECT: the client MUST ignore its Content-Length and
   Transfer-Encoding (RFC 9110 section 9.3.6), so they are not even checked. */
HC__PRIVATE int hc__is_tunnel_answer(const hc_parser *p)
{
    return !hc__is_request(p) && p->method_ == HC__QM_CONNECT && p->status_ >= 200 &&
           p->status_ < 300;
}

/* Responses whose framing never depends on their fields: answers to HEAD,
   1xx, 304, and 2xx to CONNECT (RFC 9112 section 6.3 items 1 and 2). In
   these Content-Length and Transfer-Encoding together are harmless. */
HC__PRIVATE int hc__fields_frame_nothing(const hc_parser *p)
{
    unsigned st = p->status_;
    return !hc__is_request(p) && (p->method_ == HC__QM_HEAD || (st >= 100 && st < 200) ||
                                  st == 304 || hc__is_tunnel_answer(p));
}


/* The special fields' rules below read the value at s[v..end) of the
   field line at c->pos; a fault in the value lies at its byte, a fault of
   the whole field at the line's start. */

/* Content-Length = 1*DIGIT (RFC 9110 section 8.6). */
HC__APART unsigned hc__on_content_length(hc__call *c, size_t v, size_t end)
{
    hc_parser *p = c->p;
    const unsigned char *s = c->s;
    uint64_t value = 0;
    size_t i;
    if (v == end)
        return hc__fault(c, HC_ERR_BAD_CONTENT_LENGTH, v);
    for (i = v; i < end; i++) {
        unsigned d;
        uint64_t eight;
        if (!HC__DIGIT(s[i]))
            return hc__fault(c, HC_ERR_BAD_CONTENT_LENGTH, i);
        d = (unsigned)(s[i] - '0');
        /* Overflow test against constants and shifts for the multiply:
           no 64-bit division or multiplication helper on small targets.
           19 digits cannot overflow, so most values never test. */
        if (i - v >= 19 && (value > UINT64_MAX / 10u ||
                            (value == UINT64_MAX / 10u && d > (unsigned)(UINT64_MAX % 10u))))
            return hc__fault(c, HC_ERR_BAD_CONTENT_LENGTH, i);
        eight = value << 3;
        HC__OPAQUE(eight);
        value = eight + (value << 1) + d;
    }
    /* A request may not repeat it at all; a response may, with the same
       value (RFC 9110 section 8.6 allows merging equal values). */
    if ((p->flags_ & HC__F_CL) && (hc__is_request(p) || value != p->remaining_))
        return hc__fault(c, HC_ERR_DUPLICATE_CONTENT_LENGTH, c->pos);
    if ((p->flags_ & HC__F_TE) && !hc__fields_frame_nothing(p))
        return hc__fault(c, HC_ERR_CONFLICTING_FRAMING, c->pos); /* RFC 9112 s6.3 item 3 */
    if (hc__is_request(p) && p->method_ == HC__QM_CONNECT && value > 0)
        return hc__fault(c, HC_ERR_CONNECT_WITH_BODY, c->pos); /* RFC 9110 s9.3.6 */
    p->flags_ |= HC__F_CL;
    p->remaining_ = value;
    return 0;
}

/* Host = uri-host [ ":" port ] (RFC 9110 section 7.2); exactly one in an
   HTTP/1.1 request (RFC 9112 section 3.2). The value v[0..n) of a
   request's Host, with the request's field flags so far (HC__F_*, its
   target's form among them); on a fault of the value, *at is its byte in
   v (a second Host is a fault of its whole line). The parser's rule and
   the writer's. */
HC__APART unsigned hc__host_rule(const unsigned char *v, size_t n, uint32_t *flags, size_t *at)
{
    *at = 0;
    if (*flags & HC__F_HOST)
        return HC_ERR_DUPLICATE_HOST;
    *flags |= HC__F_HOST;
    /* An empty Host only fits an absolute-form target (whose own authority
       counts, RFC 9112 section 3.2.2): with any other form the target URI
       would have an empty authority, which "http" forbids (RFC 9112
       section 3.3, RFC 9110 section 4.2.1). */
    if (n == 0)
        return (*flags & HC__F_ABSOLUTE_FORM) ? 0u : (unsigned)HC_ERR_BAD_HOST;
    *at = hc__check_authority(v, n, 0);
    return *at == HC__VALID ? 0u : (unsigned)HC_ERR_BAD_HOST;
}

/* The field names with rules of their own, as hc__field_kind tells them:
   by length and first letter, then one comparison. */
enum hc__field_kind {
    HC__FIELD_OTHER = 0,
    HC__FIELD_HOST,
    HC__FIELD_EXPECT,
    HC__FIELD_UPGRADE,
    HC__FIELD_CONNECTION,
    HC__FIELD_CONTENT_LENGTH,
    HC__FIELD_TRANSFER_ENCODING,
    HC__FIELD_LOOKALIKE /* Content_Length, Transfer_Encoding */
};

/* "Content_Length" or "Transfer_Encoding": harmless to HTTP, but gateways
   that map field names to CGI-style variables (HTTP_CONTENT_LENGTH) read
   them as the framing fields, a known smuggling path (RFC 9110 section
   5.1). n[0..len) is the name, sep the index of its '-'. */
HC__PRIVATE int hc__framing_lookalike(const unsigned char *n, size_t len, const char *lower,
                                      size_t sep)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (i == sep ? n[i] != '_' : (n[i] | 0x20u) != (unsigned char)lower[i])
            return 0;
    return 1;
}

/* What a field name n[0..len) (a token) is to the rules below. No two
   names with rules have the same length, so the length picks the one to
   compare with; the first letter of that name (first[len]) turns most
   other names away at once: n[0] | 0x20 equals a lowercase letter only
   for that letter in either case, and is never 0. */
HC__HOT unsigned hc__field_kind(const unsigned char *n, size_t len)
{
    static const char names[] =
        "host\0expect\0upgrade\0connection\0content-length\0transfer-encoding";
    static const unsigned char kind_of_length[18] = {0, 0, 0, 0, HC__FIELD_HOST, 0,
        HC__FIELD_EXPECT, HC__FIELD_UPGRADE, 0, 0, HC__FIELD_CONNECTION, 0, 0, 0,
        HC__FIELD_CONTENT_LENGTH, 0, 0, HC__FIELD_TRANSFER_ENCODING};
    static const unsigned char name_at[7] = {0, 0, 5, 12, 20, 31, 46}; /* by kind */
    static const char first[18] = {0, 0, 0, 0, 'h', 0, 'e', 'u', 0, 0, 'c',
                                   0, 0, 0, 'c', 0, 0, 't'};
    unsigned kind;
    const char *name;
    if (len >= sizeof first || first[len] != (char)(n[0] | 0x20))
        return HC__FIELD_OTHER;
    kind = kind_of_length[len];
    name = names + name_at[kind];
    if (hc__name_is(n, name, len))
        return kind;
    /* Content_Length, Transfer_Encoding: '_' where the name has '-' */
    if (kind >= HC__FIELD_CONTENT_LENGTH &&
        hc__framing_lookalike(n, len, name, kind == HC__FIELD_CONTENT_LENGTH ? 7u : 8u))
        return HC__FIELD_LOOKALIKE;
    return HC__FIELD_OTHER;
}

/* Content-Length, Transfer-Encoding and Host frame or route a message:
   none may be a trailer (RFC 9110 section 6.5.1) or a connection option a
   sender names (section 7.6.1). */
HC__PRIVATE int hc__frames_or_routes(unsigned kind)
{
    return kind == HC__FIELD_CONTENT_LENGTH || kind == HC__FIELD_TRANSFER_ENCODING ||
           kind == HC__FIELD_HOST;
}

/* The transfer codings a message may carry here (RFC 9112 section 6.1):
   none in HTTP/1.0, none beside a Content-Length that frames, none on a
   CONNECT request. */
HC__PRIVATE unsigned hc__transfer_encoding_allowed(const hc_parser *p)
{
    if (p->major_ == 1 && p->minor_ == 0)
        return HC_ERR_BAD_TRANSFER_ENCODING; /* faulty framing */
    if (p->flags_ & HC__F_CL && !hc__fields_frame_nothing(p))
        return HC_ERR_CONFLICTING_FRAMING;
    if (hc__is_request(p) && p->method_ == HC__QM_CONNECT)
        return HC_ERR_CONNECT_WITH_BODY;
    return 0;
}

/* One connection option (a token) o[0..n): the three with a meaning here,
   and the framing and routing names, which a sender may not list (RFC
   9110 section 7.6.1: an intermediary would drop those fields; the writer
   refuses them). */
HC__PRIVATE void hc__connection_option(uint32_t *flags, const unsigned char *o, size_t n)
{
    if (n == 5 && hc__name_is(o, "close", 5))
        *flags |= HC__F_CONN_CLOSE;
    else if (n == 10 && hc__name_is(o, "keep-alive", 10))
        *flags |= HC__F_CONN_KEEP_ALIVE;
    else if (n == 7 && hc__name_is(o, "upgrade", 7))
        *flags |= HC__F_CONN_UPGRADE;
    else if (hc__frames_or_routes(hc__field_kind(o, n)))
        *flags |= HC__F_CONN_NAMES_FRAMING;
}

/* transfer-coding = token *( OWS ";" OWS transfer-parameter ), the element
   s[start..end) whose token ends at word (RFC 9112 section 7).
   Returns HC__VALID or the index of the fault. */
HC__PRIVATE size_t hc__transfer_coding(const unsigned char *s, size_t start, size_t word,
                                       size_t end, uint32_t *flags)
{
    size_t bad;
    if (word == start)
        return start;
    if ((bad = hc__check_params(s, word, end, 1)) != HC__VALID)
        return bad;
    if (word - start == 7 && hc__name_is(s + start, "chunked", 7)) {
        /* Chunked at most once, and it takes no parameters. */
        if (*flags & HC__F_TE_CHUNKED)
            return start;
        if (word != end)
            return word;
        *flags |= HC__F_TE_CHUNKED | HC__F_TE_LAST_CHUNKED;
    } else {
        *flags |= HC__F_TE_OTHER;
        *flags &= ~(uint32_t)HC__F_TE_LAST_CHUNKED;
    }
    return HC__VALID;
}

/* The list fields, walked once: Connection = #connection-option (RFC 9110
   section 7.6.1), Upgrade = #protocol (7.8), Transfer-Encoding =
   #transfer-coding (RFC 9112 section 6.1), Expect = #expectation (RFC
   9110 section 10.1.1). The OWS around each element and empty elements
   are skipped (RFC 9110 section 5.6.1); a comma inside a quoted string
   does not split. Each element is then held to its field's rule:
   - Connection: a token;
   - Upgrade: protocol-name ["/" protocol-version], both tokens. A
     malformed list is refused, not ignored: whether a switch was offered
     decides how the bytes after the head are read, and a recipient that
     read the offer differently would fall out of step with this one (the
     strict side of the MAY ignore);
   - Transfer-Encoding: a coding and its parameters; at least one;
   - Expect: only 100-continue means anything; nothing is refused.
   The list s[0..n) of a field of kind `kind`; what it means is added to
   *flags (HC__F_*). Returns HC__VALID or the index of the fault (its
   error is hc__list_error(kind)). The parser's rules and the writer's. */
HC__APART size_t hc__list_rules(const unsigned char *s, size_t n, unsigned kind, uint32_t *flags)
{
    size_t i = 0, prev = 0; /* prev: where the last element ended */
    size_t bad;
    unsigned elements = 0;
    for (;;) {
        size_t start, word, end, k;
        while (i < n && (hc__is_ows(s[i]) || s[i] == ','))
            i++;
        if (i == n)
            break;
        start = i;
        word = i = hc__skip_token(s, i, n); /* most elements are one token */
        while (i < n && s[i] != ',')
            if (s[i] != '"')
                i++;
            else if ((i = hc__skip_quoted(s, i, n)) == 0)
                break;
        if (i == 0) /* an unterminated quoted string */
            return kind == HC__FIELD_EXPECT ? HC__VALID
                   : kind == HC__FIELD_TRANSFER_ENCODING ? prev : start;
        prev = end = i;
        elements++;
        while (hc__is_ows(s[end - 1]))
            end--;
        switch (kind) {
        case HC__FIELD_CONNECTION:
            if (word != end)
                return start;
            hc__connection_option(flags, s + start, end - start);
            break;
        case HC__FIELD_UPGRADE:
            k = word < end && s[word] == '/' ? hc__skip_token(s, word + 1, end) : word;
            if (word == start || k != end || s[k - 1] == '/')
                return start;
            *flags |= HC__F_UPGRADE_FIELD;
            break;
        case HC__FIELD_EXPECT:
            if (end - start == 12 && hc__name_is(s + start, "100-continue", 12))
                *flags |= HC__F_EXPECT_CONTINUE;
            break;
        default:
            if ((bad = hc__transfer_coding(s, start, word, end, flags)) != HC__VALID)
                return bad;
        }
    }
    if (kind == HC__FIELD_TRANSFER_ENCODING) {
        if (elements == 0)
            return n;
        *flags |= HC__F_TE;
    }
    return HC__VALID;
}

/* The error of a fault in a list of kind `kind` (hc__list_rules). */
HC__PRIVATE unsigned hc__list_error(unsigned kind)
{
    return kind == HC__FIELD_CONNECTION ? (unsigned)HC_ERR_BAD_CONNECTION
           : kind == HC__FIELD_UPGRADE  ? (unsigned)HC_ERR_BAD_UPGRADE
                                        : (unsigned)HC_ERR_BAD_TRANSFER_ENCODING;
}

/* Record what a header field of kind `kind` (not HC__FIELD_OTHER), its
   value at s[v..end), means for framing and the connection. */
HC__HOT unsigned hc__on_field(hc__call *c, unsigned kind, size_t v, size_t end)
{
    hc_parser *p = c->p;
    size_t bad;
    unsigned r;
    switch (kind) {
    case HC__FIELD_HOST:
        if (!hc__is_request(p) || (r = hc__host_rule(c->s + v, end - v, &p->flags_, &c->at)) == 0)
            return 0u;
        return hc__fault(c, r, r == HC_ERR_DUPLICATE_HOST ? c->pos : v + c->at);
    case HC__FIELD_EXPECT:
        if (!hc__is_request(p))
            return 0u;
        break;
    case HC__FIELD_CONTENT_LENGTH:
        return hc__is_tunnel_answer(p) ? 0u : hc__on_content_length(c, v, end);
    case HC__FIELD_TRANSFER_ENCODING:
        if (hc__is_tunnel_answer(p))
            return 0u;
        if ((r = hc__transfer_encoding_allowed(p)) != 0)
            return hc__fault(c, r, c->pos);
        break;
    case HC__FIELD_LOOKALIKE: return hc__fault(c, HC_ERR_BAD_FIELD_NAME, c->pos);
    default: break; /* Connection, Upgrade */
    }
    bad = hc__list_rules(c->s + v, end - v, kind, &p->flags_);
    return bad == HC__VALID ? 0u : hc__fault(c, hc__list_error(kind), v + bad);
}

/* --------------------------------------------------------- the parser */

/* What framing needs to know of a method: HEAD, CONNECT or any other. */
HC__PRIVATE uint8_t hc__method_class(hc_method method)
{
    return method == HC_METHOD_HEAD      ? (uint8_t)HC__QM_HEAD
           : method == HC_METHOD_CONNECT ? (uint8_t)HC__QM_CONNECT
                                         : (uint8_t)HC__QM_OTHER;
}

/* A valid target that starts with a letter is absolute-form (origin-form
   starts with '/', asterisk-form is '*'), except CONNECT's authority. */
HC__PRIVATE int hc__is_absolute_form(hc_method method, hc_span target)
{
    return method != HC_METHOD_CONNECT && target.len > 0 &&
           HC__ALPHA((unsigned char)target.ptr[0]);
}

/* The default limits; the writer keeps every head within them. */
#define HC__DEFAULT_LINE 8192u
#define HC__DEFAULT_FIELDS 100u

HCAPI void hc_limits_default(hc_limits *limits)
{
    limits->max_start_line = HC__DEFAULT_LINE;
    limits->max_field_line = HC__DEFAULT_LINE;
    limits->max_header_count = HC__DEFAULT_FIELDS;
    limits->max_trailer_count = HC__DEFAULT_FIELDS;
    limits->max_chunk_ext = 4096;
}

HCAPI void hc_parser_init(hc_parser *p, hc_role role, const hc_limits *limits)
{
    p->offset_ = 0;
    p->remaining_ = 0;
    if (limits)
        p->limits_ = *limits;
    else
        hc_limits_default(&p->limits_);
    p->flags_ = 0;
    p->queue_ = 0;
    p->fields_left_ = 0;
    p->status_ = 0;
    p->state_ = HC__S_START;
    p->role_ = (uint8_t)role;
    p->method_ = 0;
    p->queue_len_ = 0;
    p->major_ = 1;
    p->minor_ = 1;
    p->error_ = HC_OK;
    p->spare_ = 0;
}

HCAPI void hc_parser_eof(hc_parser *p) { p->flags_ |= HC__F_EOF; }

HCAPI hc_error_code hc_parser_expect_response(hc_parser *p, hc_method method)
{
    uint32_t m = hc__method_class(method);
    if (p->role_ != HC_ROLE_CLIENT)
        return HC_ERR_INVALID_STATE;
    if (p->queue_len_ >= HC__QUEUE_CAP)
        return HC_ERR_QUEUE_FULL;
    p->queue_ |= m << (2u * p->queue_len_);
    p->queue_len_++;
    return HC_OK;
}

HCAPI hc_error_code hc_parser_accept_upgrade(hc_parser *p)
{
    if (p->state_ != HC__S_PAUSED)
        return HC_ERR_INVALID_STATE;
    p->state_ = HC__S_SWITCHED;
    return HC_OK;
}

HCAPI hc_error_code hc_parser_decline_upgrade(hc_parser *p)
{
    if (p->state_ != HC__S_PAUSED)
        return HC_ERR_INVALID_STATE;
    /* A client cannot refuse: the server has already left HTTP. */
    if (p->role_ == HC_ROLE_CLIENT || !(p->flags_ & HC__F_KEEP_ALIVE))
        p->state_ = HC__S_CLOSED;
    else
        p->state_ = HC__S_START;
    return HC_OK;
}

HC__PRIVATE void hc__report_error(const hc_parser *p, hc_event *ev)
{
    ev->type = HC_EV_ERROR;
    ev->error.code = (hc_error_code)p->error_;
    ev->error.offset = p->offset_;
    ev->error.status = hc_error_status((hc_error_code)p->error_);
}

/* Enter the error state, with the error at stream offset `offset`: it is
   reported by this call and every later one. */
HC__PRIVATE void hc__enter_error(hc_parser *p, unsigned code, uint64_t offset)
{
    p->state_ = HC__S_ERROR;
    p->error_ = (uint8_t)code;
    p->offset_ = offset; /* frozen from here on */
}

/* More input is needed. At the end of input that is a clean close
   between messages, or a truncated message. */
HC__PRIVATE unsigned hc__need_more(hc__call *c)
{
    if (!(c->p->flags_ & HC__F_EOF)) {
        c->ev->type = HC_EV_NEED_MORE;
        return HC__EVENT;
    }
    if (c->p->state_ == HC__S_START && c->pos == c->len) {
        c->p->state_ = HC__S_CLOSED;
        c->ev->type = HC_EV_CLOSED;
        return HC__EVENT;
    }
    return hc__fault(c, HC_ERR_UNEXPECTED_EOF, c->len);
}

/* The event for a step's result that is not HC__GO_ON. Nothing of a
   failing element counts as consumed. */
HC__APART void hc__event_of_stop(hc__call *c, unsigned r)
{
    if (r == HC__MORE)
        r = hc__need_more(c);
    if (r == HC__EVENT)
        return;
    hc__enter_error(c->p, r, c->p->offset_ + c->at);
    hc__report_error(c->p, c->ev);
}
HC__HOT void hc__event_of(hc__call *c, unsigned r)
{
    if (r != HC__EVENT) /* the event is made already, most often */
        hc__event_of_stop(c, r);
}

/* A start line was accepted: forget the previous message, keep its
   version for the framing rules, and go on to the fields. */
HC__PRIVATE void hc__begin_message(hc__call *c, size_t line_end)
{
    hc_parser *p = c->p;
    p->flags_ &= ~(uint32_t)HC__F_MESSAGE_BITS;
    p->fields_left_ = p->limits_.max_header_count;
    p->remaining_ = 0;
    p->status_ = 0;
    p->major_ = c->ev->version_major;
    p->minor_ = c->ev->version_minor;
    p->state_ = HC__S_FIELDS;
    c->pos = line_end;
}

/* The start lines are steps of their own (not inlined into
   hc__next_event), so that their locals do not deepen the stack of every
   field line (40 bytes on Cortex-M0, for one call a message). */
HC__APART unsigned hc__step_request_line(hc__call *c)
{
    hc_parser *p = c->p;
    size_t line_end = 0;
    unsigned r;
    /* RFC 9112 section 2.2: empty lines (CRLF only) before a request line
       are skipped as they come, up to max_start_line bytes of them, so that
       a peer cannot hold the connection with them forever. remaining_
       counts them (it is 0 between messages). */
    while (hc__crlf_at(c->s, c->pos, c->len)) {
        if (p->remaining_ + 2u > p->limits_.max_start_line)
            return hc__fault(c, HC_ERR_START_LINE_TOO_LONG, c->pos);
        p->remaining_ += 2u;
        c->pos += 2;
    }
    if (c->pos == c->len || (c->len - c->pos == 1 && c->s[c->pos] == '\r'))
        return HC__MORE;
    hc__line_begin(c, hc__size_limit(p->limits_.max_start_line), HC_ERR_START_LINE_TOO_LONG);
    r = hc__parse_request_line(c, c->ev, &line_end);
    if (r)
        return r;
    hc__begin_message(c, line_end);
    if (hc__is_absolute_form(c->ev->method, c->ev->target))
        p->flags_ |= HC__F_ABSOLUTE_FORM;
    p->method_ = hc__method_class(c->ev->method);
    c->ev->type = HC_EV_REQUEST;
    return HC__EVENT;
}

HC__APART unsigned hc__step_status_line(hc__call *c)
{
    hc_parser *p = c->p;
    size_t line_end = 0;
    unsigned r;
    if (c->pos == c->len)
        return HC__MORE;
    if (p->queue_len_ == 0) /* nothing asked: the stream is out of step */
        return hc__fault(c, HC_ERR_UNSOLICITED_RESPONSE, c->pos);
    hc__line_begin(c, hc__size_limit(p->limits_.max_start_line), HC_ERR_START_LINE_TOO_LONG);
    r = hc__parse_status_line(c, c->ev, &line_end);
    if (r)
        return r;
    hc__begin_message(c, line_end);
    p->status_ = (uint16_t)c->ev->status;
    p->method_ = (uint8_t)(p->queue_ & 3u);
    /* 1xx other than 101 are interim: the request is still unanswered. */
    if (c->ev->status < 200 && c->ev->status != 101) {
        p->flags_ |= HC__F_INTERIM;
    } else {
        p->queue_ >>= 2;
        p->queue_len_--;
    }
    c->ev->method = HC_METHOD_OTHER;
    c->ev->type = HC_EV_RESPONSE;
    return HC__EVENT;
}

/* What a head decides about its message (RFC 9112 section 6.3): the
   HEAD_DONE event's framing fields, kept apart from the event so that the
   writer's checks need not hold a whole one. */
typedef struct hc__framing {
    uint64_t content_length;
    hc_body body;
    unsigned char keep_alive, upgrade, expect_continue, transfer_coded;
} hc__framing;

/* HTTP/1.1 persists unless closed, HTTP/1.0 only when asked to (RFC 9112
   section 9.3), as far as the Connection field (its flags) says. */
HC__HOT int hc__persists(uint32_t flags, int http11)
{
    return !(flags & HC__F_CONN_CLOSE) && (http11 || (flags & HC__F_CONN_KEEP_ALIVE));
}

/* A request offers to switch protocols: CONNECT, or in HTTP/1.1 an Upgrade
   field that the Connection field names (RFC 9110 sections 7.8, 9.3.6). */
HC__HOT int hc__offers_switch(uint32_t flags, int http11, int connect)
{
    return connect || (http11 && (flags & (HC__F_UPGRADE_FIELD | HC__F_CONN_UPGRADE)) ==
                                     (HC__F_UPGRADE_FIELD | HC__F_CONN_UPGRADE));
}

/* An HTTP/1.1 request has a Host field (RFC 9112 section 3.2). */
HC__HOT int hc__host_missing(uint32_t flags, int http11)
{
    return http11 && !(flags & HC__F_HOST);
}

/* The header section ended: decide the body length (RFC 9112 section 6.3)
   and whether the connection persists (RFC 9112 section 9.3). */
HC__APART unsigned hc__decide_framing(hc_parser *p, hc__framing *fr)
{
    static const uint8_t state_of_body[] = {HC__S_DONE, HC__S_BODY_LENGTH, HC__S_CHUNK_SIZE,
                                            HC__S_BODY_CLOSE, HC__S_DONE};
    uint32_t f = p->flags_;
    unsigned st = p->status_;
    int http11 = p->major_ == 1 && p->minor_ >= 1;
    int keep = hc__persists(f, http11);
    int upgrade = 0, expect = 0;
    hc_body body;
    if (hc__is_request(p)) {
        if (hc__host_missing(f, http11))
            return HC_ERR_MISSING_HOST;
        if ((f & HC__F_TE) && !(f & HC__F_TE_LAST_CHUNKED))
            return HC_ERR_BAD_TRANSFER_ENCODING; /* section 6.3 item 4 */
        body = (f & HC__F_TE) ? HC_BODY_CHUNKED
               : (f & HC__F_CL) ? HC_BODY_LENGTH
                                : HC_BODY_NONE;
        upgrade = hc__offers_switch(f, http11, p->method_ == HC__QM_CONNECT);
        expect = http11 && (f & HC__F_EXPECT_CONTINUE);
    } else if (st == 101 || hc__is_tunnel_answer(p)) {
        body = HC_BODY_TUNNEL;
        upgrade = 1;
        keep = 0;
    } else if (p->method_ == HC__QM_HEAD || st < 200 || st == 204 || st == 304) {
        body = HC_BODY_NONE;
        keep |= st < 200; /* interim: the final answer follows */
    } else if (f & HC__F_TE) {
        body = (f & HC__F_TE_LAST_CHUNKED) ? HC_BODY_CHUNKED : HC_BODY_CLOSE;
    } else {
        body = (f & HC__F_CL) ? HC_BODY_LENGTH : HC_BODY_CLOSE;
    }
    keep &= body != HC_BODY_CLOSE;
    fr->body = body;
    fr->content_length = body == HC_BODY_LENGTH ? p->remaining_ : 0;
    fr->keep_alive = (unsigned char)keep;
    fr->upgrade = (unsigned char)upgrade;
    fr->expect_continue = (unsigned char)expect;
    fr->transfer_coded = (unsigned char)((f & HC__F_TE_OTHER) != 0);
    p->flags_ = f | (keep ? HC__F_KEEP_ALIVE : 0u) | (upgrade ? HC__F_SWITCH : 0u);
    p->state_ = body == HC_BODY_LENGTH && p->remaining_ == 0 ? (uint8_t)HC__S_DONE
                                                            : state_of_body[body];
    return 0;
}

/* The field lines of a header or trailer section from c->pos, field-line
   = field-name ":" OWS field-value OWS CRLF (RFC 9112 section 5), each
   read in one pass and consumed: out[*n..room) filled (the value trimmed
   of SP and HTAB only), *n moved on. Returns HC__GO_ON when out[] is
   full, HC__EMPTY_LINE with c->pos on the empty line that ends the
   section, HC__ODD_LINE with c->pos on a line that is not an ordinary
   field line (hc__field_line_stop tells why), HC__SPECIAL + kind with
   c->pos on a header field with rules of its own, out[*n] filled but not
   counted and c->at past its line (hc__fields acts on it), or a fault.
   The loop calls nothing, so the deepest stack of a small core is not
   this loop's registers and a special field's rules at once; its state
   stays in registers from line to line. */
HC__HOT unsigned hc__read_fields(hc__call *c, hc_field *out, size_t room, size_t *n)
{
    hc_parser *p = c->p;
    const unsigned char *s = c->s;
    int trailers = p->state_ == HC__S_TRAILERS;
    size_t max_line = hc__size_limit(p->limits_.max_field_line), pos = c->pos, k = *n;
    unsigned r = HC__GO_ON;
    while (k < room) {
        size_t e = hc__line_end_bound(c->len, pos, max_line); /* as hc__line_begin */
        size_t i, v, end, line_end;
        unsigned kind;
        if (hc__crlf_at(s, pos, e)) {
            r = HC__EMPTY_LINE; /* the empty line that ends the section */
            break;
        }
        /* The value's end is sought from the line's start, not from the
           value's: every byte of a good line before it (name, ':', OWS) is
           a value byte too, so the result is the same, and the two scans,
           independent, overlap in the processor instead of one waiting on
           the other. */
        end = hc__skip_value(s, pos, e);
        i = hc__skip_token(s, pos, e);
        if (i == pos || i == e || s[i] != ':' || !hc__crlf_at(s, end, e)) {
            r = HC__ODD_LINE;
            break;
        }
        if (p->fields_left_ == 0) {
            r = hc__fault(c, trailers ? HC_ERR_TOO_MANY_TRAILERS : HC_ERR_TOO_MANY_FIELDS, pos);
            break;
        }
        /* OWS around the value: the line's CR at s[end] stops the first
           scan, and a byte that is not OWS at s[v] the second. */
        v = i + 1;
        while (hc__is_ows(s[v]))
            v++;
        out[k].name.ptr = (const char *)s + pos;
        out[k].name.len = i - pos;
        out[k].value.ptr = (const char *)s + v;
        line_end = end + 2;
        if (v < end)
            while (hc__is_ows(s[end - 1]))
                end--;
        out[k].value.len = end - v;
        kind = hc__field_kind(s + pos, i - pos);
        if (kind != HC__FIELD_OTHER) {
            /* A header field's rules are hc__fields' to apply; trailers
               may not frame or route (RFC 9110 section 6.5.1), and the
               others mean nothing there. */
            if (!trailers) {
                c->at = line_end;
                r = HC__SPECIAL + kind;
                break;
            }
            if (hc__frames_or_routes(kind)) {
                r = hc__fault(c, HC_ERR_FORBIDDEN_TRAILER, pos);
                break;
            }
        }
        p->fields_left_--;
        k++;
        pos = line_end;
    }
    c->pos = pos;
    *n = k;
    return r;
}

/* What hc__read_fields stopped at (r), acted on: a line it could not
   read is told why, a special field held to its rules and, when it
   passes, counted in out[] and consumed (HC__GO_ON). Any other r is
   returned as it is. */
HC__MERGED unsigned hc__field_stop(hc__call *c, unsigned r, hc_field *out, size_t *n)
{
    size_t v, line_end;
    if (r == HC__ODD_LINE)
        return hc__field_line_stop(c);
    if (r < HC__SPECIAL || r > HC__SPECIAL + HC__FIELD_LOOKALIKE)
        return r;
    line_end = c->at;
    v = (size_t)((const unsigned char *)out[*n].value.ptr - c->s);
    if ((r = hc__on_field(c, r - HC__SPECIAL, v, v + out[*n].value.len)) != 0)
        return r;
    c->p->fields_left_--;
    ++*n;
    c->pos = line_end;
    return HC__GO_ON;
}

/* Field lines into out[*n..room), each held to every rule: returns as
   hc__read_fields does, but for HC__ODD_LINE and HC__SPECIAL. */
HC__MERGED unsigned hc__fields(hc__call *c, hc_field *out, size_t room, size_t *n)
{
    unsigned r;
    do
        r = hc__field_stop(c, hc__read_fields(c, out, room, n), out, n);
    while (r == HC__GO_ON && *n < room);
    return r;
}

/* The empty line that ends the header section, at c->pos: the framing
   decided, HEAD_DONE. Apart from hc__read_fields, so that its locals do
   not deepen the stack of every field line. */
HC__APART unsigned hc__end_head(hc__call *c)
{
    hc__framing fr;
    hc_event *ev = c->ev;
    unsigned r = hc__decide_framing(c->p, &fr);
    if (r)
        return hc__fault(c, r, c->pos);
    c->pos += 2;
    ev->type = HC_EV_HEAD_DONE;
    ev->body = fr.body;
    ev->content_length = fr.content_length;
    ev->keep_alive = fr.keep_alive;
    ev->upgrade = fr.upgrade;
    ev->expect_continue = fr.expect_continue;
    ev->transfer_coded = fr.transfer_coded;
    ev->interim = (unsigned char)((c->p->flags_ & HC__F_INTERIM) != 0);
    return HC__EVENT;
}

/* One line of a header or trailer section into *ev, for the pull API and
   for hc_parse_head once its array is full: a field (a FIELD or TRAILER
   event), or the empty line that ends the section (HEAD_DONE, or on to
   MESSAGE_DONE). */
HC__HOT unsigned hc__step_field(hc__call *c)
{
    hc_field f;
    size_t n = 0;
    unsigned r = hc__field_stop(c, hc__read_fields(c, &f, 1, &n), &f, &n);
    if (n == 1) {
        c->ev->type = c->p->state_ == HC__S_TRAILERS ? HC_EV_TRAILER : HC_EV_FIELD;
        /* Member by member: a structure copy may become a call to memcpy. */
        c->ev->name.ptr = f.name.ptr;
        c->ev->name.len = f.name.len;
        c->ev->value.ptr = f.value.ptr;
        c->ev->value.len = f.value.len;
        return HC__EVENT;
    }
    if (r != HC__EMPTY_LINE)
        return r;
    if (c->p->state_ == HC__S_FIELDS)
        return hc__end_head(c);
    c->pos += 2;
    c->p->state_ = HC__S_DONE;
    return HC__GO_ON;
}

/* The chunk extensions after the size, at s[i] (RFC 9112 section 7.1.1):
   everything up to the CR, bounded by max_chunk_ext and validated. Sets
   *ext_end at the CR. */
HC__PRIVATE unsigned hc__chunk_ext(hc__call *c, size_t i, size_t *ext_end)
{
    const unsigned char *s = c->s;
    size_t max = (size_t)c->p->limits_.max_chunk_ext, size_len = i - c->pos, end, bad;
    unsigned r;
    /* Saturating: with a 16-bit size_t, size_len + max + 2 could wrap. */
    hc__line_begin(c, (size_t)-1 - size_len - 2u < max ? (size_t)-1 : size_len + max + 2u,
                   HC_ERR_CHUNK_EXT_TOO_LONG);
    end = hc__skip_value(s, i, c->end);
    /* Over the bound: the error points at the first byte past it. */
    if (end - i > max)
        return hc__fault(c, HC_ERR_CHUNK_EXT_TOO_LONG, i + max);
    if (end == c->end)
        return HC__MORE;
    r = hc__expect_crlf(c, end, HC_ERR_BAD_CHUNK_EXT);
    if (r)
        return r;
    if ((bad = hc__check_params(s, i, end, 0)) != HC__VALID)
        return hc__fault(c, i == bad && s[i] != ';' && !hc__is_ows(s[i])
                                ? HC_ERR_BAD_CHUNK_SIZE
                                : HC_ERR_BAD_CHUNK_EXT,
                         bad);
    *ext_end = end;
    return HC__GO_ON;
}

/* The hex digits of a chunk size at s[0..n): returns how many there are
   (at most n) and their value in *size. */
HC__HOT size_t hc__hex_digits(const unsigned char *s, size_t n, uint64_t *size)
{
    size_t i = 0;
    uint64_t v = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned)s[i] - '0';
        if (d > 9) {
            d = ((unsigned)s[i] | 0x20u) - 'a'; /* a-f in either case */
            if (d > 5)
                break;
            d += 10;
        }
        v = (v << 4) | d;
    }
    *size = v;
    return i;
}

/* chunk = chunk-size [ chunk-ext ] CRLF (RFC 9112 section 7.1). The whole
   line is consumed at once and produces no event of its own. */
HC__HOT unsigned hc__step_chunk_size(hc__call *c)
{
    hc_parser *p = c->p;
    const unsigned char *s = c->s;
    size_t avail = c->len - c->pos, ext_end = 0;
    uint64_t size;
    size_t i = c->pos + hc__hex_digits(s + c->pos, avail < 17 ? avail : 17, &size);
    unsigned r;
    /* 16 hex digits hold any 64-bit size; a 17th is refused outright. */
    if (i - c->pos == 17)
        return hc__fault(c, HC_ERR_BAD_CHUNK_SIZE, c->pos + 16);
    if (i == c->len)
        return HC__MORE;
    if (i == c->pos) {
        hc__line_begin(c, (size_t)-1, HC_ERR_BAD_CHUNK_SIZE);
        return hc__unexpected(c, i, HC_ERR_BAD_CHUNK_SIZE);
    }
    if (hc__crlf_at(s, i, c->len))
        ext_end = i; /* the usual line: no extension */
    else if ((r = hc__chunk_ext(c, i, &ext_end)) != HC__GO_ON)
        return r;
    c->pos = ext_end + 2;
    if (size == 0) {
        p->state_ = HC__S_TRAILERS;
        p->fields_left_ = p->limits_.max_trailer_count;
    } else {
        p->remaining_ = size;
        p->state_ = HC__S_CHUNK_DATA;
    }
    return HC__GO_ON;
}

/* Takes up to `room` body bytes framed by a count (Content-Length or
   chunk data), as many as are there; next_state follows the last one.
   Returns how many it took. */
HC__HOT size_t hc__take_counted(hc__call *c, size_t room, uint8_t next_state)
{
    hc_parser *p = c->p;
    size_t take = c->len - c->pos;
    if (take > room)
        take = room;
    if ((uint64_t)take > p->remaining_)
        take = (size_t)p->remaining_;
    HTTPCODEC_ASSERT(take <= c->len - c->pos);
    c->pos += take;
    p->remaining_ -= take;
    if (p->remaining_ == 0)
        p->state_ = next_state;
    return take;
}

/* Body bytes framed by a count (Content-Length or chunk data). */
HC__PRIVATE unsigned hc__step_counted_body(hc__call *c, uint8_t next_state)
{
    size_t at = c->pos, take = hc__take_counted(c, (size_t)-1, next_state);
    if (take == 0)
        return HC__MORE;
    c->ev->type = HC_EV_BODY;
    c->ev->data.ptr = (const char *)c->s + at;
    c->ev->data.len = take;
    return HC__EVENT;
}

/* CRLF after chunk data (RFC 9112 section 7.1); a bare CR or LF there is
   reported as such, like any other line end. */
HC__HOT unsigned hc__step_chunk_crlf(hc__call *c)
{
    if (hc__crlf_at(c->s, c->pos, c->len)) {
        c->pos += 2;
        c->p->state_ = HC__S_CHUNK_SIZE;
        return HC__GO_ON;
    }
    hc__line_begin(c, 2, HC__MORE);
    return hc__expect_crlf(c, c->pos, HC_ERR_MISSING_CHUNK_CRLF);
}

/* A body that ends where the input does (RFC 9112 section 6.3 item 8). */
HC__PRIVATE unsigned hc__step_close_body(hc__call *c)
{
    size_t avail = c->len - c->pos;
    if (avail == 0) {
        if (!(c->p->flags_ & HC__F_EOF))
            return HC__MORE;
        c->p->state_ = HC__S_DONE;
        return HC__GO_ON;
    }
    c->ev->type = HC_EV_BODY;
    c->ev->data.ptr = (const char *)c->s + c->pos;
    c->ev->data.len = avail;
    c->pos += avail;
    return HC__EVENT;
}

/* MESSAGE_DONE, and where the connection goes next. */
HC__PRIVATE unsigned hc__step_done(hc__call *c)
{
    hc_parser *p = c->p;
    uint32_t f = p->flags_;
    c->ev->type = HC_EV_MESSAGE_DONE;
    c->ev->interim = (unsigned char)((f & HC__F_INTERIM) != 0);
    p->remaining_ = 0;
    if (f & HC__F_INTERIM)
        p->state_ = HC__S_START; /* NOLINT(bugprone-branch-clone): its answer follows */
    else if (f & HC__F_SWITCH)
        p->state_ = HC__S_PAUSED;
    else if (!(f & HC__F_KEEP_ALIVE))
        p->state_ = HC__S_CLOSED; /* RFC 9112 section 9.6 */
    else
        p->state_ = HC__S_START;
    return HC__EVENT;
}

HC__PRIVATE unsigned hc__step_terminal(hc__call *c)
{
    hc_parser *p = c->p;
    switch (p->state_) {
    case HC__S_PAUSED: c->ev->type = HC_EV_PAUSED; break;
    case HC__S_SWITCHED: c->ev->type = HC_EV_SWITCHED; break;
    case HC__S_CLOSED: c->ev->type = HC_EV_CLOSED; break;
    default: hc__report_error(p, c->ev); break;
    }
    return HC__EVENT;
}

/* One step in any state but the field lines'. */
HC__HOT unsigned hc__step_other(hc__call *c)
{
    hc_parser *p = c->p;
    switch (p->state_) {
    case HC__S_START:
        return p->role_ == HC_ROLE_SERVER ? hc__step_request_line(c) : hc__step_status_line(c);
    case HC__S_BODY_LENGTH: return hc__step_counted_body(c, HC__S_DONE);
    case HC__S_BODY_CLOSE: return hc__step_close_body(c);
    case HC__S_CHUNK_SIZE: return hc__step_chunk_size(c);
    case HC__S_CHUNK_DATA: return hc__step_counted_body(c, HC__S_CHUNK_CRLF);
    case HC__S_CHUNK_CRLF: return hc__step_chunk_crlf(c);
    case HC__S_DONE: return hc__step_done(c);
    default: return hc__step_terminal(c);
    }
}

/* Runs steps until one makes an event. Every step either makes the
   event or consumes at least one line, so this ends within the input.
   Merged into each caller, so that a field line's step (the deepest) is
   only one call below the API. */
HC__MERGED void hc__next_event(hc__call *c)
{
    unsigned r;
    do
        r = c->p->state_ == HC__S_FIELDS || c->p->state_ == HC__S_TRAILERS
                ? hc__step_field(c)
                : hc__step_other(c);
    while (r == HC__GO_ON);
    hc__event_of(c, r);
}

HC__HOT void hc__call_init(hc__call *c, hc_parser *p, const char *data, size_t len,
                               hc_event *ev)
{
    static const char nothing[1] = {0};
    c->p = p;
    c->s = (const unsigned char *)(data ? data : nothing);
    c->len = data ? len : 0;
    c->pos = 0;
    c->end = c->len; /* ran_out and at are set before they are read */
    c->ev = ev;
}

/* What a call returns: the bytes it consumed, which move the stream
   offset on; nothing after a fault (the failing call's bytes do not
   count, and the offset stays at the error). */
HC__HOT size_t hc__consumed(hc__call *c)
{
    HTTPCODEC_ASSERT(c->pos <= c->len);
    if (c->p->state_ == HC__S_ERROR)
        return 0;
    c->p->offset_ += c->pos;
    return c->pos;
}

HCAPI size_t hc_parse(hc_parser *p, const char *data, size_t len, hc_event *ev)
{
    hc__call c;
    hc__call_init(&c, p, data, len, ev);
    /* Most calls read a field line: straight to its step, which in this
       state always ends with an event or a stop. */
    if (p->state_ == HC__S_FIELDS) {
        unsigned r = hc__step_field(&c);
        HTTPCODEC_ASSERT(r != HC__GO_ON);
#if !HTTPCODEC_SMALL
        /* A field or HEAD_DONE, made already and no fault: what is left
           of hc__consumed. (Not on a small core: the 64-bit sum here
           deepens this frame by 16 bytes on Cortex-M0.) */
        if (r == HC__EVENT) {
            p->offset_ += c.pos;
            return c.pos;
        }
#endif
        hc__event_of(&c, r);
    } else {
        hc__next_event(&c);
    }
    return hc__consumed(&c);
}

HC__PRIVATE void hc__head_start_line(hc_head *head, const hc_event *ev)
{
    head->method = ev->method;
    head->version_major = ev->version_major;
    head->version_minor = ev->version_minor;
    head->field_count = 0;
    if (ev->type == HC_EV_REQUEST) {
        head->method_name = ev->method_name;
        head->target = ev->target;
        head->status = 0;
        head->reason.ptr = 0;
        head->reason.len = 0;
    } else {
        head->method_name.ptr = 0;
        head->method_name.len = 0;
        head->target = head->method_name;
        head->status = ev->status;
        head->reason = ev->reason;
    }
}

/* The same steps as hc_parse, in one call: field lines go straight into
   head->fields, and a call that stops in the middle of a head (NEED_MORE,
   or the array full) keeps what it consumed, so the next call goes on
   from there. */
HCAPI size_t hc_parse_head(hc_parser *p, const char *data, size_t len,
                           hc_head *head, hc_event *ev)
{
    hc__call c;
    hc__call_init(&c, p, data, len, ev);
    if (p->state_ != HC__S_FIELDS)
        head->field_count = 0;
    for (;;) {
        if (p->state_ == HC__S_FIELDS) {
            /* On from field_count; nothing is read or written in an
               array that is full or absent ({NULL, 0} is a valid head). */
            size_t n = head->field_count;
            unsigned r = hc__fields(&c, head->fields, head->max_fields, &n);
            head->field_count = n;
            if (r == HC__GO_ON) /* the array is full: the next line goes to *ev */
                r = hc__step_field(&c);
            else if (r == HC__EMPTY_LINE)
                r = hc__end_head(&c);
            if (r != HC__EVENT)
                hc__event_of(&c, r);
            break;
        }
        hc__next_event(&c);
        if (ev->type != HC_EV_REQUEST && ev->type != HC_EV_RESPONSE)
            break;
        hc__head_start_line(head, ev);
    }
    return hc__consumed(&c);
}

/* The fallback of HTTPCODEC_MEMMOVE and HTTPCODEC_MEMCPY for compilers
   without gcc's builtins: forward, so right when dst is at or before src
   (hc_parse_body) as well as when the two are apart (the writer). */
#if !defined(__GNUC__) && !defined(__clang__)
HC__PRIVATE void hc__copy_forward(char *dst, const char *src, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dst[i] = src[i];
}
#endif

/* hc_parse_body's longer moves (see HTTPCODEC_MEMMOVE at the top). */
#ifndef HTTPCODEC_MEMMOVE
#if defined(__GNUC__) || defined(__clang__)
#define HTTPCODEC_MEMMOVE(dst, src, n) __builtin_memmove(dst, src, n)
#else
#define HTTPCODEC_MEMMOVE(dst, src, n) hc__copy_forward(dst, src, n)
#endif
#endif

#if !HTTPCODEC_SMALL
/* Copies n <= 4 words to dst from src, where dst is at or before src or
   the two do not overlap. The words are all loaded before any is stored
   (the first and last two, overlapping in the middle), so short runs
   (chunks of a few bytes, the strings of a head) need no loop and no
   call. */
HC__HOT void hc__copy_short(char *dst, const char *src, size_t n)
{
    const unsigned char *from = (const unsigned char *)src;
    HTTPCODEC_ASSERT(n <= 4 * HC__WORD_BYTES);
    if (n >= HC__WORD_BYTES && n <= 2 * HC__WORD_BYTES) {
        hc__word a = hc__w_load(from), b = hc__w_load(from + n - HC__WORD_BYTES);
        hc__w_store(dst, a);
        hc__w_store(dst + n - HC__WORD_BYTES, b);
    } else if (n > 2 * HC__WORD_BYTES && n <= 4 * HC__WORD_BYTES) {
        hc__word a = hc__w_load(from), b = hc__w_load(from + HC__WORD_BYTES);
        hc__word y = hc__w_load(from + n - 2 * HC__WORD_BYTES);
        hc__word z = hc__w_load(from + n - HC__WORD_BYTES);
        /* In this order gcc makes each word one store; a and b first left
           it with byte stores, some 170 instructions. */
        hc__w_store(dst, a);
        hc__w_store(dst + n - 2 * HC__WORD_BYTES, y);
        hc__w_store(dst + HC__WORD_BYTES, b);
        hc__w_store(dst + n - HC__WORD_BYTES, z);
    } else if (HC__WORD_BYTES > 4 && n >= 4 && n < HC__WORD_BYTES) {
        uint32_t a = hc__load32(from), b = hc__load32(from + n - 4); /* overlapping */
        hc__store32(dst, a);
        hc__store32(dst + n - 4, b);
    } else if (n < 4) {
        size_t i;
        for (i = 0; i < n; i++)
            dst[i] = src[i];
    }
}
#endif

/* Copies n bytes to dst from src, where dst is at or before src or the
   two do not overlap: hc_parse_body's decoded runs. */
HC__HOT void hc__move_forward(char *dst, const char *src, size_t n)
{
#if HTTPCODEC_SMALL
    HTTPCODEC_MEMMOVE(dst, src, n);
#else
    if (n > 4 * HC__WORD_BYTES)
        HTTPCODEC_MEMMOVE(dst, src, n);
    else
        hc__copy_short(dst, src, n);
#endif
}

#if !HTTPCODEC_SMALL
/* A run of whole chunks from a chunk boundary (the parser at CHUNK_CRLF or
   CHUNK_SIZE), decoded with the position in locals: plain size lines
   (hex digits and CRLF) whose data is all there and fits out[n..cap),
   each with the CRLF after its data when that is there too. Anything else
   (an extension, the last chunk, a fault, a chunk cut by the input or by
   out) is left where it starts for the steps. Apart from hc_parse_body:
   inlined there, its locals did not fit in registers. */
HC__APART size_t hc__chunk_run(hc__call *c, char *out, size_t n, size_t cap)
{
    const unsigned char *s = c->s;
    size_t pos = c->pos, len = c->len, last_len = 0;
    /* The last size line that fits in a word, as hc__w_load reads it: a
       sender with a fixed buffer sends the same line again and again, and
       a masked compare knows it without waiting on the digits, whose value
       would otherwise lie on the path from one chunk to the next. */
    hc__word last = 0, last_mask = 0;
    uint64_t last_size = 0;
    if (c->p->state_ == HC__S_CHUNK_CRLF) {
        if (!hc__crlf_at(s, pos, len))
            return n;
        pos += 2;
    }
    /* From a size line at pos. 18 bytes hold the longest plain one (16
       digits and CRLF), so it needs no bound checked; the last few bytes
       of the input are left to the steps. */
    while (len - pos >= 18) {
        uint64_t size;
        size_t i;
        hc__word w = hc__w_load(s + pos);
        if (last_len != 0 && ((w ^ last) & last_mask) == 0) {
            size = last_size; /* the bytes of the size line before */
            i = pos + last_len;
        } else {
            i = pos + hc__hex_digits(s + pos, 16, &size);
            if (size == 0 || s[i] != '\r' || s[i + 1] != '\n')
                break; /* no digits, the last chunk, or more than a plain size line */
            i += 2;
            if (i - pos <= HC__WORD_BYTES) {
                last_len = i - pos;
                last_mask = last_len < HC__WORD_BYTES ? ((hc__word)1 << (8 * last_len)) - 1u
                                                      : (hc__word)-1;
                last = w;
                last_size = size;
            }
        }
        if (size > (uint64_t)(len - i) || size > (uint64_t)(cap - n))
            break;
        hc__move_forward(out + n, (const char *)s + i, (size_t)size);
        n += (size_t)size;
        pos = i + (size_t)size;
        if (!hc__crlf_at(s, pos, len)) {
            c->pos = pos;
            c->p->state_ = HC__S_CHUNK_CRLF;
            return n;
        }
        pos += 2;
    }
    c->pos = pos;
    c->p->state_ = HC__S_CHUNK_SIZE;
    return n;
}
#endif

/* Decodes body bytes into out[n..cap) while no event is due: chunk
   framing is consumed as it comes, body bytes are copied. Stops where a
   step stops (*stop: its result), where nothing more can be taken without
   an event (the end of the body or of the input: hc__next_event tells
   which), or when out is full. Returns the new n. */
HC__PRIVATE size_t hc__decode_body(hc__call *c, char *out, size_t n, size_t cap, unsigned *stop)
{
    hc_parser *p = c->p;
    for (;;) {
        size_t at, got;
        switch (p->state_) {
        case HC__S_CHUNK_CRLF:
        case HC__S_CHUNK_SIZE:
#if !HTTPCODEC_SMALL
            /* Whole plain chunks at once, then the steps for the rest. */
            if ((n = hc__chunk_run(c, out, n, cap)) == cap)
                return n;
#endif
            if (p->state_ == HC__S_CHUNK_CRLF && (*stop = hc__step_chunk_crlf(c)) != HC__GO_ON)
                return n;
            if ((*stop = hc__step_chunk_size(c)) != HC__GO_ON)
                return n;
            if (p->state_ != HC__S_CHUNK_DATA)
                continue; /* the last chunk: trailers next */
            /* fall through */
        case HC__S_CHUNK_DATA:
            at = c->pos;
            got = hc__take_counted(c, cap - n, HC__S_CHUNK_CRLF);
            break;
        case HC__S_BODY_LENGTH:
            at = c->pos;
            got = hc__take_counted(c, cap - n, HC__S_DONE);
            break;
        case HC__S_BODY_CLOSE:
            at = c->pos;
            got = c->len - c->pos < cap - n ? c->len - c->pos : cap - n;
            c->pos += got;
            break;
        default:
            return n;
        }
        if (got == 0)
            return n;
        hc__move_forward(out + n, (const char *)c->s + at, got);
        n += got;
        if (n == cap)
            return n;
    }
}

HCAPI size_t hc_parse_body(hc_parser *p, const char *data, size_t len, char *out,
                           size_t cap, hc_event *ev)
{
    hc__call c;
    unsigned stop = HC__GO_ON; /* the result of the step that stopped decoding */
    size_t n;
    hc__call_init(&c, p, data, len, ev);
    n = cap > 0 ? hc__decode_body(&c, out, 0, cap, &stop) : 0;
    HTTPCODEC_ASSERT(n <= cap && n <= c.pos && c.pos <= c.len);
    if (n == 0) {
        if (stop == HC__GO_ON)
            hc__next_event(&c);
        else
            hc__event_of(&c, stop);
        return hc__consumed(&c);
    }
    /* The bytes decoded are the event. Whatever stopped the decoding
       consumed nothing, so the next call meets it again: a fault there is
       reported then, at the same offset. */
    ev->type = HC_EV_BODY;
    ev->data.ptr = out;
    ev->data.len = n;
    p->offset_ += c.pos;
    return c.pos;
}


/* ------------------------------------------------------------ writing */

/* The writer's copies (see HTTPCODEC_MEMCPY at the top). gcc and clang
   inline short copies and call memcpy for long ones, even freestanding. */
#ifndef HTTPCODEC_MEMCPY
#if defined(__GNUC__) || defined(__clang__)
#define HTTPCODEC_MEMCPY(dst, src, n) __builtin_memcpy(dst, src, n)
#else
#define HTTPCODEC_MEMCPY(dst, src, n) hc__copy_forward(dst, src, n)
#endif
#endif

/* n bytes from src to dst, apart; an empty span may have no pointer at
   all, so nothing is asked of HTTPCODEC_MEMCPY for it. */
HC__HOT void hc__copy(char *dst, const char *src, size_t n)
{
    if (n > 0)
        HTTPCODEC_MEMCPY(dst, src, n);
}

/* A field's name or value, copied whole: most are short, copied in place
   (see hc__copy_short). Only for the caller's strings: with a constant
   of a few bytes gcc would warn about the word loads of lengths it
   cannot rule out. */
HC__HOT void hc__copy_string(char *dst, const char *src, size_t n)
{
#if !HTTPCODEC_SMALL
    if (n <= 4 * HC__WORD_BYTES) {
        hc__copy_short(dst, src, n);
        return;
    }
#endif
    hc__copy(dst, src, n);
}

/* The parser's own field rules, run over a head about to be written: what
   the writer accepts, a parser frames exactly as promised. */
/* name ": " value CRLF longer than max_line (overflow-safe). */
HC__PRIVATE int hc__field_line_too_long(hc_span name, hc_span value, size_t max_line)
{
    return max_line < 4u || name.len > max_line - 4u ||
           value.len > max_line - 4u - name.len;
}

/* name ": " value CRLF; within max_line once checked, so it cannot
   overflow then. */
HC__HOT size_t hc__field_line_size(const hc_field *f)
{
    return f->name.len + f->value.len + 4u;
}

/* Whether every byte of v[0..n) may be in a field value or a reason.
   Only yes or no is asked, not where, so for the short values most
   fields have, the words of the scanner's stop test (which flags every
   byte outside the class) may overlap: the last one ends at n, and no
   byte is left to a loop. A flagged word (HTAB is a false alarm) goes to
   the scanner, and so do long values, where its vectors are faster. */
HC__HOT int hc__is_value_text(const unsigned char *v, size_t n)
{
#if HTTPCODEC_SMALL
    return hc__skip_value(v, 0, n) == n;
#else
    hc__word flags = 0;
    size_t i;
    if (n < HC__WORD_BYTES) {
        for (i = 0; i < n; i++)
            if (!HC__HAS(v[i], HC__CLASS_VALUE))
                return 0;
        return 1;
    }
    if (n > 8 * HC__WORD_BYTES)
        return hc__skip_value(v, 0, n) == n;
    for (i = 0; n - i > HC__WORD_BYTES; i += HC__WORD_BYTES)
        flags |= hc__w_stop_value(hc__w_load(v + i));
    flags |= hc__w_stop_value(hc__w_load(v + n - HC__WORD_BYTES));
    return flags == 0 || hc__skip_value(v, 0, n) == n;
#endif
}

/* One field line as a sender writes it: a token name (and not a CGI
   look-alike of a framing field), a value with no CR, LF, NUL or other CTL
   (RFC 9110 section 5.5) and no whitespace at the ends, which a parser
   would trim away, within max_line. */
HC__HOT hc_error_code hc__check_field_line(const hc_field *f, size_t max_line, unsigned *kind)
{
    const unsigned char *n = (const unsigned char *)f->name.ptr;
    const unsigned char *v = (const unsigned char *)f->value.ptr;
    size_t len = f->value.len;
    if (hc__field_line_too_long(f->name, f->value, max_line))
        return HC_ERR_FIELD_LINE_TOO_LONG;
    if (f->name.len == 0 || hc__skip_token(n, 0, f->name.len) != f->name.len ||
        (*kind = hc__field_kind(n, f->name.len)) == HC__FIELD_LOOKALIKE)
        return HC_ERR_BAD_FIELD_NAME;
    if (len > 0 && (!hc__is_value_text(v, len) || hc__is_ows(v[0]) || hc__is_ows(v[len - 1])))
        return HC_ERR_BAD_FIELD_VALUE;
    return HC_OK;
}

/* A field of a kind with rules (not HC__FIELD_OTHER) in the head of m:
   the parser's own rules (hc__host_rule, hc__list_rules), what it means
   added to *flags. The framing fields are the writer's own to add. */
HC__PRIVATE hc_error_code hc__check_special_field(const hc_message *m, const hc_field *f,
                                                  unsigned kind, uint32_t *flags)
{
    const unsigned char *v = (const unsigned char *)f->value.ptr;
    size_t at;
    unsigned r = 0;
    switch (kind) {
    case HC__FIELD_CONTENT_LENGTH:
    case HC__FIELD_TRANSFER_ENCODING: return HC_ERR_FRAMING_FIELD_GIVEN;
    case HC__FIELD_HOST:
        if (!m->is_response)
            r = hc__host_rule(v, f->value.len, flags, &at);
        break;
    case HC__FIELD_EXPECT:
        if (m->is_response)
            break;
        /* fall through */
    default: /* Connection, Upgrade */
        if (hc__list_rules(v, f->value.len, kind, flags) != HC__VALID)
            r = hc__list_error(kind);
    }
    /* Connection may not name a framing or routing field: an
       intermediary would strip it (RFC 9110 section 7.6.1, a known desync
       path). */
    if (r == 0 && (*flags & HC__F_CONN_NAMES_FRAMING))
        r = HC_ERR_BAD_CONNECTION;
    return (hc_error_code)r;
}

/* The field lines of m, at most max_count of them, each within the
   default field line limit: every head this writer accepts is one its
   own parser (and any peer with these common limits) accepts too. *size:
   their bytes, which must fit a size_t with the rest of the head (on
   16-bit targets 100 fields of up to 8 KiB would not). */
HC__PRIVATE hc_error_code hc__check_fields(const hc_message *m, size_t max_count,
                                           uint32_t *flags, size_t *size, size_t *where)
{
    size_t k;
    if (m->field_count > max_count) {
        *where = max_count;
        return HC_ERR_TOO_MANY_FIELDS;
    }
    *size = 0;
    for (k = 0; k < m->field_count; k++) {
        const hc_field *f = &m->fields[k];
        unsigned kind = HC__FIELD_OTHER;
        hc_error_code r = hc__check_field_line(f, HC__DEFAULT_LINE, &kind);
        if (r == HC_OK && kind != HC__FIELD_OTHER)
            r = hc__check_special_field(m, f, kind, flags);
        if (r) {
            *where = k;
            return r;
        }
        /* A line is within the limit: only the sum can overflow. */
        if (hc__field_line_size(f) > (size_t)-1 - *size) {
            *where = k;
            return HC_ERR_HEAD_TOO_LARGE;
        }
        *size += hc__field_line_size(f);
    }
    *where = HC_WHERE_START_LINE;
    return HC_OK;
}

/* A 1xx but 101, or a 204: no body and no framing field at all (RFC 9110
   sections 8.6, 15.2, 15.3.5; RFC 9112 section 6.1). */
HC__PRIVATE int hc__no_framing_status(const hc_message *m)
{
    return m->is_response && ((m->status >= 100 && m->status < 200 && m->status != 101) ||
                              m->status == 204);
}

/* A 101, or a 2xx to CONNECT: the connection leaves HTTP after the head. */
HC__PRIVATE int hc__switching_status(const hc_message *m)
{
    return m->is_response && (m->status == 101 || (m->answers == HC_METHOD_CONNECT &&
                                                   m->status >= 200 && m->status < 300));
}

/* An answer to HEAD or a 304: framed like the message it stands for,
   with no body (RFC 9110 sections 9.3.2, 15.4.5). A switch (a 101 to
   HEAD) is a switch all the same. */
HC__PRIVATE int hc__stands_for_another(const hc_message *m)
{
    return m->is_response && (m->answers == HC_METHOD_HEAD || m->status == 304) &&
           !hc__switching_status(m);
}

/* The body that is actually sent after m's head. */
HC__PRIVATE hc_body hc__body_sent(const hc_message *m)
{
    return hc__stands_for_another(m) ? HC_BODY_NONE : m->body;
}

#if UINTPTR_MAX <= 0xFFFFFFFFu
/* 10^k, k <= 19, by shifts and adds: no 64-bit multiplication helper
   on small targets (see HC__OPAQUE). */
HC__PRIVATE uint64_t hc__power_of_ten(size_t k)
{
    uint64_t p = 1;
    while (k-- > 0) {
        uint64_t eight = p << 3;
        HC__OPAQUE(eight);
        p = eight + (p << 1);
    }
    return p;
}
#endif

/* n in decimal into digits[0..20) (if not NULL): returns the number of
   digits. On a 64-bit core by division (a multiplication there);
   elsewhere each digit by subtraction, as small cores have no divide
   instruction and no 64-bit division helper is wanted: a Content-Length
   has a few digits, so the powers are made as needed. */
HC__PRIVATE size_t hc__decimal(uint64_t n, char *digits)
{
    size_t count = 1, k;
#if UINTPTR_MAX > 0xFFFFFFFFu
    uint64_t rest = n / 10u;
    for (; rest > 0; rest /= 10u)
        count++;
    for (k = count; digits && k-- > 0; n /= 10u)
        digits[k] = (char)('0' + n % 10u);
#else
    while (count < 20 && hc__power_of_ten(count) <= n)
        count++;
    for (k = 0; digits && k < count; k++) {
        uint64_t p = hc__power_of_ten(count - 1 - k);
        char digit = '0';
        while (n >= p) {
            n -= p;
            digit++;
        }
        digits[k] = digit;
    }
#endif
    return count;
}

/* How m's body is framed on the wire (RFC 9112 section 6), as m->body
   says: HC__FRAMING_NONE (no field), _LENGTH ("Content-Length: N", with
   *length N) or _CHUNKED ("Transfer-Encoding: chunked"), or an error.
   method: a request's (hc__check_message). */
enum { HC__FRAMING_NONE, HC__FRAMING_LENGTH, HC__FRAMING_CHUNKED };
HC__PRIVATE hc_error_code hc__framing_field(const hc_message *m, hc_method method,
                                            unsigned *field, uint64_t *length)
{
    *field = HC__FRAMING_NONE;
    *length = m->content_length;
    if (hc__switching_status(m) != (m->body == HC_BODY_TUNNEL))
        return HC_ERR_FRAMING_MISMATCH;
    switch (m->body) {
    case HC_BODY_TUNNEL: return HC_OK;
    case HC_BODY_CLOSE:
        return m->is_response && !hc__no_framing_status(m) ? HC_OK : HC_ERR_FRAMING_MISMATCH;
    case HC_BODY_NONE:
        if (!m->is_response || hc__no_framing_status(m) || hc__stands_for_another(m))
            return HC_OK;
        *length = 0; /* a response that could have a body says it has none */
        *field = HC__FRAMING_LENGTH;
        return HC_OK;
    case HC_BODY_LENGTH:
        *field = HC__FRAMING_LENGTH;
        break;
    case HC_BODY_CHUNKED:
        if (m->version_minor == 0 || m->answers_http10) /* RFC 9112 section 6.1 */
            return HC_ERR_NOT_FOR_HTTP10;
        *field = HC__FRAMING_CHUNKED;
        break;
    default: return HC_ERR_FRAMING_MISMATCH;
    }
    if (hc__no_framing_status(m))
        return HC_ERR_FRAMING_FIELD_NOT_ALLOWED;
    /* RFC 9110 section 9.3.6: a CONNECT request has no content. */
    if (!m->is_response && method == HC_METHOD_CONNECT && (*field == HC__FRAMING_CHUNKED || *length > 0))
        return HC_ERR_CONNECT_WITH_BODY;
    return HC_OK;
}

/* The bytes after the field lines: the framing field line, as
   hc__framing_field decided, and the CRLF that ends the head. Written
   into out[0..40) when out is not NULL; returns their length. */
HC__APART size_t hc__head_end(unsigned field, uint64_t length, char *out)
{
    static const char content_length[] = "Content-Length: ",
                      chunked[] = "Transfer-Encoding: chunked\r\n\r\n";
    size_t n = 0, d;
    if (field == HC__FRAMING_CHUNKED) {
        if (out)
            HTTPCODEC_MEMCPY(out, chunked, sizeof chunked - 1);
        return sizeof chunked - 1;
    }
    if (field == HC__FRAMING_LENGTH) {
        d = hc__decimal(length, out ? out + sizeof content_length - 1 : NULL);
        n = sizeof content_length - 1 + d + 2u;
        if (out) {
            HTTPCODEC_MEMCPY(out, content_length, sizeof content_length - 1);
            out[n - 2] = '\r';
            out[n - 1] = '\n';
        }
    }
    if (out) {
        out[n] = '\r';
        out[n + 1] = '\n';
    }
    return n + 2u;
}

HC__APART hc_error_code hc__check_start_line(const hc_message *m, hc_method method,
                                            size_t max_line)
{
    if (m->version_minor > 1)
        return HC_ERR_BAD_VERSION;
    if (m->is_response) {
        if (m->status < 100 || m->status > 599)
            return HC_ERR_BAD_STATUS;
        if (m->reason.len > max_line - 15u) /* "HTTP/1.1 200 " ... CRLF */
            return HC_ERR_START_LINE_TOO_LONG;
        if (!hc__is_value_text((const unsigned char *)m->reason.ptr, m->reason.len))
            return HC_ERR_BAD_REASON;
    } else {
        const unsigned char *t = (const unsigned char *)m->target.ptr;
        size_t bad;
        if (m->method.len == 0 ||
            hc__skip_token((const unsigned char *)m->method.ptr, 0, m->method.len) !=
                m->method.len)
            return HC_ERR_BAD_METHOD;
        if (m->method.len > max_line || m->target.len > max_line - m->method.len ||
            m->method.len + m->target.len + 12u > max_line) /* SPs, version, CRLF */
            return HC_ERR_START_LINE_TOO_LONG;
        if (m->target.len == 0 || hc__scan_target(t, 0, m->target.len, &bad) != m->target.len ||
            bad != HC__VALID ||
            hc__check_target(method, t,
                             m->target.len) != HC__VALID)
            return HC_ERR_BAD_TARGET;
    }
    return HC_OK;
}

/* What a sender MUST NOT do that a recipient could not even see, in a
   head with these field flags (method: a request's). */
HC__APART hc_error_code hc__check_sender_rules(const hc_message *m, hc_method method,
                                               uint32_t flags)
{
    int no_content = m->body == HC_BODY_NONE ||
                     (m->body == HC_BODY_LENGTH && m->content_length == 0);
    /* RFC 9110 section 7.8: whoever sends Upgrade also sends the
       "upgrade" connection option. */
    if ((flags & HC__F_UPGRADE_FIELD) && !(flags & HC__F_CONN_UPGRADE))
        return HC_ERR_UPGRADE_NOT_IN_CONNECTION;
    if (!m->is_response) {
        if (hc__host_missing(flags, m->version_minor == 1))
            return HC_ERR_MISSING_HOST;
        /* RFC 9110 section 9.3.8: no content in TRACE. */
        if (!no_content && method == HC_METHOD_TRACE)
            return HC_ERR_BODY_NOT_ALLOWED;
        /* RFC 9110 section 10.1.1: 100-continue only with content. */
        if ((flags & HC__F_EXPECT_CONTINUE) && no_content)
            return HC_ERR_EXPECT_WITHOUT_BODY;
        return HC_OK;
    }
    /* RFC 9110 section 15.3.6: a 205 has no content and says so with a
       length of 0; so does its answer to HEAD (section 9.3.2). */
    if (m->status == 205 && !no_content)
        return HC_ERR_BODY_NOT_ALLOWED;
    /* RFC 9110 section 15.2: 1xx exist from HTTP/1.1 on, and an HTTP/1.0
       client gets none. */
    if (m->status < 200 && (m->version_minor == 0 || m->answers_http10))
        return HC_ERR_NOT_FOR_HTTP10;
    /* RFC 9110 section 7.8: a 101 names the protocol switched to. */
    if (m->status == 101 && !(flags & HC__F_UPGRADE_FIELD))
        return HC_ERR_MISSING_UPGRADE;
    return HC_OK;
}

/* What a recipient of m's head will decide from it, as its field flags
   (HC__F_KEEP_ALIVE, HC__F_SWITCH) added: the parser's decision
   (hc__decide_framing) from the same rules. */
HC__APART uint32_t hc__recipient_decides(const hc_message *m, hc_method method, uint32_t flags)
{
    int http11 = m->version_minor == 1;
    hc_body body = hc__body_sent(m);
    if (m->is_response ? body == HC_BODY_TUNNEL
                       : hc__offers_switch(flags, http11, method == HC_METHOD_CONNECT))
        flags |= HC__F_SWITCH;
    if (hc__persists(flags, http11) && body != HC_BODY_CLOSE && body != HC_BODY_TUNNEL)
        flags |= HC__F_KEEP_ALIVE;
    return flags;
}

/* The start line's bytes, within max_start_line once checked. */
HC__PRIVATE size_t hc__start_line_size(const hc_message *m)
{
    return m->is_response ? m->reason.len + 15u /* "HTTP/1.1 200 " CRLF */
                          : m->method.len + m->target.len + 12u; /* SPs, version, CRLF */
}

/* The framing of m decided, and the end of its head (hc__head_end)
   written into out (when not NULL); *end: its length. */
HC__APART hc_error_code hc__framing_end(const hc_message *m, hc_method method, char *out,
                                        size_t *end)
{
    unsigned field;
    uint64_t length;
    hc_error_code r = hc__framing_field(m, method, &field, &length);
    if (r == HC_OK)
        *end = hc__head_end(field, length, out);
    return r;
}

/* A response's status line up to its reason: "HTTP/1.1 200 ". */
HC__APART void hc__status_line(const hc_message *m, char out[13])
{
    unsigned st = m->status;
    char hundreds = '0', tens = '0';
    HTTPCODEC_MEMCPY(out, m->version_minor ? "HTTP/1.1 " : "HTTP/1.0 ", 9);
    /* by subtraction, as small cores have no divide instruction */
    while (st >= 100u) {
        st -= 100u;
        hundreds++;
    }
    while (st >= 10u) {
        st -= 10u;
        tens++;
    }
    out[9] = hundreds;
    out[10] = tens;
    out[11] = (char)('0' + st);
    out[12] = ' ';
}

/* hc_check_head, also handing back the field flags (*flags, HC__F_*)
   and what a recipient will decide from the head (HC__F_KEEP_ALIVE,
   HC__F_SWITCH), for the connection object. hw and flags may be NULL.
   The rules are the parser's own, on the strings themselves: no head is
   made and read back. */
HC__PRIVATE hc_error_code hc__check_message(const hc_message *m, hc_head_writer *hw,
                                            size_t *where, uint32_t *flags)
{
    /* a request's method, which some rules depend on */
    hc_method method = m->is_response ? HC_METHOD_OTHER
                                      : hc_method_from_name(m->method.ptr, m->method.len);
    hc_error_code r;
    uint32_t f = 0;
    size_t ignored, start, end = 0, fields_size = 0;
    if (!where)
        where = &ignored;
    *where = HC_WHERE_START_LINE;
    if (hw) {
        hw->m_ = m;
        hw->size_ = hw->start_ = hw->field_ = hw->field_at_ = 0;
    }
    r = hc__check_start_line(m, method, HC__DEFAULT_LINE);
    if (r == HC_OK)
        r = hc__framing_end(m, method, hw ? hw->end_ : NULL, &end);
    if (r)
        return r;
    if (!m->is_response && hc__is_absolute_form(method, m->target))
        f |= HC__F_ABSOLUTE_FORM;
    /* The framing field counts against the field limit too. */
    r = hc__check_fields(m, HC__DEFAULT_FIELDS - (end > 2u), &f, &fields_size, where);
    if (r == HC_OK)
        r = hc__check_sender_rules(m, method, f);
    if (r)
        return r;
    start = hc__start_line_size(m);
    if (fields_size > (size_t)-1 - end - start) /* it must fit a size_t */
        return HC_ERR_HEAD_TOO_LARGE;
    if (flags)
        *flags = hc__recipient_decides(m, method, f);
    if (hw) {
        if (m->is_response)
            hc__status_line(m, hw->status_);
        hw->end_len_ = (uint8_t)end;
        hw->size_ = start + fields_size + end;
        hw->start_ = hw->field_at_ = start;
    }
    return HC_OK;
}

HCAPI hc_error_code hc_check_head(const hc_message *m, hc_head_writer *hw, size_t *where)
{
    return hc__check_message(m, hw, where, NULL);
}

/* ----------------------------------------------------------- emission

   A head and the end of a chunked body are each one sequence of pieces:
   a few lead pieces (the start line, or the last chunk), then field lines
   (name ": " value CRLF), then the CRLF that ends the field section. (A
   chunk is three pieces: its head, data and CRLF.) The copy form and the
   piece form walk a sequence front to back, from the start or from a
   field line where an earlier call stopped: a field line wholly before
   the offset is stepped over by its length, so a resumed call costs in
   proportion to what it emits. Bytes are copied by HTTPCODEC_MEMCPY, a
   piece at a time, never byte by byte.

   The sequence was checked and its size computed before: nothing past
   that size is ever emitted. The strings may have changed since (the
   caller's promise broken), so every length is compared with what is
   left, never added first: no sum can wrap, and out[0..cap) bounds
   every copy whatever the lengths are now. */
typedef struct hc__seq {
    hc_span lead[4];
    size_t lead_count;
    const hc_field *fields;
    size_t count;
    hc_span tail;    /* after the fields: the framing field the writer adds and
                        the CRLF that end a head, or the CRLF after trailers */
    size_t size;     /* the sequence's bytes, as checked */
    size_t field;    /* the walk may begin at field line `field`, */
    size_t field_at; /* which begins here ((size_t)-1: from the start) */
} hc__seq;

HC__HOT hc_span hc__span(const char *ptr, size_t len)
{
    hc_span s;
    s.ptr = ptr;
    s.len = len;
    return s;
}

/* Whether field line f (name ": " value CRLF) fits in room bytes. */
HC__HOT int hc__line_fits(hc_span name, hc_span value, size_t room)
{
    return name.len <= room && value.len <= room - name.len &&
           room - name.len - value.len >= 4u;
}

/* Where a walk begins: at the field line an earlier call stopped at, when
   that is not past the offset; else at the start, with the lead pieces. */
HC__HOT size_t hc__walk_start(const hc__seq *s, size_t offset, size_t *k)
{
    *k = s->field_at <= offset ? s->field : 0;
    return s->field_at <= offset ? s->field_at : 0;
}

/* --- the copy form: the bytes [from, to) of the sequence into out. */
typedef struct hc__window {
    char *out;
    size_t from, to;
    size_t pos; /* where the next piece starts in the sequence; <= to */
    size_t end; /* the sequence's size */
} hc__window;

HC__HOT void hc__window_init(hc__window *w, size_t offset, char *out, size_t cap, size_t end)
{
    w->out = out;
    w->from = offset;
    w->to = cap > end - offset ? end : offset + cap; /* offset < end */
    w->pos = 0;
    w->end = end;
}

/* The bytes of the window copied so far. */
HC__HOT size_t hc__window_done(const hc__window *w)
{
    return w->pos > w->from ? w->pos - w->from : 0;
}

/* The next piece, n bytes, is passed: returns how many of them lie in
   the window, from the piece's byte *skip on, to be copied to *dst. */
HC__HOT size_t hc__window_clip(hc__window *w, size_t n, size_t *skip, char **dst)
{
    size_t at = w->pos;
    if (n > w->to - at) {
        /* Past the window; past the sequence only if it grew. */
        HTTPCODEC_ASSERT(w->to < w->end || n == 0);
        n = w->to - at;
    }
    w->pos = at + n;
    if (n == 0 || w->pos <= w->from)
        return 0;
    *skip = at < w->from ? w->from - at : 0;
    *dst = w->out + (at + *skip - w->from);
    return n - *skip;
}

/* The part of the next piece inside the window, copied. An empty piece
   may have no pointer at all: nothing is done with it. */
HC__HOT void hc__window_put(hc__window *w, const char *p, size_t n)
{
    size_t skip = 0, k;
    char *dst = NULL;
    if ((k = hc__window_clip(w, n, &skip, &dst)) > 0)
        hc__copy(dst, p + skip, k);
}

/* The same for a field's name or value (see hc__copy_string). */
HC__HOT void hc__window_put_string(hc__window *w, hc_span str)
{
    size_t skip = 0, k;
    char *dst = NULL;
    if ((k = hc__window_clip(w, str.len, &skip, &dst)) > 0)
        hc__copy_string(dst, str.ptr + skip, k);
}

/* One field line not wholly inside the window (hc__window_fields copies
   those): before it, or cut by one of its ends. */
HC__HOT void hc__window_field(hc__window *w, const hc_field *f)
{
    if (w->pos < w->from && hc__line_fits(f->name, f->value, w->from - w->pos)) {
        w->pos += hc__field_line_size(f); /* wholly before the window */
    } else {
        hc__window_put_string(w, f->name);
        hc__window_put(w, ": ", 2);
        hc__window_put_string(w, f->value);
        hc__window_put(w, "\r\n", 2);
    }
}

/* Whole field lines from fields[0..count) copied to out while they fit in
   room bytes; returns how many, and their bytes in *size. Everything is
   in locals: a copy's char stores may alias anything the compiler would
   otherwise reload after each one. */
HC__HOT size_t hc__copy_lines(char *out, size_t room, const hc_field *fields, size_t count,
                              size_t *size)
{
    size_t k, n = 0;
    for (k = 0; k < count; k++) {
        hc_span name = fields[k].name, value = fields[k].value;
        char *o = out + n;
        if (!hc__line_fits(name, value, room - n))
            break;
        hc__copy_string(o, name.ptr, name.len);
        o += name.len;
        o[0] = ':';
        o[1] = ' ';
        hc__copy_string(o + 2, value.ptr, value.len);
        o += 2 + value.len;
        o[0] = '\r';
        o[1] = '\n';
        n += name.len + value.len + 4u;
    }
    *size = n;
    return k;
}

/* The field lines from fields[k] on, while the window lasts; returns the
   index of the first one not begun, and the last one begun in s (where
   the next call resumes). The cursor is kept in locals, for the reason
   hc__copy_lines gives. */
HC__HOT size_t hc__window_fields(hc__window *w, hc__seq *s, size_t k)
{
    const hc_field *fields = s->fields;
    char *out = w->out;
    size_t from = w->from, to = w->to, pos = w->pos, count = s->count;
    size_t begun = s->field, begun_at = s->field_at;
    for (; k < count && pos < to; k++) {
        size_t n;
        begun = k;
        begun_at = pos;
        if (pos >= from && hc__copy_lines(out + (pos - from), to - pos, fields + k, 1, &n) == 1) {
            pos += n; /* wholly inside the window */
        } else {
            w->pos = pos;
            hc__window_field(w, &fields[k]);
            pos = w->pos;
        }
    }
    w->pos = pos;
    s->field = begun;
    s->field_at = begun_at;
    return k;
}

/* Bytes [offset, offset + cap) copied into out; returns how many. The
   field line the copy stopped in is kept for the next call. */
HC__PRIVATE size_t hc__emit_copy(hc__seq *s, size_t offset, char *out, size_t cap)
{
    hc__window w;
    size_t i, k;
    if (offset >= s->size)
        return 0;
    hc__window_init(&w, offset, out, cap, s->size);
    w.pos = hc__walk_start(s, offset, &k);
    if (w.pos == 0)
        for (i = 0; i < s->lead_count; i++)
            hc__window_put(&w, s->lead[i].ptr, s->lead[i].len);
    k = hc__window_fields(&w, s, k);
    if (k == s->count)
        hc__window_put(&w, s->tail.ptr, s->tail.len);
    /* Short of the end at the end: the strings changed since the check. */
    HTTPCODEC_ASSERT(w.to < s->size || w.pos == s->size);
    return hc__window_done(&w);
}

/* --- the piece form: pieces from `from` on, the first one trimmed,
   empty ones left out, at most max of them, none past `limit`. */
typedef struct hc__gather {
    hc_span *pieces;
    size_t n, max;
    size_t from, pos; /* pos: where the next piece starts; <= limit */
    size_t limit;     /* the sequence's size */
    size_t *end;      /* just past the last piece handed out */
} hc__gather;

HC__HOT void hc__gather_init(hc__gather *g, size_t offset, hc_span *pieces, size_t max,
                             size_t limit, size_t *end)
{
    g->pieces = pieces;
    g->n = 0;
    g->max = max;
    g->from = offset;
    g->pos = 0;
    g->limit = limit;
    g->end = end;
    *end = offset;
}

/* Takes the next piece; returns 0 when the array is full (the piece is
   left for the next call) or the sequence's end is reached. */
HC__HOT int hc__gather_put(hc__gather *g, const char *p, size_t len)
{
    size_t skip;
    if (len > g->limit - g->pos) {
        HTTPCODEC_ASSERT(0); /* the strings grew since the check */
        len = g->limit - g->pos;
    }
    if (len == 0)
        return g->pos < g->limit;
    if (g->pos <= g->from && len <= g->from - g->pos) { /* wholly before the offset */
        g->pos += len;
        return 1;
    }
    if (g->n == g->max)
        return 0;
    skip = g->from > g->pos ? g->from - g->pos : 0;
    g->pieces[g->n++] = hc__span(p + skip, len - skip);
    g->pos += len;
    *g->end = g->pos;
    return 1;
}

HC__HOT int hc__gather_field(hc__gather *g, const hc_field *f)
{
    if (g->pos <= g->from && hc__line_fits(f->name, f->value, g->from - g->pos)) {
        g->pos += hc__field_line_size(f);
        return 1;
    }
    return hc__gather_put(g, f->name.ptr, f->name.len) && hc__gather_put(g, ": ", 2) &&
           hc__gather_put(g, f->value.ptr, f->value.len) && hc__gather_put(g, "\r\n", 2);
}

/* The field lines from fields[k] on, while the array lasts; returns the
   index of the first one not taken whole, and the last one begun in s
   (where the next call resumes). Lines after the offset with room for
   their pieces are taken here, in locals (see hc__window_fields); the
   others, a piece at a time. */
HC__HOT size_t hc__gather_fields(hc__gather *g, hc__seq *s, size_t k)
{
    const hc_field *fields = s->fields;
    hc_span *out = g->pieces;
    size_t n = g->n, max = g->max, pos = g->pos, from = g->from, limit = g->limit;
    size_t count = s->count, begun = s->field, begun_at = s->field_at;
    for (; k < count; k++) {
        hc_span name = fields[k].name, value = fields[k].value;
        begun = k;
        begun_at = pos;
        if (!HTTPCODEC_SMALL && pos >= from && max - n >= 4 && name.len > 0 &&
            hc__line_fits(name, value, limit - pos)) {
            out[n] = name;
            out[n + 1] = hc__span(": ", 2);
            out[n + 2] = value;
            n += value.len > 0 ? 3u : 2u; /* an empty value is left out */
            out[n++] = hc__span("\r\n", 2);
            pos += name.len + value.len + 4u;
        } else {
            int more;
            g->n = n;
            g->pos = pos;
            *g->end = pos > from ? pos : from;
            more = hc__gather_field(g, &fields[k]);
            n = g->n;
            pos = g->pos;
            if (!more)
                break;
        }
    }
    s->field = begun;
    s->field_at = begun_at;
    if (k < count)
        return k;
    g->n = n;
    g->pos = pos;
    if (pos > from)
        *g->end = pos;
    return k;
}

HC__PRIVATE size_t hc__emit_pieces(hc__seq *s, size_t offset, hc_span *pieces, size_t max,
                                   size_t *end)
{
    hc__gather g;
    size_t i, k;
    hc__gather_init(&g, offset, pieces, max, s->size, end);
    if (offset >= s->size)
        return 0;
    g.pos = hc__walk_start(s, offset, &k);
    if (g.pos == 0)
        for (i = 0; i < s->lead_count; i++)
            if (!hc__gather_put(&g, s->lead[i].ptr, s->lead[i].len))
                return g.n;
    if (hc__gather_fields(&g, s, k) == s->count)
        hc__gather_put(&g, s->tail.ptr, s->tail.len);
    return g.n;
}

static const char hc__request_version[2][12] = {" HTTP/1.0\r\n", " HTTP/1.1\r\n"};

/* --- the head: the start line in 4 pieces (request) or 3 (response: the
   status line to the reason is in hw), the fields, then the framing field
   and CRLF (in hw). A walk from offset that resumes at a field line
   (hc__walk_start) needs no start line, and a call after the first is
   spared making it. */
HC__PRIVATE void hc__head_seq(const hc_head_writer *hw, size_t offset, hc__seq *s)
{
    const hc_message *m = hw->m_;
    hc_span *l = s->lead;
    if (hw->field_at_ <= offset) {
        s->lead_count = 0;
    } else if (!m->is_response) {
        l[0] = m->method;
        l[1] = hc__span(" ", 1);
        l[2] = m->target;
        l[3] = hc__span(hc__request_version[m->version_minor & 1u], 11);
        s->lead_count = 4;
    } else {
        l[0] = hc__span(hw->status_, sizeof hw->status_);
        l[1] = m->reason;
        l[2] = hc__span("\r\n", 2);
        s->lead_count = 3;
    }
    s->fields = m->fields;
    s->count = m->field_count;
    s->tail = hc__span(hw->end_, hw->end_len_);
    s->size = hw->size_;
    s->field = hw->field_;
    s->field_at = hw->field_at_;
}

/* The head's sequence walked by emit (the copy or the piece form), and
   the field line it stopped in kept for the next call. */
HC__PRIVATE void hc__head_walked(hc_head_writer *hw, const hc__seq *s)
{
    hw->field_ = s->field;
    hw->field_at_ = s->field_at;
}

HCAPI size_t hc_head_size(const hc_head_writer *hw)
{
    return hw->size_;
}

HCAPI size_t hc_head_pieces(hc_head_writer *hw, size_t offset, hc_span *pieces,
                            size_t max, size_t *end)
{
    hc__seq s;
    size_t ignored, n;
    if (!end)
        end = &ignored;
    *end = offset;
    if (hw->size_ == 0)
        return 0;
    hc__head_seq(hw, offset, &s);
    n = hc__emit_pieces(&s, offset, pieces, max, end);
    hc__head_walked(hw, &s);
    return n;
}

#if !HTTPCODEC_SMALL
/* The start line whole into out, the hw->start_ bytes the check found:
   the usual first call, written without a window's clipping. */
HC__PRIVATE void hc__copy_start_line(const hc_head_writer *hw, char *out)
{
    const hc_message *m = hw->m_;
    if (!m->is_response) {
        hc__copy_string(out, m->method.ptr, m->method.len);
        out += m->method.len;
        out[0] = ' ';
        hc__copy_string(out + 1, m->target.ptr, m->target.len);
        hc__copy_short(out + 1 + m->target.len, hc__request_version[m->version_minor & 1u], 11);
    } else {
        hc__copy_short(out, hw->status_, 13);
        hc__copy_string(out + 13, m->reason.ptr, m->reason.len);
        out[13 + m->reason.len] = '\r';
        out[14 + m->reason.len] = '\n';
    }
}
#endif

HCAPI size_t hc_write_head(hc_head_writer *hw, size_t offset, char *out, size_t cap)
{
    hc__seq s;
    size_t n = 0;
    if (hw->size_ == 0)
        return 0;
#if !HTTPCODEC_SMALL
    /* The usual first call, unless the strings changed since the check:
       then the window's clipping bounds every byte. */
    if (offset == 0 && cap >= hw->start_ && hc__start_line_size(hw->m_) == hw->start_) {
        const hc_message *m = hw->m_;
        /* the fields' room: up to cap, or up to the framing field */
        size_t lines, size, room = cap < hw->size_ ? cap : hw->size_ - hw->end_len_;
        hc__copy_start_line(hw, out);
        n = hw->start_;
        lines = hc__copy_lines(out + n, room - n, m->fields, m->field_count, &size);
        n += size;
        hw->field_ = lines; /* the fields go on from there */
        hw->field_at_ = n;
        if (lines == m->field_count && n + hw->end_len_ == hw->size_ && cap >= hw->size_) {
            hc__copy_string(out + n, hw->end_, hw->end_len_); /* the whole head */
            return hw->size_;
        }
    }
#endif
    hc__head_seq(hw, offset + n, &s);
    n += hc__emit_copy(&s, offset + n, out + n, cap - n);
    hc__head_walked(hw, &s);
    return n;
}

/* ------------------------------------------------------- body writer */

enum { HC__W_OPEN = 0, HC__W_ENDED = 1, HC__W_INVALID = 2 };

/* The body writer for m, whose head has been checked (valid) or not. */
HC__PRIVATE void hc__body_writer_start(hc_body_writer *w, const hc_message *m)
{
    w->body_ = (uint8_t)(m ? hc__body_sent(m) : HC_BODY_NONE);
    w->remaining_ = w->body_ == HC_BODY_LENGTH ? m->content_length : 0;
    w->state_ = (uint8_t)(m ? HC__W_OPEN : HC__W_INVALID);
    w->spare_[0] = w->spare_[1] = 0;
}

HCAPI hc_error_code hc_body_writer_init(hc_body_writer *w, const hc_head_writer *hw)
{
    int valid = hw->size_ > 0;
    hc__body_writer_start(w, valid ? hw->m_ : NULL);
    return valid ? HC_OK : HC_ERR_INVALID_STATE;
}

HCAPI hc_error_code hc_body_data(hc_body_writer *w, size_t n, hc_chunk_head *chunk)
{
    static const char hex[] = "0123456789abcdef";
    chunk->len = 0;
    if (w->state_ != HC__W_OPEN)
        return HC_ERR_INVALID_STATE;
    if (n == 0)
        return HC_OK;
    switch (w->body_) {
    case HC_BODY_LENGTH:
        if ((uint64_t)n > w->remaining_)
            return HC_ERR_BODY_TOO_LONG;
        w->remaining_ -= n;
        return HC_OK;
    case HC_BODY_CHUNKED: { /* RFC 9112 section 7.1: chunk-size CRLF */
        size_t digits = 1, rest, k;
        for (rest = n >> 4; rest > 0; rest >>= 4)
            digits++;
        for (k = digits; k-- > 0; n >>= 4) /* the last digit first */
            chunk->bytes[k] = hex[n & 15u];
        chunk->bytes[digits] = '\r';
        chunk->bytes[digits + 1] = '\n';
        chunk->len = digits + 2;
        return HC_OK;
    }
    case HC_BODY_CLOSE:
        return HC_OK;
    default: /* RFC 9110 sections 9.3.2, 15.2, 15.3.5, 15.4.5: no body */
        return HC_ERR_BODY_NOT_ALLOWED;
    }
}

/* RFC 9110 section 6.5.1: a sender generates no trailer that controls the
   connection, routing, authentication or how the content is processed. */
HC__PRIVATE int hc__sender_forbidden_trailer(hc_span name)
{
    /* One string, the names apart by NULs, ended by an empty name. */
    static const char names[] =
        "connection\0keep-alive\0te\0trailer\0upgrade\0expect\0authorization\0"
        "proxy-authorization\0proxy-authenticate\0www-authenticate\0"
        "content-encoding\0content-type\0content-range\0cache-control\0"
        "set-cookie\0cookie\0";
    const char *k = names;
    while (*k != '\0') {
        if (hc__ieq((const unsigned char *)name.ptr, name.len, k))
            return 1;
        while (*k++ != '\0') /* past this name and its NUL */
            ;
    }
    return 0;
}

/* A chunk goes out as its head, its data, then the CRLF that ends a
   chunk (none when the body is not chunked: the head is empty too). The
   CRLF goes with the chunk so the peer can take it whole at once: full
   duplex echoes each piece as it comes. Three pieces, written out. */
HC__HOT size_t hc__chunk_crlf(const hc_chunk_head *chunk)
{
    return chunk->len > 0 ? 2u : 0u;
}

HCAPI size_t hc_chunk_size(const hc_chunk_head *chunk, size_t n)
{
    return chunk->len + n + hc__chunk_crlf(chunk);
}

HCAPI size_t hc_write_chunk(const hc_chunk_head *chunk, const char *data, size_t n,
                            size_t offset, char *out, size_t cap)
{
    hc__window w;
    size_t size = hc_chunk_size(chunk, n);
    if (offset >= size)
        return 0;
#if !HTTPCODEC_SMALL
    if (offset == 0 && cap >= size && chunk->len > 0) { /* whole, the usual call */
        /* A chunk head of up to a word (sizes below 16 MiB on 64-bit
           cores) as one word: the data and CRLF after it overwrite what
           the word holds past the head. */
        if (chunk->len <= HC__WORD_BYTES && size >= HC__WORD_BYTES)
            hc__w_store(out, hc__w_load((const unsigned char *)chunk->bytes));
        else
            hc__copy(out, chunk->bytes, chunk->len);
        hc__copy_string(out + chunk->len, data, n);
        out[size - 2] = '\r';
        out[size - 1] = '\n';
        return size;
    }
#endif
    hc__window_init(&w, offset, out, cap, size);
    hc__window_put(&w, chunk->bytes, chunk->len);
    hc__window_put(&w, data, n);
    hc__window_put(&w, "\r\n", hc__chunk_crlf(chunk));
    return hc__window_done(&w);
}

HCAPI size_t hc_chunk_pieces(const hc_chunk_head *chunk, const char *data, size_t n,
                             size_t offset, hc_span *pieces, size_t max, size_t *end)
{
    hc__gather g;
    size_t ignored;
    size_t size = hc_chunk_size(chunk, n);
    if (!end)
        end = &ignored;
#if !HTTPCODEC_SMALL
    if (offset == 0 && max >= 3 && chunk->len > 0 && n > 0) { /* whole, the usual call */
        pieces[0] = hc__span(chunk->bytes, chunk->len);
        pieces[1] = hc__span(data, n);
        pieces[2] = hc__span("\r\n", 2);
        *end = size;
        return 3;
    }
#endif
    hc__gather_init(&g, offset, pieces, max, size, end);
    if (hc__gather_put(&g, chunk->bytes, chunk->len) && hc__gather_put(&g, data, n))
        hc__gather_put(&g, "\r\n", hc__chunk_crlf(chunk));
    return g.n;
}

/* Trailers are field lines (RFC 9112 section 7.1.2) that may not carry
   framing or routing fields (RFC 9110 section 6.5.1).
   *size: the bytes of the chunked body's end, the last chunk "0" CRLF, the
   trailer lines and CRLF, which must fit a size_t (on 16-bit targets 100
   long trailers would not). */
HC__PRIVATE hc_error_code hc__check_trailers(const hc_field *t, size_t count, size_t *size,
                                             size_t *where)
{
    size_t k;
    *size = 5u;
    if (count > HC__DEFAULT_FIELDS) {
        *where = HC__DEFAULT_FIELDS;
        return HC_ERR_TOO_MANY_TRAILERS;
    }
    for (k = 0; k < count; k++) {
        unsigned kind = HC__FIELD_OTHER;
        hc_error_code r = hc__check_field_line(&t[k], HC__DEFAULT_LINE, &kind);
        *where = k;
        if (r)
            return r;
        if (hc__frames_or_routes(kind) || hc__sender_forbidden_trailer(t[k].name))
            return HC_ERR_FORBIDDEN_TRAILER;
        /* A line is within the limit: only the sum can overflow. */
        if (hc__field_line_size(&t[k]) > (size_t)-1 - *size)
            return HC_ERR_HEAD_TOO_LARGE;
        *size += hc__field_line_size(&t[k]);
    }
    *where = HC_WHERE_START_LINE;
    return HC_OK;
}

/* The end, once hc_body_end accepted it with these trailers (they are
   not checked again): the last chunk, the trailers and CRLF when chunked,
   nothing otherwise. */
HC__PRIVATE int hc__body_end_seq(hc__seq *s, const hc_body_writer *w,
                                 const hc_field *trailers, size_t count)
{
    s->lead_count = 0;
    s->fields = trailers;
    s->count = 0;
    s->tail = hc__span(NULL, 0);
    s->field = 0;
    s->field_at = (size_t)-1; /* no earlier call to resume from */
    s->size = w->body_ == HC_BODY_CHUNKED ? (size_t)w->remaining_ : 0;
    if (w->state_ != HC__W_ENDED)
        return 0;
    if (w->body_ == HC_BODY_CHUNKED) {
        s->lead[0] = hc__span("0\r\n", 3); /* last-chunk */
        s->lead_count = 1;
        s->count = count;
        s->tail = hc__span("\r\n", 2);
    }
    return 1;
}

HCAPI hc_error_code hc_body_end(hc_body_writer *w, const hc_field *trailers,
                                size_t count, size_t *where)
{
    size_t ignored, size;
    hc_error_code r;
    if (!where)
        where = &ignored;
    *where = HC_WHERE_START_LINE;
    if (w->state_ != HC__W_OPEN || (count > 0 && w->body_ != HC_BODY_CHUNKED))
        return HC_ERR_INVALID_STATE;
    if (w->body_ == HC_BODY_LENGTH && w->remaining_ > 0)
        return HC_ERR_BODY_INCOMPLETE;
    r = hc__check_trailers(trailers, count, &size, where);
    if (r)
        return r;
    w->state_ = HC__W_ENDED;
    /* The end's size, kept (nothing remains of the body to count):
       emission trusts the trailers checked here and stops there. */
    if (w->body_ == HC_BODY_CHUNKED)
        w->remaining_ = size;
    return HC_OK;
}

HCAPI size_t hc_body_end_size(const hc_body_writer *w, const hc_field *trailers,
                              size_t count)
{
    hc__seq s;
    if (!hc__body_end_seq(&s, w, trailers, count))
        return 0;
    return s.size;
}

HCAPI size_t hc_write_body_end(const hc_body_writer *w, const hc_field *trailers,
                               size_t count, size_t offset, char *out, size_t cap)
{
    hc__seq s;
    if (!hc__body_end_seq(&s, w, trailers, count))
        return 0;
    return hc__emit_copy(&s, offset, out, cap);
}

HCAPI size_t hc_body_end_pieces(const hc_body_writer *w, const hc_field *trailers,
                                size_t count, size_t offset, hc_span *pieces,
                                size_t max, size_t *end)
{
    hc__seq s;
    size_t ignored;
    if (!end)
        end = &ignored;
    *end = offset;
    if (!hc__body_end_seq(&s, w, trailers, count))
        return 0;
    return hc__emit_pieces(&s, offset, pieces, max, end);
}


/* --------------------------------------------------------- connection */

/* Per-connection flags (hc_conn.flags_). */
#define HC__C_NO_REUSE 0x0001u      /* no exchange may follow the current ones */
#define HC__C_READ_LAST 0x0002u     /* client: the response read ends the connection */
#define HC__C_SWITCH_ASKED 0x0004u  /* server: the request asks to switch */
#define HC__C_SWITCH 0x0008u        /* the final response switches protocols */
#define HC__C_EXPECT 0x0010u        /* server: the request expects 100-continue */
#define HC__C_CONTINUE_SENT 0x0020u /* server: 100 (Continue) was written */
#define HC__C_HTTP10 0x0040u        /* the request is HTTP/1.0 (server: or unknown) */
#define HC__C_INTERIM 0x0080u       /* server: the response being written is 1xx */
#define HC__C_OFFER_UPGRADE 0x0100u /* client: the last request offers Upgrade */
#define HC__C_OFFER_CONNECT 0x0200u /* client: the last request is CONNECT */
#define HC__C_AWAIT 0x0400u         /* client: answer before the next request */
#define HC__C_ANSWERING 0x0800u     /* client: a final response is being read */
#define HC__C_PEER_HTTP10 0x1000u   /* client: the server answered in HTTP/1.0 */
#define HC__C_CLOSING 0x2000u       /* hc_conn_close() was called */

HC__PRIVATE int hc__conn_is_server(const hc_conn *c)
{
    return c->parser_.role_ == HC_ROLE_SERVER;
}

HC__PRIVATE void hc__conn_set(hc_conn *c, hc_conn_state reading, hc_conn_state writing)
{
    c->reading_ = (uint8_t)reading;
    c->writing_ = (uint8_t)writing;
}

HCAPI void hc_conn_init(hc_conn *c, hc_role role, const hc_limits *limits)
{
    hc_parser_init(&c->parser_, role, limits);
    hc__body_writer_start(&c->writer_, NULL); /* nothing to write yet */
    /* A server does not know the version of a request it has not read:
       until it has, it answers as to HTTP/1.0 (no 1xx, no chunked). */
    c->flags_ = role == HC_ROLE_SERVER ? HC__C_HTTP10 : 0;
    hc__conn_set(c, HC_CONN_IDLE, role == HC_ROLE_SERVER ? HC_CONN_IDLE : HC_CONN_SEND);
    c->method_ = (uint8_t)HC_METHOD_OTHER;
    c->spare_[0] = c->spare_[1] = c->spare_[2] = 0;
}

HCAPI void hc_conn_eof(hc_conn *c) { hc_parser_eof(&c->parser_); }

/* Server: the request has been read and its final response written. The
   connection switches, ends, or is ready for the next request. The parser
   is paused after a request that asked to switch; the response decides. */
HC__PRIVATE void hc__conn_next_exchange(hc_conn *c)
{
    int switching = (c->flags_ & HC__C_SWITCH) != 0;
    if (c->parser_.state_ == HC__S_PAUSED) {
        if (switching)
            hc_parser_accept_upgrade(&c->parser_);
        else
            hc_parser_decline_upgrade(&c->parser_);
    }
    if (switching)
        hc__conn_set(c, HC_CONN_SWITCHED, HC_CONN_SWITCHED);
    else if (c->flags_ & HC__C_NO_REUSE)
        hc__conn_set(c, HC_CONN_CLOSED, HC_CONN_CLOSED);
    else
        hc__conn_set(c, HC_CONN_IDLE, HC_CONN_IDLE);
    c->flags_ = (uint16_t)((c->flags_ & HC__C_NO_REUSE) | HC__C_HTTP10);
    c->method_ = (uint8_t)HC_METHOD_OTHER;
}

/* Server: what an event read means for the exchange. */
HC__PRIVATE void hc__conn_server_saw(hc_conn *c, const hc_event *ev)
{
    switch (ev->type) {
    case HC_EV_REQUEST:
        c->reading_ = HC_CONN_HEAD;
        c->method_ = (uint8_t)ev->method;
        if (ev->version_minor > 0)
            c->flags_ &= (uint16_t)~HC__C_HTTP10;
        break;
    case HC_EV_HEAD_DONE:
        hc__conn_set(c, HC_CONN_BODY, HC_CONN_SEND);
        if (!ev->keep_alive)
            c->flags_ |= HC__C_NO_REUSE;
        if (ev->upgrade)
            c->flags_ |= HC__C_SWITCH_ASKED;
        if (ev->expect_continue)
            c->flags_ |= HC__C_EXPECT;
        break;
    case HC_EV_MESSAGE_DONE:
        if (c->writing_ == HC_CONN_DONE || c->writing_ == HC_CONN_SWITCHED)
            hc__conn_next_exchange(c);
        else
            c->reading_ = HC_CONN_DONE;
        break;
    case HC_EV_ERROR:
        /* An error response may still be written if none was begun; no
           switch and no further exchange. */
        c->reading_ = HC_CONN_ERROR;
        c->flags_ = (uint16_t)((c->flags_ | HC__C_NO_REUSE) & ~HC__C_SWITCH_ASKED);
        if (c->writing_ == HC_CONN_IDLE)
            c->writing_ = HC_CONN_SEND;
        else if (c->writing_ != HC_CONN_SEND && c->writing_ != HC_CONN_BODY)
            c->writing_ = HC_CONN_CLOSED;
        break;
    case HC_EV_CLOSED: /* the peer ended between requests: nothing is owed */
        hc__conn_set(c, HC_CONN_CLOSED, HC_CONN_CLOSED);
        break;
    case HC_EV_SWITCHED:
        c->reading_ = HC_CONN_SWITCHED;
        break;
    default:
        break;
    }
}

/* Client: a 101 or 2xx to CONNECT answers the last request written (the
   one that offered the switch, after which nothing was sent) and is what
   that request offered (RFC 9110 sections 7.8 and 9.3.6). */
HC__PRIVATE int hc__conn_switch_offered(const hc_conn *c)
{
    if (c->parser_.queue_len_ != 0)
        return 0;
    if (c->parser_.status_ == 101)
        return (c->flags_ & HC__C_OFFER_UPGRADE) != 0;
    return (c->flags_ & HC__C_OFFER_CONNECT) != 0;
}

/* Client: no more responses will be read. A request body under way may
   still be finished (or abandoned by closing). */
HC__PRIVATE void hc__conn_client_stop_reading(hc_conn *c, hc_conn_state reading)
{
    c->reading_ = (uint8_t)reading;
    c->flags_ |= HC__C_NO_REUSE;
    if (c->writing_ != HC_CONN_BODY)
        c->writing_ = HC_CONN_CLOSED;
}

/* Client: the last request written has its answer and its body was all
   sent: the next request may be written. */
HC__PRIVATE void hc__conn_client_settled(hc_conn *c)
{
    c->reading_ = HC_CONN_IDLE;
    c->flags_ &= (uint16_t)~(HC__C_AWAIT | HC__C_OFFER_UPGRADE | HC__C_OFFER_CONNECT |
                             HC__C_HTTP10 | HC__C_SWITCH);
    c->writing_ = (c->flags_ & HC__C_NO_REUSE) ? HC_CONN_CLOSED : HC_CONN_SEND;
}

/* Client: a final response has been read completely. */
HC__PRIVATE void hc__conn_client_answered(hc_conn *c)
{
    int last_request = c->parser_.queue_len_ == 0;
    if (c->flags_ & HC__C_SWITCH) {
        hc_parser_accept_upgrade(&c->parser_);
        c->reading_ = HC_CONN_SWITCHED;
        if (c->writing_ != HC_CONN_BODY) /* else: once the body is sent */
            c->writing_ = HC_CONN_SWITCHED;
    } else if ((c->flags_ & HC__C_READ_LAST) || (last_request && (c->flags_ & HC__C_NO_REUSE))) {
        hc__conn_client_stop_reading(c, HC_CONN_CLOSED);
    } else if (!last_request) {
        c->reading_ = HC_CONN_IDLE;
        if (c->writing_ == HC_CONN_IDLE && !(c->flags_ & HC__C_AWAIT))
            c->writing_ = HC_CONN_SEND; /* the queue has room again */
    } else if (c->writing_ == HC_CONN_BODY) {
        c->reading_ = HC_CONN_DONE; /* answered before its body was sent */
    } else {
        hc__conn_client_settled(c);
    }
}

/* Client: what the head of a final answer means for the connection. A
   switch must answer an offer; anything else may end the connection. */
HC__PRIVATE hc_error_code hc__conn_client_check_answer(hc_conn *c, const hc_event *ev)
{
    const hc_parser *p = &c->parser_;
    int answers_last = p->queue_len_ == 0;
    if (ev->upgrade) {
        if (!hc__conn_switch_offered(c))
            return HC_ERR_UPGRADE_NOT_OFFERED;
        /* RFC 9110 section 15.2.2: a 101 names the new protocol. */
        if (p->status_ == 101 && !(p->flags_ & HC__F_UPGRADE_FIELD))
            return HC_ERR_MISSING_UPGRADE;
        c->flags_ |= HC__C_SWITCH;
        return HC_OK;
    }
    /* RFC 9112 section 9.3; an HTTP/1.0 request stays open only when both
       sides say keep-alive. A refused CONNECT ends the connection: bytes
       the client sent after it, hoping for a tunnel, must never be read
       as requests (RFC 9931). */
    if (!ev->keep_alive ||
        (answers_last && (c->flags_ & HC__C_HTTP10) && !(p->flags_ & HC__F_CONN_KEEP_ALIVE)) ||
        (answers_last && (c->flags_ & HC__C_OFFER_CONNECT)))
        c->flags_ |= HC__C_READ_LAST | HC__C_NO_REUSE;
    return HC_OK;
}

/* Client: what an event read means. May turn it into an error (then
   nothing of the call counts as consumed and 0 is returned). */
HC__PRIVATE size_t hc__conn_client_saw(hc_conn *c, hc_event *ev, size_t used)
{
    hc_parser *p = &c->parser_;
    int interim = (p->flags_ & HC__F_INTERIM) != 0;
    hc_error_code refused;
    switch (ev->type) {
    case HC_EV_RESPONSE:
        c->reading_ = HC_CONN_HEAD;
        if (!interim) /* the parser already took it off its queue */
            c->flags_ |= HC__C_ANSWERING;
        if (ev->version_minor == 0)
            c->flags_ |= HC__C_PEER_HTTP10;
        break;
    case HC_EV_HEAD_DONE:
        c->reading_ = HC_CONN_BODY;
        if (interim)
            break;
        refused = hc__conn_client_check_answer(c, ev);
        if (refused) {
            /* at the empty line that ended the head */
            hc__enter_error(p, refused, p->offset_ - 2u);
            hc__report_error(p, ev);
            hc__conn_client_stop_reading(c, HC_CONN_ERROR);
            return 0;
        }
        break;
    case HC_EV_MESSAGE_DONE:
        if (interim) {
            c->reading_ = HC_CONN_IDLE;
        } else {
            c->flags_ &= (uint16_t)~HC__C_ANSWERING;
            hc__conn_client_answered(c);
        }
        break;
    case HC_EV_ERROR:
        hc__conn_client_stop_reading(c, HC_CONN_ERROR);
        break;
    case HC_EV_CLOSED:
        hc__conn_client_stop_reading(c, HC_CONN_CLOSED);
        break;
    case HC_EV_SWITCHED:
        c->reading_ = HC_CONN_SWITCHED;
        break;
    default:
        break;
    }
    return used;
}

HCAPI size_t hc_conn_read(hc_conn *c, const char *data, size_t len, hc_event *ev)
{
    size_t used;
    switch (c->reading_) {
    case HC_CONN_DONE: /* the other direction's message is not complete */
        ev->type = HC_EV_PAUSED;
        ev->upgrade = (unsigned char)((c->flags_ & HC__C_SWITCH_ASKED) != 0);
        return 0;
    case HC_CONN_CLOSED:
        ev->type = HC_EV_CLOSED;
        return 0;
    case HC_CONN_SWITCHED:
        ev->type = HC_EV_SWITCHED;
        return 0;
    default:
        break;
    }
    used = hc_parse(&c->parser_, data, len, ev);
    if (!hc__conn_is_server(c))
        return hc__conn_client_saw(c, ev, used);
    hc__conn_server_saw(c, ev);
    return used;
}

HC__PRIVATE int hc__idempotent(hc_method method)
{
    /* RFC 9110 section 9.2.2 */
    return method == HC_METHOD_GET || method == HC_METHOD_HEAD || method == HC_METHOD_PUT ||
           method == HC_METHOD_DELETE || method == HC_METHOD_OPTIONS ||
           method == HC_METHOD_TRACE;
}

/* A checked message is being written: its body writer takes over. */
HC__PRIVATE hc_error_code hc__conn_begin_writing(hc_conn *c, const hc_message *m)
{
    hc__body_writer_start(&c->writer_, m);
    c->writing_ = HC_CONN_BODY;
    return HC_OK;
}

/* Client: the request m, checked (fields: its field flags and what the
   server will decide), is begun; it also tells the parser how to frame
   its answer. */
HC__APART hc_error_code hc__conn_start_request(hc_conn *c, const hc_message *m, uint32_t fields)
{
    hc_method method = hc_method_from_name(m->method.ptr, m->method.len);
    hc_error_code r;
    /* RFC 9112 section 6.1: no Transfer-Encoding to a server known to
       speak HTTP/1.0. */
    if ((c->flags_ & HC__C_PEER_HTTP10) && m->body == HC_BODY_CHUNKED)
        return HC_ERR_NOT_FOR_HTTP10;
    r = hc_parser_expect_response(&c->parser_, method);
    if (r)
        return r;
    if (!(fields & HC__F_KEEP_ALIVE))
        c->flags_ |= HC__C_NO_REUSE;
    /* What must be answered before anything else is sent: a switch offer
       (the bytes after it may be another protocol), an HTTP/1.0 request
       (no pipelining in 1.0), and a non-idempotent request (RFC 9112
       section 9.3.2). */
    if (method == HC_METHOD_CONNECT)
        c->flags_ |= HC__C_OFFER_CONNECT | HC__C_AWAIT;
    else if (fields & HC__F_SWITCH)
        c->flags_ |= HC__C_OFFER_UPGRADE | HC__C_AWAIT;
    if (m->version_minor == 0)
        c->flags_ |= HC__C_HTTP10 | HC__C_AWAIT;
    if (!hc__idempotent(method))
        c->flags_ |= HC__C_AWAIT;
    return hc__conn_begin_writing(c, m);
}

/* Server: a 101 or 2xx to CONNECT. RFC 9110 section 7.8: switch only to
   what the client offered, and after the 100 (Continue) it waits for. */
HC__PRIVATE hc_error_code hc__conn_check_switch(const hc_conn *c, unsigned status)
{
    int connect = c->method_ == HC_METHOD_CONNECT;
    if (!(c->flags_ & HC__C_SWITCH_ASKED) || (status == 101 && connect))
        return HC_ERR_UPGRADE_NOT_OFFERED;
    if (status == 101 && (c->flags_ & HC__C_EXPECT) && !(c->flags_ & HC__C_CONTINUE_SENT))
        return HC_ERR_CONTINUE_NOT_SENT;
    return HC_OK;
}

/* Server: a final response that does not switch. Decides whether the
   connection persists after it (RFC 9112 section 9.3). */
HC__PRIVATE hc_error_code hc__conn_check_final(hc_conn *c, const hc_message *m,
                                               uint32_t fields)
{
    /* A refused CONNECT ends the connection (RFC 9931): what the client
       sent after it may be tunnel bytes, never to be read as HTTP. */
    int will_close = (c->flags_ & HC__C_NO_REUSE) || c->method_ == HC_METHOD_CONNECT;
    /* RFC 9112 section 9.6: a server that will close says so in its last
       response (taken as a MUST here), unless that is already implied by
       an HTTP/1.0 response or a close-delimited body. */
    if (will_close && m->version_minor == 1 && m->body != HC_BODY_CLOSE &&
        !(fields & HC__F_CONN_CLOSE))
        return HC_ERR_MISSING_CLOSE;
    if (will_close || !(fields & HC__F_KEEP_ALIVE) ||
        ((c->flags_ & HC__C_HTTP10) && !(fields & HC__F_CONN_KEEP_ALIVE)))
        c->flags_ |= HC__C_NO_REUSE;
    return HC_OK;
}

/* Whether m may be started now; a server's response learns what it
   answers. */
HC__APART hc_error_code hc__conn_may_start(hc_conn *c, hc_message *m)
{
    int server = hc__conn_is_server(c);
    if (m->is_response != server || c->writing_ != HC_CONN_SEND)
        return HC_ERR_INVALID_STATE;
    if (server) {
        /* After a read error only the final (error) response is left. */
        if (c->reading_ == HC_CONN_ERROR && m->status < 200)
            return HC_ERR_INVALID_STATE;
        m->answers = (hc_method)c->method_;
        m->answers_http10 = (unsigned char)((c->flags_ & HC__C_HTTP10) != 0);
    }
    return HC_OK;
}

/* Server: the response m to the request read, checked (fields: its field
   flags), is begun, and checked against that request. */
HC__APART hc_error_code hc__conn_start_response(hc_conn *c, const hc_message *m, uint32_t fields)
{
    unsigned st = m->status;
    int switching = st == 101 || (c->method_ == HC_METHOD_CONNECT && st >= 200 && st < 300);
    hc_error_code r;
    if (switching) {
        r = hc__conn_check_switch(c, st);
        if (r)
            return r;
        c->flags_ |= HC__C_SWITCH;
    } else if (st >= 200) {
        r = hc__conn_check_final(c, m, fields);
        if (r)
            return r;
    } else {
        if (st == 100)
            c->flags_ |= HC__C_CONTINUE_SENT;
        c->flags_ |= HC__C_INTERIM;
    }
    return hc__conn_begin_writing(c, m);
}

HCAPI hc_error_code hc_conn_start(hc_conn *c, hc_message *m, hc_head_writer *hw, size_t *where)
{
    uint32_t fields;
    hc_error_code r;
    if (where)
        *where = HC_WHERE_START_LINE;
    if (hw)
        hw->size_ = 0; /* emits nothing unless the start is accepted */
    r = hc__conn_may_start(c, m);
    if (r == HC_OK)
        r = hc__check_message(m, hw, where, &fields);
    if (r == HC_OK)
        r = hc__conn_is_server(c) ? hc__conn_start_response(c, m, fields)
                                  : hc__conn_start_request(c, m, fields);
    if (r && hw)
        hw->size_ = 0;
    return r;
}

HCAPI hc_error_code hc_conn_body(hc_conn *c, size_t n, hc_chunk_head *chunk)
{
    if (c->writing_ != HC_CONN_BODY) {
        chunk->len = 0;
        return HC_ERR_INVALID_STATE;
    }
    return hc_body_data(&c->writer_, n, chunk);
}

/* Server: the response begun is complete. */
HC__PRIVATE void hc__conn_server_wrote(hc_conn *c)
{
    if (c->flags_ & HC__C_INTERIM) { /* the final response is still owed */
        c->flags_ &= (uint16_t)~HC__C_INTERIM;
        c->writing_ = (c->flags_ & HC__C_CLOSING) ? HC_CONN_CLOSED : HC_CONN_SEND;
        return;
    }
    c->writing_ = (c->flags_ & HC__C_SWITCH) ? HC_CONN_SWITCHED : HC_CONN_DONE;
    if (c->reading_ == HC_CONN_DONE)
        hc__conn_next_exchange(c);
    else if (c->reading_ == HC_CONN_CLOSED || c->reading_ == HC_CONN_ERROR)
        c->writing_ = HC_CONN_CLOSED;
    /* else the request body is still unread: HC_CONN_DONE says so */
}

/* Client: the request begun is complete. */
HC__PRIVATE void hc__conn_client_wrote(hc_conn *c)
{
    if (c->reading_ == HC_CONN_SWITCHED)
        c->writing_ = HC_CONN_SWITCHED;
    else if (c->reading_ == HC_CONN_DONE)
        hc__conn_client_settled(c);
    else if (c->reading_ == HC_CONN_CLOSED || c->reading_ == HC_CONN_ERROR ||
             (c->flags_ & HC__C_NO_REUSE))
        c->writing_ = HC_CONN_CLOSED;
    else /* wait for an answer first, or for room in the parser's queue */
        c->writing_ = (c->flags_ & HC__C_AWAIT) || c->parser_.queue_len_ >= HC__QUEUE_CAP
                          ? HC_CONN_IDLE
                          : HC_CONN_SEND;
}

HCAPI hc_error_code hc_conn_end(hc_conn *c, const hc_field *trailers, size_t count,
                                hc_body_writer *ended, size_t *where)
{
    hc_error_code r;
    size_t ignored;
    if (!where)
        where = &ignored;
    *where = HC_WHERE_START_LINE;
    if (c->writing_ != HC_CONN_BODY)
        return HC_ERR_INVALID_STATE;
    r = hc_body_end(&c->writer_, trailers, count, where);
    if (r)
        return r;
    if (ended)
        *ended = c->writer_;
    if (hc__conn_is_server(c))
        hc__conn_server_wrote(c);
    else
        hc__conn_client_wrote(c);
    return HC_OK;
}


HCAPI void hc_conn_close(hc_conn *c)
{
    c->flags_ |= HC__C_NO_REUSE | HC__C_CLOSING;
    if (c->reading_ != HC_CONN_ERROR)
        c->reading_ = HC_CONN_CLOSED;
    if (c->writing_ != HC_CONN_BODY)
        c->writing_ = HC_CONN_CLOSED;
}

HCAPI hc_conn_state hc_conn_reading(const hc_conn *c) { return (hc_conn_state)c->reading_; }
HCAPI hc_conn_state hc_conn_writing(const hc_conn *c) { return (hc_conn_state)c->writing_; }

HC__PRIVATE int hc__conn_over(hc_conn_state s)
{
    return s == HC_CONN_CLOSED || s == HC_CONN_ERROR || s == HC_CONN_SWITCHED;
}

HCAPI int hc_conn_keep_alive(const hc_conn *c)
{
    return !(c->flags_ & HC__C_NO_REUSE) && !hc__conn_over((hc_conn_state)c->reading_) &&
           !hc__conn_over((hc_conn_state)c->writing_);
}

HCAPI int hc_conn_must_close(const hc_conn *c)
{
    if (hc__conn_is_server(c))
        return c->writing_ == HC_CONN_CLOSED ||
               (c->writing_ == HC_CONN_DONE && (c->flags_ & HC__C_NO_REUSE));
    return c->reading_ == HC_CONN_CLOSED || c->reading_ == HC_CONN_ERROR;
}

HCAPI unsigned hc_conn_outstanding(const hc_conn *c)
{
    if (hc__conn_is_server(c))
        return c->writing_ == HC_CONN_SEND || c->writing_ == HC_CONN_BODY;
    return (unsigned)c->parser_.queue_len_ + ((c->flags_ & HC__C_ANSWERING) ? 1u : 0u);
}

HCAPI const char *hc_conn_state_name(hc_conn_state state)
{
    static const char names[][9] = {"idle", "send", "head", "body",
                                    "done", "switched", "closed", "error"};
    if ((unsigned)state > (unsigned)HC_CONN_ERROR)
        return "unknown";
    return names[state];
}

#ifdef __cplusplus
}
#endif
#endif /* HTTPCODEC_IMPLEMENTATION_DONE */
#endif /* HTTPCODEC_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the httpcodec authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/
