# httpcodec: `make run` starts the example server, `make test` runs
# every test. Tools the tests need are installed by tests/need.sh, which says
# what it installs and why.

CC      ?= cc
WARN     = -Wall -Wextra -Wpedantic -Wconversion -Wshadow
SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
BUILD    = build
NEED     = sh tests/need.sh

TEST_SRC = tests/test_main.c tests/cases_request.c tests/cases_response.c
TEST_DEP = $(TEST_SRC) tests/test_api.c tests/test_writer.c tests/test_conn.c tests/test_conn_random.c tests/cases.h tests/case_options.h tests/writer_cases.h httpcodec.h examples/hcdump.c

.PHONY: all check test run compile-check tools clean mutate fuzz fuzz-smoke fuzz-replay fuzz-tools fuzz-libfuzzer llhttp-sources bench bench-tools bench-callgrind bench-readme bench-check size

all: $(BUILD)/hcdump $(BUILD)/server $(BUILD)/client

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/hcdump: examples/hcdump.c httpcodec.h | $(BUILD)
	$(CC) -std=c99 -O2 -g $(WARN) -o $@ examples/hcdump.c

# The example server (its files: examples/server.h) and client (POSIX),
# warning-free like the header.
SERVER_SRC = examples/server.c examples/slots.c examples/tunnel.c examples/websocket_conn.c \
             examples/websocket.c examples/sha1.c
SERVER_DEP = $(SERVER_SRC) examples/server.h examples/websocket.h examples/sha1.h httpcodec.h
$(BUILD)/server: $(SERVER_DEP) | $(BUILD)
	$(CC) -std=c99 -O2 -g $(WARN) -Werror -o $@ $(SERVER_SRC)
CLIENT_SRC = examples/client.c examples/websocket.c examples/sha1.c
CLIENT_DEP = $(CLIENT_SRC) examples/websocket.h examples/sha1.h httpcodec.h
$(BUILD)/client: $(CLIENT_DEP) | $(BUILD)
	$(CC) -std=c99 -O2 -g $(WARN) -Werror -o $@ $(CLIENT_SRC)
# The server the real-client tests drive, and the example client they also
# run: with ASan and UBSan, so a memory or undefined-behaviour fault under
# real clients stops them loudly.
$(BUILD)/asan/server: $(SERVER_DEP) | $(BUILD)
	mkdir -p $(BUILD)/asan
	gcc -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ $(SERVER_SRC)
$(BUILD)/asan/client: $(CLIENT_DEP) | $(BUILD)
	mkdir -p $(BUILD)/asan
	gcc -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ $(CLIENT_SRC)

# The WebSocket echo of the example server (examples/websocket.c) on its
# own, with ASan and UBSan: frames at every split point, little output
# room, 1 MiB messages (tests/test_websocket.c). `make test-websocket`.
WS_TEST_DEP = tests/test_websocket.c examples/websocket.c examples/websocket.h examples/sha1.c examples/sha1.h
$(BUILD)/test_websocket_gcc: $(WS_TEST_DEP) | $(BUILD)
	gcc -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ tests/test_websocket.c examples/websocket.c examples/sha1.c
$(BUILD)/test_websocket_clang: $(WS_TEST_DEP) | $(BUILD)
	clang -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ tests/test_websocket.c examples/websocket.c examples/sha1.c
.PHONY: test-websocket
test-websocket: $(BUILD)/test_websocket_gcc $(BUILD)/test_websocket_clang
	@set -e; for cc in gcc clang; do log=$(BUILD)/test_websocket_$$cc.log; \
	  $(BUILD)/test_websocket_$$cc > $$log || { grep -v '^ok' $$log; exit 1; }; \
	  echo "the WebSocket echo, $$cc:"; tail -n 1 $$log; done

# The test runner, with AddressSanitizer and UndefinedBehaviorSanitizer.
$(BUILD)/test_gcc: $(TEST_DEP) | $(BUILD)
	gcc -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ $(TEST_SRC)
