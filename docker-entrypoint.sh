#!/bin/sh
# The image's commands: serve (default), migrate (the release step, run once
# per deployment before the new replicas start), manage ARGS, or any program.
set -eu

command="${1:-serve}"
[ "$#" -gt 0 ] && shift

case "$command" in
serve)
    # --max-requests with jitter recycles workers one at a time, bounding any
    # slow memory growth; forwarded-allow-ips names the proxies whose
    # X-Forwarded-* headers gunicorn believes (none but loopback by default).
    exec gunicorn config.wsgi \
        --bind "0.0.0.0:${PORT:-8000}" \
        --workers "${WEB_CONCURRENCY:-3}" \
        --timeout "${GUNICORN_TIMEOUT:-30}" \
        --graceful-timeout "${GUNICORN_GRACEFUL_TIMEOUT:-30}" \
        --keep-alive "${GUNICORN_KEEP_ALIVE:-5}" \
        --max-requests "${GUNICORN_MAX_REQUESTS:-1000}" \
        --max-requests-jitter "${GUNICORN_MAX_REQUESTS_JITTER:-100}" \
        --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}" \
        --worker-tmp-dir /dev/shm \
        --no-control-socket \
        --access-logfile - \
        "$@"
    ;;
migrate)
    # Also creates the database cache's table (config/migrations).
    exec python manage.py migrate --noinput "$@"
    ;;
manage)
    exec python manage.py "$@"
    ;;
*)
    exec "$command" "$@"
    ;;
esac
