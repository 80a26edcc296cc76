# Production image: gunicorn as a non-root user, static files served by WhiteNoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_DEBUG=0 \
    DJANGO_SECURE_SSL_REDIRECT=1 \
    DJANGO_SECURE_COOKIES=1 \
    DJANGO_HSTS_SECONDS=31536000

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && useradd --system --uid 1000 --home /app app \
    && chown -R app /app

USER app
EXPOSE 8000
# DATABASE_URL, DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS come from the environment.
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn config.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
