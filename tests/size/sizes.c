/* The state structures' sizes on a target, read back from the symbol
   sizes of these objects (nm -S): no need to run anything there. */
#define HTTPCODEC_IMPLEMENTATION
#include "../../httpcodec.h"
const char size_hc_parser[sizeof(hc_parser)] = {0};
const char size_hc_conn[sizeof(hc_conn)] = {0};
const char size_hc_body_writer[sizeof(hc_body_writer)] = {0};
const char size_hc_event[sizeof(hc_event)] = {0};
const char size_hc_head[sizeof(hc_head)] = {0};
const char size_hc_message[sizeof(hc_message)] = {0};
const char size_hc_chunk_head[sizeof(hc_chunk_head)] = {0};