$(BUILD)/test_clang: $(TEST_DEP) | $(BUILD)
	clang -std=c99 -O1 -g $(WARN) -Werror $(SAN) -o $@ $(TEST_SRC)

tools:
	@$(NEED) gcc gcc "C compiler for the tests"
	@$(NEED) g++ g++ "the header must compile as C++"
	@$(NEED) clang clang "the header must compile warning-free with clang too"

# The header alone, in implementation mode, warning-free as C99, C11,
# C++11 and C++17 with gcc and clang.
compile-check: tools | $(BUILD)
	@printf '#define HTTPCODEC_IMPLEMENTATION\n#include "httpcodec.h"\nint main(void){return 0;}\n' > $(BUILD)/only_header.c
	@cp $(BUILD)/only_header.c $(BUILD)/only_header.cpp
	@printf '#define HTTPCODEC_STATIC\n#include "httpcodec.h"\nint main(void){return 0;}\n' > $(BUILD)/static_header.c
	@set -e; for cc in gcc clang; do for std in c99 c11; do for opt in -O0 -O2; do \
	  echo "compile-check: $$cc -std=$$std $$opt"; \
	  $$cc -std=$$std $$opt $(WARN) -Werror -I. -c $(BUILD)/only_header.c -o $(BUILD)/only_header.o; \
	  $$cc -std=$$std $$opt $(WARN) -Werror -I. -c $(BUILD)/static_header.c -o $(BUILD)/static_header.o; done; done; done
	@set -e; for cxx in g++ clang++; do for std in c++11 c++17; do for opt in -O0 -O2; do \
	  echo "compile-check: $$cxx -std=$$std $$opt"; \
	  $$cxx -std=$$std $$opt $(WARN) -Werror -I. -c $(BUILD)/only_header.cpp -o $(BUILD)/only_header.o; done; done; done
	@# Whole programs too, where inlining brings out more warnings.
	@set -e; for cc in gcc clang; do for opt in -O0 -O1 -O2; do \
	  echo "compile-check: the test runner, $$cc $$opt"; \
	  $$cc -std=c99 $$opt $(WARN) -Werror -o $(BUILD)/runner_check $(TEST_SRC); done; done
	@# A compiler without gcc's builtins (the portable fallbacks).
	@echo "compile-check: gcc -U__GNUC__ -DHTTPCODEC_NO_SIMD (no builtins)"
	@gcc -std=c99 -U__GNUC__ -DHTTPCODEC_NO_SIMD $(WARN) -Werror -I. -c $(BUILD)/only_header.c -o $(BUILD)/only_header.o
	@# The configuration hooks, each defined by the user.
	@printf '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#define HTTPCODEC_IMPLEMENTATION\n#define HTTPCODEC_API extern __attribute__((visibility("default")))\n#define HTTPCODEC_ASSERT(x) ((x) ? (void)0 : abort())\n#define HTTPCODEC_MEMCPY(d, s, n) memcpy(d, s, n)\n#define HTTPCODEC_MEMMOVE(d, s, n) memmove(d, s, n)\n#include "httpcodec.h"\n_Static_assert(HTTPCODEC_VERSION == ((HTTPCODEC_VERSION_MAJOR << 16) | (HTTPCODEC_VERSION_MINOR << 8) | HTTPCODEC_VERSION_PATCH), "version");\n' > $(BUILD)/hooks.c
	@set -e; for cc in gcc clang; do echo "compile-check: $$cc with every configuration hook defined"; \
	  $$cc -std=c11 $(WARN) -Werror -I. -c $(BUILD)/hooks.c -o $(BUILD)/hooks.o; done
	@# Each scanning path (tests/scanners.sh runs them), as C and as C++.
	@set -e; for flag in -DHTTPCODEC_NO_SIMD -mavx2 -DHTTPCODEC_SMALL=1; do for cc in gcc clang g++ clang++; do \
	  echo "compile-check: $$cc $$flag"; src=$(BUILD)/only_header.c; \
	  case $$cc in *++) src=$(BUILD)/only_header.cpp;; esac; \
	  $$cc $$flag $(WARN) -Werror -I. -c $$src -o $(BUILD)/only_header.o; done; done
	@printf '#define HTTPCODEC_IMPLEMENTATION\n#include "httpcodec.h"\n_Static_assert(sizeof(hc_parser) <= 56, "parser state");\n_Static_assert(sizeof(hc_conn) <= 80, "connection state");\n' > $(BUILD)/freestanding.c
	@# Cortex-M0 (no libc), i386 (32-bit), msp430 and AVR (16-bit int and
	@# size_t), at -Os both in the small form (the default there) and not.
	@set -e; for small in 1 0; do for target in thumbv6m-none-eabi i386-linux-gnu msp430 "avr -mmcu=atmega2560"; do \
	  echo "compile-check: clang --target=$$target -ffreestanding -Os -DHTTPCODEC_SMALL=$$small"; \
	  clang --target=$$target -std=c11 -ffreestanding -Os -DHTTPCODEC_SMALL=$$small $(WARN) -Werror -I. -c $(BUILD)/freestanding.c -o $(BUILD)/freestanding.o; \
	  sh tests/check_object.sh $(BUILD)/freestanding.o; done; done

