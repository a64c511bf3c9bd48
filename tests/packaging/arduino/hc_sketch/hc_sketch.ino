// Built by tests/packaging.sh with Debian's arduino-builder for an Arduino
// Uno (ATmega328P: 32 KB flash, 2 KB RAM), the library found through its
// library.properties like any library in a sketchbook.
#define HTTPCODEC_IMPLEMENTATION
#include <httpcodec.h>

static hc_parser parser;

void setup() {
  static const char req[] = "GET /led HTTP/1.1\r\nHost: uno\r\n\r\n";
  hc_event ev;
  size_t off = 0;
  Serial.begin(9600);
  hc_parser_init(&parser, HC_ROLE_SERVER, NULL);
  do {
    off += hc_parse(&parser, req + off, sizeof req - 1 - off, &ev);
  } while (ev.type != HC_EV_MESSAGE_DONE && ev.type != HC_EV_ERROR &&
           ev.type != HC_EV_NEED_MORE);
  Serial.println(hc_event_name(ev.type));
}

void loop() {}
