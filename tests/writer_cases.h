/* The writer's fixtures that both test runners check: tests/test_writer.c
   (hosted) and tests/embedded/runner.c (freestanding, no libc). Pure data,
   written once here so that a message and the bytes it must give cannot
   drift apart between the two runners; each runner keeps its own checks.

   Rules for what goes here, because both runners include all of it:
   - only data that both runners use, so neither has a static const it
     does not use (no "defined but not used" warning, nothing dead);
   - small data only: on AVR every const object is copied to RAM, and the
     embedded runner has 8 KiB there under simavr;
   - C99 and C++11 alike: positional initializers (C++11 has no designated
     ones), every member given (-Wmissing-field-initializers).
   Expected bytes are NUL-terminated arrays: sizeof - 1 is their length,
   and the embedded runner compares them as strings. */
#ifndef HC_WRITER_CASES_H
#define HC_WRITER_CASES_H
#include "../httpcodec.h"

/* A span of a string literal, its length counted by the compiler. */
#define WC_SPAN(s) {s, sizeof(s) - 1}
#define WC_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A request with a body of 5 bytes, whose Content-Length the writer adds
   after the fields. Names are written as given (the odd case of
   accept-LANGUAGE), an empty value and an HTAB inside a value are kept. */
static const hc_field wc_request_fields[] = {
    {WC_SPAN("Host"), WC_SPAN("example.com")},
    {WC_SPAN("accept-LANGUAGE"), WC_SPAN("en")},
    {WC_SPAN("X-Empty"), WC_SPAN("")},
    {WC_SPAN("Accept"), WC_SPAN("text/html,\t*/*;q=0.8")}};

/* hc_message's members in order: is_response, version_minor, method,
   target, status, reason, answers, answers_http10, fields, field_count,
   body, content_length. */
static const hc_message wc_request = {
    0, 1, WC_SPAN("POST"), WC_SPAN("/upload?x=1"), 0, {NULL, 0}, HC_METHOD_GET, 0,
    wc_request_fields, WC_COUNT(wc_request_fields), HC_BODY_LENGTH, 5};

static const char wc_request_bytes[] = "POST /upload?x=1 HTTP/1.1\r\n"
                                       "Host: example.com\r\n"
                                       "accept-LANGUAGE: en\r\n"
                                       "X-Empty: \r\n"
                                       "Accept: text/html,\t*/*;q=0.8\r\n"
                                       "Content-Length: 5\r\n"
                                       "\r\n";

/* A chunked response whose fields hold a list value and obs-text (UTF-8
   bytes). */
static const hc_field wc_response_fields[] = {
    {WC_SPAN("Server"), WC_SPAN("httpcodec")},
    {WC_SPAN("Vary"), WC_SPAN("Accept, Accept-Encoding")},
    {WC_SPAN("X-Obs"), WC_SPAN("caf\xc3\xa9")}};

static const hc_message wc_response = {
    1, 1, {NULL, 0}, {NULL, 0}, 200, WC_SPAN("OK"), HC_METHOD_GET, 0,
    wc_response_fields, WC_COUNT(wc_response_fields), HC_BODY_CHUNKED, 0};

static const char wc_response_bytes[] = "HTTP/1.1 200 OK\r\n"
                                        "Server: httpcodec\r\n"
                                        "Vary: Accept, Accept-Encoding\r\n"
                                        "X-Obs: caf\xc3\xa9\r\n"
                                        "Transfer-Encoding: chunked\r\n"
                                        "\r\n";

/* The body writer's cases: a chunked request, ended with two trailers
   (one of them empty), and a response of exactly 5 bytes. */
static const hc_field wc_chunked_request_fields[] = {{WC_SPAN("Host"), WC_SPAN("a")}};

static const hc_message wc_chunked_request = {
    0, 1, WC_SPAN("POST"), WC_SPAN("/"), 0, {NULL, 0}, HC_METHOD_GET, 0,
    wc_chunked_request_fields, WC_COUNT(wc_chunked_request_fields), HC_BODY_CHUNKED, 0};

static const hc_field wc_trailers[] = {
    {WC_SPAN("Checksum"), WC_SPAN("abc")},
    {WC_SPAN("X-Empty"), WC_SPAN("")}};

/* The last chunk and wc_trailers. */
static const char wc_body_end_bytes[] = "0\r\n"
                                        "Checksum: abc\r\n"
                                        "X-Empty: \r\n"
                                        "\r\n";

/* No fields but the Content-Length the writer adds. */
static const hc_message wc_length_response = {
    1, 1, {NULL, 0}, {NULL, 0}, 200, WC_SPAN("OK"), HC_METHOD_GET, 0,
    NULL, 0, HC_BODY_LENGTH, 5};

#endif
