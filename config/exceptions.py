"""The API's error answers: a field-level body for every 4xx, never a traceback."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler


class Conflict(exceptions.APIException):
    """The request is valid but impossible in the resource's current state."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "The resource is not in a state that allows this."
    default_code = "conflict"

    def __init__(self, detail=None, *, allowed=None):
        super().__init__(detail)
        self.allowed = allowed


class PreconditionFailed(exceptions.APIException):
    """If-Match named a version that is no longer current."""

    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The resource was changed by someone else since you read it; "
        "read it again and retry."
    )
    default_code = "precondition_failed"


def exception_handler(exc, context):
    """Map Django's ValidationError to a 400 and add allowed transitions to a 409."""
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict
            if hasattr(exc, "error_dict")
            else {"non_field_errors": exc.messages}
        )
        exc = exceptions.ValidationError(detail)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, Conflict) and exc.allowed is not None:
        response.data["allowed"] = list(exc.allowed)
    return response
