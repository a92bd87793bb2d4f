# The two commands a newcomer needs: `make run` and `make test`. Everything else is set up on demand.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
RASA_VENV := .venv-rasa
PY        := $(VENV)/bin/python
RASA      := PYTHONPATH=$(CURDIR) RASA_TELEMETRY_ENABLED=false $(RASA_VENV)/bin/rasa
MODEL     := models/inburgering.tar.gz
TEST_WORKERS ?= 2
TRAINING_FILES := domain.yml config.yml $(shell find nlu data -name '*.yml' -o -name '*.py' -o -name '*.txt' 2>/dev/null | grep -v __pycache__)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help setup prepare prepare-test test-tools browser model run test test-fast bench eval retrain i18n validate clean translation-models speech-tools speech-models

help: ## show the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@echo "==> Python 3.11 virtualenv for the bot, actions and tests ($(VENV))"
	@PY311=$$(scripts/find_python.sh 3.11) && "$$PY311" -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	# CPU build of torch first (argostranslate -> stanza needs torch); otherwise pip pulls CUDA packages.
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e '.[test]'
	@touch $@

$(RASA_VENV)/.installed: requirements/rasa.txt
	@echo "==> Python 3.10 virtualenv for Rasa ($(RASA_VENV)); the first time takes a few minutes"
	@PY310=$$(scripts/find_python.sh 3.10) && "$$PY310" -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/pip install -q --upgrade pip
	$(RASA_VENV)/bin/pip install -q -r requirements/rasa.txt
	@touch $@

setup: $(VENV)/.installed $(RASA_VENV)/.installed ## install both virtualenvs

# Retrain only when training data, domain, pipeline or normaliser code changed; make decides,
# so --force (Rasa's own fingerprint does not see changes in nlu/*.py).
$(MODEL): $(RASA_VENV)/.installed $(TRAINING_FILES)
	@echo "==> training the Rasa model"
	$(RASA) train --force --data nlu data --domain domain.yml --config config.yml --out models --fixed-model-name inburgering
	@touch $@

model: $(MODEL) ## train the Rasa model if the training data changed

# Both virtualenvs and the model, two at a time: the Python 3.11 install (~2.7 min on a fresh clone) runs
# beside the Rasa install and the training (~2.3 + 1.4 min); one after the other they took 6.4 min.
prepare:
	@$(MAKE) --no-print-directory -j2 $(VENV)/.installed $(MODEL)

# The Debian packages the tests need, one apt run after the other (apt holds one lock).
test-tools:
	scripts/install_browser.sh
	scripts/install_speech_tools.sh

# `make test`'s set-up: the two virtualenvs (the model trained after the Rasa one) and the Debian packages at once.
prepare-test:
	@$(MAKE) --no-print-directory -j3 $(VENV)/.installed $(MODEL) test-tools

run: prepare ## set up on first run, then start Rasa, actions, the bot and the inbox (demo data)
	@# Every run: migrate, and refresh the demo code and demo appointments (idempotent).
	$(PY) -m inburgering init-db --demo
	@# Demo logins in the inbox, and plain http on 127.0.0.1 (no Secure cookies); both off by default.
	DEMO=$${DEMO:-true} COOKIE_SECURE=$${COOKIE_SECURE:-false} $(PY) scripts/run.py

# Issue 16: Argos ar<->en, en<->nl and OPUS-MT ti<->en (converted to CTranslate2) into var/translation-models.
# Needs a network once; idempotent; refuses a changed upstream file (see the manifest there).
translation-models: $(VENV)/.installed ## download machine translation for the inbox (Arabic and Tigrinya <-> Dutch)
	$(PY) -m inburgering.text.translation install

validate: $(RASA_VENV)/.installed ## check training data and domain
	$(RASA) data validate --data nlu data --domain domain.yml --config config.yml --fail-on-warnings

browser: ## Debian chromium + chromedriver + Noto fonts for the inbox browser tests
	scripts/install_browser.sh

speech-tools: ## Debian espeak-ng + ffmpeg + opus-tools: the tests generate voice notes (not needed by make run)
	scripts/install_speech_tools.sh

# Issue 14: a faster-whisper model (Dutch and Arabic voice notes) into var/speech-models. Needs a network
# once; SPEECH_MODEL=tiny|base|small|medium|large-v3 (default small). Without it a person listens.
speech-models: $(VENV)/.installed ## download offline speech recognition for voice notes (Dutch, Arabic)
	$(PY) -m inburgering.speech install --model $${SPEECH_MODEL:-small}

test: prepare-test ## set up what is needed and run every test
	@# TEST_WORKERS pytest processes (pytest-xdist); tests/conftest.py keeps the test files that start Rasa
	@# together on one of them. `rasa data validate` and `rasa test core` run as tests (tests/e2e/test_rasa_checks.py).
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=25

test-fast: $(VENV)/.installed speech-tools ## unit tests only (no Rasa processes)
	$(PY) -m pytest -m "not e2e" -n $(TEST_WORKERS) --dist loadfile

# BENCH_ARGS go to the load mode (e.g. BENCH_ARGS="--chats 10 --questions 5"), ROUNDTRIP_ARGS to the round trip.
bench: setup $(MODEL) ## whole stack vs bare Rasa: round trip, 50 chats x 20 questions with one and two Rasa processes (< 10 min); translation ms/sentence
	$(PY) bench/roundtrip.py $(ROUNDTRIP_ARGS)
	$(PY) bench/load.py $(BENCH_ARGS)
	$(PY) bench/load.py --rasa-processes 2 $(BENCH_ARGS)
	$(PY) bench/translation.py

eval: setup ## NLU on held-out batches: bot vs char n-gram baseline, confidence thresholds (< 10 min)
	PYTHONPATH=$(CURDIR) $(RASA_VENV)/bin/python scripts/eval_nlu.py $(EVAL_ARGS)

# Issue 11: after `python -m inburgering export-labelled`. The new model replaces $(MODEL) only when
# its held-out accuracy (tests/nlu/**) is not lower in any language; otherwise the old one stays.
retrain: $(RASA_VENV)/.installed ## train a candidate model; use it only if held-out accuracy is not lower
	PYTHONPATH=$(CURDIR) RASA_TELEMETRY_ENABLED=false $(RASA_VENV)/bin/python scripts/promote_model.py

i18n: $(VENV)/.installed ## extract strings and update the nl/ar/ti catalogs
	$(PY) scripts/i18n.py update

clean: ## remove models, results and local data (keeps the virtualenvs)
	rm -rf models results var
