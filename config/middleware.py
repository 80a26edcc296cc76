"""Middleware that applies to the API only."""

from django.middleware.gzip import GZipMiddleware
from django.utils import translation

API_PREFIX = "/api/"


class ApiEnglishMiddleware:
    """Answers the API in English whatever the browser asks for.

    The admin is Danish (LANGUAGE_CODE); integrators need one stable language
    for error details, so API requests switch to English before any view runs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(API_PREFIX):
            translation.activate("en")
            request.LANGUAGE_CODE = "en"
        return self.get_response(request)


class ApiGZipMiddleware(GZipMiddleware):
    """Compresses API answers when the client accepts gzip.

    Only the API: the admin's pages carry a CSRF token next to text a visitor
    can influence, the situation the BREACH attack needs; the API is
    authenticated by header or session and its answers carry no secret token.
    """

    def process_response(self, request, response):
        if not request.path.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)
