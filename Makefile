# elfe - Lisp Flavoured Erlang in C.  One GNU Makefile for everything.
#
#   make            build bin/elfe and bin/elfec
#   make repl       install missing packages, build, start the shell
#   make test       install missing packages, build, run every test layer
#   make stress     the process stress programs at full size, and on a
#                   build that switches processes at every call
#   make deps       check for the system packages; install them as root
#   make fuzz       run the reader fuzzer (FUZZ_TIME seconds, default 300)
#   make bench      benchmarks on elfe and the BEAM side by side (BENCH=, ARGS=, REPS=)
#   make bench-callgrind   instruction counts per benchmark (needs valgrind)
#   make profile BENCH=fib  the top functions of one benchmark (perf or callgrind)
#   make format     clang-format every C file
#   make clean

CC      ?= gcc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
           -Wpointer-arith -Wformat=2 -Wundef -Wwrite-strings \
           -Wold-style-definition -Werror
PKGS    := bdw-gc libpcre2-8 zlib
ALL_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -MMD -MP \
              $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgc -lpcre2-8 -lz) \
           -lgmp -lpthread -lm

BUILD   := build
BIN     := bin
# The core: everything except the programs' main files.
CORE_SRCS := $(wildcard runtime/*.c reader/*.c) \
             $(filter-out compiler/elfec_main.c,$(wildcard compiler/*.c))
CORE_OBJS := $(CORE_SRCS:%.c=$(BUILD)/%.o)
ELFE_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(wildcard repl/*.c))
ELFEC_OBJS := $(BUILD)/compiler/elfec_main.o
CORE_LIB  := $(BUILD)/libelfe.a

UNIT_SRCS := $(sort $(wildcard tests/unit/check_*.c))
UNIT_SUPPORT := $(filter-out tests/unit/check_% tests/unit/runner.c,$(wildcard tests/unit/*.c))
UNIT_OBJS := $(UNIT_SRCS:%.c=$(BUILD)/%.o) $(UNIT_SUPPORT:%.c=$(BUILD)/%.o) \
             $(BUILD)/tests/unit/runner.o
UNIT_BIN  := $(BUILD)/check_runner
TOOLS     := $(patsubst tests/tools/%.c,$(BUILD)/%,$(wildcard tests/tools/*.c))

DEB_PACKAGES := gcc make pkg-config libgc-dev libreadline-dev libpcre2-dev python3 \
                libgmp-dev zlib1g-dev check

.PHONY: stress stress-short bench-stress
.PHONY: all deps repl test unit golden headers lfe-tests fuzz fuzz-smoke format clean tools \
        bench bench-callgrind profile bench-sync-check bench-deps
all: $(BIN)/elfe $(BIN)/elfec

$(BIN)/elfe: $(ELFE_OBJS) $(BUILD)/gen/boot_image.o $(CORE_LIB) | $(BIN)
	$(CC) -o $@ $^ $(LIBS) -lreadline

# The boot image: lib/*.lfe compiled by the stage-one elfec, embedded.
LIB_SRCS := $(sort $(wildcard lib/*.lfe))
LIB_ASMS := $(LIB_SRCS:lib/%.lfe=$(BUILD)/lib/%.beam)
$(BUILD)/lib/%.beam: lib/%.lfe $(BUILD)/elfec0
	@mkdir -p $(dir $@)
	$(BUILD)/elfec0 -o $(BUILD)/lib $<

$(BUILD)/mkboot: compiler/mkboot/mkboot.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 $(WARN) -o $@ $<

$(BUILD)/gen/boot_image.c: $(LIB_ASMS) $(BUILD)/mkboot
	@mkdir -p $(dir $@)
	$(BUILD)/mkboot $@ $(LIB_ASMS)

# LFE's include files (lib/include/*.lfe: cl, clj, scm, match-spec),
# embedded as text so (include-lib "lfe/include/clj.lfe") needs no files
# on disk.  The generated table is committed (the build needs only sh).
LFE_INCLUDES := $(sort $(wildcard lib/include/*.lfe))
compiler/include_lib.inc: $(LFE_INCLUDES) tools/gen_lfe_includes.sh
	tools/gen_lfe_includes.sh $@ $(LFE_INCLUDES)
$(BUILD)/compiler/include_lib.o: compiler/include_lib.inc

# Stage one: a compiler without the library, which compiles lib/.  The
# final bin/elfec embeds the boot image, so macros can call lib/ at
# compile time.
$(BUILD)/elfec0: $(ELFEC_OBJS) $(CORE_LIB)
	$(CC) -o $@ $^ $(LIBS)

$(BIN)/elfec: $(ELFEC_OBJS) $(BUILD)/gen/boot_image.o $(CORE_LIB) | $(BIN)
	$(CC) -o $@ $^ $(LIBS)

$(CORE_LIB): $(CORE_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BIN):
	mkdir -p $(BIN)

# ---- set-up ----------------------------------------------------------
deps:
	@missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
	  for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	      || missing="$$missing $$p"; \
	  done; \
	fi; \
	if [ -z "$$missing" ]; then \
	  echo "deps: all system packages present"; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "deps: missing packages:$$missing"; \
	  echo "deps: run: sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

repl: deps
	@$(MAKE) --no-print-directory all
	./bin/elfe

# ---- tests -----------------------------------------------------------
# Each layer writes "PASSED FAILED" to build/results/LAYER; tests/summary
# adds them up and prints the closing "N passed, M failed" line.
test: deps
	@$(MAKE) --no-print-directory all tools $(UNIT_BIN)
	@rm -rf $(BUILD)/results && mkdir -p $(BUILD)/results
	@$(MAKE) --no-print-directory unit golden headers lfe-tests stress-short fuzz-smoke
	@tests/summary $(BUILD)/results

$(BUILD)/gen/suites.h: $(UNIT_SRCS)
	@mkdir -p $(dir $@)
	@for f in $(UNIT_SRCS); do \
	  n=$${f##*/check_}; echo "SUITE($${n%.c})"; done > $@

