"""Django's own 404 and 500 pages, in the API's error format under /api/.

URLs the router does not match (`/api/v1/follow-ups/0.5/`) never reach DRF,
so without these a client that asked for JSON would get an HTML page.
"""

from django.http import JsonResponse
from django.views import defaults

from config.middleware import API_PREFIX


def _error(code: str, detail: str, status: int, error_type: str) -> JsonResponse:
    return JsonResponse(
        {
            "type": error_type,
            "errors": [{"code": code, "detail": detail, "attr": None}],
        },
        status=status,
    )


def page_not_found(request, exception):
    if request.path.startswith(API_PREFIX):
        return _error("not_found", "Not found.", 404, "client_error")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if request.path.startswith(API_PREFIX):
        return _error("error", "Server Error (500)", 500, "server_error")
    return defaults.server_error(request)
