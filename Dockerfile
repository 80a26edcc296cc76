# Production image: gunicorn as a non-root user that cannot change the code,
# static files served by WhiteNoise, dependencies installed from the
# hash-checked lock. Migrations are a separate step (`docker run IMAGE migrate`),
# never part of a replica's start. See README "Production".
#
# The base is pinned to an exact tag. Where no registry is reachable, build a
# local base with debootstrap and pass it: --build-arg BASE_IMAGE=... (README).
ARG BASE_IMAGE=python:3.11.11-slim-bookworm

FROM ${BASE_IMAGE} AS build
ENV PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
# Dependencies first: this layer is rebuilt only when the lock changes. Every
# file is checked against the lock's hashes. Wheels that `make wheels` put in
# .wheels/ are installed offline (a build without registry access); without
# them pip downloads from the package index.
COPY requirements-lock.txt .wheel[s] /tmp/build/
RUN python3 -m venv /opt/venv \
    && if ls /tmp/build/*.whl >/dev/null 2>&1; then offline="--no-index"; \
       else offline=""; fi \
    && pip install --no-cache-dir --no-deps --require-hashes $offline \
        --find-links /tmp/build -r /tmp/build/requirements-lock.txt
WORKDIR /app
COPY . .
# Bytecode is compiled now, as the app user cannot write it at run time.
RUN rm -rf .wheels \
    && DJANGO_DEBUG=0 DJANGO_SECRET_KEY=collectstatic-only \
        python manage.py collectstatic --noinput \
    && python -m compileall -q /app /opt/venv

# Only the virtualenv and the application leave the build stage: no wheels,
# no build files. Both stay owned by root and are not writable by the app
# user, so a compromised worker cannot rewrite the code it runs.
FROM ${BASE_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    DJANGO_DEBUG=0 \
    DJANGO_SECURE_SSL_REDIRECT=1 \
    DJANGO_SECURE_COOKIES=1
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
RUN useradd --system --uid 10001 --user-group --no-create-home \
        --home-dir /nonexistent --shell /usr/sbin/nologin app

USER app
EXPOSE 8000
# Liveness only (/healthz: no database); a load balancer asks /readyz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${PORT:-8000}/healthz', timeout=4)"
ENTRYPOINT ["/app/docker-entrypoint.sh"]
# DATABASE_URL, DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS come from the environment.
CMD ["serve"]
