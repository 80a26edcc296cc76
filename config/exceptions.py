"""The API's error answers: one format for every error, never a traceback.

Every error is `{"type": ..., "errors": [{"code", "detail", "attr"}]}` as
drf-standardized-errors writes it: `type` is validation_error, client_error or
server_error, `code` is stable and machine-readable, `attr` names the field or
query parameter of a validation error. A 409 also lists the allowed actions.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_standardized_errors.formatter import ExceptionFormatter
from drf_standardized_errors.handler import ExceptionHandler
from rest_framework import exceptions, status


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


class PreconditionRequired(exceptions.APIException):
    """A write came without If-Match, so it could overwrite a change unseen."""

    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        "This write needs an If-Match header with the ETag of the resource as "
        "last read."
    )
    default_code = "precondition_required"


class ApiExceptionHandler(ExceptionHandler):
    """Also answers the services' errors: Django's ValidationError with a 400,
    TransitionNotAllowed with a 409 and StaleVersion with a 412."""

    def convert_known_exceptions(self, exc):
        # The services' domain errors, as HTTP answers.
        from decisions.services import StaleVersion, TransitionNotAllowed

        if isinstance(exc, TransitionNotAllowed):
            return Conflict(str(exc), allowed=exc.allowed)
        if isinstance(exc, StaleVersion):
            return PreconditionFailed()
        if isinstance(exc, DjangoValidationError):
            detail = (
                exc.message_dict
                if hasattr(exc, "error_dict")
                else {"non_field_errors": exc.messages}
            )
            return exceptions.ValidationError(detail)
        return super().convert_known_exceptions(exc)


class ApiExceptionFormatter(ExceptionFormatter):
    """Adds the actions a follow-up does allow to the answer of a 409."""

    def format_error_response(self, error_response):
        data = super().format_error_response(error_response)
        allowed = getattr(self.exc, "allowed", None)
        if isinstance(self.exc, Conflict) and allowed is not None:
            data["allowed"] = list(allowed)
        return data