# The quick loop for the edit-test cycle (under a minute): the header
# warning-free as C99 and C++11, then the core test runner with gcc,
# ASan and UBSan. `make test` is the full suite.
check: | $(BUILD)
	@printf '#define HTTPCODEC_IMPLEMENTATION\n#include "httpcodec.h"\nint main(void){return 0;}\n' > $(BUILD)/check_header.c
	@cp $(BUILD)/check_header.c $(BUILD)/check_header.cpp
	@# -O1 too: gcc's may-be-uninitialized analysis differs by level.
	gcc -std=c99 -O1 $(WARN) -Werror -I. -c $(BUILD)/check_header.c -o $(BUILD)/check_header.o
	gcc -std=c99 -O2 $(WARN) -Werror -I. -c $(BUILD)/check_header.c -o $(BUILD)/check_header.o
	g++ -std=c++11 -O2 $(WARN) -Werror -I. -c $(BUILD)/check_header.cpp -o $(BUILD)/check_header.o
	@$(MAKE) --no-print-directory $(BUILD)/hcdump $(BUILD)/test_gcc
	@HCDUMP=$(BUILD)/hcdump $(BUILD)/test_gcc > $(BUILD)/check.log || { grep -v '^ok' $(BUILD)/check.log | tail -n 60; exit 1; }
	@tail -n 1 $(BUILD)/check.log

# Every suite in turn, through tests/run_all.sh: one that fails does not
# stop the others; the run ends with a summary, one line per suite, and the
# line `N passed, N failed` over them all, and fails if any suite failed.
test:
	@MAKE='$(MAKE)' FUZZ_SMOKE_SECONDS='$(FUZZ_SMOKE_SECONDS)' sh tests/run_all.sh $(BUILD)

# The packages (tests/packaging.sh): install and consume with CMake and
# pkg-config, the manifests checked, an Arduino build for an Uno.
.PHONY: test-packaging
test-packaging:
	@sh tests/packaging.sh $(BUILD)

# The tests on other machines (tests/cross.sh, about 2 minutes): the full
# runner on 32-bit ARM and big-endian MIPS under qemu-user, the freestanding
# subset (tests/embedded/) on Cortex-M4 and Cortex-M0 under qemu-system-arm
# and on AVR (16-bit int) under simavr.
.PHONY: test-cross
test-cross: | $(BUILD)
	@sh tests/cross.sh $(BUILD)