$(UNIT_OBJS): $(BUILD)/gen/suites.h
$(BUILD)/tests/unit/%.o: ALL_CFLAGS += -I$(BUILD)/gen \
    $(shell pkg-config --cflags check 2>/dev/null)

$(UNIT_BIN): $(UNIT_OBJS) $(CORE_LIB)
	$(CC) -o $@ $^ $(LIBS) $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt)

# The process stress programs (tests/stress): short sizes in make test;
# make stress runs the full sizes three times, then the short set and the
# process suite on a build where every call may switch processes
# (VM_SLICE=1, in build-slice1).
stress-short: all
	@mkdir -p $(BUILD)/results
	tests/stress/run --short $(BUILD)/results/stress

stress: all
	tests/stress/run --repeat 3
	@$(MAKE) --no-print-directory BUILD=build-slice1 BIN=build-slice1/bin \
	    CFLAGS="-O2 -g -DVM_SLICE=1" all
	ELFE=build-slice1/bin/elfe ELFEC=build-slice1/bin/elfec tests/stress/run --short
	ELFE=build-slice1/bin/elfe ELFEC=build-slice1/bin/elfec \
	    LFE_SUITES="proc-tests" tests/lfe/run

unit: $(UNIT_BIN)
	@mkdir -p $(BUILD)/results
	$(UNIT_BIN) $(BUILD)/results/unit

tools: $(TOOLS)
$(BUILD)/%: $(BUILD)/tests/tools/%.o $(CORE_LIB)
	$(CC) -o $@ $^ $(LIBS)

# LFE-level suites (tests/lfe/*-tests.lfe), run on elfe itself.
lfe-tests: all
	@mkdir -p $(BUILD)/results
	tests/lfe/run $(BUILD)/results/lfe

golden: all tools
	@mkdir -p $(BUILD)/results
	tests/golden/run $(BUILD)/results/golden

