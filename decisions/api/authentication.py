"""Authentication of the calendar feed by the user's feed secret in the URL:
calendar programs subscribe to a URL and cannot send a token header."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from decisions.models import CalendarFeedToken


class CalendarFeedTokenAuthentication(authentication.BaseAuthentication):
    def authenticate_header(self, request):
        # Makes a refusal a 401 (with this header), as with the API's tokens.
        return 'Token realm="api"'

    def authenticate(self, request):
        key = request.query_params.get("token")
        if not key:
            return None
        token = CalendarFeedToken.objects.select_related("user").filter(key=key).first()
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed("Unknown or revoked feed token.")
        return (token.user, token)


class CalendarFeedTokenScheme(OpenApiAuthenticationExtension):
    """Documents the feed token for drf-spectacular."""

    target_class = CalendarFeedTokenAuthentication
    name = "calendarFeedToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "query",
            "name": "token",
            "description": "The user's calendar feed token (calendar.ics only).",
        }