# ---------------------------------------------------------------- fuzzing
# fuzz/README.md says what each harness checks. Every harness builds three
# ways from one source: AFL++ persistent mode (afl-clang-fast, with ASan+UBSan
# in fuzz/afl, without in fuzz/afl-fast), libFuzzer, and a replay program
# that runs files and corpora (fuzz/replay, ASan+UBSan).
FUZZERS      = request response chunked serialize conn llhttp
FUZZ         = $(BUILD)/fuzz
FUZZ_DEP     = fuzz/fuzz.h fuzz/parse_check.h httpcodec.h
FUZZ_CFLAGS  = -std=c99 -g -O1 $(WARN) -Werror
AFL_CC       = afl-clang-fast
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_SECONDS ?= 3600

fuzz-tools:
	@$(NEED) afl-clang-fast afl++ "AFL++ is the fuzzer of record (fuzz/)"
	@$(NEED) clang clang "libFuzzer and replay builds of the fuzz harnesses"

$(FUZZ)/afl/%: fuzz/fuzz_%.c $(FUZZ_DEP) | fuzz-tools
	@mkdir -p $(@D)
	AFL_QUIET=1 $(AFL_CC) $(FUZZ_CFLAGS) $(SAN) -o $@ $<
$(FUZZ)/afl-fast/%: fuzz/fuzz_%.c $(FUZZ_DEP) | fuzz-tools
	@mkdir -p $(@D)
	AFL_QUIET=1 $(AFL_CC) $(FUZZ_CFLAGS) -O2 -o $@ $<
$(FUZZ)/libfuzzer/%: fuzz/fuzz_%.c $(FUZZ_DEP) | fuzz-tools
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) $(SAN) -fsanitize=fuzzer -DFUZZ_LIBFUZZER -o $@ $<
$(FUZZ)/replay/%: fuzz/fuzz_%.c $(FUZZ_DEP) | fuzz-tools
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) $(SAN) -o $@ $<
# The replay again with HTTPCODEC_SMALL, the -Os form (table scanning, no
# fast paths), held to the same invariants.
FUZZERS_SMALL = $(filter-out llhttp,$(FUZZERS))
$(FUZZ)/replay-small/%: fuzz/fuzz_%.c $(FUZZ_DEP) | fuzz-tools
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) $(SAN) -DHTTPCODEC_SMALL=1 -o $@ $<

# The llhttp differential harness links llhttp's C sources from Debian's
# node-llhttp, compiled here in strict mode (never copied into the
# repository); their own warnings are not this project's.
LLHTTP_DIR   = /usr/share/llhttp
LLHTTP_INC   = /usr/share/include/llhttp
LLHTTP_SRC   = $(LLHTTP_DIR)/llhttp.c $(LLHTTP_DIR)/api.c $(LLHTTP_DIR)/http.c
LLHTTP_DEF   = -DLLHTTP_STRICT_MODE=1
llhttp-sources:
	@test -f $(LLHTTP_DIR)/llhttp.c || sh tests/apt_install.sh node-llhttp \
	  "llhttp's C sources, the oracle of the differential fuzz harness"
# llhttp_build CC FLAGS OUT: the harness and llhttp's sources, built and linked
define llhttp_build
	@mkdir -p $(3).obj
	@for f in llhttp api http; do \
	  $(1) $(2) $(LLHTTP_DEF) -w -I$(LLHTTP_INC) -c $(LLHTTP_DIR)/$$f.c -o $(3).obj/$$f.o || exit 1; done
	$(1) $(FUZZ_CFLAGS) $(2) $(LLHTTP_DEF) -I$(LLHTTP_INC) -c fuzz/fuzz_llhttp.c -o $(3).obj/harness.o
	$(1) $(2) -o $(3) $(3).obj/harness.o $(3).obj/llhttp.o $(3).obj/api.o $(3).obj/http.o
endef
$(FUZZ)/afl/llhttp: fuzz/fuzz_llhttp.c $(FUZZ_DEP) | fuzz-tools llhttp-sources
	$(call llhttp_build,AFL_QUIET=1 $(AFL_CC),-g -O1 $(SAN),$@)
$(FUZZ)/afl-fast/llhttp: fuzz/fuzz_llhttp.c $(FUZZ_DEP) | fuzz-tools llhttp-sources
	$(call llhttp_build,AFL_QUIET=1 $(AFL_CC),-g -O2,$@)
