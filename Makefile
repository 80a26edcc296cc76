# The two commands of the README. Both create the virtualenv at .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ADDR ?= 127.0.0.1:8000

.PHONY: serve test lint bench lock wheels image schema

$(PY): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $(PY)

# Set up, migrate, import the sample minutes and serve on http://$(ADDR)/
serve: $(PY)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_minutes samples/
	$(PY) manage.py runserver $(ADDR)

# Lint and run the test suite (on SQLite, or on the database DATABASE_URL names).
test: $(PY)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

# Parse throughput against a splitlines()+regex yardstick, extraction per
# referat and on long sentences, then import throughput into fresh SQLite and
# PostgreSQL databases (PostgreSQL skipped if unreachable), then the readers.
# DEBUG off as in production: with it on, Django times and records every query.
bench: export DJANGO_DEBUG = 0
bench: export DJANGO_SECRET_KEY ?= bench-only-not-secret-0123456789abcdefghijklmnopqrstuv
bench: $(PY)
	$(PY) -m minutes.bench
	$(PY) -m decisions.bench
	$(PY) manage.py bench_import
	$(PY) manage.py bench_formats

# The production image's hash-checked lock, compiled from requirements.txt: run
# after changing requirements.txt. Local pip configuration (extra indexes, wheel
# directories) is ignored so the lock names only the package index's files.
lock: $(PY)
	env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $(VENV)/bin/pip-compile \
		--quiet --generate-hashes --allow-unsafe --strip-extras --no-header \
		--no-emit-index-url --no-emit-find-links -o requirements-lock.txt requirements.txt

# Download the lock's wheels for the image's platform into .wheels/, checked
# against the hashes, so `docker build` needs no registry access.
wheels: $(PY)
	rm -rf .wheels
	env -u PIP_FIND_LINKS PIP_CONFIG_FILE=/dev/null $(VENV)/bin/pip download \
		--quiet --require-hashes --no-deps --only-binary=:all: \
		--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
		--platform manylinux2014_x86_64 --python-version 3.11 --implementation cp \
		--abi cp311 --abi abi3 --abi none -d .wheels -r requirements-lock.txt

# Build the production image (BASE_IMAGE=... to use a locally built base).
image: wheels
	docker build $(if $(BASE_IMAGE),--build-arg BASE_IMAGE=$(BASE_IMAGE)) -t minutes .

# Regenerate the committed OpenAPI schema after an API change (a test fails
# while openapi.yaml differs from what the code generates).
schema: $(PY)
	$(PY) manage.py spectacular --lang en --validate --fail-on-warn --file openapi.yaml
