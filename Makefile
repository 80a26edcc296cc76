# The two commands of the README. Both create the virtualenv at .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ADDR ?= 127.0.0.1:8000

.PHONY: serve test lint bench schema

$(PY): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
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

# Parse throughput against a splitlines()+regex yardstick, then import throughput
# into fresh SQLite and PostgreSQL databases (PostgreSQL skipped if unreachable).
bench: $(PY)
	$(PY) -m minutes.bench
	$(PY) manage.py bench_import

# Regenerate the committed OpenAPI schema after an API change (a test fails
# while openapi.yaml differs from what the code generates).
schema: $(PY)
	$(PY) manage.py spectacular --lang en --validate --fail-on-warn --file openapi.yaml
