"""ETags of detail answers and the 304 of a conditional GET."""

import hashlib
import json

from django.utils.http import parse_etags
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import status
from rest_framework.response import Response

IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="An ETag from an earlier answer: 304 if it is still current.",
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[200, 304],
    description="The representation's version, for If-None-Match (and for "
    "If-Match where the resource can be changed).",
)


def content_etag(data) -> str:
    """Return a strong ETag of the representation itself.

    Hashing what the user is shown (not a timestamp) also changes the tag when
    a related object or the user's right to see closed items changes.
    """
    payload = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return '"' + hashlib.sha256(payload.encode()).hexdigest()[:32] + '"'


def if_none_match(request, etag: str) -> bool:
    """Return whether the request's If-None-Match names the ETag (weakly)."""
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    tags = parse_etags(header)
    if "*" in tags:
        return True
    return etag.removeprefix("W/") in {tag.removeprefix("W/") for tag in tags}


def conditional_response(request, data, etag: str) -> Response:
    """Answer 200 with the data, or 304 when the client holds this version."""
    if if_none_match(request, etag):
        response = Response(status=status.HTTP_304_NOT_MODIFIED)
    else:
        response = Response(data)
    response["ETag"] = etag
    return response


class ContentETagRetrieveMixin:
    """A detail with a content ETag, answering 304 to a matching If-None-Match.

    The schema documents both for every retrieve (config.schema).
    """

    def retrieve(self, request, *args, **kwargs):
        data = self.get_serializer(self.get_object()).data
        return conditional_response(request, data, content_etag(data))


def require_if_match(request, current_etag: str) -> None:
    """Refuse a write whose If-Match is missing (428) or names another version
    of the representation (412); "*" accepts any version."""
    # Imported here: config.exceptions is loaded by the settings' handlers.
    from config.exceptions import PreconditionFailed, PreconditionRequired

    header = request.headers.get("If-Match")
    if header is None or not header.strip():
        raise PreconditionRequired()
    tags = parse_etags(header)
    if "*" in tags:
        return
    if current_etag.removeprefix("W/") not in {t.removeprefix("W/") for t in tags}:
        raise PreconditionFailed()