$(FUZZ)/libfuzzer/llhttp: fuzz/fuzz_llhttp.c $(FUZZ_DEP) | fuzz-tools llhttp-sources
	$(call llhttp_build,clang,-g -O1 $(SAN) -fsanitize=fuzzer -DFUZZ_LIBFUZZER,$@)
$(FUZZ)/replay/llhttp: fuzz/fuzz_llhttp.c $(FUZZ_DEP) | fuzz-tools llhttp-sources
	$(call llhttp_build,clang,-g -O1 $(SAN),$@)

# The seed corpus: every message of the test suite, in each harness's layout.
$(FUZZ)/make_seeds: fuzz/make_seeds.c tests/cases_request.c tests/cases_response.c tests/cases.h httpcodec.h
	@mkdir -p $(@D)
	$(CC) -std=c99 -g $(WARN) -Werror -o $@ fuzz/make_seeds.c tests/cases_request.c tests/cases_response.c
$(FUZZ)/seeds.stamp: $(FUZZ)/make_seeds
	rm -rf $(FUZZ)/seeds && $(FUZZ)/make_seeds $(FUZZ)/seeds && touch $@

# Replays the seeds and every committed finding (fuzz/regressions/HARNESS)
# through each harness: a fixed bug stays fixed. Then differences planted
# in copies of the header must still fail the llhttp harness
# (fuzz/planted_check.sh).
fuzz-replay: $(FUZZERS:%=$(FUZZ)/replay/%) $(FUZZERS_SMALL:%=$(FUZZ)/replay-small/%) $(FUZZ)/seeds.stamp
	@set -e; for h in $(FUZZERS); do \
	  $(FUZZ)/replay/$$h $(FUZZ)/seeds/$$h $$(ls -d fuzz/regressions/$$h 2>/dev/null); done
	@set -e; for h in $(FUZZERS_SMALL); do printf 'HTTPCODEC_SMALL: '; \
	  $(FUZZ)/replay-small/$$h $(FUZZ)/seeds/$$h $$(ls -d fuzz/regressions/$$h 2>/dev/null); done
	$(if $(filter llhttp,$(FUZZERS)),@sh fuzz/planted_check.sh $(BUILD) $(LLHTTP_INC) '$(SAN)')

# A short AFL++ run of every harness (ASan+UBSan); fails on any crash or hang.
fuzz-smoke: $(FUZZERS:%=$(FUZZ)/afl/%) $(FUZZ)/seeds.stamp
	@sh fuzz/afl_run.sh smoke $(BUILD) $(FUZZ_SMOKE_SECONDS) $(FUZZERS)

# The long campaign: FUZZ_SECONDS per harness on both cores
# (make fuzz FUZZ_SECONDS=7200 FUZZERS="request serialize").
fuzz: $(FUZZERS:%=$(FUZZ)/afl/%) $(FUZZERS:%=$(FUZZ)/afl-fast/%) $(FUZZ)/seeds.stamp
	@sh fuzz/afl_run.sh campaign $(BUILD) $(FUZZ_SECONDS) $(FUZZERS)

fuzz-libfuzzer: $(FUZZERS:%=$(FUZZ)/libfuzzer/%)

