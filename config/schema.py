"""How the OpenAPI schema describes the API: operation ids, error answers, enums."""

from django.db import models
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from drf_standardized_errors.openapi import AutoSchema
from drf_standardized_errors.openapi_serializers import ClientErrorEnum
from rest_framework import serializers

from config.exceptions import Conflict, PreconditionFailed, PreconditionRequired


class Error400Type(models.TextChoices):
    VALIDATION_ERROR = "validation_error"
    CLIENT_ERROR = "client_error"


class Error400Serializer(serializers.Serializer):
    code = serializers.CharField(
        help_text="Stable and machine-readable, e.g. required, invalid, "
        "invalid_choice, max_length, parse_error."
    )
    detail = serializers.CharField(help_text="What is wrong, in English.")
    attr = serializers.CharField(
        allow_null=True,
        help_text="The field or query parameter at fault (nested fields "
        "joined by '.'); null when the error concerns the whole request.",
    )


class ErrorResponse400Serializer(serializers.Serializer):
    """A refused request: invalid fields or query parameters
    (validation_error), or a body that is not JSON (client_error)."""

    type = serializers.ChoiceField(choices=Error400Type.choices)
    errors = Error400Serializer(many=True)


class ApiAutoSchema(AutoSchema):
    """drf-standardized-errors' schema with stable operation ids.

    An operation id is the resource's path segment and the viewset action:
    `follow_ups_list`, `follow_ups_start`, `follow_ups_history`. Generated
    clients name their functions after them, so they must not change when a
    method or a URL detail does.
    """

    def _get_http400_serializer(self):
        # One 400 shape for every operation. drf-standardized-errors would list
        # each field's error codes, but a query parameter or body key the
        # client invents is refused too, and no enum can name it.
        return ErrorResponse400Serializer

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if getattr(self.view, "action", None) == "retrieve":
            # Imported here: config.etags documents itself with this module's
            # siblings and would otherwise be imported while settings load.
            from config.etags import ETAG, IF_NONE_MATCH

            names = {getattr(p, "name", None) for p in parameters}
            parameters = [
                *parameters,
                *(p for p in (IF_NONE_MATCH, ETAG) if p.name not in names),
            ]
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction=direction)
        if direction == "response" and getattr(self.view, "action", None) == (
            "retrieve"
        ):
            responses.setdefault(
                "304", {"description": "If-None-Match names the current ETag."}
            )
        return responses

    def get_operation_id(self):
        action = getattr(self.view, "action", None)
        prefix = self.path.removeprefix("/api/v1/").strip("/")
        resource = prefix.split("/")[0].replace("-", "_")
        if not action or not resource:
            return super().get_operation_id()
        mapping = getattr(getattr(self.view, action, None), "mapping", {})
        if self.method == "DELETE" and len(mapping) > 1:
            # One action answering several methods: the DELETE undoes it.
            return f"{resource}_{action}_delete"
        return f"{resource}_{action}"


def _error_serializer(name: str, exception_class, *, with_allowed: bool = False):
    """Return the serializer class documenting the answer to one error."""
    code = exception_class.default_code
    error_fields = {
        "code": serializers.ChoiceField(choices=[(code, code)]),
        "detail": serializers.CharField(),
        "attr": serializers.CharField(allow_null=True),
    }
    error = type(f"{name}Error", (serializers.Serializer,), error_fields)
    response_fields = {
        "type": serializers.ChoiceField(choices=ClientErrorEnum.choices),
        "errors": error(many=True),
    }
    if with_allowed:
        response_fields["allowed"] = serializers.ListField(
            child=serializers.CharField(),
            help_text="The actions the resource's current state does allow.",
        )
    return type(f"{name}Response", (serializers.Serializer,), response_fields)


ErrorResponse409Serializer = _error_serializer("Conflict", Conflict, with_allowed=True)
ErrorResponse412Serializer = _error_serializer("PreconditionFailed", PreconditionFailed)
ErrorResponse428Serializer = _error_serializer(
    "PreconditionRequired", PreconditionRequired
)

# A correction (PATCH) of a resource whose detail has a content ETag.
IF_MATCH = OpenApiParameter(
    "If-Match",
    {"type": "string", "minLength": 1},
    OpenApiParameter.HEADER,
    required=True,
    description="The ETag of the resource as last read: 428 without it, 412 "
    'if it changed since; "*" matches any version.',
)
WRITE_ERRORS = {
    412: OpenApiResponse(
        ErrorResponse412Serializer, description="The resource changed since."
    ),
    428: OpenApiResponse(
        ErrorResponse428Serializer, description="The request has no If-Match."
    ),
}


def reference_named_enums(result, generator, **kwargs):
    """Let query parameters refer to the named enums of the components.

    drf-spectacular writes a filter's choices inline, so generated clients
    invent a type per parameter (`FollowUpsListOrigin`); a parameter whose
    choices are exactly a named enum's now refers to that enum instead.
    """
    schemas = result.get("components", {}).get("schemas", {})
    named = {}
    for name, schema in schemas.items():
        if "enum" in schema and schema.get("type") == "string":
            named.setdefault(frozenset(schema["enum"]), name)
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                holder = (
                    schema.get("items", schema)
                    if schema.get("type") == "array"
                    else schema
                )
                values = holder.get("enum")
                name = named.get(frozenset(values)) if values else None
                if name:
                    reference = {"$ref": f"#/components/schemas/{name}"}
                    if holder is schema:
                        parameter["schema"] = reference
                    else:
                        schema["items"] = reference
    return result


def describe_path_ids(result, generator, **kwargs):
    """Describe the `id` path parameter in English.

    drf-spectacular builds its description from the model's verbose name,
    which is Danish (the admin's language).
    """
    for path, operations in result.get("paths", {}).items():
        resource = path.removeprefix("/api/v1/").split("/")[0].replace("-", " ")
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "path" and parameter.get("name") == "id":
                    parameter["description"] = f"The id of one of the {resource}."
    return result


def drop_field_titles(result, generator, **kwargs):
    """Remove the fields' titles: drf-spectacular takes them from the models'
    Danish verbose names; the English descriptions say what a field is."""
    for schema in result.get("components", {}).get("schemas", {}).values():
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
    return result


def refuse_additional_properties(result, generator, **kwargs):
    """Declare that request bodies take no keys beyond their fields, as the
    API refuses them (StrictInputSerializer)."""
    for name, schema in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") and schema.get("type") == "object":
            schema["additionalProperties"] = False
    return result


def drop_slashed_file_routes(endpoints, **kwargs):
    """Leave out the router's `calendar.ics/` and `export.csv/`: the files are
    served (and documented) without the slash (config/urls.py)."""
    return [
        endpoint
        for endpoint in endpoints
        if not endpoint[0].endswith((".ics/", ".csv/", ".xlsx/"))
    ]
