# Gongbao — the two commands a new user types: `make report` and `make test`.
SWIFT      ?= swift
BUILD_DIR  ?= .build
GONGBAO    := $(BUILD_DIR)/release/gongbao
CORPUS     ?= Corpus
REPORTS    ?= Reports
# Install system packages only when missing; as root on the CI/dev machines, with sudo elsewhere.
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build report test check eval bench clean

## setup: install what the build needs (libxml2-dev, pkg-config, python3) when it is missing.
setup:
	@if ! pkg-config --exists libxml-2.0 2>/dev/null || ! command -v python3 >/dev/null; then \
		echo "installing libxml2-dev pkg-config python3 …"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-dev pkg-config python3 >/dev/null; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "error: swift not found on PATH (Swift 6 toolchain needed)"; exit 1; }

## build: release build of the gongbao command.
build: setup
	$(SWIFT) build -c release --product gongbao

## report: set up, build, and write Reports/ from the bundled Corpus.
report: build
	$(GONGBAO) report $(CORPUS) --out $(REPORTS)

## test: the whole test suite.
test: setup
	$(SWIFT) test

## check: findings on the Corpus, compiler style; non-zero exit on an error-level finding.
check: build
	$(GONGBAO) check $(CORPUS)

## eval: extraction accuracy against the gold annotations, as written and re-wrapped as an OCR'd column (skipped when
## ../shared is absent).
eval: build
	python3 scripts/evaluate.py
	python3 scripts/wrap_eval.py
	python3 scripts/fault_eval.py

clean:
	rm -rf $(BUILD_DIR)

## bench: release build, then throughput, scaling and memory on a 200 MB corpus of Corpus copies
## (extra options: make bench BENCH_ARGS="--size-mb 500 --repeat 1", or BENCH_ARGS="--scale 100,500,1000").
bench: build
	$(GONGBAO) bench --corpus $(CORPUS) $(BENCH_ARGS)