# ------------------------------------------------------------ benchmark
# tests/bench: httpcodec beside the peers, on the same bytes, in one run,
# once per scanning path of httpcodec.h: swar (the portable one,
# -DHTTPCODEC_NO_SIMD), sse2 (x86-64's default) and avx2 (-mavx2, when this
# CPU has it). The peers are the same in each run, all from Debian and never
# copied into the repository: picohttpparser compiled from the h2o source
# package (fetched by tests/fetch_source.sh into $(BUILD)/bench/src) twice,
# with -msse4.2 (its PCMPESTRI scanner; only when this CPU has SSE4.2) and
# without (its scalar code), each object's phr_* names renamed to
# phr_BUILD_* so that both link into one binary; llhttp from node-llhttp's
# sources (strict mode), with -msse4.2 when this CPU has it; http-parser
# from libhttp-parser-dev. The peers' own sources build with -w.
# `make bench` times them; `make bench-callgrind` counts instructions.
BENCH_DIR   = $(BUILD)/bench
BENCH_SRC   = tests/bench/bench.c tests/bench/peer_llhttp.c tests/bench/peer_http_parser.c
BENCH_PATHS = swar sse2 avx2
BENCH_FLAGS_swar = -DHTTPCODEC_NO_SIMD
BENCH_FLAGS_sse2 =
BENCH_FLAGS_avx2 = -mavx2
BENCH_SSE42 := $(shell grep -qw sse4_2 /proc/cpuinfo 2>/dev/null && echo yes)
BENCH_PICO_BUILDS = scalar $(if $(BENCH_SSE42),sse42)
BENCH_PICO_FLAGS_scalar = -O2 -DNDEBUG
BENCH_PICO_FLAGS_sse42 = -O2 -DNDEBUG -msse4.2
BENCH_PICO_OBJ = $(BENCH_PICO_BUILDS:%=$(BENCH_DIR)/pico-%.o) $(BENCH_PICO_BUILDS:%=$(BENCH_DIR)/peer_pico-%.o)
BENCH_LLHTTP_FLAGS = -O2 $(if $(BENCH_SSE42),-msse4.2)
BENCH_LLHTTP_OBJ = $(BENCH_DIR)/llhttp-$(if $(BENCH_SSE42),sse42,scalar).o
# explicit files, not intermediates of the pattern rules below: kept
.SECONDARY: $(BENCH_PICO_OBJ)
BENCH_DEFS = $(LLHTTP_DEF) -DBENCH_PICO_FLAGS_SCALAR='"$(BENCH_PICO_FLAGS_scalar)"' \
  -DBENCH_PICO_FLAGS_SSE42='"$(BENCH_PICO_FLAGS_sse42)"' -DBENCH_LLHTTP_FLAGS='"$(strip $(BENCH_LLHTTP_FLAGS))"' \
  $(if $(BENCH_SSE42),-DBENCH_PICO_SSE42=1 -DBENCH_LLHTTP_SSE42=1)
bench-tools: llhttp-sources
	@test -f /usr/include/http_parser.h || sh tests/apt_install.sh libhttp-parser-dev "http-parser, a benchmark peer"
# picohttpparser.c and .h from h2o's source package; h2o.source names the tarball
$(BENCH_DIR)/src/picohttpparser.c: tests/fetch_source.sh
	sh tests/fetch_source.sh $(BENCH_DIR)/src h2o 'h2o_*.orig.tar.xz' '*/deps/picohttpparser/picohttpparser.[ch]' \
	  "picohttpparser's sources, a benchmark peer"
# pico-BUILD.o: picohttpparser built so, every global name phr_X renamed
# phr_BUILD_X (a global not named phr_* stops the build: it would clash);
# peer_pico-BUILD.o: tests/bench/peer_pico.c calling those names.
$(BENCH_DIR)/pico-%.o: $(BENCH_DIR)/src/picohttpparser.c
	$(CC) $(BENCH_PICO_FLAGS_$*) -w -c $< -o $(@:.o=.raw.o)
	nm -g --defined-only $(@:.o=.raw.o) | awk '$$3 ~ /^phr_/ { print $$3, "phr_$*_" substr($$3, 5); next } \
	  { print "pico-$*.o: a global not named phr_*: " $$3 > "/dev/stderr"; exit 1 }' > $(@:.o=.syms)
	objcopy --redefine-syms=$(@:.o=.syms) $(@:.o=.raw.o) $@
$(BENCH_DIR)/peer_pico-%.o: tests/bench/peer_pico.c tests/bench/peers.h $(BENCH_DIR)/src/picohttpparser.c
	$(CC) -std=c99 -O2 -g $(WARN) -Werror -DPICO_BUILD=$* -isystem $(BENCH_DIR)/src -c $< -o $@