# Every header compiles on its own (STYLE.md): one check per header.
HEADERS := $(wildcard include/*.h runtime/*.h reader/*.h compiler/*.h repl/*.h)
headers:
	@mkdir -p $(BUILD)/results; pass=0; fail=0; \
	for h in $(HEADERS); do \
	  if echo "#include \"$$PWD/$$h\"" | $(CC) $(ALL_CFLAGS) -fsyntax-only \
	       -x c - 2>$(BUILD)/header.err; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); echo "FAIL header $$h"; cat $(BUILD)/header.err; fi; \
	done; echo "headers: $$pass passed, $$fail failed"; \
	echo "$$pass $$fail" > $(BUILD)/results/headers; [ $$fail -eq 0 ]

# ---- fuzzing (clang + libFuzzer) -------------------------------------
FUZZ_TIME ?= 300
FUZZ_CC   ?= clang
FUZZ_FLAGS := -std=c11 -D_GNU_SOURCE -g -O1 \
              -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))

$(BUILD)/fuzz/%: tests/fuzz/%.c $(CORE_SRCS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(shell pkg-config --cflags $(PKGS)) -o $@ \
	    $< $(CORE_SRCS) $(LIBS)

fuzz: $(FUZZ_BINS)
	tests/fuzz/run $(FUZZ_TIME) $(FUZZ_BINS)

# The short fuzz run of `make test`: only where clang with libFuzzer works.
fuzz-smoke:
	@mkdir -p $(BUILD)/results
	@if tests/fuzz/available $(FUZZ_CC); then \
	  $(MAKE) --no-print-directory $(FUZZ_BINS) && \
	  tests/fuzz/run 30 $(FUZZ_BINS) --results $(BUILD)/results/fuzz; \
	else \
	  echo "fuzz: SKIPPED (clang with libFuzzer not available)"; \
	fi

# ---- benchmarks (tests/bench; never part of make test) ----------------
# make bench [BENCH=fib,tak] [ARGS="32"] [REPS=5] [TIMEOUT=60] [JSON=FILE] [SCALED=1]:
# tests/bench/run on elfe and, when erl is installed, the Erlang twins.
BENCH_FLAGS = $(if $(BENCH),--bench "$(BENCH)") $(if $(ARGS),--args "$(ARGS)") \
              $(if $(REPS),--reps $(REPS)) $(if $(TIMEOUT),--timeout $(TIMEOUT)) \
              $(if $(JSON),--json $(JSON)) $(if $(SCALED),--scaled)
BENCH_DEB_PACKAGES := valgrind

bench: all $(BUILD)/benchrun
	tests/bench/run $(BENCH_FLAGS)

bench-callgrind: all $(BUILD)/benchrun
	tests/bench/run --callgrind $(BENCH_FLAGS)

profile: all $(BUILD)/benchrun
	@test -n "$(BENCH)" || { echo "profile: name one benchmark: make profile BENCH=fib"; exit 2; }
	tests/bench/run --profile $(BENCH_FLAGS)

# The benchmarks on the stress build (every call may switch processes):
# correctness under constant preemption, and its cost; elfe only.
bench-stress: $(BUILD)/benchrun
	@$(MAKE) --no-print-directory BUILD=build-slice1 BIN=build-slice1/bin \
	    CFLAGS="-O2 -g -DVM_SLICE=1" all
	BENCH_ELFE=$(CURDIR)/build-slice1/bin/elfe BENCH_ELFEC=$(CURDIR)/build-slice1/bin/elfec \
	    tests/bench/run --no-erl $(BENCH_FLAGS)

# tests/bench is a copy of ../shared/bench: say whether they still agree.
bench-sync-check:
	@tests/bench/run --sync-check

# Optional packages for bench-callgrind and profile (valgrind), as make deps.
bench-deps:
	@if command -v valgrind >/dev/null 2>&1; then echo "bench-deps: valgrind present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_DEB_PACKAGES); \
	else echo "bench-deps: optional: sudo apt-get install -y $(BENCH_DEB_PACKAGES)"; fi

# ---- housekeeping ----------------------------------------------------
format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) bin

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