$(BENCH_LLHTTP_OBJ): | bench-tools
	@mkdir -p $(@D)
	@for f in llhttp api http; do $(CC) $(BENCH_LLHTTP_FLAGS) -w $(LLHTTP_DEF) -I$(LLHTTP_INC) \
	  -c $(LLHTTP_DIR)/$$f.c -o $(@:.o=)_$$f.o || exit 1; done
	ld -r -o $@ $(@:.o=)_llhttp.o $(@:.o=)_api.o $(@:.o=)_http.o
$(BENCH_DIR)/bench-%: $(BENCH_SRC) tests/bench/peers.h httpcodec.h $(BENCH_LLHTTP_OBJ) $(BENCH_PICO_OBJ) | bench-tools
	$(CC) -std=c99 -O2 -g $(WARN) -Werror $(BENCH_FLAGS_$*) $(BENCH_DEFS) \
	  -DBENCH_PICO_SOURCE="\"$$(cat $(BENCH_DIR)/src/h2o.source)\"" -I$(LLHTTP_INC) -o $@ \
	  $(BENCH_SRC) $(BENCH_LLHTTP_OBJ) $(BENCH_PICO_OBJ) -lhttp_parser
# run_bench COMMAND,ARGS: COMMAND BINARY ARGS for each path (avx2 only on a
# CPU with it)
define run_bench
	@set -e; for path in $(BENCH_PATHS); do \
	  if [ $$path = avx2 ] && ! grep -qw avx2 /proc/cpuinfo; then \
	    echo "== avx2: this CPU has no AVX2, so that build is not run"; continue; fi; \
	  echo "== httpcodec built with the $$path scanner"; $(1) $(BUILD)/bench/bench-$$path $(2); done
endef
bench: $(BENCH_PATHS:%=$(BUILD)/bench/bench-%)
	$(call run_bench,,)
bench-callgrind: $(BENCH_PATHS:%=$(BUILD)/bench/bench-%)
	@$(NEED) valgrind valgrind "callgrind counts instructions per message"
	$(call run_bench,sh tests/bench/callgrind.sh,)
# Every bench row's result checked, nothing timed: part of make test, so
# that the benchmark keeps building and measuring the right thing.
bench-check: $(BENCH_PATHS:%=$(BUILD)/bench/bench-%)
	$(call run_bench,,--check)
# The example server's requests per second beside nginx-light's, one
# worker, same page, wrk with 256 keep-alive connections (tests/bench/server.sh;
# about 25 s; times, so the machine must be otherwise idle).
.PHONY: bench-server
bench-server: $(BUILD)/server
	@sh tests/bench/server.sh $(BUILD)
# The README's "Size" tables: code, state and stack per target, beside
# picohttpparser and llhttp (tests/size.sh; about 30 s).
size:
	@sh tests/size.sh $(BUILD)
# The README's "Performance" tables, in Markdown (about 8 minutes).
bench-readme: $(BENCH_PATHS:%=$(BUILD)/bench/bench-%)
	@$(NEED) valgrind valgrind "callgrind counts instructions per message"
	@sh tests/bench/readme.sh $(BUILD)

# The main job: the example server on 127.0.0.1 (ADDR and PORT to change).
ADDR ?= 127.0.0.1
PORT ?= 8080
run: $(BUILD)/server $(BUILD)/client
	$(BUILD)/server -a $(ADDR) -p $(PORT)

# A mutation run over the parser (tests/mutate.py): MUTANTS single-point
# mutants against make check's runner; the survivors are printed (about 20
# s a mutant on each core; not part of make test).
MUTANTS = 100
mutate: tools
	@$(NEED) python3 python3 "tests/mutate.py makes the mutants"
	python3 tests/mutate.py --count $(MUTANTS) --jobs 2 --build $(BUILD)/mutate
clean:
	rm -rf $(BUILD)
